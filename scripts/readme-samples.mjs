#!/usr/bin/env node
// Writes the README's samples from the current build, so what it shows is
// what copydesk prints. Between
//
//   <!-- sample: COMMAND -->  and  <!-- /sample -->   the command's output, as a fenced block;
//   <!-- figure: COMMAND -->  and  <!-- /figure -->   its output inline (one line).
//
// COMMAND runs in the repository through /bin/sh, its standard error merged
// into its standard output as a terminal shows them (but it is no terminal:
// no colour, no progress line); `copydesk` is the build (`node dist/cli.js`).
// Figures that depend on the machine's speed are not samples: they stay
// dated measurements in the text. tests/readme.test.ts fails when the README
// differs from what this writes.
//
//   node scripts/readme-samples.mjs           rewrite README.md
//   node scripts/readme-samples.mjs --check   exit 1 if it is stale
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const readme = join(root, 'README.md')
const marked = /(<!-- (sample|figure): (.+?) -->)([\s\S]*?)(<!-- \/\2 -->)/g

/** What a command prints, run as the README shows it, in its own process. */
export function output(command) {
  const env = {...process.env}
  delete env.FORCE_COLOR
  const line = command.replace(/^copydesk\b/, `"${process.execPath}" dist/cli.js`).replace(/^node\b/, `"${process.execPath}"`)
  const result = spawnSync('/bin/sh', ['-c', `${line} 2>&1`], {cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 24})
  if (result.error) throw result.error
  return {printed: result.stdout, status: result.status}
}

/**
 * What a command prints, run in this process where it can be: the binary's
 * arguments through run(), a script of ours through its exported report()
 * (each loads copydesk once per process, not once per command). Anything
 * else, or a run that writes to both streams (whose order only the shell's
 * 2>&1 keeps), goes through output().
 */
async function printedBy(command) {
  const words = command.split(' ')
  if (words[0] === 'copydesk') {
    const {parseArguments} = await import('../dist/cli-args.js')
    const {run} = await import('../dist/run.js')
    const parsed = parseArguments(words.slice(1))
    if ('options' in parsed) {
      const result = await run({...parsed.options, cwd: root, stdin: '', env: {}})
      if (result.stdout === '' || result.stderr === '') return {printed: result.stdout + result.stderr, status: result.exitCode}
    }
  }
  const script = /^node (scripts\/[\w-]+\.mjs)$/.exec(words.slice(0, 2).join(' '))?.[1]
  if (script) {
    const {report} = await import(pathToFileURL(join(root, script)).href)
    if (report) return {printed: await report(words.slice(2)), status: 0}
  }
  return output(command)
}

/** `text` (a README) with every sample and figure regenerated. */
export async function regenerate(text) {
  const found = [...text.matchAll(marked)]
  const fresh = []
  for (const [, open, kind, command, , close] of found) {
    const {printed, status} = await printedBy(command)
    // A figure's command must succeed: a stale build's error is no figure to write into the README.
    if (kind === 'figure' && status !== 0) throw new Error(`README figure \`${command}\` failed (exit ${status}):\n${printed.split('\n').slice(0, 6).join('\n')}`)
    fresh.push(kind === 'figure' ? open + printed.trim() + close : `${open}\n\n\`\`\`text\n${printed.replace(/\n*$/, '\n')}\`\`\`\n\n${close}`)
  }
  let index = 0
  return text.replace(marked, () => fresh[index++])
}

/** The commands the README's markers name, in order. */
export function markers(text) {
  return [...text.matchAll(marked)].map((match) => `${match[2]}: ${match[3]}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(readme, 'utf8')
  const fresh = await regenerate(text)
  if (process.argv.includes('--check')) {
    if (fresh !== text) {
      console.error('README.md: samples differ from the build; run `node scripts/readme-samples.mjs`')
      process.exitCode = 1
    }
  } else {
    if (fresh !== text) writeFileSync(readme, fresh)
    console.log(`README.md: ${markers(text).length} samples and figures${fresh === text ? ', unchanged' : ' rewritten'}`)
  }
}
