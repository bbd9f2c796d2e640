import type {Lexicon} from '../data/lexicon.js'
import {aloneName, titleWords} from '../data/entities.js'
import {wordBefore} from '../text/word-before.js'
import type {Gazetteer} from './gazetteer.js'
import {editDistance} from './distance.js'
import {isSentenceStart} from '../text/sentence-start.js'

// The people a story names in full, and what the checks of their second
// references (second-references.ts, full-name-references.ts) ask of them.

/** A person the story names in full, as the story writes them. */
export interface StoryPerson {
  /** The full name as first written. */
  full: string
  /** The name used alone on second reference ("Choo", "Ishiba"). */
  surname: string
  /** The given name when it is one word that is never the surname ("Shigeru"). */
  given?: string | undefined
  /** Known to the gazetteer, not only by the shape of a Korean name (which a garble has too). */
  known?: boolean
  /** Lowercase Mandarin readings of the family name, pinyin and Wade–Giles ("shipo", "shi", "shih" for Ishiba). */
  readings?: ReadonlySet<string>
  /** The story's own accepted spelling, where it writes the person in another accepted form ("Prayuth Chan-ocha" for Prayut Chan-o-cha). */
  written?: string
  /** The gazetteer's title on record ("President of Sri Lanka (2024–)"). */
  office?: string | undefined
}

/**
 * The word right before `start` is a title (no courtesy title) and no word of
 * `office`: "Secretary General Dasanayake" is not President Dissanayake.
 * Offices are named otherwise across languages (a speaker is a chairman), so
 * callers ask it only of a word two letters or more from the surname.
 */
export function otherTitleBefore(titles: ReadonlySet<string>, courtesyTitles: ReadonlySet<string>, office: string | undefined, start: number, value: string): boolean {
  const word = wordBefore(value, start, true)
  if (office === undefined || !titles.has(word) || courtesyTitles.has(word)) return false
  return !titleWords(office).includes(word)
}

export interface SecondReference {
  start: number
  end: number
  expected: string
  reason: string
  /** Gives way to any finding already on its place, a note included (a narrower reading of a name another check reads whole). */
  yields?: boolean
}

export interface ReferenceData {
  gazetteer: Gazetteer
  lexicon: Lexicon
  /** Lowercase words that stand before a name ("president", "minister", "rep"). */
  titles: ReadonlySet<string>
  /** Lowercase courtesy titles ("mr", "ms"). */
  courtesyTitles: ReadonlySet<string>
  /** Spellings of one family name, each group keyed by each of its spellings (Choo → {Choo, Chu}). */
  surnameGroups: ReadonlyMap<string, ReadonlySet<string>>
  /** Lowercase verbs of saying and wanting that follow a person's name ("said", "intends"). */
  subjectCues: ReadonlySet<string>
  /** Lowercase words that open a sentence and start no name ("later", "but"). */
  sentenceOpeners: ReadonlySet<string>
  /** Lowercase abbreviations a period may follow mid-sentence ("gen", "sen"). */
  abbreviations: ReadonlySet<string>
  /** Lowercase words that stand before a name without being part of it ("the", "its"). */
  determiners: ReadonlySet<string>
  /** Pinyin syllable → Wade–Giles spelling where they differ ("shi" → "shih"). */
  wadeGiles: ReadonlyMap<string, string>
  /** Lowercase auxiliaries after a subject ("is", "has"): after a word that is no English word, a surname's place. */
  subjectAuxiliaries: ReadonlySet<string>
  /** Lowercase nouns after a leader's surname ("government", "administration"): the word before is a surname's place. */
  leaderNouns: ReadonlySet<string>
  /** Nouns of kinds of place ("region", "parish"): a word after one and "of" names a place. */
  placeKindNouns: ReadonlySet<string>
  /** Nouns that head a public body's name ("party", "court"): after a title they close a name ("the Democratic Justice Party"), never a surname. */
  institutionWords: ReadonlyMap<string, number>
}

// The patterns below run over whole documents and open with `(?=\p{Lu})`:
// at each position the capital is tested before the costlier look behind it
// (a third less time; the same matches).

/** Runs of capitalized words, a hyphenated given name allowed ("Finance Minister Choo Kyung-ho"). */
const fullNames = /(?=\p{Lu})(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}]*)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}]*)?){1,5}(?![\p{L}-])/gu

/**
 * The people a story names in full: known persons of the gazetteer, and
 * Korean names by their shape (a known family name, then a hyphenated given
 * name). Each with the name the story will use alone.
 */
export function storyPeople(value: string, data: ReferenceData): StoryPerson[] {
  const people = new Map<string, StoryPerson>()
  for (const match of value.matchAll(fullNames)) {
    const words = match[0].split(' ')
    for (let from = 0; from < words.length - 1; from++) {
      const person = personAt(words, from, data)
      if (!person) continue
      if (!people.has(person.full)) people.set(person.full, person)
      break
    }
  }
  const all = [...people.values()]
  return all.filter((person) => person.known || !otherSpellingOf(person, all, data))
}

