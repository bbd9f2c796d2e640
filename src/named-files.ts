import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, extname, join, relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import {configFiles, ignoreFile, rcExtensions} from './config/files.js'

/**
 * Files named on the command line, and the files of folders named there,
 * linted without unified-engine when it would do nothing but read them: no
 * glob, no config file or ignore file anywhere above or among them. Loading
 * the engine (with its config loaders, globbing and ignore matching) is about
 * a third of the start of a run on one file, which a pre-commit hook or an
 * editor pays on every save. With a config file the engine configures the
 * files found here; whenever it could do anything else, the run is its own.
 */

/** What the engine looks for in every folder above a file (src/config/files.ts). */
const configNames = rcExtensions.map((extension) => configFiles.rcName + extension)
/** The folders the engine skips in any path (its `ignorePatterns`), and characters a glob may hold. */
const skippedFolders = new Set(['node_modules', '.copydesk'])
const globLike = /[*?[\]{}()!+@\\]/

/**
 * What a folder holds that the engine has to honour: an ignore file (or a
 * package.json it would report), for which it finds the run's files itself,
 * or a config file, with which it configures each file it is given.
 */
type Governs = 'find' | 'configure' | undefined

/** What `folder` holds that governs the files below it. Each folder is asked once a run. */
function governs(folder: string, detectConfig: boolean): Governs {
  if (existsSync(join(folder, ignoreFile))) return 'find'
  if (!detectConfig) return undefined
  if (configNames.some((name) => existsSync(join(folder, name)))) return 'configure'
  const manifest = join(folder, 'package.json')
  if (!existsSync(manifest)) return undefined
  try {
    const value: unknown = JSON.parse(readFileSync(manifest, 'utf8'))
    return typeof value !== 'object' || value === null || (value as Record<string, unknown>)[configFiles.packageField] !== undefined ? 'configure' : undefined
  } catch {
    // The engine reports a manifest it cannot parse: let it.
    return 'find'
  }
}

/** The files of a run, found as the engine finds them; `configured` when a config file governs any. */
export interface NamedFiles {
  paths: string[]
  configured: boolean
}

/**
 * The files under `folder`, as the engine's search finds them (`extensions`
 * with their dots; node_modules and .copydesk skipped), pushed to `found`;
 * false when the engine has to find them: an ignore file, a symbolic link
 * or anything but files and folders, a folder it cannot read.
 */
function filesUnder(folder: string, extensions: ReadonlySet<string>, listable: (folder: string) => boolean, found: string[]): boolean {
  if (!listable(folder)) return false
  let entries
  try {
    entries = readdirSync(folder, {withFileTypes: true})
  } catch {
    return false
  }
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name) && !filesUnder(path, extensions, listable, found)) return false
    } else if (!entry.isFile()) return false
    else if (extensions.has(extname(entry.name))) found.push(path)
  }
  return true
}

/**
 * The paths the engine would give `files` (relative to `cwd`), when each
 * is a regular file named once, or a folder whose files are found by
 * `extensions` (given, as the engine takes them, with or without a dot),
 * that no ignore file governs; undefined when the engine has to find or
 * ignore anything. Files a config file governs are found here too, for the
 * engine to configure (`configured`): a list of files it can take in parts
 * spares it its queue, which walks every file of the run each time one is
 * done.
 */
export function namedFiles(files: readonly string[], cwd: string, detectConfig: boolean, extensions?: readonly string[]): NamedFiles | undefined {
  const paths: string[] = []
  const seen = new Set<string>()
  const known = new Map<string, Governs>()
  let configured = false
  // False when the engine has to find the run's files; notes a config file on the way.
  const listable = (folder: string) => {
    let answer = known.get(folder)
    if (!known.has(folder)) known.set(folder, (answer = governs(folder, detectConfig)))
    if (answer === 'configure') configured = true
    return answer !== 'find'
  }
  const dotted = extensions && new Set(extensions.map((extension) => (extension.startsWith('.') ? extension : `.${extension}`)))
  for (const file of files) {
    if (globLike.test(file)) return undefined
    const absolute = resolve(cwd, file)
    const path = relative(cwd, absolute)
    if (path.split(sep).some((part) => skippedFolders.has(part)) || seen.has(path)) return undefined
    let folder: boolean
    try {
      const stats = statSync(absolute)
      folder = stats.isDirectory()
      if (!stats.isFile() && !(folder && dotted)) return undefined
    } catch {
      return undefined
    }
    // The folders above first: an ignore file there sends the run to the engine before a tree is walked.
    for (let above = dirname(absolute); ; above = dirname(above)) {
      if (!listable(above)) return undefined
      if (dirname(above) === above) break
    }
    const found = folder ? [] : [absolute]
    if (folder && (!filesUnder(absolute, dotted!, listable, found) || found.length === 0)) return undefined
    for (const each of found) {
      const relativePath = relative(cwd, each)
      if (seen.has(relativePath)) return undefined
      seen.add(relativePath)
      paths.push(relativePath)
    }
  }
  return paths.length > 0 ? {paths, configured} : undefined
}

/**
 * Reads a named file as the engine does (UTF-8, and a file that cannot be
 * read fails with the engine's message), marked as given.
 */
export function readNamed(path: string, cwd: string): VFile {
  const file = new VFile({path})
  file.cwd = cwd
  file.data.unifiedEngineGiven = true
  try {
    file.value = readFileSync(resolve(cwd, path), 'utf8')
  } catch (error) {
    file.value = ''
    failed(file, error)
  }
  return file
}

/** What the engine leaves on a file whose pipeline threw: the error, fatal. */
export function failed(file: VFile, error: unknown): void {
  const index = file.messages.indexOf(error as never)
  if (index === -1) file.message('Cannot process file', {cause: error as Error}).fatal = true
  else file.messages[index]!.fatal = true
}

/** Lints named files (see namedFiles) in the engine's order, each with `lint`; `done` counts them. */
export async function lintNamed(paths: readonly string[], cwd: string, lint: (file: VFile) => Promise<void>, parallel: boolean, done?: (count: number, total: number) => void): Promise<VFile[]> {
  const sorted = [...paths].sort((left, right) => (left < right ? -1 : 1))
  let count = 0
  done?.(0, sorted.length)
  const one = async (path: string) => {
    const file = readNamed(path, cwd)
    if (!file.messages.some((message) => message.fatal)) {
      try {
        await lint(file)
      } catch (error) {
        failed(file, error)
      }
    }
    done?.(++count, sorted.length)
    return file
  }
  if (parallel) return Promise.all(sorted.map(one))
  const files: VFile[] = []
  // One at a time, so one thread holds one file's text and trees.
  for (const path of sorted) files.push(await one(path))
  return files
}
