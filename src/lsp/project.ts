import {existsSync, statSync} from 'node:fs'
import {dirname, extname, join, sep} from 'node:path'
import type {Processor} from 'unified'
import {createProcessor, type Config} from '../processor.js'
import {projectDataPaths} from './project-data.js'

/** Extensions the processor reads as a format of their own (the CLI's list). */
const known = new Set(['txt', 'text', 'md', 'markdown', 'mdx', 'html', 'htm'])

/** Editor language ids copydesk reads, as the extension its parser dispatches on. */
const extensionOf: Readonly<Record<string, string>> = {plaintext: 'txt', markdown: 'md', mdx: 'mdx', html: 'html'}

/**
 * The path the processor sees. copydesk picks its parser by extension, as the
 * CLI does; a buffer without a known extension (unsaved, `README`) takes one
 * from the editor's language mode instead, beside where it would be saved.
 */
export function parsePath(path: string | undefined, languageId: string, root: string): string | undefined {
  if (path && known.has(extname(path).slice(1).toLowerCase())) return path
  const extension = extensionOf[languageId]
  if (!extension) return path
  return (path ?? join(root, 'untitled')) + '.' + extension
}

/**
 * The folder whose `.copydesk/` data a file uses: the nearest ancestor with
 * `.copydesk/`, a `package.json` or `.git`, not above the workspace folder
 * that holds the file (so a workspace inside a bigger repository keeps its
 * own data); the workspace folder itself when nothing is found.
 */
export function projectRoot(path: string, workspaceFolder: string | undefined): string {
  const stop = workspaceFolder
  let directory = dirname(path)
  for (;;) {
    if (['.copydesk', 'package.json', '.git'].some((name) => existsSync(join(directory, name)))) return directory
    if (directory === stop) return directory
    const parent = dirname(directory)
    if (parent === directory) return stop ?? dirname(path)
    directory = parent
  }
}

export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)
}

/**
 * The configuration for files under `root`.
 * TODO(config): when src/config/ exports a loader for `.copydeskrc*` and the
 * `copydesk` package.json field, call it here so the editor and the CLI read
 * the same files; until then only the project's `.copydesk/` data is used.
 */
function loadConfig(root: string): Config {
  const paths = projectDataPaths(root)
  const data: {words?: string[]; entities?: string[]} = {}
  if (existsSync(paths.words)) data.words = [paths.words]
  if (existsSync(paths.entities)) data.entities = [paths.entities]
  return Object.keys(data).length > 0 ? {data} : {}
}

/** Files a configuration reads, with their size and time, so an edit on disk is noticed. */
function fingerprint(config: Config): string {
  const files = [...(config.data?.words ?? []), ...(config.data?.entities ?? []), ...(config.data?.phrases ?? []), ...(config.data?.variants ?? [])]
  return JSON.stringify([
    config,
    files.map((file) => {
      try {
        const stat = statSync(file)
        return [stat.size, stat.mtimeMs]
      } catch {
        return null
      }
    })
  ])
}

interface Entry {
  key: string
  processor: Processor
}

/**
 * One processor per project root (it reads every format), rebuilt when its
 * configuration or data files change. Compiling the data costs a second or
 * more, so it is kept between lints; a configuration that fails to load
 * throws to the caller on every lint, so the error stays visible until fixed.
 */
export class Projects {
  private readonly entries = new Map<string, Entry>()

  processorFor(root: string): Processor {
    const config = loadConfig(root)
    const key = fingerprint(config)
    const cached = this.entries.get(root)
    if (cached && cached.key === key) return cached.processor
    const processor = build(config, key)
    this.entries.set(root, {key, processor})
    return processor
  }

  /** Forget everything, e.g. after the client says watched files changed. */
  clear() {
    this.entries.clear()
  }
}

function build(config: Config, key: string): Processor {
  // loadBundle caches compiled data by the JSON of `data`, which names files
  // but not their contents, so a word just added to `.copydesk/words.txt`
  // would not be seen. An extra, otherwise unused field carrying the
  // fingerprint makes a changed file a new cache entry.
  // TODO(data): replace with a cache that checks file times in src/data/bundle.ts.
  const data = config.data ? {...config.data, revision: key} : undefined
  return createProcessor(data ? {...config, data} : config)
}
