import {availableParallelism} from 'node:os'
import type {VFile} from 'vfile'
import {describeCause} from './atomic-write.js'
import type {LintCache} from './cache.js'
import type {FileProjects} from './config/file-projects.js'
import type {ResolvedConfig} from './pipeline/index.js'
import {lintFile} from './pool/lint.js'
import {Pool} from './pool/pool.js'
import type {Threads} from './pool/threads.js'
import {applyResult, toResult, type LintTask} from './pool/result.js'

/**
 * `--jobs N` and `--cache`: how the CLI lints an archive quickly.
 *
 * unified-engine, when a run needs it (src/engine-run.ts), still does all
 * it does: it finds the files (folders, globs, extensions,
 * `.copydeskignore`), reads them, finds and validates each file's
 * configuration, and collects the files for the reporters, so discovery,
 * configuration errors and reports do not change; files named one by one
 * with nothing to configure are read without it (src/named-files.ts). Only
 * the linting step is delegated here: the file's text and configuration go
 * to a worker thread (or are looked up in the cache, or linted right here
 * for `--jobs 1`). The worker builds the same pipeline as the engine would
 * (src/pipeline/, fixing too when asked), lints, and posts back the
 * messages as plain data, which become vfile messages on the engine's file
 * again. The CLI sorts the files by path before reporting, so the report is
 * byte for byte that of `--jobs 1`.
 *
 * `--jobs 1` (the default) delegates too, to the main thread, one file at
 * a time: the engine starts every file's pipeline at once and, left to
 * itself, parses each file as soon as it is read, so an archive's syntax
 * trees were all in memory together (1.7 GB for 11 MB of text). Here a
 * file is parsed only when its turn to be linted comes.
 */

/** `--jobs` as a number of threads: a whole number ≥ 1, or `auto` (the cores). */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1
  if (value === 'auto') return Math.max(1, availableParallelism())
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs expects a whole number of threads or \`auto\`, not \`${value}\``)
  return jobs
}

export interface DelegationOptions {
  jobs: number
  cache?: LintCache | undefined
  /** `--fix` or `--fix-dry-run`: the fixer runs where the linting does. */
  fix: boolean
  /** Adds each file's project's `.copydesk/` data; none with `--no-config`. */
  projects?: FileProjects | undefined
  /** Threads the caller keeps across runs: borrowed, not started or stopped here. */
  threads?: Threads | undefined
}

export class Delegation {
  readonly pool: Pool | undefined
  readonly cache: LintCache | undefined
  readonly fix: boolean
  readonly projects: FileProjects | undefined
  /** What went wrong that the report should say, without failing the run. */
  readonly notes: string[] = []

  constructor(options: DelegationOptions) {
    this.cache = options.cache
    this.fix = options.fix
    this.projects = options.projects
    this.borrowed = options.jobs > 1 && options.threads !== undefined
    // With a cache, threads start on the first file that is not in it; without, at once.
    this.pool = options.jobs <= 1 ? undefined : this.borrowed ? options.threads!.pool(options.jobs) : new Pool(options.jobs, {warm: !options.cache, fix: options.fix})
  }

  private readonly borrowed: boolean

  /** The main thread's turn: files linted here wait for the one before. */
  private inline: Promise<unknown> = Promise.resolve()

  /** Lints (or recalls) one file with its configuration, leaving the messages on it. */
  async lint(file: VFile, found: ResolvedConfig): Promise<void> {
    const config = this.projects ? this.projects.configFor(found, file) : found
    const value = file.value ?? ''
    const task: LintTask = {path: file.path, cwd: file.cwd, value, config, fix: this.fix}
    // Standard input has no path to keep its findings under.
    const key = file.path ? this.cache?.keyFor(task) : undefined
    const cached = key === undefined ? undefined : this.cache!.get(file, key)
    if (cached) return applyResult(file, cached)
    if (this.pool) {
      const result = await this.pool.run({...task, data: JSON.parse(JSON.stringify(file.data)) as Record<string, unknown>})
      applyResult(file, result)
      if (key !== undefined) this.cache!.set(file, key, result)
      return
    }
    const turn = this.inline.then(() => lintFile(file, config, this.fix))
    this.inline = turn.catch(() => {})
    await turn
    if (key !== undefined) this.cache!.set(file, key, toResult(file, value))
  }

  /** Stops the threads and writes the cache; returns lines for `--debug`. */
  async close(): Promise<string[]> {
    if (!this.borrowed) await this.pool?.close()
    const lines: string[] = []
    if (this.pool) lines.push(`jobs: ${this.pool.size} worker threads`)
    if (this.cache) {
      try {
        this.cache.save()
      } catch (error) {
        // The findings are still good: a cache that could not be saved costs the next run time, not this run's report.
        this.notes.push(`cache not saved (${this.cache.file}): ${describeCause(error)}`)
      }
      lines.push(`cache: ${this.cache.hits} from cache, ${this.cache.misses} linted (${this.cache.file})`)
    }
    return lines
  }
}
