import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/**
 * "the The Senate": an article written again with a capital, where a pasted
 * heading or a second draft left its first word. retext-repeated-words lets
 * a capitalized second word go ("Duran Duran"); English drops a title's
 * article after its own ("the Hague", "the Economist"). A preposition may
 * stand before a title it opens ("starred in In Bruges", "the author of Of
 * Mice and Men"), so `words` holds determiners only. The lowercase word,
 * the sentence's own, is kept.
 */
export function recapitalizedFunctionWords(file: VFile, entry: SentenceTokens, words: ReadonlySet<string>) {
  const {tokens} = entry
  for (let w = 1; w < entry.words.length; w++) {
    const first = tokens[entry.words[w - 1]!]!
    const second = tokens[entry.words[w]!]!
    if (second.index !== first.index + 2 || tokens[first.index + 1]!.value !== ' ') continue
    if (first.value !== first.lower || second.lower !== first.lower || second.value === first.value || !words.has(first.lower)) continue
    report(file, {
      ruleId: 'repeated-words',
      reason: `Unexpected ${quote(first.value)} repeated as ${quote(second.value)}, remove one occurrence`,
      start: first.start,
      end: second.end,
      level: 'warning',
      expected: [first.value]
    })
  }
}
