import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {writeAtomic} from './atomic-write.js'
import {dirname, join, resolve} from 'node:path'
import type {VFile} from 'vfile'
import {allSourcesHash} from './data/compiled.js'
import {dataPath, packageRoot} from './data/root.js'
import {fromWorkingFolder} from './data/working-folder.js'
import type {LintResult, LintTask} from './pool/result.js'
import {packageVersion} from './version.js'

/** Bumped when the cache file's shape changes. */
const format = 1

interface Entry {
  key: string
  result: LintResult
}

/**
 * `--cache`: a file's messages are kept under a key made of everything
 * they depend on, and reused while the key matches:
 *
 * - the file's path (its extension picks the format) and text;
 * - its resolved configuration, and the text of the project data files it
 *   names (words, entities, phrases, variants; the project's `.copydesk/`
 *   files are among them, see src/config/project-data.ts);
 * - whether it is being fixed;
 * - copydesk itself: its version, the hash of its shipped data
 *   (`allSourcesHash`, as for the compiled data), the size and time of every
 *   file of its build, word lists and rules, and the versions of the
 *   packages it depends on (the dictionaries among them).
 *
 * The cache is one JSON file, `<location>/cache.json`, mapping each file's
 * absolute path to its key and result; it is read once and written once,
 * atomically, at the end of a run. Entries of files that no longer exist
 * are dropped then; others are kept, so a run on part of a tree (a shard,
 * `--changed-since`) does not evict the rest.
 */
export class LintCache {
  readonly file: string
  hits = 0
  misses = 0
  private readonly entries: Map<string, Entry>
  private changed = false
  private copydeskKey: string | undefined
  private readonly dataKeys = new Map<string, string>()

  constructor(location: string) {
    this.file = resolve(location, 'cache.json')
    this.entries = new Map()
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as {format?: number; entries?: Record<string, Entry>}
      if (stored.format === format && stored.entries) for (const [path, entry] of Object.entries(stored.entries)) this.entries.set(path, entry)
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** The key for linting this task; computed in the main thread from what the worker will be sent. */
  keyFor(task: LintTask): string {
    const config = JSON.stringify(task.config ?? {})
    return createHash('sha256')
      .update(this.copydesk())
      .update('\0')
      .update(config)
      .update('\0')
      .update(this.dataKey(config, task.config))
      .update('\0')
      .update(task.fix ? 'fix' : 'lint')
      .update('\0')
      .update(task.path ?? '')
      .update('\0')
      .update(task.value)
      .digest('hex')
  }

  get(file: VFile, key: string): LintResult | undefined {
    const entry = this.entries.get(resolve(file.cwd, file.path))
    if (entry && entry.key === key) {
      this.hits++
      return entry.result
    }
    this.misses++
    return undefined
  }

  set(file: VFile, key: string, result: LintResult): void {
    this.entries.set(resolve(file.cwd, file.path), {key, result})
    this.changed = true
  }

  /** Writes the cache when anything changed (a temporary file renamed over the old one). */
  save(): void {
    for (const path of this.entries.keys()) {
      if (!existsSync(path)) {
        this.entries.delete(path)
        this.changed = true
      }
    }
    if (!this.changed) return
    mkdirSync(dirname(this.file), {recursive: true})
    writeAtomic(this.file, JSON.stringify({format, entries: Object.fromEntries(this.entries)}), {create: true})
    this.changed = false
  }

  /** What identifies this copydesk: computed once per run. */
  private copydesk(): string {
    if (this.copydeskKey !== undefined) return this.copydeskKey
    const hash = createHash('sha256').update(`${format}\0${packageVersion}\0${allSourcesHash()}\0`)
    for (const folder of ['dist', 'dictionaries', 'rules']) {
      for (const path of filesUnder(dataPath(folder))) {
        const stat = statSync(path)
        hash.update(`${path.slice(packageRoot.length)}\0${stat.size}\0${stat.mtimeMs}\0`)
      }
    }
    const manifest = JSON.parse(readFileSync(dataPath('package.json'), 'utf8')) as {dependencies?: Record<string, string>}
    for (const name of Object.keys(manifest.dependencies ?? {}).sort()) hash.update(`${name}@${dependencyVersion(name)}\0`)
    this.copydeskKey = hash.digest('hex')
    return this.copydeskKey
  }

  /** The text of the project data files a configuration names. */
  private dataKey(serialized: string, config: unknown): string {
    let key = this.dataKeys.get(serialized)
    if (key !== undefined) return key
    const data = (config as {data?: Record<string, string[]>} | undefined)?.data ?? {}
    const hash = createHash('sha256')
    for (const path of Object.values(data).flat()) {
      hash.update(path).update('\0')
      try {
        hash.update(readFileSync(fromWorkingFolder(path)))
      } catch {
        hash.update('missing')
      }
      hash.update('\0')
    }
    key = hash.digest('hex')
    this.dataKeys.set(serialized, key)
    return key
  }
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return []
  const out: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path))
    else if (entry.isFile()) out.push(path)
  }
  return out.sort()
}

/** A dependency's installed version: beside copydesk in a checkout, or beside it in node_modules when installed. */
function dependencyVersion(name: string): string {
  for (const path of [join(packageRoot, 'node_modules', name, 'package.json'), join(packageRoot, '..', name, 'package.json')]) {
    try {
      return (JSON.parse(readFileSync(path, 'utf8')) as {version: string}).version
    } catch {}
  }
  return 'unknown'
}
