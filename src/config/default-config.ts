import {resolve} from 'node:path'
import type {PluggableList} from 'unified'
import {loadBundle, type UserData} from '../data/bundle.js'
import {copydeskLint} from '../processor.js'
import {addProjectData, findProjectRoot, projectDataIn} from './project-data.js'
import {fromCwd} from './validate.js'
import {dataFilesKey} from '../data/working-folder.js'

const loaded = new Map<string, Error | undefined>()

/**
 * Files under no config file have no `configTransform` to load their
 * `.copydesk/` data early, so this plugin does, as the engine attaches a
 * file's plugins: in the main thread, once per run. A broken file is then
 * the fatal message of each file with the DataError as its cause, printed
 * once by the CLI as for a file a config lists, instead of a failure in a
 * worker thread that reaches the CLI as "Cannot process file".
 */
function copydeskProjectData(data: UserData) {
  const key = JSON.stringify([data, dataFilesKey(data)])
  if (!loaded.has(key)) {
    try {
      loadBundle(data)
      loaded.set(key, undefined)
    } catch (error) {
      loaded.set(key, error as Error)
    }
  }
  const error = loaded.get(key)
  if (error) throw error
}

/**
 * The CLI's configuration for files under no config file: every rule at its
 * own levels, with the `.copydesk/` files of the project the CLI runs in
 * (the language server adds those of each document's project itself).
 */
export function defaultConfigIn(folder: string): {plugins: PluggableList} {
  const data: UserData = {}
  addProjectData(data, projectDataIn(findProjectRoot(resolve(folder))), fromCwd)
  if (Object.keys(data).length === 0) return {plugins: [[copydeskLint, {}]] as PluggableList}
  return {plugins: [[copydeskProjectData, data], [copydeskLint, {data}]] as PluggableList}
}
