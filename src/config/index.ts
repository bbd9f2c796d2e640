import {dirname, resolve} from 'node:path'
import type {ResolvedConfig} from '../pipeline/resolved-config.js'
import {projectDataIn} from './project-data.js'
import {findProjectRoot} from './project-root.js'
import {resolveConfig} from './resolve.js'
import {validateConfig} from './validate.js'
// JavaScript config files run only when named (see ./scripts.ts).
import './scripts.js'

/**
 * How unified-engine finds copydesk's configuration: `.copydeskrc` (JSON),
 * `.copydeskrc.json`, `.copydeskrc.yml`/`.yaml` (and `.js`/`.mjs`/`.cjs`),
 * or a `copydesk` field in package.json, the nearest one walking up from
 * each file. The engine does the finding, parsing and caching.
 */
export const configFiles = {rcName: '.copydeskrc', packageField: 'copydesk'} as const

/**
 * A config file's raw value as the pipeline takes it: validated strictly,
 * with the `.copydesk/` files of the config file's project, resolved.
 */
export function configFor(raw: unknown, file: string): ResolvedConfig {
  const project = projectDataIn(findProjectRoot(dirname(resolve(file))))
  return resolveConfig(validateConfig(raw, file, project))
}

export {validateConfig} from './validate.js'
export {resolveConfig, type Config, type Severity} from './resolve.js'
export {allowScriptConfig} from './scripts.js'
export {presets, presetNames, type Preset} from './presets.js'
