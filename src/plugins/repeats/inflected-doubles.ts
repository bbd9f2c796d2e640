import type {VFile} from 'vfile'
import type {SentenceTokens, Token} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

export interface InflectedWords {
  /** Words after which a noun is singular ("this", "each"; dictionaries/singular-determiners.txt) and ordinals ("first"). */
  singularBefore: ReadonlySet<string>
  /** Words that open a noun phrase or a clause ("the", "that", "which"): after "the report reports" one makes the second word a verb. */
  objectOpeners: ReadonlySet<string>
  /** Whether the dictionary has the word in lowercase. */
  isWord: (lower: string) => boolean
  /** Whether Brown uses the word as an adjective nine times in ten ("short shorts", "new highs" are an adjective and its noun). */
  isAdjective: (lower: string) => boolean
}

/** Whether `plural` is the regular plural of `singular` ("rally" → "rallies", "court" → "courts", "tax" → "taxes"). */
function pluralOf(singular: string, plural: string): boolean {
  // Asked of every two words in a row: lengths and endings first, and no string made.
  const added = plural.length - singular.length
  if (added === 1) return plural.endsWith('s') && plural.startsWith(singular)
  if (added !== 2) return false
  if (plural.endsWith('es') && plural.startsWith(singular)) return true
  return plural.endsWith('ies') && singular.endsWith('y') && plural.startsWith(singular.slice(0, -1))
}

/**
 * "the first time times", "six court courts", "the rally rallies": a noun
 * written twice in a row, once singular and once plural, as an edit leaves it
 * when it changes the number and keeps the old word. The fix keeps the form
 * the word before asks for: the singular after "this", "each" or an ordinal,
 * else the plural. Not when a determiner or a clause's opener follows the
 * singular, which makes the plural a verb ("the report reports that", "the
 * study studies the"), nor before "by" and the word again ("vote by vote").
 */
export function inflectedDoubles(file: VFile, entry: SentenceTokens, {singularBefore, objectOpeners, isWord, isAdjective}: InflectedWords) {
  const {tokens, words} = entry
  for (let w = 0; w + 1 < words.length; w++) {
    const first = tokens[words[w]!]!
    const second = tokens[words[w + 1]!]!
    if (second.index !== first.index + 2 || tokens[first.index + 1]!.value !== ' ') continue
    if (first.value !== first.lower || second.value !== second.lower || Math.min(first.lower.length, second.lower.length) < 3) continue
    const singularFirst = pluralOf(first.lower, second.lower)
    if (!singularFirst && !pluralOf(second.lower, first.lower)) continue
    const after: Token | undefined = w + 2 < words.length ? tokens[words[w + 2]!] : undefined
    if (singularFirst && after !== undefined && objectOpeners.has(after.lower)) continue
    // "votes vote by vote", "days day after day": the second word opens an idiom of a word on both sides of another.
    if (w + 3 < words.length && tokens[words[w + 3]!]!.lower === second.lower) continue
    if (!isWord(first.lower) || !isWord(second.lower)) continue
    const [singular, plural] = singularFirst ? [first.value, second.value] : [second.value, first.value]
    if (singularFirst && isAdjective(singular)) continue
    const before = w > 0 ? tokens[words[w - 1]!]!.lower : ''
    const expected = singularBefore.has(before) ? [singular, plural] : [plural, singular]
    const actual = `${first.value} ${second.value}`
    report(file, {
      ruleId: 'repeated-words',
      reason: `Unexpected ${quote(actual)}: one noun written twice, singular and plural, expected ${quote(expected[0]!)}`,
      start: first.start,
      end: second.end,
      level: 'warning',
      expected
    })
  }
}
