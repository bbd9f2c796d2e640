import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, join, sep} from 'node:path'

/**
 * The package's own folder (with a trailing separator, as paths under it are sliced by its length): data ships beside `dist/`, so this works
 * installed or from a checkout. It is found by walking up from this module
 * to the folder holding `package.json` and `dictionaries/`, not at a fixed
 * depth, because the command line runs as a bundle (scripts/bundle.mjs)
 * whose chunks sit elsewhere in `dist/` than this file's own build.
 */
function findPackageRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'dictionaries')) && existsSync(join(folder, 'package.json'))) return folder.endsWith(sep) ? folder : folder + sep
    if (dirname(folder) === folder) throw new Error(`copydesk: cannot find its data (no dictionaries/ above ${from})`)
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)))

export const dataPath = (...parts: string[]) => join(packageRoot, ...parts)

/** A module of the build, by its path under `dist/` (a worker thread's entry). */
export const builtPath = (...parts: string[]) => join(packageRoot, 'dist', ...parts)
