import {statSync} from 'node:fs'
import {extname, join, sep} from 'node:path'
import {Configuration} from 'unified-engine'
import {formats} from '../formats/index.js'
import {IncrementalLinter} from '../incremental.js'
import {copydeskLint, lintProcessor, type ResolvedConfig} from '../pipeline/index.js'
import {configOptions} from '../processor.js'
import {withProjectData} from '../config/project-data.js'
import {resolveConfig} from '../config/resolve.js'

/** Editor language ids copydesk reads, as the extension its parser dispatches on. */
const extensionOf: Readonly<Record<string, string>> = {plaintext: 'txt', markdown: 'md', mdx: 'mdx', html: 'html'}

/**
 * The path the processor sees. copydesk picks its parser by extension, as the
 * CLI does; a buffer without a known extension (unsaved, `README`) takes one
 * from the editor's language mode instead, beside where it would be saved.
 */
export function parsePath(path: string | undefined, languageId: string, root: string): string | undefined {
  if (path && Object.hasOwn(formats, extname(path).slice(1).toLowerCase())) return path
  const extension = extensionOf[languageId]
  if (!extension) return path
  return (path ?? join(root, 'untitled')) + '.' + extension
}

export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)
}

/**
 * The configuration for a file, from the same files as the CLI: unified-engine
 * finds `.copydeskrc*` or the `copydesk` package.json field walking up from
 * the file, and copydesk's `configOptions` resolve it into a `ResolvedConfig`, with
 * the `.copydesk/` files of the config file's project, as in the CLI. Those
 * of `root`, where the editor's actions write, are added when they exist and
 * are not there yet: with no config file, or when a workspace folder inside
 * a bigger project makes `root` another folder than the config's project.
 * A new Configuration per call, so an edited config file is read again.
 */
export async function loadConfig(root: string, filePath: string): Promise<ResolvedConfig> {
  const configuration = new Configuration({cwd: root, detectConfig: true, ...configOptions})
  const result = await new Promise<{plugins: unknown[]}>((resolve, reject) =>
    configuration.load(filePath, (error, value) => {
      if (error) reject(error)
      else resolve(value as {plugins: unknown[]})
    })
  )
  const entry = result.plugins.find((plugin): plugin is [unknown, ResolvedConfig] => Array.isArray(plugin) && plugin[0] === copydeskLint)
  // A config's paths are relative to the working directory (see validateConfig), which need not be `root`.
  return withProjectData(entry?.[1] ?? resolveConfig(), root, (path) => path)
}

/** Files a configuration reads, with their size and time, so an edit on disk is noticed. */
function fingerprint(config: ResolvedConfig): string {
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
  linter: IncrementalLinter
}

/**
 * One linter per configuration (it reads every format), rebuilt when the
 * configuration or its data files change. Compiling the data costs a second or
 * more, so it is kept between lints; a configuration that fails to load
 * throws to the caller on every lint, so the error stays visible until fixed.
 */
export class Projects {
  private readonly entries = new Map<string, Entry>()

  /** `filePath` is where the document is (or would be saved): config is found from there. */
  async linterFor(root: string, filePath: string): Promise<IncrementalLinter> {
    const config = await loadConfig(root, filePath)
    const key = fingerprint(config)
    const cached = this.entries.get(key)
    if (cached) return cached.linter
    const linter = build(config, key)
    this.entries.set(key, {key, linter})
    // Every edit of a config or data file makes a new key; keep the recent few.
    for (const old of this.entries.keys()) {
      if (this.entries.size <= 8) break
      this.entries.delete(old)
    }
    return linter
  }

  /** Forget everything, e.g. after the client says watched files changed. */
  clear() {
    this.entries.clear()
  }
}

function build(config: ResolvedConfig, key: string): IncrementalLinter {
  // loadBundle caches compiled data by the JSON of `data`, which names files
  // but not their contents, so a word just added to `.copydesk/words.txt`
  // would not be seen. An extra, otherwise unused field carrying the
  // fingerprint makes a changed file a new cache entry.
  // TODO(data): replace with a cache that checks file times in src/data/bundle.ts.
  const data = config.data ? {...config.data, revision: key} : undefined
  const built = data ? {...config, data} : config
  return new IncrementalLinter(lintProcessor(built), built)
}
