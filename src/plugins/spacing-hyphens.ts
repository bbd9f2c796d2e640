import type {VFile} from 'vfile'
import type {Token} from '../text/tokens.js'
import {insideAddress} from '../text/addresses.js'
import {quote, report} from '../message.js'
import type {Lexicon} from '../data/lexicon.js'

export interface HyphenWords {
  lexicon: Lexicon
  /** Function words (dictionaries/join-words.txt): a compound never starts or ends with one. */
  joinWords: ReadonlySet<string>
  /** Compound parts that take a hyphen (dictionaries/hyphen-parts.txt and prefixes.txt). */
  hyphenParts: ReadonlySet<string>
  /** Words after a suspended hyphen (dictionaries/suspended-hyphen-words.txt): "pre- and post-war" is right as written. */
  suspending: ReadonlySet<string>
  /** Short words a compound never ends or starts with (dictionaries/hyphen-clause-words.txt): "left -and nobody" is a dash. */
  clauseWords: ReadonlySet<string>
  /** Function words, pronouns and determiners: a compound of two lowercase words has neither part one of them. */
  closedClass: ReadonlySet<string>
  /** Syllables of the Korean, pinyin and Wade–Giles tables, lowercase: the second part of a romanized given name ("Jong -un"). */
  syllables: ReadonlySet<string>
  /** Whether a name is one the gazetteer accepts: "Tsai Ing -wen" is "Tsai Ing-wen" with a space, whatever its syllables. */
  knownName?: ((text: string) => boolean) | undefined
  /** Whether a word names a country or place the gazetteer knows ("China", "US"): two of them take a hyphen. */
  knownPlace?: ((word: string) => boolean) | undefined
}

/**
 * A hyphen with a space on one side only, between two parts of one compound:
 * "state -run", "Geun -hye", "real -time" (the hyphen glued to the second part) and
 * "pro- government" (glued to the first). A dash spaced on both sides joins
 * clauses and is not this slip; nor is a suspended hyphen before "and", "or"
 * or "to"; nor a hyphen at a line break. A hyphen typed for a dash with
 * one space is common in older copy ("cooperation- mutual respect"), so one
 * part must be a known compound part ("self", "pro", "run", "term"), or the
 * two a romanized name's syllables ("Geun -hye": a capitalized syllable, then
 * one the dictionary does not know; "Onyejio- cha" is a name broken at a line's end).
 */
export function hyphenSpace(file: VFile, value: string, tokens: readonly Token[], k: number, words: HyphenWords) {
  const token = tokens[k]!
  // "state -run": word, one space, "-", the next part glued on.
  if (token.kind === 'punctuation' && token.value === '-') {
    const space = tokens[k - 1]
    const first = tokens[k - 2]
    const second = tokens[k + 1]
    // A number may open the compound ("75 -minute"), hyphened parts and all ("34-year -old").
    // The next part may go on with hyphens of its own ("71 -year-old"): its first word is the one asked about.
    if (space?.kind !== 'space' || space.value !== ' ' || !(compoundPart(first, words) || /^\d+(?:-\p{L}+)*$/u.test(first?.value ?? '')) || !compoundPart(second, words, true) || second!.start !== token.end) return
    const head = second!.value.split('-')[0]!
    if (!/^\d/.test(first!.value) && headlineSource(value, second!.end)) return
    const withPart = compound(first!.value, head, words)
    if (!withPart && !knownNameJoined(tokens, k, words) && !placePair(first!.value, head, words) && !lowercaseCompound(first!.value, head, value, second!.end, words.closedClass)) return
    // "grass -roots": a compound of two words the dictionary writes closed up comes first; a prefix keeps its hyphen ("re-election").
    const closed = !withPart && /^\p{Ll}+$/u.test(first!.value + second!.value) && words.lexicon.hasLowercase(first!.value + second!.value) ? [first!.value + second!.value] : []
    flagHyphen(file, value, first!.start, second!.end, `${first!.value}-${second!.value}`, closed)
    return
  }
  // "pro- government": parse-english keeps the hyphen on the first part.
  if (token.kind === 'word' && token.value.endsWith('-') && /^\p{L}+-$/u.test(token.value)) {
    const space = tokens[k + 1]
    const second = tokens[k + 2]
    const first = token.value.slice(0, -1)
    if (space?.kind !== 'space' || space.value !== ' ' || !compoundPart(second, words) || words.suspending.has(second!.lower)) return
    if (words.clauseWords.has(first.toLowerCase()) || words.joinWords.has(first.toLowerCase()) || !compound(first, second!.value, words)) return
    flagHyphen(file, value, token.start, second!.end, `${token.value}${second!.value}`)
  }
}

