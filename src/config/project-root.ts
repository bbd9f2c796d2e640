import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'

/** What marks a project's folder: its own data, or the edge of a package or repository. */
const markers = ['.copydesk', 'package.json', '.git']

/**
 * Folders already walked, each with the root found from it (null: none up
 * to the file system's root). The caller owns it and decides how long it
 * holds: a run of the CLI, or the language server until files change.
 */
export type KnownRoots = Map<string, string | null>

/**
 * The folder whose `.copydesk/` data applies from `folder`: the nearest
 * ancestor (or itself) with `.copydesk/`, a `package.json` or `.git`, for
 * the CLI and the language server alike. A config file is no edge: a
 * `.copydeskrc` in a subfolder still uses the words of the project around
 * it. The walk does not go above `stop` (the language server's workspace
 * folder, so a workspace inside a bigger repository keeps its own data),
 * which is the answer when nothing is found; without one, `folder` itself
 * is. With `known`, each folder is looked at once.
 */
export function findProjectRoot(folder: string, stop?: string, known?: KnownRoots): string {
  const key = (directory: string) => (stop === undefined ? directory : `${stop}\0${directory}`)
  const walked: string[] = []
  let directory = folder
  let root = known?.get(key(directory))
  while (root === undefined) {
    walked.push(directory)
    const parent = dirname(directory)
    if (markers.some((name) => existsSync(join(directory, name))) || directory === stop) root = directory
    else if (parent === directory) root = null
    else {
      directory = parent
      root = known?.get(key(directory))
    }
  }
  for (const directory of walked) known?.set(key(directory), root)
  return root ?? stop ?? folder
}
