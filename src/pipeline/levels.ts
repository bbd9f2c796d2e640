import type {VFileMessage} from 'vfile-message'
import {baseRule, levelToFatal, source} from '../message.js'
import type {ResolvedConfig} from './resolved-config.js'

/**
 * How loud each finding is, decided once, after the rules (and after
 * overlapping findings are resolved, which an entry turned off still takes
 * part in). A finding starts at the level its rule gave it; then, of what
 * configuration says, the most specific applies: an entry's level
 * (`phrases:baited-breath`) is the finding's level; a rule's `info` makes
 * every finding info and `error` makes its warnings errors; a rule the
 * preset raises has its info findings as warnings. `off` drops the finding.
 * Messages that are not copydesk's pass as they are.
 */
export function applyLevels(messages: readonly VFileMessage[], config: Pick<ResolvedConfig, 'levels' | 'raise'>): VFileMessage[] {
  return messages.filter((message) => {
    if (message.source !== source) return true
    const id = message.ruleId ?? ''
    const base = baseRule(id)
    const own = config.levels[id]
    if (own === 'off') return false
    if (own && id !== base) message.fatal = levelToFatal(own)
    else if (config.levels[base] === 'info') message.fatal = null
    else if (config.levels[base] === 'error' && message.fatal === false) message.fatal = levelToFatal('error')
    else if (message.fatal === null && config.raise.includes(base)) message.fatal = false
    return true
  })
}
