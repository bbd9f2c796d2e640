import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {editDistance} from '../../names/distance.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {isFirstName} from './words.js'
import type {NamesContext} from './context.js'
import type {FormRef} from '../../names/gazetteer.js'
import {particleNameAfter, patronymicAfter} from '../../names/spans.js'
import {afterPlaceNoun, beforePlaceNoun} from '../../text/place-of.js'
import {withoutAccents} from '../../text/normalize.js'

/** A capitalized word, hyphened parts and accents kept, not inside a longer word or after an apostrophe. */
const capitalized = /(?<![\p{L}\p{M}\d'’-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}\d-])/gu

interface Word {
  text: string
  start: number
  end: number
}

/** Words of a person's name need so many letters before a slip of one is read as theirs: one fewer beside the name's other words. */
const shortest = 6
/** The longest known name read inside a run of capitals, in words. */
const longestName = 4

/**
 * A capitalized word no dictionary, list of given names or gazetteer has,
 * one letter off a word the story itself writes inside a person's name the
 * gazetteer knows, or a body's one-word name, and off no other such word:
 * the story's own spelling of that name, slipped ("David Arakhamia" …
 * "Arakhamiya said", "Bilawal Bhutto Zardari" … "Bilalwal", "Banxico" …
 * "Panxico"). However often the slip is repeated, the gazetteer says which
 * spelling is the name (places' and bodies' longer names give demonyms and
 * other languages' forms: "Argentines", "Slovenija").
 *
 * Wherever the story writes the word, it stands alone, after title words or
 * before them ("Kuomingtang Taipei City Councilor Ying"), or among the very
 * words the story writes beside the known one ("Ali Haddad" … "Ali Hadad";
 * a word of five letters needs them: "Soc Trang" is a province, no Thang). Beside other name words it is someone else's
 * ("Tareck El Aissami" in a story that names Tarek William Saab), and so it
 * is after an initial ("M. Stamer"), before a particle's name or a
 * patronymic ("Asaad al-Shaibani", "Hamda bint Hassan") and beside a noun
 * of a kind of place ("Ghazni province", "the region of Pskov"). Not a form
 * made of the known word ("Arakhamias", "Markarova"), nor one with a vowel
 * for another or doubled, which is how transliteration varies a name
 * ("Haider", "Haidar"; "Grigorian", "Grigoryan"; "Korniienko",
 * "Kornienko").
 */
export function reportStorySpellings(file: VFile, value: string, context: NamesContext): void {
  const words = [...value.matchAll(capitalized)].map((match) => ({text: match[0], start: match.index, end: match.index + match[0].length}))
  // The gazetteer is read only for a story with a word no list has.
  if (words.length < 2 || !words.some((word) => unlisted(word.text, context))) return
  const runs = runsOf(words, value)
  const anchors = anchoredWords(runs, context)
  if (anchors.size === 0) return
  const found = new Map<string, {near: string; uses: Word[]} | undefined>()
  for (const run of runs) {
    for (const word of run) {
      if (found.has(word.text) && found.get(word.text) === undefined) continue
      const near = found.get(word.text)?.near ?? storySpelling(word.text, anchors, context)
      if (near === undefined || !inOwnPlace(word, run, near, value, context)) {
        found.set(word.text, undefined)
        continue
      }
      const uses = found.get(word.text)?.uses ?? []
      uses.push(word)
      found.set(word.text, {near, uses})
    }
  }
  let flagged: Array<[number, number]> | undefined
  for (const [text, slip] of found) {
    if (!slip) continue
    for (const word of slip.uses) {
      flagged ??= flaggedSpans(file)
      if (overlapsFlagged(flagged, word.start, word.end)) continue
      flagged.push([word.start, word.end])
      report(file, {ruleId: 'names', reason: `Unexpected ${quote(text)}: the story writes ${quote(slip.near)} in a name on record`, start: word.start, end: word.end, level: 'warning', expected: [slip.near]})
    }
  }
}

/** The words in runs: capitalized words one space apart. */
function runsOf(words: readonly Word[], value: string): Word[][] {
  const runs: Word[][] = []
  for (const word of words) {
    const run = runs.at(-1)
    if (run && value.slice(run.at(-1)!.end, word.start) === ' ') run.push(word)
    else runs.push([word])
  }
  return runs
}

/** The words of every person's name the gazetteer knows as written in the story, longest first at each word of a run. */
function anchoredWords(runs: readonly Word[][], context: NamesContext): Set<string> {
  const anchors = new Set<string>()
  for (const run of runs) {
    for (let at = 0; at < run.length; at++) {
      // Most words open no name the gazetteer has: one look at its first words says so.
      if (!context.gazetteer.startsName(run[at]!.text.toLowerCase())) continue
      for (let length = Math.min(longestName, run.length - at); length >= 1; length--) {
        const span = run.slice(at, at + length)
        const refs = context.gazetteer.lookup(span.map((word) => word.text).join(' ')).filter((ref) => ref.type !== 'garble')
        if (refs.length === 0) continue
        if (anchoring(span, refs)) for (const word of span) if (word.text.length >= shortest - 1) anchors.add(word.text)
        break
      }
    }
  }
  return anchors
}

/** A person's name, or a body's name of one word: places' and bodies' longer names give demonyms and other languages' forms. */
function anchoring(span: readonly Word[], refs: readonly FormRef[]): boolean {
  if (refs.every((ref) => ref.entity.kind === 'person')) return true
  return span.length === 1 && span[0]!.text.length >= shortest && refs.every((ref) => ref.entity.kind === 'org')
}

function knownName(text: string, context: NamesContext): boolean {
  return context.gazetteer.lookup(text).some((ref) => ref.type !== 'garble')
}

/** A word long enough to be a slip of a name and no list's: no dictionary word, given name, Vietnamese family name or gazetteer name. */
function unlisted(text: string, context: NamesContext): boolean {
  if (text.length < shortest - 1 || context.lexicon.correct(text) || context.lexicon.hasLowercase(text.toLowerCase()) || isFirstName(context, text)) return false
  return !context.vietnameseSurnames.has(withoutAccents(text).toLowerCase()) && context.gazetteer.lookup(text).length === 0
}

/** The one anchored word `text` is a slip of, if it is a word no list has. */
function storySpelling(text: string, anchors: ReadonlySet<string>, context: NamesContext): string | undefined {
  if (anchors.has(text) || !unlisted(text, context)) return undefined
  let found: string | undefined
  for (const anchor of anchors) {
    if (editDistance(text, anchor, 1) > 1 || madeOf(text, anchor) || vowelForVowel(text, anchor)) continue
    if (found !== undefined) return undefined
    found = anchor
  }
  return found
}

/** One word is the other with letters added at its end, or the same letters but for case or accents: a form of the name, no slip of it. */
function madeOf(text: string, anchor: string): boolean {
  return text.startsWith(anchor) || anchor.startsWith(text) || withoutAccents(text).toLowerCase() === withoutAccents(anchor).toLowerCase()
}

const vowel = /^[aeiouy]$/u
/** An initial right before a run: "M. Stamer" is someone whose given name the initial stands for. */
const initialBefore = /\p{Lu}\. $/u

/** One vowel put for another ("y" one too: "Grigorian", "Grigoryan"), or one doubled ("Korniienko", "Kornienko"). */
function vowelForVowel(text: string, anchor: string): boolean {
  const [a, b] = [text.toLowerCase(), anchor.toLowerCase()]
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  let at = 0
  while (at < short.length && long[at] === short[at]) at++
  if (at === long.length) return false
  if (short.length === long.length) return vowel.test(long[at]!) && vowel.test(short[at]!)
  const doubled = vowel.test(long[at]!) && (long[at - 1] === long[at] || long[at + 1] === long[at])
  return doubled && long.slice(0, at) + long.slice(at + 1) === short
}

/**
 * The word's run holds no name words but its own, or only words the story
 * also writes with the known one ("Ali Hadad" where the story writes "Ali
 * Haddad"; titles, other dictionary words and places do not count), and
 * no initial, particle's name, patronymic or noun of a kind of place
 * follows or leads to its run.
 */
function inOwnPlace(word: Word, run: readonly Word[], near: string, value: string, context: NamesContext): boolean {
  const last = run.at(-1)!
  if (initialBefore.test(value.slice(Math.max(0, run[0]!.start - 3), run[0]!.start)) || particleNameAfter(value, last.end) || patronymicAfter(value, last.end) || beforePlaceNoun(value, word.end, context.placeKindNouns) || afterPlaceNoun(value, run[0]!.start, context.placeKindNouns)) return false
  const others = run.filter((other) => other !== word && nameWord(other.text, context))
  if (others.length === 0) return word.text.length >= shortest
  const fixed = run.filter((other) => other === word || others.includes(other)).map((other) => (other === word ? near : other.text)).join(' ')
  return value.includes(fixed) || knownName(fixed, context) || aloneBesideTitle(word, run, context)
}

/**
 * The word with no other word between it and a title or a place in its run
 * ("Kuomingtang Taipei City Councilor Ying Hsiao-wei": the name after the
 * title is the councilor's); any other word beside it, a dictionary's too
 * ("Truong My Lan"), may be its own name's.
 */
function aloneBesideTitle(word: Word, run: readonly Word[], context: NamesContext): boolean {
  if (word.text.length < shortest) return false
  const at = run.indexOf(word)
  const apart = (other: Word | undefined) => other === undefined || !contiguousNameWord(other.text, context)
  return apart(run[at - 1]) && apart(run[at + 1])
}

/** No title or courtesy title, and no place or people's adjective the gazetteer knows. */
function contiguousNameWord(text: string, context: NamesContext): boolean {
  const lower = text.toLowerCase()
  return !context.titles.has(lower) && !context.courtesyTitles.has(lower) && !placeWord(text, context)
}

/** No dictionary word (titles are) and no place or people's adjective the gazetteer knows ("Taipei"): a word of a name. */
function nameWord(text: string, context: NamesContext): boolean {
  return !context.lexicon.hasLowercase(text.toLowerCase()) && !placeWord(text, context)
}

/** A place or a people's adjective the gazetteer knows ("Taipei", "Iraqi"). */
function placeWord(text: string, context: NamesContext): boolean {
  return context.gazetteer.lookup(text).some((ref) => ref.type !== 'garble' && (ref.entity.kind === 'place' || ref.entity.kind === 'demonym'))
}
