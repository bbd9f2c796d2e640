import {join, relative, resolve, sep} from 'node:path'
import {readFileSync, statSync} from 'node:fs'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixFiles} from './cli-fix.js'
import {shardFromEnvironment} from './ci-shard.js'
import {BadRefError, changedSince, lintable} from './changed-files.js'
import {FileProjects} from './config/file-projects.js'
import {resolveConfig} from './config/resolve.js'
import {configError} from './config/errors.js'
import {inWorkingFolder} from './data/working-folder.js'
import {DataError} from './data/yaml-file.js'
import {formats} from './formats/index.js'
import {onDemand} from './on-demand.js'
import {Progress} from './progress.js'
import {copiesIn, isStdinPath, plainProblem, screenPaths, unreadableIn} from './paths.js'
import {Delegation} from './jobs.js'
import type {Threads} from './pool/threads.js'
import {lintNamed, namedFiles} from './named-files.js'
import {levelOf, source} from './message.js'
import {restoreInput} from './pipeline/read.js'
import {loadReporter, reporters} from './reporters/index.js'
import {GitError} from './git.js'
import {inShard, type Shard} from './shard.js'
import {stagedEntries, stagedFiles, stagedProblem} from './staged-files.js'

// Modules only some runs need (diff, for --fix-dry-run).
const load = onDemand(import.meta.url)

/** Where a run writes: process.stdout and process.stderr for the binary. */
export interface Sink {
  write(text: string): unknown
}

/** A run of copydesk over files: the command line's options, as values. */
export interface RunOptions {
  /** Files, folders and globs; `-` alone is standard input. */
  files: readonly string[]
  /** A reporter of src/reporters/ (default `stylish`). */
  reporter?: string | undefined
  quiet?: boolean | undefined
  /** Exit 1 only past this many warnings. */
  maxWarnings?: number | undefined
  /** `--color` (true) or `--no-color` (false); unset, the report is coloured on a terminal only. */
  color?: boolean | undefined
  /** The same as `color: false`. */
  noColor?: boolean | undefined
  /** Extensions to read in folders and globs (default: every format's). */
  ext?: readonly string[] | undefined
  /** A config file to use instead of searching (`--config`). */
  config?: string | undefined
  noConfig?: boolean | undefined
  fix?: boolean | undefined
  fixDryRun?: boolean | undefined
  changedSince?: string | undefined
  /** Lint the staged content of the staged files (src/staged-files.ts). */
  staged?: boolean | undefined
  stdinFilename?: string | undefined
  /** Worker threads (default 1: the calling thread). */
  jobs?: number | undefined
  /** Threads kept by the caller across runs (src/pool/threads.ts), borrowed when `jobs` is above 1. */
  threads?: Threads | undefined
  cache?: boolean | undefined
  cacheLocation?: string | undefined
  /** A part of the files; `auto` reads it from the CI's variables (src/ci-shard.ts). */
  shard?: Shard | 'auto' | undefined
  debug?: boolean | undefined

  /** The variables `--shard auto` reads (default: the process's). */
  env?: Readonly<Record<string, string | undefined>> | undefined
  /** The folder paths are relative to, and configuration is searched from (default: the process's). */
  cwd?: string | undefined
  /** Standard input: its text, or a stream (the process's own, descriptor 0, for the binary). */
  stdin?: string | Uint8Array | NodeJS.ReadableStream | undefined
  /** Written as the run goes, besides being returned; the binary passes its own streams. */
  stdout?: Sink | undefined
  stderr?: Sink | undefined
  /** Which of the two is a terminal (colours are for terminals only). */
  terminal?: {stdout?: boolean; stderr?: boolean} | undefined
  /** The regular file standard output is redirected to, if any: never linted (it is this run's report). */
  reportTarget?: {dev: number; ino: number} | undefined
}

export interface RunResult {
  /** The files reported, sorted by path, with their messages. */
  files: VFile[]
  /** 0 clean, 1 findings that fail the run, 2 usage, configuration or file problems. */
  exitCode: number
  stdout: string
  stderr: string
}

/** A mistake in the options: one line, exit 2, nothing linted. */
export class UsageError extends Error {}

/** The line for an unknown reporter, or nothing: checked first, by the command line as by run(). */
export function reporterProblem(name: string): string | undefined {
  if (reporters[name]) return undefined
  return `unknown reporter \`${name}\`, expected one of ${Object.keys(reporters).join(', ')}`
}

