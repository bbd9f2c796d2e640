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
  /** Words that cannot be the modifier between them ("contribute an important contribution"). */
  functionWords: ReadonlySet<string>
  /** Whether a word is a finite verb or an auxiliary: after "that", one opens a relative clause ("the agreements that were signed"). */
  finiteVerb?: ((lower: string) => boolean) | undefined
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
  // "agreed the agreement": the stemmer keeps "-ment" on a stem of one syllable; the noun is the verb's stem and a noun's suffix.
  if (a.length >= 4 && noun.startsWith(a) && nounSuffix.test(noun.slice(a.length))) return a
  return undefined
}

/** What a noun adds to a verb's stem ("agre" + "ement"). */
const nounSuffix = /^e?(?:ments?|ions?|ations?|als?|ances?|ences?|ures?)$/u

/**
 * "ordered the order", "decided the decision", "requested the request": a
 * verb whose object is its own noun, as machine translation writes them.
 * Before "that" the verb takes the clause itself ("announced the
 * announcement that" → "announced that"); elsewhere the fix needs a new
 * verb or noun, so none is offered.
 */
export function stemTautologies(file: VFile, entry: SentenceTokens, {demonstratives, clauseVerbs, functionWords, finiteVerb}: StemWords) {
  const {tokens, words} = entry
  const word = (w: number): Token | undefined => (w < words.length ? tokens[words[w]!] : undefined)
  for (let w = 0; w + 2 < words.length; w++) {
    const verb = word(w)!
    const determiner = word(w + 1)!
    if (!demonstratives.has(determiner.lower) || determiner.index !== verb.index + 2) continue
    if (!/^\p{L}\p{Ll}{3,}$/u.test(verb.value)) continue
    const found = objectOf(w, word, functionWords, clauseVerbs, verb)
    if (!found) continue
    const {noun, stem} = found
    const actual = entry.tokens.slice(verb.index, noun.index + 1).map((token) => token.value).join('')
    // "announced the announcement that fuel prices would rise": "that" and a subject open the clause the verb takes; "that" and a verb, a relative clause.
    const at = words.indexOf(noun.index)
    const that = word(at + 1)
    const opener = word(at + 2)
    const clause = finiteVerb !== undefined && that?.lower === 'that' && that.index === noun.index + 2 && opener !== undefined && opener.index === that.index + 2 && !finiteVerb(opener.lower)
    report(file, {
      ruleId: 'repeated-words',
      reason: clause
        ? `Unexpected ${quote(actual)}: the verb repeats its object's stem ${quote(stem)}; before ${quote('that')} it takes the clause itself, ${quote(verb.value)}`
        : `Unexpected ${quote(actual)}: the verb repeats its object's stem ${quote(stem)}; use another verb or noun`,
      start: verb.start,
      end: noun.end,
      level: 'warning',
      expected: clause ? [verb.value] : []
    })
  }
}

/**
 * The verb's object repeating its stem, straight after the determiner or
 * after one modifier ("decided the final decision"); a participle after a
 * modifier is a verb of its own ("allowing the equivalent allowed").
 */
function objectOf(w: number, word: (w: number) => Token | undefined, functionWords: ReadonlySet<string>, clauseVerbs: ReadonlySet<string>, verb: Token): {noun: Token; stem: string} | undefined {
  for (const n of [w + 2, w + 3]) {
    const noun = word(n)
    if (!noun || noun.index !== word(n - 1)!.index + 2) return undefined
    if (n === w + 3 && (!isModifier(word(w + 2)!, functionWords) || /(?:ed|ing)$/u.test(noun.lower))) return undefined
    if (!/^\p{L}{4,}$/u.test(noun.value) || verb.lower === noun.lower || clauseVerbs.has(word(n + 1)?.lower ?? '')) continue
    const stem = sameStem(verb.lower, noun.lower)
    if (stem) return {noun, stem}
  }
  return undefined
}

/** A lowercase word that may qualify a noun: not a function word, not a name. */
function isModifier(token: Token, functionWords: ReadonlySet<string>): boolean {
  return /^\p{Ll}[\p{Ll}-]{2,}$/u.test(token.value) && !functionWords.has(token.lower)
}

/**
 * "the work of the work", "a plenary session of the plenary session": a
 * noun that is its own complement, as machine translation writes a genitive
 * twice. Edited English writes neither (none in the precision corpus or the
 * bench archive). When the second copy repeats the first word for word, the
 * fix drops it; otherwise the writer has to choose.
 */
export function nounOfItself(file: VFile, value: string, entry: SentenceTokens, {functionWords, clauseVerbs}: StemWords) {
  const {tokens, words} = entry
  const word = (w: number): Token | undefined => (w < words.length ? tokens[words[w]!] : undefined)
  for (let w = 0; w + 3 < words.length; w++) {
    const head = word(w)!
    const of = word(w + 1)!
    const the = word(w + 2)!
    if (of.lower !== 'of' || the.lower !== 'the' || !isModifier(head, functionWords) || head.value.length < 4) continue
    if (!spaced(tokens, head.index, the.index + 2)) continue
    const modified = word(w + 4) !== undefined && isModifier(word(w + 3)!, functionWords) && spaced(tokens, the.index, word(w + 4)!.index)
    const tail = modified ? word(w + 4)! : word(w + 3)!
    if (!spaced(tokens, the.index, tail.index) || !/^\p{Ll}[\p{Ll}-]{3,}$/u.test(tail.value)) continue
    if (tail.lower !== head.lower && stemmer(tail.lower) !== stemmer(head.lower)) continue
    // "as a result of the poor results": a modifier and another number make the second noun other things of the kind.
    if (modified && tail.lower !== head.lower) continue
    // "The will of the people will not waver": after a noun, the word is the verb of the clause that noun opens.
    if (modified && clauseVerbs.has(tail.lower)) continue
    // "the death of the death of": a phrase written twice, which repeatedPhrases reports.
    if (!modified && word(w - 1)?.lower === 'the' && word(w + 4)?.lower === 'of') continue
    const first = firstCopy(tokens, words, w, tail.index - the.index)
    const actual = value.slice((first ?? head).start, tail.end)
    report(file, {
      ruleId: 'repeated-words',
      reason: first
        ? `Unexpected ${quote(actual)}: the phrase repeats itself after \`of the\`, keep one`
        : `Unexpected ${quote(actual)}: the noun repeats itself after \`of the\`; use one noun`,
      start: (first ?? head).start,
      end: tail.end,
      level: 'warning',
      expected: first ? [value.slice(first.start, head.end)] : []
    })
    w += modified ? 4 : 3
  }
}

/** The first word of a copy ending at the `w`th word that the words after "of" repeat ("the electoral system"), if one does. */
function firstCopy(tokens: Token[], words: readonly number[], w: number, span: number): Token | undefined {
  // `span` counts tokens from "the" to the repeated noun; the first copy has as many before the head.
  const start = words[w]! - span
  if (start < 0) return undefined
  const after = tokens.slice(words[w + 2]!, words[w + 2]! + span + 1).map((token) => token.lower).join('')
  const before = tokens.slice(start, words[w]! + 1).map((token) => token.lower).join('')
  return before === after ? tokens[start] : undefined
}

/** Whether the tokens from `from` to `to` are words with single spaces between them. */
function spaced(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i += 2) if (tokens[i]!.value !== ' ') return false
  return true
}
