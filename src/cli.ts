#!/usr/bin/env node
import process from 'node:process'
import {parseArgs} from 'node:util'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {createProcessor} from './processor.js'
import {reporters} from './reporters/index.js'
import {source} from './message.js'
import {DataError} from './data/yaml-file.js'
import {packageVersion} from './version.js'

const flags = {
  reporter: {type: 'string', default: 'stylish', description: 'stylish (default) or json'},
  quiet: {type: 'boolean', short: 'q', default: false, description: 'report only files with messages'},
  'no-color': {type: 'boolean', default: false, description: 'no colours in the report'},
  'stdin-filename': {type: 'string', description: 'path to report for text read from standard input'},
  debug: {type: 'boolean', default: false, description: 'show stack traces of internal errors'},
  help: {type: 'boolean', short: 'h', default: false, description: 'this help'},
  version: {type: 'boolean', short: 'v', default: false, description: 'the version'}
} as const

const extensions = ['txt', 'text', 'md', 'markdown', 'mdx', 'html', 'htm']

function help(): string {
  const lines = Object.entries(flags).map(([name, flag]) => {
    const short = 'short' in flag ? `-${flag.short}, ` : '    '
    const value = flag.type === 'string' ? ' <value>' : ''
    return `  ${short}--${name}${value}`.padEnd(34) + flag.description
  })
  return [
    'Usage: copydesk [options] <file|folder|glob|->...',
    '',
    'Lints English news copy: typos, garbled names, dubious phrases, spacing, case and consistency.',
    '',
    'Options:',
    ...lines,
    '',
    'Exit codes: 0 clean (info at most), 1 warnings or errors found, 2 usage error or unreadable input.'
  ].join('\n')
}

function fail(message: string): never {
  process.stderr.write(`copydesk: ${message}\n`)
  process.exit(2)
}

/** Problems with a file itself (missing, unreadable) rather than with its text. */
function fileProblems(file: VFile) {
  return file.messages.filter((message) => message.fatal && message.source !== source)
}

async function main() {
  let parsed
  try {
    parsed = parseArgs({options: flags, allowPositionals: true, strict: true})
  } catch (error) {
    fail(`${(error as Error).message} (see \`copydesk --help\`)`)
  }
  const {values, positionals} = parsed
  if (values.help) return void process.stdout.write(help() + '\n')
  if (values.version) return void process.stdout.write(packageVersion + '\n')
  const reporter = reporters[values.reporter]
  if (!reporter) fail(`unknown reporter \`${values.reporter}\`, expected one of ${Object.keys(reporters).join(', ')}`)
  const stdin = positionals.includes('-')
  if (stdin && positionals.length > 1) fail('`-` (standard input) cannot be mixed with files')
  if (positionals.length === 0) fail('no input: give files, folders, globs, or `-` for standard input (see `copydesk --help`)')

  let processor
  try {
    processor = createProcessor()
  } catch (error) {
    if (error instanceof DataError) fail(error.message)
    throw error
  }

  const problems: string[] = []
  const context = await new Promise<{files: VFile[]}>((resolve, reject) => {
    engine(
      {
        processor: processor as never,
        files: stdin ? [] : positionals,
        extensions,
        streamIn: process.stdin,
        filePath: values['stdin-filename'],
        streamOut: process.stdout,
        streamError: reporter.stdout ? process.stdout : process.stderr,
        out: false,
        output: false,
        detectConfig: false,
        detectIgnore: false,
        ignorePatterns: ['**/node_modules/**'],
        color: !values['no-color'] && process.stdout.isTTY === true,
        quiet: values.quiet,
        reporter(files) {
          const linted = files.filter((file) => {
            const problem = fileProblems(file)[0]
            if (problem) problems.push(`${file.path || '<stdin>'}: ${problem.reason}`)
            return !problem
          })
          return reporter.write(linted, {color: !values['no-color'] && process.stdout.isTTY === true, quiet: values.quiet})
        }
      },
      (error, _code, result) => (error ? reject(error) : resolve(result as {files: VFile[]}))
    )
  })
  for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`)
  const failing = context.files.some((file) =>
    file.messages.some((message) => message.source === source && typeof message.fatal === 'boolean')
  )
  process.exitCode = problems.length > 0 ? 2 : failing ? 1 : 0
}

main().catch((error: unknown) => {
  const debug = process.argv.includes('--debug')
  const detail = error instanceof Error ? (debug ? error.stack : error.message) : String(error)
  process.stderr.write(`copydesk: ${detail}\n`)
  process.exitCode = 2
})
