import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/**
 * "Lee Lee said", "Koizumi Koizumi": a Capitalized word written twice, which
 * retext-repeated-words lets go (it cannot tell "Duran Duran" from a slip).
 * A name that doubles a word ("Bora Bora", "Sirhan Sirhan", or any
 * gazetteer name with a doubled word) stays quiet, and so does a pair split
 * by a line break (a heading above its first line) or a sentence end after
 * an abbreviation ("Co. Co.").
 */
export function capitalizedRepeats(file: VFile, value: string, entry: SentenceTokens, doubled: ReadonlySet<string>) {
  const {tokens, words} = entry
  for (let w = 1; w < words.length; w++) {
    const first = tokens[words[w - 1]!]!
    const second = tokens[words[w]!]!
    if (second.index !== first.index + 2 || tokens[first.index + 1]!.value !== ' ') continue
    if (first.value !== second.value || !/^\p{Lu}\p{Ll}+$/u.test(second.value)) continue
    if (value[first.end] === '.' || doubled.has(`${first.lower} ${second.lower}`)) continue
    report(file, {
      ruleId: 'repeated-words',
      reason: `Unexpected repeated ${quote(second.value)}, remove one occurrence`,
      start: first.start,
      end: second.end,
      level: 'warning',
      expected: [second.value]
    })
  }
}
