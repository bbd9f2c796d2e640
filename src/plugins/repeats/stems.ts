import type {VFile} from 'vfile'
import {stemmer} from 'stemmer'
import type {SentenceTokens, Token} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/** The lists a repeated stem is read with (dictionaries/demonstratives.txt, clause-verbs.txt). */
export interface StemWords {
  /** Words between a verb and its object in "ordered the order". */
  demonstratives: ReadonlySet<string>
  /** Words after the noun that make it a clause's subject ("the law states the state must pay"). */
  clauseVerbs: ReadonlySet<string>
}

/**
 * One stem, as the Porter stemmer gives it, allowing the Latin d/s
 * alternation the stemmer leaves apart ("decid-ed", "decis-ion").
 */
function sameStem(verb: string, noun: string): string | undefined {
  const a = stemmer(verb)
  const b = stemmer(noun)
  if (a === b) return a
  if (a.length >= 4 && a.endsWith('d') && b === a.slice(0, -1) + 's') return a.slice(0, -1)
  return undefined
}

/**
 * "ordered the order", "decided the decision", "requested the request": a
 * verb whose object is its own noun, as machine translation writes them. The
 * fix needs a new verb, so none is offered.
 */
export function stemTautologies(file: VFile, entry: SentenceTokens, {demonstratives, clauseVerbs}: StemWords) {
  const {tokens, words} = entry
  const word = (w: number): Token | undefined => (w < words.length ? tokens[words[w]!] : undefined)
  for (let w = 0; w + 2 < words.length; w++) {
    const verb = word(w)!
    const determiner = word(w + 1)!
    const noun = word(w + 2)!
    if (!demonstratives.has(determiner.lower) || determiner.index !== verb.index + 2 || noun.index !== determiner.index + 2) continue
    if (!/^\p{L}{4,}$/u.test(verb.value) || !/^\p{L}{4,}$/u.test(noun.value) || verb.lower === noun.lower) continue
    if (clauseVerbs.has(word(w + 3)?.lower ?? '')) continue
    const stem = sameStem(verb.lower, noun.lower)
    if (!stem) continue
    const actual = `${verb.value} ${determiner.value} ${noun.value}`
    report(file, {
      ruleId: 'repeated-words',
      reason: `Unexpected ${quote(actual)}: the verb repeats its object's stem ${quote(stem)}; use another verb or noun`,
      start: verb.start,
      end: noun.end,
      level: 'warning',
      expected: []
    })
  }
}