/**
 * "China -Japan talks": two places the gazetteer knows, the hyphen glued to
 * the second. Glued to the first ("Africa- Nigeria, Ghana") it is a dash typed short.
 */
function placePair(first: string, second: string, words: HyphenWords): boolean {
  return /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second) && words.knownPlace?.(first) === true && words.knownPlace(second)
}

/** The word before the compound and the compound closed up are a known name ("Tsai Ing -wen"). */
function knownNameJoined(tokens: readonly Token[], k: number, words: HyphenWords): boolean {
  const [before, gap, first, second] = [tokens[k - 4], tokens[k - 3], tokens[k - 2]!, tokens[k + 1]!]
  return before?.kind === 'word' && gap?.value === ' ' && words.knownName?.(`${before.value} ${first.value}-${second.value}`) === true
}

/** A word that can be part of a compound: letters only (hyphenated words too, if asked), no function word. */
function compoundPart(word: Token | undefined, words: HyphenWords, hyphenated = false): boolean {
  if (word?.kind !== 'word' || !(hyphenated ? /^\p{L}+(?:-\p{L}+)*$/u : /^\p{L}+$/u).test(word.value)) return false
  const head = word.lower.split('-')[0]!
  return !words.clauseWords.has(head) && !words.joinWords.has(head)
}

/**
 * "real -time", "single -mandate", "upper -ranking": two lowercase words, the
 * hyphen glued to the second. A dash is spaced on both sides or on none; one
 * glued to the word after it opens an aside only where another closes it
 * later in the sentence ("a defender -lateral or central- of"), and one
 * before a line's end names a headline's source.
 */
function lowercaseCompound(first: string, second: string, value: string, end: number, closedClass: ReadonlySet<string>): boolean {
  if (!/^\p{Ll}{2,}$/u.test(first) || !/^\p{Ll}{2,}$/u.test(second) || closedClass.has(first) || closedClass.has(second)) return false
  const rest = sentenceRest.exec(value.slice(end))![0]
  // "… data on laser weapon -police": a headline's source after a hyphen, ending the line with no full stop.
  return rest.trim() !== '' && !closingDash.test(rest)
}

/**
 * "… names new oil minister -state media": a Reuters headline names its
 * source after a hyphen glued to it, in the last two words of a line that
 * ends with no full stop (after a word: "a 10 -year failure" is a compound).
 */
function headlineSource(value: string, end: number): boolean {
  const rest = lineRest.exec(value.slice(end))![0]
  return /^(?: \p{L}+)?$/u.test(rest)
}

/** The rest of a line. */
const lineRest = /^[^\n]*/u

/** The rest of a sentence: up to a full stop, a question or exclamation mark before a space, or a line's end. */
const sentenceRest = /^[^\n]*?(?:[.!?](?=\s|$)|$)/mu
/** A hyphen right after a word with a space after it, a hyphen spaced on both sides, or a dash: the sentence's hyphens stand for dashes. */
const closingDash = /\p{L}- | - |[–—]/u

/** One part takes a hyphen, or the two are a romanized name's syllables. */
function compound(first: string, second: string, words: HyphenWords): boolean {
  return (
    words.hyphenParts.has(first.toLowerCase()) ||
    words.hyphenParts.has(second.toLowerCase()) ||
    (/^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Ll}+$/u.test(second) && !words.lexicon.correct(second) && words.syllables.has(first.toLowerCase()) && words.syllables.has(second))
  )
}

function flagHyphen(file: VFile, value: string, start: number, end: number, expected: string, closed: readonly string[] = []) {
  if (insideAddress(value, start, end)) return
  const actual = value.slice(start, end)
  const fixes = [...closed, expected]
  report(file, {ruleId: 'spacing', reason: `Unexpected space beside the hyphen in ${quote(actual)}, expected ${quote(fixes[0]!)}`, start, end, level: 'warning', expected: fixes})
}
