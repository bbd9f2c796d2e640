import type {PluggableList, Processor} from 'unified'
import {configFiles, configFor, resolveConfig, type Config} from './config/index.js'
import {copydeskLint, lintProcessor, type LintOptions} from './pipeline/index.js'

export type {Config, Severity} from './config/index.js'

/**
 * Where configuration meets the pipeline, the one module that imports both
 * (src/config/ resolves, src/pipeline/ lints, neither knows the other).
 */

/**
 * A processor for a configuration as a config file states it: the API's
 * entry, and the tests' and benchmarks'. It reads plain text, Markdown, MDX
 * and HTML, by the file's extension.
 */
export function createProcessor(config: Config = {}, options: LintOptions = {}): Processor {
  return lintProcessor(resolveConfig(config), options)
}

/**
 * How unified-engine configures each file (the CLI and the language server):
 * the config file it finds is resolved (src/config/) into the one plugin
 * that lints, `copydeskLint` with the file's `ResolvedConfig`.
 */
export const configOptions = {
  ...configFiles,
  configTransform(raw: unknown, file: string): {plugins: PluggableList} {
    return {plugins: [[copydeskLint, configFor(raw, file)]] as PluggableList}
  },
  // Files under no config file: every rule at its own levels (the CLI and
  // the language server add each file's project's `.copydesk/` files).
  defaultConfig: {plugins: [[copydeskLint, resolveConfig()]] as PluggableList}
}
