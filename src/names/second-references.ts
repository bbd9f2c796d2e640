import type {Lexicon} from '../data/lexicon.js'
import {aloneName} from '../data/entities.js'
import type {Gazetteer} from './gazetteer.js'
import {editDistance} from './distance.js'
import {nearByEar} from './phonetic.js'
import {isSentenceStart} from '../text/sentence-start.js'

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
}

export interface SecondReference {
  start: number
  end: number
  expected: string
  reason: string
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
}

// The patterns below run over whole documents and open with `(?=\p{Lu})`:
// at each position the capital is tested before the costlier look behind it
// (a third less time; the same matches).

/** Runs of capitalized words, a hyphenated given name allowed ("Finance Minister Choo Kyung-ho"). */
const fullNames = /(?=\p{Lu})(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}]*)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}]*)?){1,5}(?![\p{L}-])/gu

/** A capitalized word alone, where a surname stands: after a title, or before what people say and do; possessive or not. */
const loneWords = /(?=\p{Lu})(?<![\p{L}'’-])(\p{Lu}[\p{Ll}]+)(?![\p{L}-]|['’](?!s(?!\p{L})))/gu

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
    const person = (refs.find((ref) => ref.type !== 'garble') ?? refs[0])?.entity
    if (person) {
      const surname = aloneName(person)
      const rest = person.name.split(' ').filter((word) => word !== surname)
      const readings = surnameReadings(person.familyReading ?? [], surname, data.wadeGiles)
      return {full: person.name, surname, given: rest.length === 1 ? rest[0] : undefined, known: true, ...(readings.size > 0 ? {readings} : {})}
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

/**
 * Second references that do not match the person the story named: another
 * romanization of the family name ("Choo Kyung-ho" … "Chu said"), a slip of
 * one letter ("Svyrydenko" … "Svyrydenk said"), or the given name where the
 * family name belongs ("Shigeru Ishiba" … "Shigeru told reporters"). Only a
 * word that is no one else's name in the story, and not a common word.
 */
export function secondReferences(value: string, people: readonly StoryPerson[], data: ReferenceData): SecondReference[] {
  if (people.length === 0) return []
  const surnames = new Set(people.map((person) => person.surname))
  const found: SecondReference[] = []
  for (const match of value.matchAll(loneWords)) {
    const word = match[1]!
    const start = match.index
    const end = start + word.length
    if (surnames.has(word)) continue
    const slipped = commonWordSlip(word, value, start, end, people, data)
    if (slipped) {
      found.push({start, end, expected: slipped.surname, reason: `Unexpected \`${word}\`: this story names ${slipped.full}, \`${slipped.surname}\` on second reference`})
      continue
    }
    if (!inSurnameSlot(value, start, end, data, !data.lexicon.hasLowercase(word))) {
      const alone = givenAlone(word, value, start, end, people, data)
      if (alone) found.push({start, end, expected: alone.surname, reason: `Unexpected \`${word}\` alone: on second reference ${alone.full} is \`${alone.surname}\``})
      continue
    }
    if (data.lexicon.hasLowercase(word)) {
      // A reading that is also an English word ("Yin" for 尹, Yoon) is taken only as it is, in the strict slot.
      const read = readingOf(word, value, people, data, true)
      if (read) {
        found.push(readingFinding(word, start, end, read))
        continue
      }
      const heard = heardAsWord(word, value, start, people, data)
      if (heard) found.push({start, end, expected: heard.surname, reason: `Unexpected \`${word}\`: this story names ${heard.full}, \`${heard.surname}\` on second reference`})
      continue
    }
    const person = onlyOne(people, (candidate) => sameFamilyName(word, candidate.surname, data))
    if (person) {
      found.push({start, end, expected: person.surname, reason: `Unexpected \`${word}\`: this story calls ${person.full} \`${person.surname}\``})
      continue
    }
    const read = readingOf(word, value, people, data, false)
    if (read) {
      found.push(readingFinding(word, start, end, read))
      continue
    }
    const near = word.length >= 4 ? onlyOne(people, (candidate) => candidate.surname.length >= 4 && editDistance(word, candidate.surname, 1) === 1) : undefined
    if (near && !data.gazetteer.lookup(word).some((ref) => ref.entity.kind === 'person' || ref.entity.kind === 'place')) {
      found.push({start, end, expected: near.surname, reason: `Unexpected \`${word}\`: this story names ${near.full}, \`${near.surname}\` on second reference`})
      continue
    }
    const part = fragmentOf(word, people)
    if (part && !data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble') && !namedOtherwise(word, value, part, data)) {
      found.push({start, end, expected: part.surname, reason: `Unexpected \`${word}\`: this story names ${part.full}, \`${part.surname}\` on second reference (\`${word}\` is part of it)`})
      continue
    }
    const byGiven = word.length >= 4 ? onlyOne(people, (candidate) => candidate.given === word) : undefined
    // East Asian copy calls a public figure by the family name whoever shares it (the person named in characters has readings).
    if (byGiven && !sharedSurname(value, byGiven) && (byGiven.readings !== undefined || !familyOfNote(byGiven.surname, data))) {
      found.push({start, end, expected: byGiven.surname, reason: `Unexpected \`${word}\` alone: on second reference ${byGiven.full} is \`${byGiven.surname}\``})
    }
  }
  return found.concat(givenNameKept(value, people, data), afterInitials(value, people, data))
}

/**
 * A common word capitalized mid-sentence and alone is a name, and one a
 * letter off the surname of one known person the story names is that
 * surname slipped into a word ("Kais Saied" … "after Said fired"); at a
 * sentence's start the word may be its own ("Said one official").
 */
function commonWordSlip(word: string, value: string, start: number, end: number, people: readonly StoryPerson[], data: ReferenceData): StoryPerson | undefined {
  if (word.length < 4 || !data.lexicon.hasLowercase(word) || isSentenceStart(value, start, data.abbreviations)) return undefined
  if (/^[ -]\p{Lu}/u.test(value.slice(end, end + 2)) || longerName(value, start, data)) return undefined
  const lower = word.toLowerCase()
  if (data.titles.has(lower) || data.courtesyTitles.has(lower) || data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble')) return undefined
  return onlyOne(people, (person) => person.known === true && person.surname.length >= 4 && !data.lexicon.hasLowercase(person.surname.toLowerCase()) && editDistance(lower, person.surname.toLowerCase(), 1) === 1)
}

/**
 * A surname two known persons bear ("Shehbaz Sharif", "Nawaz Sharif"): the
 * press tells them apart by given name ("Prime Minister Shehbaz"), so a
 * given name alone is no slip.
 */
function familyOfNote(surname: string, data: ReferenceData): boolean {
  const bearers = new Set(data.gazetteer.lookup(surname).filter((ref) => ref.type === 'surname' && ref.entity.kind === 'person').map((ref) => ref.entity))
  return bearers.size >= 2
}

/** Initials, then a capitalized word: "TJ Adewale", "T.J. Adewale". */
const initialed = /(?=\p{Lu})(?<![\p{L}.])((?:\p{Lu}\.?){1,3}) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu

/**
 * A story person's surname slipped after initials that stand for their given
 * name ("Tajudeen Abbas" … "TJ Abass"): the initials say who is meant, so a
 * surname a letter off, or with its doubled letter moved, is theirs.
 */
function afterInitials(value: string, people: readonly StoryPerson[], data: ReferenceData): SecondReference[] {
  const found: SecondReference[] = []
  for (const match of value.matchAll(initialed)) {
    const [initials, word] = [match[1]!, match[2]!]
    const person = onlyOne(people, (candidate) => candidate.known === true && candidate.given?.[0] === initials[0] && candidate.surname.length >= 4 && slipOf(word, candidate.surname))
    if (!person || data.lexicon.hasLowercase(word) || data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble')) continue
    const start = match.index + initials.length + 1
    found.push({start, end: start + word.length, expected: person.surname, reason: `Unexpected \`${word}\`: this story names ${person.full}, \`${person.surname}\` after the initials ${initials}`})
  }
  return found
}

/** A letter off, or the same letters with a doubled letter moved ("Abass" for Abbas). */
function slipOf(word: string, surname: string): boolean {
  if (word === surname) return false
  const undoubled = (text: string) => text.toLowerCase().replace(/(\p{L})\1/gu, '$1')
  return editDistance(word, surname, 1) === 1 || (word.length === surname.length && undoubled(word) === undoubled(surname))
}

/**
 * A word that is a Mandarin reading of the family name of one person the
 * story names ("Shigeru Ishiba" … "Shih said"), or a letter from a reading
 * of five letters or more ("Shipao" for Shipo) unless `exact`: never a
 * name the gazetteer knows for itself, nor one the story gives another
 * person as family name.
 */
function readingOf(word: string, value: string, people: readonly StoryPerson[], data: ReferenceData, exact: boolean): StoryPerson | undefined {
  const lower = word.toLowerCase()
  const reads = (reading: string) => reading === lower || (!exact && lower.length >= 5 && reading.length >= 5 && editDistance(lower, reading, 1) === 1)
  const person = onlyOne(people, (candidate) => [...(candidate.readings ?? [])].some(reads))
  if (!person || data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble')) return undefined
  return namedOtherwise(word, value, person, data) ? undefined : person
}

/**
 * The word is part of another person's full name somewhere in the story
 * ("Lin Fei-fan" beside Yoshimasa Hayashi, 林; "Aydin Dogan" beside
 * Erdogan): only a full name that is this person's own garble ("Yin
 * Xiyue") leaves the word theirs.
 */
function namedOtherwise(word: string, value: string, person: StoryPerson, data: ReferenceData): boolean {
  for (const match of value.matchAll(new RegExp(`(?<![\\p{L}])${word}(?: \\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?){1,2}(?![\\p{L}-])`, 'gu'))) {
    const words = match[0].split(' ')
    const own = [words.length, 2].some((length) => data.gazetteer.lookup(words.slice(0, length).join(' ')).some((ref) => ref.entity.name === person.full))
    if (!own) return true
  }
  for (const match of value.matchAll(new RegExp(`(?<![\\p{L}'’-])${word}(?![\\p{L}-])`, 'gu'))) {
    if (longerName(value, match.index, data)) return true
  }
  return false
}

/**
 * A second reference cut short ("Ishiba" … "Shiba said", "Svyrydenko" …
 * "Svyryd said"): the first or last half or more of one story person's
 * one-word surname of five letters or more.
 */
function fragmentOf(word: string, people: readonly StoryPerson[]): StoryPerson | undefined {
  const lower = word.toLowerCase()
  if (lower.length < 3) return undefined
  return onlyOne(people, (person) => {
    const surname = person.surname.toLowerCase()
    if (surname.length < 5 || !/^\p{L}+$/u.test(surname) || lower.length >= surname.length || lower.length * 2 < surname.length) return false
    return surname.startsWith(lower) || surname.endsWith(lower)
  })
}

function readingFinding(word: string, start: number, end: number, person: StoryPerson): SecondReference {
  return {start, end, expected: person.surname, reason: `Unexpected \`${word}\`: this story names ${person.full}, \`${person.surname}\` on second reference (\`${word}\` reads the family name's characters in Mandarin)`}
}

/**
 * The given name of a person named in Chinese characters, alone in running
 * text where the surname belongs ("Shigeru Ishiba" … "talks with Shigeru"):
 * East Asian copy calls a public figure by the family name. Not beside
 * another capitalized word (part of a longer name), and only when every
 * full name the story gives with that given name is this person's.
 */
function givenAlone(word: string, value: string, start: number, end: number, people: readonly StoryPerson[], data: ReferenceData): StoryPerson | undefined {
  if (word.length < 4 || data.lexicon.hasLowercase(word) || /^[ -]\p{Lu}/u.test(value.slice(end, end + 2))) return undefined
  const person = onlyOne(people, (candidate) => candidate.readings !== undefined && candidate.given === word)
  if (!person || sharedSurname(value, person)) return undefined
  const before = /(\p{Lu}\p{L}*) $/u.exec(value.slice(Math.max(0, start - 24), start))
  if (before && !data.titles.has(before[1]!.toLowerCase()) && !commonWordOpening(value, start - before[0].length, before[1]!.toLowerCase(), data)) return undefined
  for (const match of value.matchAll(new RegExp(`(?<![\\p{L}])${word} (\\p{Lu}\\p{Ll}+)`, 'gu'))) {
    if (match[1] !== person.surname && !lookAlike(match[1]!, person.surname)) return undefined
  }
  return person
}

/**
 * A full name that keeps the given name of a person the story names and
 * garbles the surname into a look-alike ("Shigeru Ishiba" … "Shigeru
 * Ishiguro"): that person, as the story first wrote them. Not a person the
 * gazetteer knows, nor a surname another person of the story bears.
 */
function givenNameKept(value: string, people: readonly StoryPerson[], data: ReferenceData): SecondReference[] {
  const found: SecondReference[] = []
  const surnames = new Set(people.map((person) => person.surname))
  for (const match of value.matchAll(twoWordNames)) {
    const [given, surname] = [match[1]!, match[2]!]
    if (surnames.has(surname) || data.lexicon.hasLowercase(surname.toLowerCase()) || longerName(value, match.index, data)) continue
    const person = onlyOne(people, (candidate) => candidate.given === given && candidate.given.length >= 4 && lookAlike(surname, candidate.surname))
    if (!person || data.gazetteer.lookup(`${given} ${surname}`).some((ref) => ref.type !== 'garble')) continue
    const start = match.index
    found.push({start, end: start + match[0].length, expected: person.full, reason: `Unexpected \`${match[0]}\`: this story names ${person.full}`})
  }
  return found
}

/** A capitalized word right before that is no title, determiner or nationality and opens no sentence: the words end a longer name. */
function longerName(value: string, start: number, data: ReferenceData): boolean {
  const before = /(\p{Lu}\p{L}*) $/u.exec(value.slice(Math.max(0, start - 24), start))
  if (!before) return false
  return joinsName(value, start - before[0].length, before[1]!, data)
}

/**
 * Whether a capitalized `word` at `at`, right before a name, is part of it:
 * not a title, courtesy title, determiner or nationality, nor a common word
 * opening the sentence ("Later Chu said", "The Japanese Shipao government").
 */
function joinsName(value: string, at: number, word: string, data: ReferenceData): boolean {
  const lower = word.toLowerCase()
  return !data.titles.has(lower) && !data.courtesyTitles.has(lower) && !data.determiners.has(lower) && !isDemonym(word, data) && !commonWordOpening(value, at, lower, data)
}

/** Two capitalized words, not before a third. */
const twoWordNames = /(?=\p{Lu})(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/gu

/** The same first three letters, or within a third of the letters. */
function lookAlike(a: string, b: string): boolean {
  if (a === b) return false
  if (a.slice(0, 3).toLowerCase() === b.slice(0, 3).toLowerCase()) return true
  const most = Math.ceil(b.length / 3)
  return editDistance(a.toLowerCase(), b.toLowerCase(), most) <= most
}

/**
 * A common word right after a title, in a surname's place ("President
 * Moon … President Month said"), heard for the surname of one person the
 * story names: near by ear, never a title itself. Before a verb alone, a
 * capitalized common word is too often the sentence's own ("Labour said").
 */
function heardAsWord(word: string, value: string, start: number, people: readonly StoryPerson[], data: ReferenceData): StoryPerson | undefined {
  const lower = word.toLowerCase()
  if (data.titles.has(lower) || data.courtesyTitles.has(lower) || !afterTitle(value, start, data)) return undefined
  return onlyOne(people, (person) => nearByEar(lower, person.surname.toLowerCase()))
}

function afterTitle(value: string, start: number, data: ReferenceData): boolean {
  const before = /(\p{L}+)\.? $/u.exec(value.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase()
  return before !== undefined && (data.titles.has(before) || data.courtesyTitles.has(before))
}

/** Another person of the story shares the family name ("Hunter Biden" beside "Joe Biden"): given names tell them apart. */
function sharedSurname(value: string, person: StoryPerson): boolean {
  for (const match of value.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) ${person.surname}(?!\\p{L})`, 'gu'))) {
    if (match[1] !== person.given) return true
  }
  return false
}

function sameFamilyName(word: string, surname: string, data: ReferenceData): boolean {
  return word !== surname && (data.surnameGroups.get(surname)?.has(word) ?? false)
}

function onlyOne<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  let hit: T | undefined
  for (const item of list) {
    if (!test(item)) continue
    if (hit !== undefined) return undefined
    hit = item
  }
  return hit
}

/**
 * After a title or courtesy title, or before a verb of saying or doing;
 * never inside a longer run of capitals. A word that is no English word
 * (`unknown`) is in the slot before an auxiliary too ("Shih is expected"),
 * and before a leader's noun ("the Shipao government").
 */
function inSurnameSlot(value: string, start: number, end: number, data: ReferenceData, unknown: boolean): boolean {
  if (/^ \p{Lu}/u.test(value.slice(end, end + 2))) return false
  const before = /(\p{L}+)(\.?) $/u.exec(value.slice(Math.max(0, start - 24), start))
  if (before) {
    const lower = before[1]!.toLowerCase()
    if (data.titles.has(lower) || data.courtesyTitles.has(lower)) return true
    // A capitalized word right before, with no full stop between, makes this part of a longer name.
    if (/^\p{Lu}/u.test(before[1]!) && before[2] === '' && joinsName(value, start - before[0].length, before[1]!, data)) return false
  }
  const next = /^ (\p{Ll}+)/u.exec(value.slice(end, end + 24))?.[1]
  return next !== undefined && (data.subjectCues.has(next) || (unknown && (data.subjectAuxiliaries.has(next) || data.leaderNouns.has(next))))
}

function isDemonym(word: string, data: ReferenceData): boolean {
  return data.gazetteer.lookup(word).some((ref) => ref.entity.kind === 'demonym')
}

/** A word that opens the sentence and starts no name: "Later", "But", "Yesterday". */
function commonWordOpening(value: string, at: number, lower: string, data: ReferenceData): boolean {
  return data.sentenceOpeners.has(lower) && isSentenceStart(value, at, data.abbreviations)
}
