import {ruleDefinitions} from '../rules.js'

/**
 * Presets: `recommended` runs every rule at its own levels. `strict` is for
 * desks that want a house-style pass before publication: it also fails on
 * what copydesk otherwise only mentions as info where the finding is about
 * the text itself (a phrase marked info, two spaces after a sentence, a
 * house-style capital, a variant spelling used as often as the other).
 * Unknown capitalized words and uncertain name matches stay info even in
 * strict: they are usually right names the dictionary lacks, and raising
 * them would bury the real slips.
 */
export const presets = {
  recommended: {raise: []},
  // Each rule says in the registry whether strict raises it (`strict: 'raise'`).
  strict: {raise: ruleDefinitions.filter((rule) => rule.strict === 'raise').map((rule) => rule.id)}
} as const satisfies Record<string, {raise: readonly string[]}>

export type Preset = keyof typeof presets

export const presetNames = Object.keys(presets) as Preset[]
