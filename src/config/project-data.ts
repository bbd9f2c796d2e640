import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {fromWorkingFolder} from '../data/working-folder.js'
import type {UserData} from '../data/bundle.js'

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
 * `config` with the `.copydesk/` files of the project rooted at `root`
 * added (see addProjectData); `config` itself when that adds nothing. The
 * CLI and the language server both lint a file so, with `root` the file's
 * project (src/config/project-root.ts).
 */
export function withProjectData<C extends {data?: UserData}>(config: C, root: string, written: (path: string) => string): C {
  const data = {...config.data}
  addProjectData(data, projectDataIn(root), written)
  const added = (['words', 'entities'] as const).some((key) => data[key]?.length !== config.data?.[key]?.length)
  return added ? {...config, data} : config
}
