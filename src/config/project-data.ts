import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fromWorkingFolder} from '../data/working-folder.js'

/**
 * A project's own words and names, in the files the language server's quick
 * fixes write. The CLI reads them as the server does, whether or not a config
 * file lists them, so a word accepted in the editor passes the CI gate too.
 */
export interface ProjectData {
  words?: string
  entities?: string
}

/** Where a project keeps the words and names it adds to copydesk's (see the README). */
export function projectDataPaths(root: string) {
  return {words: join(root, '.copydesk', 'words.txt'), entities: join(root, '.copydesk', 'entities.yml')}
}

/** The project data files of the project rooted at `root` that exist. */
export function projectDataIn(root: string): ProjectData {
  const paths = projectDataPaths(root)
  const found: ProjectData = {}
  for (const key of ['words', 'entities'] as const) if (existsSync(paths[key])) found[key] = paths[key]
  return found
}

/**
 * Adds the project's files to `data`'s words and entities unless listed
 * already (paths compared resolved against the working directory), each
 * written as `written` gives it.
 */
export function addProjectData(
  data: {words?: readonly string[] | undefined; entities?: readonly string[] | undefined},
  project: ProjectData,
  written: (path: string) => string
): void {
  for (const key of ['words', 'entities'] as const) {
    const path = project[key]
    if (path !== undefined && !(data[key] ?? []).some((listed) => fromWorkingFolder(listed) === fromWorkingFolder(path))) data[key] = [...(data[key] ?? []), written(path)]
  }
}

/**
 * The folder whose `.copydesk/` data applies from `folder`: the nearest
 * ancestor (or itself) with `.copydesk/`, a `package.json` or `.git`. The
 * walk does not go above `stop` (the language server's workspace folder, so
 * a workspace inside a bigger repository keeps its own data), which is the
 * answer when nothing is found; without one, `folder` itself is.
 */
export function findProjectRoot(folder: string, stop?: string): string {
  let directory = folder
  for (;;) {
    if (['.copydesk', 'package.json', '.git'].some((name) => existsSync(join(directory, name)))) return directory
    if (directory === stop) return directory
    const parent = dirname(directory)
    if (parent === directory) return stop ?? folder
    directory = parent
  }
}
