import {resolve} from 'node:path'
import {Readable} from 'node:stream'
import {unified, type PluggableList, type Processor} from 'unified'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {ignoreFile} from './config/files.js'
import {allowScriptConfig} from './config/index.js'
import type {Delegation} from './jobs.js'
import {copydeskLint, type ResolvedConfig} from './pipeline/index.js'
import {configOptions} from './processor.js'
import type {Progress} from './progress.js'
import {shardFiles, type Shard} from './shard.js'

/**
 * A run through unified-engine: it finds the files (folders, globs,
 * extensions, `.copydeskignore`), reads them, finds and validates each
 * file's configuration, and hands the files to the run's reporter; the
 * linting step is the delegation's (src/jobs.ts). Loaded only by runs
 * that need it (src/named-files.ts says which do not).
 */
export interface EngineRun {
  cwd: string
  files: Array<string | VFile>
  extensions: string[]
  stdin: NodeJS.ReadableStream
  stdinFilename: string | undefined
  detectConfig: boolean
  /** `--config`: a config file named, allowed to be a script. */
  config: string | undefined
  ignorePatterns: string[]
  color: boolean
  quiet: boolean
  shard: Shard | undefined
  /**
   * The files are regular files, each named once (src/named-files.ts): the
   * engine may take them in parts, each a run of its own.
   */
  inParts?: boolean
  delegation: Delegation
  progress: Progress | undefined
  /** Given every file the engine found, before the run reports. */
  collect(files: VFile[]): void
}

/** The parser in the main thread when linting is delegated: the worker parses. */
function skipParse(this: Processor) {
  this.parser = () => ({type: 'RootNode', children: []}) as never
}

/**
 * Each file's findings, set aside from the file until the engine reports:
 * each time a file is done the engine counts the messages of every file of
 * the run (vfile-statistics, for a fatal one), so a run of n files with
 * their findings on them costs n² times a file's findings (3.2 of 18 s on
 * 2,809 short stories). A fatal message stays on its file for that count.
 */
const parked = new WeakMap<VFile, VFile['messages']>()

function park(file: VFile) {
  parked.set(file, file.messages)
  file.messages = file.messages.filter((message) => message.fatal === true)
}

function unpark(file: VFile) {
  const messages = parked.get(file)
  if (messages === undefined) return
  parked.delete(file)
  file.messages = messages
}

/** The engine's processor, plugins and configuration hooks, with `copydeskLint` replaced by the delegation. */
function delegated(delegation: Delegation) {
  const delegate = function copydeskDelegate(config: ResolvedConfig) {
    return async function (_tree: unknown, file: VFile) {
      await delegation.lint(file, config)
      park(file)
    }
  }
  const swap = (plugins: PluggableList): PluggableList =>
    plugins.map((entry) => (Array.isArray(entry) && entry[0] === copydeskLint ? [delegate, ...entry.slice(1)] : entry)) as PluggableList
  return {
    processor: unified().use(skipParse) as never,
    plugins: [],
    configTransform: (raw: unknown, file: string) => ({plugins: swap(configOptions.configTransform(raw, file).plugins)}),
    defaultConfig: {plugins: swap(configOptions.defaultConfig.plugins)}
  }
}

/**
 * Files the engine is given at once when they may go in parts: its queue
 * walks every file of a run each time one is done, and its file set checks
 * each file added against all before it, so a run of n files costs n²
 * (11,236 short stories: 83 s through one run, 28 s without the engine).
 */
export const partSize = 500

/** Every file the engine found, linted; undefined when the shard holds none. */
export async function lintWithEngine(run: EngineRun): Promise<VFile[] | undefined> {
  if (run.config !== undefined) allowScriptConfig(resolve(run.cwd, run.config))
  let files = run.files
  if (run.shard) {
    files = await shardFiles(engineOptions(run, files), run.shard)
    if (files.length === 0) return undefined
  }
  const parts = run.inParts ? Array.from({length: Math.ceil(files.length / partSize)}, (_, index) => files.slice(index * partSize, (index + 1) * partSize)) : [files]
  const linted: VFile[] = []
  const reported: VFile[] = []
  let finished = true
  try {
    for (const part of parts) {
      const options = engineOptions(run, part)
      if (run.progress) options.plugins = [run.progress.plugin(linted.length, files.length)]
      const result = await once(options)
      linted.push(...result.files)
      if (result.reported) reported.push(...result.reported)
      else finished = false
    }
  } finally {
    // A run that failed before reporting still gives its files their findings.
    for (const file of linted) unpark(file)
  }
  if (finished) run.collect(reported)
  return linted
}

/** The engine's options for a run over `files`. */
function engineOptions(run: EngineRun, files: Array<string | VFile>): EngineOptions {
  return {
    ...configOptions,
    cwd: run.cwd,
    files,
    extensions: run.extensions,
    streamIn: run.stdin,
    filePath: run.stdinFilename,
    out: false,
    output: false,
    detectConfig: run.detectConfig,
    rcPath: run.config,
    ignoreName: ignoreFile,
    detectIgnore: true,
    ignorePatterns: run.ignorePatterns,
    // A hook or CI job passing an ignored file by name means "skip it".
    silentlyIgnore: true,
    color: run.color,
    quiet: run.quiet,
    ...delegated(run.delegation)
  }
}

/** One engine run: its files, and those it reported (none when it failed before reporting). */
async function once(options: EngineOptions): Promise<{files: VFile[]; reported: VFile[] | undefined}> {
  let reported: VFile[] | undefined
  options.reporter = (all) => {
    reported = all
    return ''
  }
  const context = await new Promise<{files: VFile[]}>((resolvePromise, reject) => {
    engine(options, (error, _code, result) => (error ? reject(error) : resolvePromise(result as {files: VFile[]})))
  })
  return {files: context.files, reported}
}

/** Standard input as the engine reads it for `-`. */
export function stdinStream(stdin: string | Uint8Array | NodeJS.ReadableStream | undefined): NodeJS.ReadableStream {
  if (stdin === undefined) return Readable.from([])
  if (typeof stdin === 'string' || stdin instanceof Uint8Array) return Readable.from([Buffer.from(stdin)])
  return stdin
}
