#!/usr/bin/env node
import process from 'node:process'
import {fstatSync} from 'node:fs'
import {parseArguments} from './cli-args.js'
import {colorFromEnv} from './color.js'
import {boundHeapGrowth} from './heap.js'
import {run} from './run.js'

/**
 * The binary: arguments in, run() (src/run.ts), exit code out. Only what
 * belongs to the process is decided here: its streams, its heap, and what
 * its standard output is.
 */

/** The regular file standard output is redirected to, if it is one. */
function reportFile(): {dev: number; ino: number} | undefined {
  try {
    const stats = fstatSync(1)
    return stats.isFile() ? stats : undefined
  } catch {
    return undefined
  }
}

// A reader that stops early (`copydesk … | head`) closes the pipe: that is
// the reader's choice, not an error to print a stack trace for.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

async function main() {
  const parsed = parseArguments(process.argv.slice(2))
  if (!('options' in parsed)) {
    process.stdout.write(parsed.stdout)
    process.stderr.write(parsed.stderr)
    process.exitCode = parsed.exitCode
    return
  }
  // One thread: trade a little collection work for memory. Several: their
  // collectors already compete for the cores, and they are asked for speed.
  if (parsed.options.jobs === 1) boundHeapGrowth()
  const result = await run({
    ...parsed.options,
    color: parsed.options.color ?? colorFromEnv(process.env),
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    terminal: {stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true},
    reportTarget: reportFile()
  })
  process.exitCode = result.exitCode
}

main().catch((error: unknown) => {
  const debug = process.argv.includes('--debug')
  const detail = error instanceof Error ? (debug ? error.stack : error.message) : String(error)
  process.stderr.write(`copydesk: ${detail}\n`)
  process.exitCode = 2
})
