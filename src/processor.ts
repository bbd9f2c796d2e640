import {unified, type Processor} from 'unified'
import retextEnglish from 'retext-english'
import {loadBundle, type UserData} from './data/bundle.js'
import finalize from './finalize.js'
import type {Level} from './message.js'
import {ruleDefinitions} from './rules.js'

export type Severity = Level | 'off'

export interface Config {
  /** Severity per rule id; rules not named keep their own levels. */
  rules?: Readonly<Record<string, Severity>>
  /** Project data added to copydesk's. */
  data?: UserData
}

/**
 * The one place a configuration becomes a unified processor; the CLI, the
 * language server, the fixer and the benchmarks all come through here.
 */
export function createProcessor(config: Config = {}): Processor {
  const bundle = loadBundle(config.data)
  const levels: Record<string, Level> = {}
  const processor = unified().use(retextEnglish)
  for (const rule of ruleDefinitions) {
    const severity = config.rules?.[rule.id]
    if (severity === 'off') continue
    if (severity) levels[rule.id] = severity
    const [plugin, options] = rule.attach(bundle)
    processor.use(plugin as never, options as never)
  }
  processor.use(finalize, {levels})
  return processor as unknown as Processor
}