function sameFile(path: string, target: {dev: number; ino: number}): boolean {
  try {
    const stats = statSync(path)
    return stats.dev === target.dev && stats.ino === target.ino
  } catch {
    return false
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
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
  const plain = plainProblem(file.path, message, file.cwd)
  if (plain) return plain
  return `${file.path || '<stdin>'}: ${message.reason}`
}

/**
 * Lints files as the command line does, in this process: finds, reads,
 * configures, lints (or fixes), reports, and decides the exit code. It
 * never touches process.stdout, process.stderr, process.exitCode or the
 * process's working folder, so tests and other tools can call it.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const out: string[] = []
  const err: string[] = []
  const io = {
    stdout(text: string) {
      out.push(text)
      options.stdout?.write(text)
    },
    stderr(text: string) {
      err.push(text)
      options.stderr?.write(text)
    }
  }
  const result = (exitCode: number, files: VFile[] = []): RunResult => ({files, exitCode, stdout: out.join(''), stderr: err.join('')})
  try {
    const outcome = await inWorkingFolder(options.cwd ?? process.cwd(), () => lint(options, io))
    return result(outcome.exitCode, outcome.files)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`copydesk: ${error.message}\n`)
      return result(2)
    }
    const detail = error instanceof Error ? (options.debug ? error.stack : error.message) : String(error)
    io.stderr(`copydesk: ${detail}\n`)
    return result(2)
  }
}

/** `--shard auto`'s shard, said on standard error so a CI log shows which job linted what. */
function autoShard(env: Readonly<Record<string, string | undefined>>, io: Io): Shard {
  let found
  try {
    found = shardFromEnvironment(env)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  io.stderr(`copydesk: ${found.note}\n`)
  return found.shard
}

interface Io {
  stdout(text: string): void
  stderr(text: string): void
}

async function lint(options: RunOptions, io: Io): Promise<{exitCode: number; files?: VFile[]}> {
  const usage = (message: string): never => {
    throw new UsageError(message)
  }
  const cwd = resolve(options.cwd ?? process.cwd())
  const at = (path: string) => resolve(cwd, path)
  const reporterName = options.reporter ?? 'stylish'
  const problem = reporterProblem(reporterName)
  if (problem) usage(problem)
  const reporter = reporters[reporterName]!
  const maxWarnings = options.maxWarnings
  const quiet = options.quiet ?? false
  const positionals = [...options.files]
  if (options.fix && options.fixDryRun) usage('use either --fix or --fix-dry-run')
  const fixing = Boolean(options.fix || options.fixDryRun)
  const stdin = positionals.includes('-')
  if (stdin && positionals.length > 1) usage('`-` (standard input) cannot be mixed with files')
  if (stdin && options.changedSince) usage('--changed-since lints files, not standard input')
  if (stdin && options.shard) usage('--shard splits files, not standard input')
  const shard = options.shard === 'auto' ? autoShard(options.env ?? process.env, io) : options.shard
  const staged = options.staged ? stagedProblem(options) : undefined
  if (staged) usage(staged)
  const extensions = (options.ext ?? []).flatMap((ext) => ext.split(',')).map((ext) => ext.trim().replace(/^\./, '')).filter(Boolean)
  const known = extensions.length > 0 ? extensions : Object.keys(formats)

  let files = stdin ? [] : positionals
  // Files whose text is already read: standard input named as a file, staged content.
  const given: VFile[] = []
  if (options.staged) {
    try {
      const entries = stagedEntries(cwd)
      const chosen = new Set(lintable(entries.map((entry) => entry.path), known, positionals.map(at)))
      given.push(...stagedFiles(entries.filter((entry) => chosen.has(entry.path)), cwd))
    } catch (error) {
      if (error instanceof GitError) usage(`--staged: ${error.message}`)
      throw error
    }
    files = []
    if (given.length === 0) {
      io.stderr('copydesk: no staged files to lint\n')
      return {exitCode: 0}
    }
  } else if (options.changedSince !== undefined) {
    let changed: string[]
    try {
      changed = changedSince(options.changedSince, cwd)
    } catch (error) {
      if (!(error instanceof BadRefError || error instanceof GitError)) throw error
      // The value is the user's, and may hold line breaks: the error stays one line.
      usage(`--changed-since ${JSON.stringify(options.changedSince).slice(1, -1)}: ${error.message}`)
    }
    // Named paths narrow the changed files to those inside them.
    files = lintable(changed!, known, positionals.map(at))
    if (files.length === 0) {
      io.stderr('copydesk: no changed files to lint\n')
      return {exitCode: 0}
    }
  } else if (positionals.length === 0) {
    usage('no input: give files, folders, globs, or `-` for standard input (see `copydesk --help`)')
  }

  const color = options.color ?? (!options.noColor && (reporter.stdout ? options.terminal?.stdout : options.terminal?.stderr) === true)
  const problems = new Set<string>()
  // Notes about input that was linted oddly or not at all; they do not fail the run.
  const notes = new Set<string>()
  // Standard input named as a file: read here, a pipe too, and reported by the name given.
  for (const path of files.filter(isStdinPath)) {
    if (options.fix) usage(`--fix writes files back, and ${path} is standard input (use \`copydesk --fix -\`)`)
    try {
      given.push(new VFile({path, cwd, value: readStdin(options.stdin)}))
    } catch (error) {
      problems.add(`${path}: ${(error as Error).message}`)
    }
  }
  // A file named twice ("a.txt ./a.txt") is linted and reported once.
  const seen = new Set<string>()
  files = files.filter((path) => !isStdinPath(path) && !seen.has(resolve(cwd, path)) && seen.add(resolve(cwd, path)))
  if (options.changedSince === undefined && !options.staged) {
    // Pipes, devices and folders with nothing to lint, named on the command line.
    const unreadable = screenPaths(files, known, cwd)
    for (const line of unreadable.values()) problems.add(line)
    files = files.filter((path) => !unreadable.has(path))
    if (files.length === 0 && given.length === 0 && !stdin) {
      for (const problem of problems) io.stderr(`copydesk: ${problem}\n`)
      return {exitCode: 2}
    }
  }
  // Skipped before the engine opens them: pipes and devices met inside
  // folders (it would wait for a writer forever), and the file standard
  // output is redirected to (the report this run is writing).
  const skipPatterns: string[] = []
  const skip = (path: string, why: string) => {
    const inCwd = relative(cwd, at(path))
    if (inCwd.startsWith('..')) return
    skipPatterns.push('/' + inCwd.split(sep).join('/').replace(/[\\*?[\]!# ]/g, '\\$&'))
    notes.add(`${path}: skipped: ${why}`)
  }
  // Found under the folder resolved, named under the folder as given.
  const named = (folder: string, found: string) => join(folder, relative(at(folder), found))
  const output = options.reportTarget
  for (const path of files) {
    if (isFolder(at(path))) {
      for (const [inside, kind] of unreadableIn(at(path), known)) skip(named(path, inside), `${kind}, not a file copydesk can read`)
      if (output) for (const copy of copiesIn(at(path), known, output)) skip(named(path, copy), 'the report this run is writing')
    } else if (output && sameFile(at(path), output)) skip(path, 'the report this run is writing')
  }
  let reported: VFile[] = []
  const collect = (all: VFile[]) => {
    reported = all.filter((file) => {
      // The engine names every file relative to the working folder (`../../../dev/stdin`).
      const absolute = file.path ? resolve(file.cwd, file.path) : ''
      // History too: the stylish reporter names a file by its first path.
      if (isStdinPath(absolute)) file.history = [absolute]
      const problem = fileProblem(file)
      if (problem) problems.add(describe(file, problem))
      const input = file.data.copydesk?.input
      if (input?.skipped) notes.add(`${file.path || '<stdin>'}: skipped: ${input.skipped}`)
      else if (input?.lossy) notes.add(`${file.path || '<stdin>'}: ${input.lossy}`)
      return !problem && !input?.skipped
    })
  }
  // The linting step is delegated (src/jobs.ts), to this thread, worker threads or the cache.
  const cache = options.cache ? new (await import('./cache.js')).LintCache(resolve(cwd, options.cacheLocation ?? 'node_modules/.cache/copydesk')) : undefined
  // `--no-config` is copydesk's defaults only: no config file, no `.copydesk/` files.
  const projects = options.noConfig ? undefined : new FileProjects()
  // Files and folders named, with nothing to ignore, are found here: read here when nothing configures
  // them either, or configured by the engine in parts.
  const simple = !stdin && given.length === 0 && options.stdinFilename === undefined && skipPatterns.length === 0
  let listed = simple ? namedFiles(files, cwd, !options.noConfig, known) : undefined
  if (listed && (shard || options.config !== undefined)) listed = {paths: shard ? inShard(listed.paths, shard, cwd) : listed.paths, configured: listed.configured || options.config !== undefined}
  const oneByOne = listed && !listed.configured ? listed.paths : undefined
  // No more threads than files named: each thread loads copydesk's data before its first file.
  const jobs = Math.min(options.jobs ?? 1, oneByOne ? Math.max(1, oneByOne.length) : Infinity)
  const delegation = new Delegation({jobs, fix: fixing, cache, projects, threads: options.threads})
  // Files done on a terminal's standard error, erased before anything else is written there.
  const progress = options.terminal?.stderr && !quiet && options.stderr ? new Progress(options.stderr) : undefined
  let linted: VFile[] | undefined
  try {
    if (listed?.paths.length === 0) {
      // This shard holds none of the files.
    } else if (oneByOne) {
      const config = resolveConfig()
      linted = await lintNamed(oneByOne, cwd, (file) => delegation.lint(file, config), delegation.pool !== undefined, progress && ((done, total) => progress.update(done, total)))
      collect(linted)
    } else {
      const {lintWithEngine, stdinStream} = await import('./engine-run.js')
      linted = await lintWithEngine({
        cwd,
        files: listed ? listed.paths : [...files, ...given],
        inParts: listed !== undefined,
        extensions: known,
        stdin: stdinStream(options.stdin),
        stdinFilename: options.stdinFilename,
        detectConfig: !options.noConfig,
        config: options.config,
        // A project's own word lists (`.copydesk/words.txt`) are data, not copy.
        ignorePatterns: ['**/node_modules/**', '**/.copydesk/**', ...skipPatterns],
        color,
        quiet,
        shard: listed ? undefined : shard,
        delegation,
        progress,
        collect
      })
    }
  } finally {
    progress?.end()
  }
  if (!linted) {
    await delegation.close()
    io.stderr(`copydesk: no files in shard ${shard!.index}/${shard!.count}\n`)
    return {exitCode: 0}
  }
  for (const line of await delegation.close()) if (options.debug) io.stderr(`copydesk: ${line}\n`)
  for (const note of delegation.notes) notes.add(note)

  if (options.fixDryRun || (options.fix && stdin)) {
    for (const file of reported) {
      const original = file.data.copydesk?.fixed?.original
      if (original === undefined) continue
      if (stdin && options.fix) io.stdout(restoreInput(file, String(file.value)))
      else io.stdout(load<typeof import('diff')>('diff', '--fix-dry-run').createTwoFilesPatch(file.path, file.path, original, String(file.value)))
    }
  } else if (options.fix) {
    const unwritten = fixFiles(reported)
    for (const line of unwritten.failed) problems.add(line)
    // The files are reported as on disk, so their findings fail the run as a lint would.
    for (const line of unwritten.refused) notes.add(line)
  }

  if (quiet) {
    for (const file of reported) file.messages = file.messages.filter((message) => levelOf(message) !== 'info')
  }
  // Files finish in any order; reports list them by path so CI logs are stable.
  reported.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const shown = quiet ? reported.filter((file) => file.messages.length > 0) : reported
  await loadReporter(reporterName)
  const report = reporter.write(shown, {color, quiet})
  // The diff (or fixed standard input) owns standard output when there is one.
  const toStdout = reporter.stdout && !options.fixDryRun && !(options.fix && stdin)
  if (report) (toStdout ? io.stdout : io.stderr)(report.endsWith('\n') ? report : report + '\n')
  for (const note of notes) io.stderr(`copydesk: ${note}\n`)
  for (const problem of problems) io.stderr(`copydesk: ${problem}\n`)

  const ours = linted.flatMap((file) => file.messages.filter((message) => message.source === source))
  const errors = ours.filter((message) => levelOf(message) === 'error').length
  const warnings = ours.filter((message) => levelOf(message) === 'warning').length
  const failing = errors > 0 || (maxWarnings === undefined ? warnings > 0 : warnings > maxWarnings)
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`copydesk: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
  }
  return {exitCode: problems.size > 0 ? 2 : failing ? 1 : 0, files: reported}
}

/** Standard input as bytes, for `/dev/stdin` named as a file. */
function readStdin(stdin: RunOptions['stdin']): Buffer {
  if (typeof stdin === 'string' || stdin instanceof Uint8Array) return Buffer.from(stdin)
  // Descriptor 0 itself: opening the name fails when standard input is a socket (ENXIO).
  return readFileSync(0)
}
