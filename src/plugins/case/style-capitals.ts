import {quote, type Level} from '../../message.js'
import {insideQuotation} from '../../text/quotation.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import type {SentenceTokens} from '../../text/tokens.js'
import type {CaseContext, Raised} from './context.js'
import {inTitleCaseLine} from '../../text/title-case-line.js'
import {inHeadline} from '../../text/headline.js'

/**
 * A title or a body's common noun capitalized with no name after it ("the
 * new President said", "which Party", "the country's Parliament"): AP style
 * lowercases it, other house styles capitalize it for one person or body, so
 * it is a note, and a warning under `style: 'ap'` or where the story writes
 * the same body's noun lowercase as often as capitalized ("the parliament ...
 * the country's Parliament"): then the capital breaks the story's own style. Only between a
 * lowercase word and a lowercase word or a mark: "the Labour Party", "the
 * President of Mexico", "President Ruto" and "the President and General
 * Secretary Xi" are names or titles of names.
 */
export function styleCapitals(context: CaseContext, sentences: readonly SentenceTokens[], value: string, level: Level): Raised[] {
  const capitalized: Raised[] = []
  // Of those, the ones after a determiner or a possessive: there the noun is a common one.
  const common = new Set<Raised>()
  // The nouns the story itself writes lowercase in the same slot: there the
  // capital is the story's own inconsistency, whatever its house style.
  const lowercaseInStory = new Map<string, number>()
  // And how often it writes each capitalized anywhere: a story that mostly capitalizes the noun has that style.
  const capitalInStory = new Map<string, number>()
  for (const {tokens, words} of sentences) {
    for (const index of words) {
      const token = tokens[index]!
      if (!context.lowercaseStyleNouns.has(token.lower)) continue
      if (token.value !== token.lower) capitalInStory.set(token.lower, (capitalInStory.get(token.lower) ?? 0) + 1)
      if (!noNameAfter(token, value)) continue
      if (token.value === token.lower) {
        lowercaseInStory.set(token.lower, (lowercaseInStory.get(token.lower) ?? 0) + 1)
        continue
      }
      if (!/^\p{Lu}\p{Ll}+$/u.test(token.value) || !afterLowercaseWord(tokens, index)) continue
      // "the Parliament building": the capital names the building.
      if (context.buildingNouns.has(tokens[index + 2]?.lower ?? '')) continue
      if (isSentenceStart(value, token.start, context.abbreviations) || inTitleCaseLine(value, token.start) || insideQuotation(value, token.start)) continue
      const finding: Raised = {start: token.start, end: token.end, expected: token.lower, level, reason: `Unexpected capital in ${quote(token.value)} with no name after it, expected ${quote(token.lower)}`}
      capitalized.push(finding)
      // After "of" or "in" it may be a name ("the president of Parliament").
      if (context.determiners.has(tokens[index - 2]!.lower) || /['’]s$/.test(tokens[index - 2]!.value)) common.add(finding)
    }
  }
  for (const finding of capitalized) {
    const lower = finding.expected
    // A title may name another person where it is lowercase ("the President
    // ... a company president"); a body's noun in one story is one body.
    // A headline capitalizes as its desk likes ("Sri Lanka’s new Parliament convened"): there the capital stays a note.
    if ((lowercaseInStory.get(lower) ?? 0) < (capitalInStory.get(lower) ?? 0) || context.titles.has(lower) || !common.has(finding) || inHeadline(value, finding.start)) continue
    finding.level = 'warning'
    finding.reason += `, as the story writes it elsewhere`
  }
  return capitalized
}

/** Before a mark or a lowercase word: no name after it. */
function noNameAfter(token: SentenceTokens['tokens'][number], value: string): boolean {
  // "President and General Secretary Xi Jinping": titles joined before a name.
  return /^(?:[,;.:!?)]| (?!of\b|(?:and|or) \p{Lu})\p{Ll})/u.test(value.slice(token.end, token.end + 6))
}

/** After a lowercase word ("the new President"), not inside a run of capitals. */
function afterLowercaseWord(tokens: SentenceTokens['tokens'], index: number): boolean {
  const before = tokens[index - 2]
  return tokens[index - 1]?.value === ' ' && before?.kind === 'word' && /^\p{Ll}+(?:['’]s)?$/u.test(before.value)
}
