import {quote, type Level} from '../../message.js'
import {insideQuotation} from '../../text/quotation.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import type {SentenceTokens} from '../../text/tokens.js'
import type {CaseContext, Raised} from './context.js'
import {inTitleCaseLine} from './name-style.js'

/**
 * A title or a body's common noun capitalized with no name after it ("the
 * new President said", "which Party", "the country's Parliament"): AP style
 * lowercases it, other house styles capitalize it for one person or body, so
 * it is a note, and a warning only under `style: 'ap'`. Only between a
 * lowercase word and a lowercase word or a mark: "the Labour Party", "the
 * President of Mexico", "President Ruto" and "the President and General
 * Secretary Xi" are names or titles of names.
 */
export function styleCapitals(context: CaseContext, sentences: readonly SentenceTokens[], value: string, level: Level): Raised[] {
  const raised: Raised[] = []
  for (const {tokens, words} of sentences) {
    for (const index of words) {
      const token = tokens[index]!
      if (!context.lowercaseStyleNouns.has(token.lower) || !/^\p{Lu}\p{Ll}+$/u.test(token.value)) continue
      const before = tokens[index - 2]
      if (tokens[index - 1]?.value !== ' ' || before?.kind !== 'word' || !/^\p{Ll}+(?:['’]s)?$/u.test(before.value)) continue
      // "President and General Secretary Xi Jinping": titles joined before a name.
      if (!/^(?:[,;.:!?)]| (?!of\b|(?:and|or) \p{Lu})\p{Ll})/u.test(value.slice(token.end, token.end + 6))) continue
      if (isSentenceStart(value, token.start, context.abbreviations) || inTitleCaseLine(value, token.start) || insideQuotation(value, token.start)) continue
      raised.push({start: token.start, end: token.end, expected: token.lower, level, reason: `Unexpected capital in ${quote(token.value)} with no name after it, expected ${quote(token.lower)}`})
    }
  }
  return raised
}
