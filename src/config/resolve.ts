import type {UserData} from '../data/bundle.js'
import type {Level} from '../message.js'
import type {ResolvedConfig} from '../pipeline/resolved-config.js'
import {ruleIds} from '../rules.js'
import {presets, type Preset} from './presets.js'

export type Severity = Level | 'off'

/** A configuration as a config file states it, once validated (see ./validate.ts). */
export interface Config {
  /**
   * Severity per rule id; rules not named keep their own levels. A rule's
   * entry may be named too (`phrases:baited-breath`).
   */
  rules?: Readonly<Record<string, Severity>>
  /** Options per rule id (`rules: {id: [level, {option: value}]}`). */
  options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  /** Project data added to copydesk's. */
  data?: UserData
  /** `recommended` (default) or `strict` (see ./presets.ts). */
  preset?: Preset
  /** `en-US` (default) or `en-GB`: British spellings are not mentioned. */
  dialect?: 'en-US' | 'en-GB'
}

/**
 * What the pipeline is given: the preset becomes the rules it raises (less
 * those the configuration gives a level of their own), and a rule set `off`
 * is not run at all.
 */
export function resolveConfig(config: Config = {}): ResolvedConfig {
  const levels = config.rules ?? {}
  return {
    rules: ruleIds.filter((id) => levels[id] !== 'off'),
    levels,
    raise: presets[config.preset ?? 'recommended'].raise.filter((id) => levels[id] === undefined),
    options: config.options ?? {},
    dialect: config.dialect ?? 'en-US',
    ...(config.data ? {data: config.data} : {})
  }
}
