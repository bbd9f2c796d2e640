import {unified, type Processor} from 'unified'
import {loadBundle} from '../data/bundle.js'
import {dataFilesKey} from '../data/working-folder.js'
import {ruleDefinitions, type RuleDefinition, type RuleSettings, type TwoPasses} from '../rules.js'
import finalize from './finalize.js'
import type {ResolvedConfig} from './resolved-config.js'

const linters = new Map<string, Processor>()

function settingsFor(config: ResolvedConfig, rule: RuleDefinition): RuleSettings {
  return {dialect: config.dialect, options: config.options[rule.id] ?? {}}
}

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
    const [plugin, options] = rule.attach(bundle, settingsFor(config, rule))
    processor.use(plugin as never, options as never)
  }
  if (!only) processor.use(finalize)
  linter = processor.freeze() as unknown as Processor
  linters.set(key, linter)
  return linter
}

/**
 * The two passes of each rule that runs and reads a document in two
 * (`passes` in its definition), by id, in the registry's order: for
 * src/incremental.ts, which scans paragraphs on their own and reports over
 * the whole document.
 */
export function passesFor(config: ResolvedConfig): ReadonlyMap<string, TwoPasses> {
  const bundle = loadBundle(config.data)
  const found = new Map<string, TwoPasses>()
  for (const rule of ruleDefinitions) {
    if (!rule.passes || !config.rules.includes(rule.id)) continue
    const [, options] = rule.attach(bundle, settingsFor(config, rule))
    found.set(rule.id, rule.passes(options as never))
  }
  return found
}

/**
 * The document summary of each paragraph rule that runs (`paragraphFacts`
 * in its definition), by id, in the registry's order: for
 * src/incremental.ts, which hands it to each paragraph it lints apart.
 */
export function factsFor(config: ResolvedConfig): ReadonlyMap<string, (document: string) => string> {
  const bundle = loadBundle(config.data)
  const found = new Map<string, (document: string) => string>()
  for (const rule of ruleDefinitions) {
    if (!rule.paragraphFacts || !config.rules.includes(rule.id)) continue
    const [, options] = rule.attach(bundle, settingsFor(config, rule))
    found.set(rule.id, rule.paragraphFacts(options as never))
  }
  return found
}
