import caseRule from './rules/case.js'
import consistency from './rules/consistency.js'
import fluency from './rules/fluency.js'
import institutions from './rules/institutions.js'
import type {RuleDefinition} from './rules/define.js'
import names from './rules/names.js'
import phrases from './rules/phrases.js'
import repeatedWords from './rules/repeated-words.js'
import spacing from './rules/spacing.js'
import spelling from './rules/spelling.js'
import unpaired from './rules/unpaired.js'
import wordClass from './rules/word-class.js'
import usage from './rules/usage.js'
import indefiniteArticle from './rules/indefinite-article.js'

export type {RuleDefinition, RuleSettings, TwoPasses} from './rules/define.js'

/**
 * The registry: every rule copydesk has, one line each, in the order their
 * plugins run. Adding a rule is its module in src/rules/ and a line here;
 * priority, presets, validation, SARIF, the docs pages and the example test
 * read what the module declares.
 */
export const ruleDefinitions: readonly RuleDefinition[] = [spelling, repeatedWords, names, phrases, spacing, caseRule, institutions, consistency, fluency, unpaired, wordClass, usage, indefiniteArticle]

export const ruleIds = ruleDefinitions.map((rule) => rule.id)

/** Rule ids by priority, the most specific first: it speaks when two rules flag the same words. */
export const rulesByPriority = [...ruleDefinitions].sort((a, b) => a.priority - b.priority).map((rule) => rule.id)
