import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/**
 * "the The Senate", "of Of the": a function word written again with a
 * capital, where a pasted heading or a second draft left its first word.
 * retext-repeated-words lets a capitalized second word go ("Duran Duran"),
 * but no name opens with an article or a preposition its lowercase twin
 * stands right before. The lowercase word, the sentence's own, is kept.
 */
export function recapitalizedFunctionWords(file: VFile, entry: SentenceTokens, functionWords: ReadonlySet<string>) {
  const {tokens, words} = entry
  for (let w = 1; w < words.length; w++) {
    const first = tokens[words[w - 1]!]!
    const second = tokens[words[w]!]!
    if (second.index !== first.index + 2 || tokens[first.index + 1]!.value !== ' ') continue
    if (first.value !== first.lower || second.lower !== first.lower || second.value === first.value || !functionWords.has(first.lower)) continue
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
