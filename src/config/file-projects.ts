import {dirname, resolve} from 'node:path'
import type {VFile} from 'vfile'
import {loadBundle} from '../data/bundle.js'
import {isStdinPath} from '../paths.js'
import type {ResolvedConfig} from '../pipeline/resolved-config.js'
import {withProjectData} from './project-data.js'
import {findProjectRoot, type KnownRoots} from './project-root.js'
import {fromCwd} from './validate.js'

/**
 * The `.copydesk/` data of each file's own project, for one run of the
 * CLI: a story linted from outside its project gets the same words and
 * names as from inside, and a run over two projects gives each file its
 * project's. The configuration found for the file (with the `.copydesk/`
 * files of the config file's project) comes first; the file's project's are
 * added unless already there, as the language server does.
 */
export class FileProjects {
  private readonly roots: KnownRoots = new Map()
  private readonly configs = new Map<string, ResolvedConfig | Error>()

  /**
   * `config` with the data of `file`'s project. Standard input without a
   * name belongs to the run's folder. Data added here is loaded now, in the
   * thread that reports, so a broken file is one line naming it and its
   * line (a DataError), as when a config file lists it.
   */
  configFor(config: ResolvedConfig, file: VFile): ResolvedConfig {
    const path = file.path ? resolve(file.cwd, file.path) : undefined
    const root = findProjectRoot(path && !isStdinPath(path) ? dirname(path) : resolve(file.cwd), undefined, this.roots)
    const key = JSON.stringify([root, config])
    let found = this.configs.get(key)
    if (found === undefined) {
      found = withProjectData(config, root, fromCwd)
      try {
        if (found !== config) loadBundle(found.data)
      } catch (error) {
        found = error as Error
      }
      this.configs.set(key, found)
    }
    if (found instanceof Error) throw found
    return found
  }
}
