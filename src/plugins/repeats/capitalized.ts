import {afterPlaceNoun} from '../../text/place-of.js'
import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/**
 * "Lee Lee said", "Koizumi Koizumi": a Capitalized word written twice, which
 * retext-repeated-words lets go (it cannot tell "Duran Duran" from a slip).
 * A name that doubles a word ("Bora Bora", "Sirhan Sirhan", or any
 * gazetteer name with a doubled word) stays quiet, and so does a pair split
 * by a line break (a heading above its first line) or a sentence end after
 * an abbreviation ("Co. Co."). So does a person named with one word twice,
 * as South Sudanese and Basotho names may be, a word no dictionary or
 * gazetteer has ("Amid Amid", "European European" and "Carlo Ancelotti
 * Ancelotti" are slips wherever they stand): after a given name ("Maj. Gen.
 * Philip Nyon Nyon"; a title or a common word before the pair is no given
 * name: "Minister Koizumi Koizumi" is a slip) or alone on a byline's line ("By
 * Tefo Tefo", or the name alone); or doubled so twice or more in the story
 * ("Bafana Bafana", South Africa's team), or three times if a name has the
 * word ("Chan Chan").
 */
export function capitalizedRepeats(file: VFile, value: string, entry: SentenceTokens, doubled: ReadonlySet<string>, names?: DoubledNames) {
  const {tokens, words} = entry
  for (let w = 1; w < words.length; w++) {
    const first = tokens[words[w - 1]!]!
    const second = tokens[words[w]!]!
    if (second.index !== first.index + 2 || tokens[first.index + 1]!.value !== ' ') continue
    if (first.value !== second.value || !/^\p{Lu}\p{Ll}+$/u.test(second.value)) continue
    if (value[first.end] === '.' || doubled.has(`${first.lower} ${second.lower}`)) continue
    // A pair no list knows ends a longer name, opens one ("Ait Ait Dese"; a given name doubled there, "Arif Arif Sohail", is still a slip) or stands on a byline.
    if (names && !names.isWord(second.value) && !names.isKnownName(second.value) && (afterGivenName(value, first.start, names) || (!names.isGivenName(second.value) && nameWordAfter(value, second.end, names, wholeCapitalizedWordAfter)) || bylineName(value, first.start, second.end))) continue
    if (names && doubledAfterKnownGiven(value, first, names)) continue
    if (names && patronymicChain(value, first, second, names)) continue
    // "Director-General of the agency, Mohammed Mohammed.": a given name twice, set off in apposition and ending it, is a
    // person so named (a son given his father's name, as Arabic and Hausa naming often does).
    if (names?.isGivenName(second.value) && value.slice(first.start - 2, first.start) === ', ' && /^(?:[.,;:]|$)/u.test(value.slice(second.end, second.end + 1))) continue
    // “Last Last”, “Bye Bye”: a doubled word that is a quotation's whole text is a title as written.
    if (/["“‘']$/u.test(value.slice(Math.max(0, first.start - 1), first.start)) && /^[,.!?]?["”’']/u.test(value.slice(second.end, second.end + 2))) continue
    // "the town of Drik Drik": after a noun of a kind of place and "of", a doubled word no dictionary has names the place.
    if (names?.placeKindNouns && !names.isWord(second.value) && afterPlaceNoun(value, first.start, names.placeKindNouns)) continue
    // "Bafana Bafana" twice: a word no dictionary or gazetteer has, doubled the same way again, is a name written so on purpose.
    // Three times even for a name's word ("Chan Chan", the city in Peru), if no common word: a slip is not made the same way so often.
    const doubledUses = value.split(`${first.value} ${second.value}`).length - 1
    if (names && ((doubledUses >= 3 && !names.isCommonWord(second.lower)) || (doubledUses >= 2 && !names.isWord(second.value) && !names.isKnownName(second.value)))) continue
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

/** What tells a person named with one word twice from a slip. */
export interface DoubledNames {
  titles: ReadonlySet<string>
  /** Whether the dictionary has the word, in any case ("amid", "European"). */
  isWord: (word: string) => boolean
  /** Whether the dictionary has the word in lowercase ("the", not "Philip"). */
  isCommonWord: (lower: string) => boolean
  /** Whether the word is a given name of the first-names list ("David"). */
  isGivenName: (word: string) => boolean
  /** Whether the gazetteer knows a person by the name ("Ancelotti"). */
  isKnownName: (text: string) => boolean
  /** Nouns of kinds of place ("town", "region"): a word after one and "of" names a place. */
  placeKindNouns?: ReadonlySet<string>
}

/** A capitalized word right before, no title or common word, with only a space between: the pair ends a longer name. */
function afterGivenName(value: string, start: number, names: DoubledNames): boolean {
  const word = capitalizedBefore(value, start)
  return word !== undefined && !names.titles.has(word.toLowerCase()) && !names.isCommonWord(word.toLowerCase())
}

/**
 * "David Yau Yau": after a known given name, a doubled word that is no
 * common word is the rest of a name, even one the dictionary or gazetteer
 * has in another person's name; "Carlo Ancelotti Ancelotti", whose first two
 * words are a known person, is still a slip.
 */
function doubledAfterKnownGiven(value: string, first: {start: number; value: string; lower: string}, names: DoubledNames): boolean {
  const given = capitalizedBefore(value, first.start)
  return given !== undefined && names.isGivenName(given) && !names.isCommonWord(first.lower) && !names.isKnownName(`${given} ${first.value}`)
}

/**
 * "Nowara Abo Mohamed Mohamed Tahir": a given name doubled between the words
 * of one longer name is a father's name after the person's own, as Arabic
 * and Somali names chain them; with no name word after it ("Bruno Bruno
 * said") it is a slip.
 */
function patronymicChain(value: string, first: {start: number}, second: {end: number; value: string}, names: DoubledNames): boolean {
  const before = capitalizedBefore(value, first.start)
  if (!names.isGivenName(second.value) || before === undefined || names.titles.has(before.toLowerCase())) return false
  return nameWordAfter(value, second.end, names, capitalizedWordAfter)
}

/** The capitalized word one space after `end`, as `word` reads it, is no title or common word: the name goes on with it. */
function nameWordAfter(value: string, end: number, names: DoubledNames, word: RegExp): boolean {
  const next = word.exec(value.slice(end, end + 30))?.[1]
  return next !== undefined && !names.titles.has(next.toLowerCase()) && !names.isCommonWord(next.toLowerCase())
}

const capitalizedWordAfter = /^ (\p{Lu}\p{Ll}+)/u
/** The same, a whole word: "Ait Ait Dese", "Than Than Nu" go on with it. */
const wholeCapitalizedWordAfter = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u

/** The Capitalized word right before `start`, a space between, not inside a longer word ("Mohamed" of "Abo Mohamed Mohamed"). */
function capitalizedBefore(value: string, start: number): string | undefined {
  return capitalizedWordBefore.exec(value.slice(Math.max(0, start - 30), start))?.[1]
}

const capitalizedWordBefore = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) $/u

/** "By Tefo Tefo", or the name alone, on its line: a byline. */
function bylineName(value: string, start: number, end: number): boolean {
  const lineStart = value.lastIndexOf('\n', start - 1) + 1
  const lineEnd = value.indexOf('\n', end)
  return /^(?:By )?$/u.test(value.slice(lineStart, start)) && /^\s*$/u.test(value.slice(end, lineEnd === -1 ? value.length : lineEnd))
}
