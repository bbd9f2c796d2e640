import type {VFile} from 'vfile'
import type {SentenceTokens, Token} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/** The most words a repeated phrase is looked for with; the fewest is two, since "more and more" is English. */
const longest = 5

export interface Coordination {
  conjunctions: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  /** Single words English repeats around "and" as a figure ("more and more"); none when not given. */
  idioms?: ReadonlySet<string>
  /** Words after which a noun starts its phrase ("all", "the", "we"); with `wordClass`, for doublets. */
  openers?: ReadonlySet<string>
  /** The word class Brown gives a lowercase word (src/data/word-classes.ts), if any. */
  wordClass?: (lower: string) => string | undefined
  /** Words a verb's base form follows ("will", "must"): after one, the subject before it has ended; none when not given. */
  auxiliaries?: ReadonlySet<string>
  /** Titles ("minister"): "deputy prime minister and minister of culture" holds two offices; none when not given. */
  titles?: ReadonlySet<string>
}

/**
 * "executive chairman and executive chairman": one phrase of two words or
 * more on both sides of a conjunction, as machine translation collapses two
 * titles or names into one; a phrase with a function word is left alone.
 * A single word ("the police and police") only right after a function word
 * and not before another, outside the figures English makes of one ("more
 * and more", comparatives): "deputy ministers and ministers" and "Prime
 * Minister and Minister of Defence" qualify one side. The fix keeps one.
 */
