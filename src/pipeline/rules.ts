import {unified, type Processor} from 'unified'
import {loadBundle} from '../data/bundle.js'
import {dataFilesKey} from '../data/working-folder.js'
import {ruleDefinitions} from '../rules.js'
import finalize from './finalize.js'
import type {ResolvedConfig} from './resolved-config.js'

const linters = new Map<string, Processor>()

/**
 * The rules stage for one configuration: the plugins of the rules that run,
 * with their data and options, then finalize (one finding per slip, in
 * document order). Built once per process, configuration and selection:
 * `only` (by id) builds those rules alone, without finalize, for linting a
 * document in parts (src/incremental.ts), whose messages then go through
 * `afterRules` (./index.ts) once.
 */
export function rulesFor(config: ResolvedConfig, only?: readonly string[]): Processor {
  const key = JSON.stringify([config.rules, config.options, config.data, config.dialect, dataFilesKey(config.data), only])
  let linter = linters.get(key)
  if (linter) return linter
  const bundle = loadBundle(config.data)
  const processor = unified()
  for (const rule of ruleDefinitions) {
    if (!config.rules.includes(rule.id) || (only && !only.includes(rule.id))) continue
    const [plugin, options] = rule.attach(bundle, {dialect: config.dialect, options: config.options[rule.id] ?? {}})
    processor.use(plugin as never, options as never)
  }
  if (!only) processor.use(finalize)
  linter = processor.freeze() as unknown as Processor
  linters.set(key, linter)
  return linter
}
