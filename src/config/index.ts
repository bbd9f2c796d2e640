import {dirname, resolve} from 'node:path'
import type {ResolvedConfig} from '../pipeline/resolved-config.js'
import {projectDataIn} from './project-data.js'
import {findProjectRoot} from './project-root.js'
import {resolveConfig} from './resolve.js'
import {validateConfig} from './validate.js'
// JavaScript config files run only when named (see ./scripts.ts).
import './scripts.js'

export {configFiles} from './files.js'

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