export function coordinatedRepeats(file: VFile, entry: SentenceTokens, coordination: Coordination) {
  const {conjunctions, functionWords, idioms} = coordination
  const {tokens, words} = entry
  for (let w = 1; w + 1 < words.length; w++) {
    const conjunction = tokens[words[w]!]!
    if (!conjunctions.has(conjunction.value)) continue
    if ((conjunction.value === 'and' && (oneWordTwice(tokens, words, w, functionWords, conjunctions, idioms) || doublet(tokens, words, w, coordination) || endsItsPhrase(tokens, words, w, coordination))) || (conjunction.value === 'or' && eitherWay(tokens, words, w, coordination))) {
      const left = tokens[words[w - 1]!]!
      const right = tokens[words[w + 1]!]!
      report(file, {
        ruleId: 'repeated-words',
        reason: `Unexpected ${quote(left.value)} on both sides of ${quote(conjunction.value)}, keep one`,
        start: left.start,
        end: right.end,
        level: 'warning',
        expected: [left.value]
      })
      w += 1
      continue
    }
    for (let size = Math.min(longest, w, words.length - w - 1); size >= 2; size--) {
      // Indexes, not arrays of tokens: "and" is one word in thirty, and most sizes fail.
      if (!singleSpaced(tokens, words, w - size, w + size)) continue
      if (!sameWords(tokens, words, w - size, w + 1, size)) continue
      // Phrases of content words only: "the individual and the individual the
      // source", "hit him and hit him again" (a pronoun counts as a function
      // word here) and "of community and of community responsibility" are
      // rhetoric, each side going its own way.
      if (hasFunctionWord(tokens, words, w - size, size, functionWords)) continue
      // "the National Senior Certificate and Senior Certificate": a name's words after another capitalized word end a longer name, another body's.
      if (endsLongerName(tokens, words, w - size, functionWords)) continue
      const left = words.slice(w - size, w).map((at) => tokens[at]!)
      const right = words.slice(w + 1, w + 1 + size).map((at) => tokens[at]!)
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

/** Whether the word at `from` is capitalized and follows a capitalized word, no function word ("The"), a single space before it. */
function endsLongerName(tokens: readonly Token[], words: readonly number[], from: number, functionWords: ReadonlySet<string>): boolean {
  if (from === 0 || !/^\p{Lu}/u.test(tokens[words[from]!]!.value)) return false
  const before = words[from - 1]!
  return before + 2 === words[from] && tokens[before + 1]!.value === ' ' && /^\p{Lu}/u.test(tokens[before]!.value) && !functionWords.has(tokens[before]!.lower)
}

/** Whether the words `from` through `to` run on, a single space apart. */
function singleSpaced(tokens: readonly Token[], words: readonly number[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const at = words[k]!
    if (at !== words[k - 1]! + 2 || tokens[at - 1]!.value !== ' ') return false
  }
  return true
}

function sameWords(tokens: readonly Token[], words: readonly number[], left: number, right: number, size: number): boolean {
  for (let i = 0; i < size; i++) if (tokens[words[left + i]!]!.lower !== tokens[words[right + i]!]!.lower) return false
  return true
}

function hasFunctionWord(tokens: readonly Token[], words: readonly number[], from: number, size: number, functionWords: ReadonlySet<string>): boolean {
  for (let i = 0; i < size; i++) if (functionWords.has(tokens[words[from + i]!]!.lower)) return true
  return false
}

/** One lowercase word of four letters or more on both sides of the "and" at `w`, after a function word and before none. */
function oneWordTwice(tokens: readonly Token[], words: readonly number[], w: number, functionWords: ReadonlySet<string>, conjunctions: ReadonlySet<string>, idioms: ReadonlySet<string> | undefined): boolean {
  if (!idioms || w < 2) return false
  const left = sameWordAround(tokens, words, w, idioms)
  if (!left || !/^\p{Ll}+$/u.test(left.value)) return false
  const before = tokens[words[w - 2]!]!
  if (!functionWords.has(before.lower) || conjunctions.has(before.lower) || words[w - 2]! + 2 !== words[w - 1]!) return false
  const after = words[w + 2] === undefined ? undefined : tokens[words[w + 2]!]!
  // "bonds and bonds and bonds", "moving and moving again": a figure that goes on.
  return after === undefined || words[w + 2]! !== words[w + 1]! + 2 || (!functionWords.has(after.lower) && !conjunctions.has(after.lower) && !idioms.has(after.lower))
}

/**
 * The word of four letters or more written on both sides of the "and" at
 * `w`, a single space apart, when it is no figure English makes of one word
 * ("more and more", "closer and closer").
 */
function sameWordAround(tokens: readonly Token[], words: readonly number[], w: number, idioms: ReadonlySet<string>): Token | undefined {
  if (!singleSpaced(tokens, words, w - 1, w + 1)) return undefined
  const left = tokens[words[w - 1]!]!
  if (left.value !== tokens[words[w + 1]!]!.value || left.value.length < 4 || idioms.has(left.lower) || left.lower.endsWith('er')) return undefined
  return left
}

/**
 * A doublet: a noun in the plural on both sides of the "and" at `w`, where
 * it starts its phrase ("all Ukrainians and Ukrainians who", "we attendees
 * and attendees of"), as machine translation renders a language's masculine
 * and feminine forms; or an adjective or adverb doubled at the end of a
 * clause ("will become clear and clear."), as it renders reduplication.
 * Where each side of a noun goes its own way ("independent-minded people and
 * people who"), or the doubled word is a verb ("waited and waited"), English
 * writes it so. An adjective doubled before its noun ("two intense and intense
 * days") is a doublet too: "intense" alone is no conjunct.
 */
function doublet(tokens: readonly Token[], words: readonly number[], w: number, {conjunctions, idioms, openers, wordClass}: Coordination): boolean {
  if (!idioms || !openers || !wordClass) return false
  const left = sameWordAround(tokens, words, w, idioms)
  if (!left || conjunctions.has(left.lower)) return false
  const right = tokens[words[w + 1]!]!
  const kind = wordClass(left.lower)
  const at = words[w + 2]
  const after = at === undefined ? undefined : tokens[at]!
  if (kind === 's' || (kind === undefined && /^\p{Lu}\p{Ll}+ans$/u.test(left.value))) {
    const before = w >= 2 ? tokens[words[w - 2]!]! : undefined
    // "bonds and bonds and bonds": a figure that goes on.
    if (!before || words[w - 2]! + 2 !== words[w - 1]! || !openers.has(before.lower) || conjunctions.has(before.lower)) return false
    // "the Complaints and Complaints Commission": a capitalized word before another goes on into a name.
    return !(after && at === words[w + 1]! + 2 && (conjunctions.has(after.lower) || idioms.has(after.lower) || /^\p{Lu}/u.test(after.value)))
  }
  if (kind !== 'j' && kind !== 'r' && !(kind === undefined && /^\p{Ll}{2,}ly$/u.test(left.value))) return false
  // An adjective or adverb doubled only where its clause ends,
  const next = tokens[right.index + 1]
  if (next === undefined || (next.kind === 'punctuation' && /^[.,;:!?]$/.test(next.value))) return true
  // or an adjective before the noun it qualifies ("two intense and intense days"): the first is no conjunct of its own.
  return kind === 'j' && next.value === ' ' && after !== undefined && after.index === next.index + 1 && nounClasses.has(wordClass(after.lower) ?? '')
}

/** Brown's classes of a common noun, singular and plural. */
const nounClasses = new Set(['n', 's'])

/** Brown's classes of a verb's forms: a verb doubled ("waited and waited.") is a figure of its own. */
const verbClasses = new Set(['v', 'z', 'd', 'e', 'g'])

/** The word at `w - 1`, doubled and no figure, no title, no verb unless `verbs`, nor the end of a compound ("sub-district and district"). */
function plainTwice(tokens: readonly Token[], words: readonly number[], w: number, {idioms, wordClass, titles, conjunctions}: Coordination, verbs = false): Token | undefined {
  if (!idioms || w < 1) return undefined
  const left = sameWordAround(tokens, words, w, idioms)
  if (!left || !/^\p{Ll}+$/u.test(left.value) || tokens[left.index - 1]?.value === '-') return undefined
  // "bonds and bonds and bonds": a figure that goes on.
  if (w >= 2 && conjunctions.has(tokens[words[w - 2]!]!.lower)) return undefined
  const kind = wordClass?.(left.lower)
  if ((!verbs && kind !== undefined && verbClasses.has(kind)) || titles?.has(left.lower)) return undefined
  return left
}

/**
 * "retirees and retirees must", "changes and changes,": one word on both
 * sides of "and", where the phrase ends right after it, at a mark or before
 * a verb's auxiliary. A word after it may qualify the second ("people and
 * people who", "corn and corn oil"), and so may "of"; those are left alone.
 */
function endsItsPhrase(tokens: readonly Token[], words: readonly number[], w: number, coordination: Coordination): boolean {
  if (!coordination.auxiliaries || !plainTwice(tokens, words, w, coordination)) return false
  const next = tokens[words[w + 1]! + 1]
  if (next === undefined || (next.kind === 'punctuation' && /^[.,;:!?]$/.test(next.value))) return true
  const after = words[w + 2] === undefined ? undefined : tokens[words[w + 2]!]!
  return next.value === ' ' && after !== undefined && after.index === next.index + 1 && coordination.auxiliaries.has(after.lower)
}

/**
 * "rebellion or rebellion", "disconnected or disconnected": English offers no
 * choice between a word and itself, a verb's form neither. But "would or would
 * not" is a choice, and "boards of health or health officers" qualifies the second.
 */
function eitherWay(tokens: readonly Token[], words: readonly number[], w: number, coordination: Coordination): boolean {
  const left = plainTwice(tokens, words, w, coordination, true)
  if (!left || coordination.auxiliaries?.has(left.lower)) return false
  const at = words[w + 2]
  const after = at === undefined || at !== words[w + 1]! + 2 ? undefined : tokens[at]!
  if (after === undefined) return true
  const kind = coordination.wordClass?.(after.lower)
  return after.lower !== 'not' && kind !== 'n' && kind !== 's'
}
