import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/** The most words a repeated phrase is looked for with; the fewest is two, since "more and more" is English. */
const longest = 5

/**
 * "executive chairman and executive chairman": one phrase of two words or
 * more on both sides of a conjunction, as machine translation collapses two
 * titles or names into one. Single words ("more and more", "again and again")
 * are idioms and are left alone, and so is a phrase with a function word.
 * The fix keeps one phrase.
 */
export function coordinatedRepeats(file: VFile, entry: SentenceTokens, conjunctions: ReadonlySet<string>, functionWords: ReadonlySet<string>) {
  const {tokens, words} = entry
  for (let w = 2; w + 2 < words.length; w++) {
    const conjunction = tokens[words[w]!]!
    if (!conjunctions.has(conjunction.value)) continue
    for (let size = Math.min(longest, w, words.length - w - 1); size >= 2; size--) {
      const left = words.slice(w - size, w).map((at) => tokens[at]!)
      const right = words.slice(w + 1, w + 1 + size).map((at) => tokens[at]!)
      // One run of words, a single space apart, on each side of the conjunction.
      const run = [...left, conjunction, ...right]
      if (run.some((token, i) => i > 0 && (token.index !== run[i - 1]!.index + 2 || tokens[token.index - 1]!.value !== ' '))) continue
      if (left.some((token, i) => token.lower !== right[i]!.lower)) continue
      // Phrases of content words only: "the individual and the individual the
      // source", "hit him and hit him again" (a pronoun counts as a function
      // word here) and "of community and of community responsibility" are
      // rhetoric, each side going its own way.
      if (left.some((token) => functionWords.has(token.lower))) continue
      const start = left[0]!.start
      const end = right.at(-1)!.end
      const phrase = left.map((token) => token.value).join(' ')
      report(file, {
        ruleId: 'repeated-words',
        reason: `Unexpected ${quote(phrase)} on both sides of ${quote(conjunction.value)}, keep one`,
        start,
        end,
        level: 'warning',
        expected: [phrase]
      })
      w += size
      break
    }
  }
}