/**
 * A Korean name known only by its shape that is a known person of the story
 * in another romanization of the family name ("Choo Kyung-ho" … "Chu
 * Kyung-ho"): the same person garbled, not a second one, so their later "Chu"
 * is a slip too.
 */
function otherSpellingOf(person: StoryPerson, people: readonly StoryPerson[], data: ReferenceData): boolean {
  const given = person.full.slice(person.surname.length + 1)
  return people.some((other) => other.known === true && other.given === given && sameFamilyName(person.surname, other.surname, data))
}

/** The person whose full name starts at word `from` (three words, then two): known, or Korean by its shape. */
function personAt(words: readonly string[], from: number, data: ReferenceData): StoryPerson | undefined {
  for (const length of [3, 2]) {
    if (from + length > words.length) continue
    const span = words.slice(from, from + length).join(' ')
    // A known garble names its person as surely ("Shi Po Mao" is Shigeru Ishiba): the story's later references are to them.
    const refs = data.gazetteer.lookup(span).filter((ref) => ref.entity.kind === 'person')
    const ref = refs.find((candidate) => candidate.type !== 'garble') ?? refs[0]
    const person = ref?.entity
    if (person) {
      const surname = aloneName(person)
      const rest = person.name.split(' ').filter((word) => word !== surname)
      const readings = surnameReadings(person.familyReading ?? [], surname, data.wadeGiles)
      const written = ref!.type !== 'garble' && span !== person.name ? {written: span} : {}
      return {full: person.name, surname, given: rest.length === 1 ? rest[0] : undefined, known: true, office: person.title, ...(readings.size > 0 ? {readings} : {}), ...written}
    }
  }
  const [family, given] = words.slice(from, from + 2)
  if (given !== undefined && data.surnameGroups.has(family!) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given)) return {full: `${family} ${given}`, surname: family!}
  return undefined
}

/**
 * How machine translation from Chinese writes a family name read from its
 * characters: the whole reading run together ("Shipo" for 石破, Ishiba), and
 * for a family name of two characters its first syllable alone, as the
 * Chinese surname it looks like ("Shi"); each in pinyin and in Wade–Giles
 * ("Shih"). The person's own surname is no garble of itself (賴 is Lai).
 */
function surnameReadings(syllables: readonly string[], surname: string, wadeGiles: ReadonlyMap<string, string>): Set<string> {
  const readings = new Set<string>()
  if (syllables.length === 0) return readings
  const wade = syllables.map((syllable) => wadeGiles.get(syllable) ?? syllable)
  readings.add(syllables.join('')).add(wade.join(''))
  if (syllables.length >= 2) readings.add(syllables[0]!).add(wade[0]!)
  readings.delete(surname.toLowerCase())
  return readings
}

export function onlyOne<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  let hit: T | undefined
  for (const item of list) {
    if (!test(item)) continue
    if (hit !== undefined) return undefined
    hit = item
  }
  return hit
}

/** Another person of the story shares the family name ("Hunter Biden" beside "Joe Biden"): given names tell them apart. */
export function sharedSurname(value: string, person: StoryPerson): boolean {
  for (const match of value.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) ${person.surname}(?!\\p{L})`, 'gu'))) {
    if (match[1] !== person.given) return true
  }
  return false
}

export function sameFamilyName(word: string, surname: string, data: ReferenceData): boolean {
  return word !== surname && (data.surnameGroups.get(surname)?.has(word) ?? false)
}

/** The same first three letters, or within a third of the letters. */
export function lookAlike(a: string, b: string): boolean {
  if (a === b) return false
  if (a.slice(0, 3).toLowerCase() === b.slice(0, 3).toLowerCase()) return true
  const most = Math.ceil(b.length / 3)
  return editDistance(a.toLowerCase(), b.toLowerCase(), most) <= most
}

/** A capitalized word right before that is no title, determiner or nationality and opens no sentence: the words end a longer name. */
export function longerName(value: string, start: number, data: ReferenceData): boolean {
  const before = /(\p{Lu}\p{L}*) $/u.exec(value.slice(Math.max(0, start - 24), start))
  if (!before) return false
  return joinsName(value, start - before[0].length, before[1]!, data)
}

/**
 * Whether a capitalized `word` at `at`, right before a name, is part of it:
 * not a title, courtesy title, determiner or nationality, nor a common word
 * opening the sentence ("Later Chu said", "The Japanese Shipao government").
 */
export function joinsName(value: string, at: number, word: string, data: ReferenceData): boolean {
  const lower = word.toLowerCase()
  return !data.titles.has(lower) && !data.courtesyTitles.has(lower) && !data.determiners.has(lower) && !isDemonym(word, data) && !commonWordOpening(value, at, lower, data)
}

function isDemonym(word: string, data: ReferenceData): boolean {
  return data.gazetteer.lookup(word).some((ref) => ref.entity.kind === 'demonym')
}

/** A word that opens the sentence and starts no name: "Later", "But", "Yesterday". */
export function commonWordOpening(value: string, at: number, lower: string, data: ReferenceData): boolean {
  return data.sentenceOpeners.has(lower) && isSentenceStart(value, at, data.abbreviations)
}
