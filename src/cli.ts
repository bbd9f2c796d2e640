#!/usr/bin/env node
import {relative, resolve, sep} from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {fstatSync, readFileSync, statSync} from 'node:fs'
import {engine, type Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixFiles} from './cli-fix.js'
import {LintCache} from './cache.js'
import {BadRefError, changedSince} from './changed-files.js'
import {allowScriptConfig, configOptions, defaultConfigIn} from './config/index.js'
import {configError} from './config/errors.js'
import {DataError} from './data/yaml-file.js'
import {formats} from './formats/index.js'
import {boundHeapGrowth} from './heap.js'
import {onDemand} from './on-demand.js'
import {copiesIn, plainProblem, restoreInput, screenPaths, unreadableIn} from './input.js'
import {Delegation, parseJobs} from './jobs.js'
import {source} from './message.js'
import {reporters} from './reporters/index.js'
import {parseShard, shardFiles, type Shard} from './shard.js'
import {packageVersion} from './version.js'

// Modules only some runs need (diff, for --fix-dry-run).
const load = onDemand(import.meta.url)

const flags = {
  reporter: {type: 'string', default: 'stylish', description: `${Object.keys(reporters).join(', ')} (default: stylish)`},
  quiet: {type: 'boolean', short: 'q', default: false, description: 'report only warnings and errors, no info or clean files'},
  'max-warnings': {type: 'string', description: 'exit 1 only past this many warnings (errors always fail)'},
  'no-color': {type: 'boolean', default: false, description: 'no colours in the report'},
  ext: {type: 'string', multiple: true, description: `extensions to read in folders and globs (default: ${Object.keys(formats).join(',')})`},
  config: {type: 'string', short: 'c', description: 'use this config file instead of searching for one'},
  'no-config': {type: 'boolean', default: false, description: 'ignore config files and .copydesk/: every rule at its own level'},
  fix: {type: 'boolean', default: false, description: 'apply unambiguous fixes to the files'},
  'fix-dry-run': {type: 'boolean', default: false, description: 'print the fixes as a unified diff, change nothing'},
  'changed-since': {type: 'string', description: 'lint only files changed since this git ref'},
  'stdin-filename': {type: 'string', description: 'path (and so format) to report for standard input'},
  jobs: {type: 'string', short: 'j', description: 'lint in this many worker threads, or `auto` (one a core); default 1'},
  cache: {type: 'boolean', default: false, description: 'reuse the findings for files, configuration and copydesk unchanged'},
  'cache-location': {type: 'string', description: 'folder of the cache (default: node_modules/.cache/copydesk)'},
  shard: {type: 'string', description: 'lint only part k of n of the files (k/n, as 2/4), for CI matrices'},
  debug: {type: 'boolean', default: false, description: 'show stack traces of internal errors'},
  help: {type: 'boolean', short: 'h', default: false, description: 'this help'},
  version: {type: 'boolean', short: 'v', default: false, description: 'the version'}
} as const

function help(): string {
  const lines = Object.entries(flags).map(([name, flag]) => {
    const short = 'short' in flag ? `-${flag.short}, ` : '    '
    const value = flag.type === 'string' ? ' <value>' : ''
    return `  ${short}--${name}${value}`.padEnd(34) + flag.description
  })
  return [
    'Usage: copydesk [options] <file|folder|glob|->...',
    '',
    'Lints English news copy (.txt, .md, .mdx, .html): typos, garbled names, dubious phrases, spacing, case and consistency.',
    '',
    'Options:',
    ...lines,
    '',
    'Configuration: .copydeskrc, .copydeskrc.json, .copydeskrc.yml or a `copydesk` field in package.json, nearest to each file;',
    '               the project\'s .copydesk/words.txt and .copydesk/entities.yml are read too.',
    'Exit codes: 0 clean (info at most), 1 warnings or errors found (or more warnings than --max-warnings),',
    '            2 usage or configuration error, an unreadable file, or fixes that could not be written.'
  ].join('\n')
}

/** The regular file standard output is redirected to, if it is one. */
function reportFile(): {dev: number; ino: number} | undefined {
  try {
    const stats = fstatSync(1)
    return stats.isFile() ? stats : undefined
  } catch {
    return undefined
  }
}

function sameFile(path: string, target: {dev: number; ino: number}): boolean {
  try {
    const stats = statSync(path)
    return stats.dev === target.dev && stats.ino === target.ino
  } catch {
    return false
  }
}

