import {dirname, resolve} from 'node:path'
import type {PluggableList} from 'unified'
import {copydeskLint} from '../processor.js'
import {projectDataIn} from './project-data.js'
import {findProjectRoot} from './project-root.js'
import {validateConfig} from './validate.js'
// JavaScript config files run only when named (see ./scripts.ts).
import './scripts.js'

/**
 * How unified-engine finds and reads copydesk's configuration: `.copydeskrc`
 * (JSON), `.copydeskrc.json`, `.copydeskrc.yml`/`.yaml` (and `.js`/`.mjs`/
 * `.cjs`), or a `copydesk` field in package.json, the nearest one walking up
 * from each file. The engine does the finding, parsing and caching;
 * `configTransform` turns copydesk's shape into the one plugin that lints,
 * with the `.copydesk/` files of the config file's project.
 */
export const configOptions = {
  rcName: '.copydeskrc',
  packageField: 'copydesk',
  configTransform(raw: unknown, file: string): {plugins: PluggableList} {
    const project = projectDataIn(findProjectRoot(dirname(resolve(file))))
    return {plugins: [[copydeskLint, validateConfig(raw, file, project)]] as PluggableList}
  },
  // Files under no config file: every rule at its own levels (the CLI and
  // the language server add each file's project's `.copydesk/` files).
  defaultConfig: {plugins: [[copydeskLint, {}]] as PluggableList}
}

export {validateConfig} from './validate.js'
export {allowScriptConfig} from './scripts.js'
export {presets, presetNames, type Preset} from './presets.js'