/** `/dev/stdin` and the descriptor paths that name it. */
function isStdinPath(path: string): boolean {
  return /^\/(?:dev\/stdin|dev\/fd\/0|proc\/self\/fd\/0)$/.test(path)
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function fail(message: string): never {
  process.stderr.write(`copydesk: ${message}\n`)
  process.exit(2)
}

/** A problem with a file or its configuration rather than with its text. */
function fileProblem(file: VFile): VFileMessage | undefined {
  return file.messages.find((message) => message.fatal && message.source !== source)
}

/**
 * One line for a problem: a configuration or data error names its own file
 * and line (the engine wraps it in "Cannot parse file"), so it is shown
 * once, not once per file it configures.
 */
function describe(file: VFile, message: VFileMessage): string {
  const chain: Error[] = []
  for (let cause: unknown = message.cause; cause instanceof Error; cause = cause.cause) chain.push(cause)
  const data = chain.find((cause) => cause instanceof DataError)
  if (data) return data.message
  // By name: the format modules are loaded on demand, through require().
  const refused = chain.find((cause) => cause.name === 'NestingError')
  if (refused) return `${file.path || '<stdin>'}: ${refused.message}`
  const config = chain.map((cause) => /^Cannot (?:parse|read) (?:given )?file `(.+)`$/.exec(cause.message)?.[1]).find(Boolean)
  if (config) return configError(config, chain.at(-1))
  const plain = plainProblem(file.path, message)
  if (plain) return plain
  return `${file.path || '<stdin>'}: ${message.reason}`
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
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) fail(`--max-warnings expects a whole number, not \`${values['max-warnings']}\``)
  }
  if (values.fix && values['fix-dry-run']) fail('use either --fix or --fix-dry-run')
  const fixing = values.fix || values['fix-dry-run']
  const stdin = positionals.includes('-')
  if (stdin && positionals.length > 1) fail('`-` (standard input) cannot be mixed with files')
  if (stdin && values['changed-since']) fail('--changed-since lints files, not standard input')
  let jobs = 1
  let shard: Shard | undefined
  try {
    jobs = parseJobs(values.jobs)
    if (values.shard !== undefined) shard = parseShard(values.shard)
  } catch (error) {
    fail((error as Error).message)
  }
  if (stdin && shard) fail('--shard splits files, not standard input')
  // One thread: trade a little collection work for memory. Several: their
  // collectors already compete for the cores, and they are asked for speed.
  if (jobs === 1) boundHeapGrowth()
  const extensions = (values.ext ?? []).flatMap((ext) => ext.split(',')).map((ext) => ext.trim().replace(/^\./, '')).filter(Boolean)

  let files = stdin ? [] : positionals
  if (values['changed-since'] !== undefined) {
    let changed: string[]
    try {
      changed = changedSince(values['changed-since'])
    } catch (error) {
      const detail = error instanceof BadRefError ? error.message : String((error as {stderr?: unknown}).stderr ?? (error as Error).message).trim().split('\n')[0]
      // The value is the user's, and may hold line breaks: the error stays one line.
      fail(`--changed-since ${JSON.stringify(values['changed-since']).slice(1, -1)}: ${detail}`)
    }
    // Named paths narrow the changed files to those inside them.
    const within = positionals.map((path) => resolve(path))
    const known = extensions.length > 0 ? extensions : Object.keys(formats)
    files = changed.filter(
      (path) =>
        known.some((ext) => path.toLowerCase().endsWith('.' + ext.toLowerCase())) &&
        (within.length === 0 || within.some((dir) => path === dir || path.startsWith(dir + sep)))
    )
    if (files.length === 0) return void process.stderr.write('copydesk: no changed files to lint\n')
  } else if (positionals.length === 0) {
    fail('no input: give files, folders, globs, or `-` for standard input (see `copydesk --help`)')
  }

  const color = !values['no-color'] && !process.env.NO_COLOR && (reporter.stdout ? process.stdout : process.stderr).isTTY === true
  const problems = new Set<string>()
  if (values.config !== undefined) allowScriptConfig(values.config)
  // Notes about input that was linted oddly or not at all; they do not fail the run.
  const notes = new Set<string>()
  // Standard input named as a file: read here, a pipe too, and reported by the name given.
  const given: VFile[] = []
  for (const path of files.filter(isStdinPath)) {
    if (values.fix) fail(`--fix writes files back, and ${path} is standard input (use \`copydesk --fix -\`)`)
    try {
      // Descriptor 0 itself: opening the name fails when standard input is a socket (ENXIO).
      given.push(new VFile({path, cwd: process.cwd(), value: readFileSync(0)}))
    } catch (error) {
      problems.add(`${path}: ${(error as Error).message}`)
    }
  }
  files = files.filter((path) => !isStdinPath(path))
  if (values['changed-since'] === undefined) {
    // Pipes, devices and folders with nothing to lint, named on the command line.
    const unreadable = screenPaths(files, extensions.length > 0 ? extensions : Object.keys(formats))
    for (const line of unreadable.values()) problems.add(line)
    files = files.filter((path) => !unreadable.has(path))
    if (files.length === 0 && given.length === 0 && !stdin) {
      for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`)
      return void (process.exitCode = 2)
    }
  }
  const known = extensions.length > 0 ? extensions : Object.keys(formats)
  // Skipped before the engine opens them: pipes and devices met inside
  // folders (it would wait for a writer forever), and the file standard
  // output is redirected to (the report this run is writing).
  const skipPatterns: string[] = []
  const skip = (path: string, why: string) => {
    const inCwd = relative(process.cwd(), resolve(path))
    if (inCwd.startsWith('..')) return
    skipPatterns.push('/' + inCwd.split(sep).join('/').replace(/[\\*?[\]!# ]/g, '\\$&'))
    notes.add(`${path}: skipped: ${why}`)
  }
  const output = reportFile()
  for (const path of files) {
    if (isFolder(path)) {
      for (const [inside, kind] of unreadableIn(path, known)) skip(inside, `${kind}, not a file copydesk can read`)
      if (output) for (const copy of copiesIn(path, known, output)) skip(copy, 'the report this run is writing')
    } else if (output && sameFile(path, output)) skip(path, 'the report this run is writing')
  }
  let reported: VFile[] = []
  // The engine finds, reads, configures and reports; the linting step is delegated (src/jobs.ts).
  const cache = values.cache ? new LintCache(values['cache-location'] ?? 'node_modules/.cache/copydesk') : undefined
  const delegation = new Delegation({jobs, fix: fixing, cache})
  // `--no-config` is copydesk's defaults only: no config file, no `.copydesk/` files.
  const defaultConfig = values['no-config'] ? configOptions.defaultConfig : defaultConfigIn(process.cwd())
  const options: EngineOptions = {
    ...configOptions,
    files: [...files, ...given],
    extensions: extensions.length > 0 ? extensions : Object.keys(formats),
    streamIn: process.stdin,
    filePath: values['stdin-filename'],
    streamOut: process.stdout,
    streamError: process.stderr,
    out: false,
    output: false,
    detectConfig: !values['no-config'],
    rcPath: values.config,
    ignoreName: '.copydeskignore',
    detectIgnore: true,
    ignorePatterns: ['**/node_modules/**', ...skipPatterns],
    // A hook or CI job passing an ignored file by name means "skip it".
    silentlyIgnore: true,
    color,
    quiet: values.quiet,
    reporter(all) {
      reported = all.filter((file) => {
        // The engine names every file relative to the working folder (`../../../dev/stdin`).
        const absolute = file.path ? resolve(file.cwd, file.path) : ''
        // History too: the stylish reporter names a file by its first path.
        if (isStdinPath(absolute)) file.history = [absolute]
        const problem = fileProblem(file)
        if (problem) problems.add(describe(file, problem))
        const input = file.data.copydeskInput
        if (input?.skipped) notes.add(`${file.path || '<stdin>'}: skipped: ${input.skipped}`)
        else if (input?.lossy) notes.add(`${file.path || '<stdin>'}: ${input.lossy}`)
        return !problem && !input?.skipped
      })
      return ''
    },
    ...delegation.engineOptions(defaultConfig)
  }
  if (shard) {
    options.files = await shardFiles(options, shard)
    if (options.files.length === 0) {
      await delegation.close()
      return void process.stderr.write(`copydesk: no files in shard ${shard.index}/${shard.count}\n`)
    }
  }
  const context = await new Promise<{files: VFile[]}>((resolvePromise, reject) => {
    engine(options, (error, _code, result) => (error ? reject(error) : resolvePromise(result as {files: VFile[]})))
  })
  for (const line of await delegation.close()) if (values.debug) process.stderr.write(`copydesk: ${line}\n`)
  for (const note of delegation.notes) notes.add(note)

  if (values['fix-dry-run'] || (values.fix && stdin)) {
    for (const file of reported) {
      const original = file.data.copydeskOriginal
      if (original === undefined) continue
      if (stdin && values.fix) process.stdout.write(restoreInput(file, String(file.value)))
      else process.stdout.write(load<typeof import('diff')>('diff', '--fix-dry-run').createTwoFilesPatch(file.path, file.path, original, String(file.value)))
    }
  } else if (values.fix) {
    const unwritten = fixFiles(reported)
    for (const line of unwritten.failed) problems.add(line)
    // The files are reported as on disk, so their findings fail the run as a lint would.
    for (const line of unwritten.refused) notes.add(line)
  }

  if (values.quiet) {
    for (const file of reported) file.messages = file.messages.filter((message) => message.fatal !== null && message.fatal !== undefined)
  }
  // Files finish in any order; reports list them by path so CI logs are stable.
  reported.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const shown = values.quiet ? reported.filter((file) => file.messages.length > 0) : reported
  const report = reporter.write(shown, {color, quiet: values.quiet})
  // The diff (or fixed standard input) owns standard output when there is one.
  const toStdout = reporter.stdout && !values['fix-dry-run'] && !(values.fix && stdin)
  if (report) (toStdout ? process.stdout : process.stderr).write(report.endsWith('\n') ? report : report + '\n')
  for (const note of notes) process.stderr.write(`copydesk: ${note}\n`)
  for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`)

  const ours = context.files.flatMap((file) => file.messages.filter((message) => message.source === source))
  const errors = ours.filter((message) => message.fatal === true).length
  const warnings = ours.filter((message) => message.fatal === false).length
  const failing = errors > 0 || (maxWarnings === undefined ? warnings > 0 : warnings > maxWarnings)
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`copydesk: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
  }
  process.exitCode = problems.size > 0 ? 2 : failing ? 1 : 0
}

main().catch((error: unknown) => {
  const debug = process.argv.includes('--debug')
  const detail = error instanceof Error ? (debug ? error.stack : error.message) : String(error)
  process.stderr.write(`copydesk: ${detail}\n`)
  process.exitCode = 2
})
