import {editDistance} from './distance.js'
import {afterPlaceNoun} from '../text/place-of.js'
import {countriesOf} from './countries.js'
import type {Entity} from '../data/entities.js'
import {wordBefore} from '../text/word-before.js'
import {nearByEar} from './phonetic.js'
import {isSentenceStart} from '../text/sentence-start.js'
import {nicknameAfter, particleNameAfter, patronymicAfter} from './spans.js'
import {escapeRegExp} from '../text/normalize.js'
import {givenNameHonorifics, nameConnectors} from '../data/name-words.js'
import {afterInitials, givenNameKept, surnameKept} from './full-name-references.js'
import {commonWordOpening, joinsName, longerName, lookAlike, onlyOne, otherTitleBefore, sameFamilyName, sharedSurname, type ReferenceData, type SecondReference, type StoryPerson} from './story-people.js'

export {storyPeople, type ReferenceData, type SecondReference, type StoryPerson} from './story-people.js'

/** A capitalized word alone, where a surname stands: after a title, or before what people say and do; possessive or not (the capital tested first, as in story-people.ts). */
const loneWords = /(?=\p{Lu})(?<![\p{L}'’-])(\p{Lu}[\p{Ll}]+)(?![\p{L}-]|['’](?!s(?!\p{L})))/gu

/** Capitalized words and lowercase connectors right before a word: "Alexander Van der" before "Bellen". */
const connectorsBefore = /\p{Lu}[\p{L}'’-]*((?: \p{Ll}+)+) $/u

/** The word ends a name of connectors ("Van der Bellen", "Luiz Inácio Lula da Silva"): the whole is the surname, not the word. */
function afterConnector(value: string, start: number): boolean {
  const words = connectorsBefore.exec(value.slice(Math.max(0, start - 40), start))?.[1]
  return words !== undefined && words.trim().split(' ').every((word) => nameConnectors.has(word))
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
    // "Foreign Minister Asaad al-Shaibani": before a particle's name it is a given name, no surname; so it is before a
    // patronymic ("Prince Sultan bin Ahmad") and before a nickname and a surname ("Jorge “Tuto” Quiroga").
    if (surnames.has(word) || afterConnector(value, start) || particleNameAfter(value, end) || patronymicAfter(value, end) || nicknameAfter(value, end) || amongPlaces(value, start, end, data) || afterPlaceNoun(value, start, data.placeKindNouns)) continue
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
    const near = word.length >= 4 ? onlyOne(people, (candidate) => candidate.surname.length >= 4 && within(word, candidate.surname, allowedSlips(word, candidate.surname, data))) : undefined
    // "Prayuth Chan-ocha … Prayuth said": the story's own accepted spelling of the person, used alone.
    if (near && near.written?.split(/\s+/).includes(word)) continue
    if (near && !knownHere(word, value, data) && !(editDistance(word, near.surname) >= 2 && otherTitleBefore(data.titles, data.courtesyTitles, near.office, start, value))) {
      found.push({start, end, expected: near.surname, reason: `Unexpected \`${word}\`: this story names ${near.full}, \`${near.surname}\` on second reference`})
      continue
    }
    // "Serhiy Shkarlet … Scarlett noted": a name heard for the surname of one person the story names, standing where the surname does.
    const heard = word.length >= 5 ? onlyOne(people, (candidate) => candidate.surname.length >= 5 && nearByEar(word.toLowerCase(), candidate.surname.toLowerCase())) : undefined
    if (heard && !data.lexicon.correct(word) && !data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble') && !namedOtherwise(word, value, heard, data)) {
      found.push({start, end, expected: heard.surname, reason: `Unexpected \`${word}\`: this story names ${heard.full}, \`${heard.surname}\` on second reference`})
      continue
    }
    const part = fragmentOf(word, people)
    if (part && !data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble') && !namedOtherwise(word, value, part, data)) {
      found.push({start, end, expected: part.surname, reason: `Unexpected \`${word}\`: this story names ${part.full}, \`${part.surname}\` on second reference (\`${word}\` is part of it)`})
      continue
    }
    // "Sir Lindsay": a knight or dame is called by the given name.
    const byGiven = word.length >= 4 && !givenNameHonorifics.has(wordBefore(value, start, true)) ? onlyOne(people, (candidate) => candidate.given === word) : undefined
    // East Asian copy calls a public figure by the family name whoever shares it (the person named in characters has readings).
    // "Temesgen Tiruneh … Tiruneh said": one called by the first word of the name (Ethiopian, Thai) is called by the last in
    // wire copy's convention; a Korean or Japanese person named in characters (with readings) still is not.
    const nameFirst = byGiven !== undefined && byGiven.full.startsWith(`${byGiven.surname} `)
    if (byGiven && !sharedSurname(value, byGiven) && (byGiven.readings !== undefined || (!familyOfNote(byGiven.surname, data) && !givenByConvention(value, byGiven) && !nameFirst))) {
      found.push({start, end, expected: byGiven.surname, reason: `Unexpected \`${word}\` alone: on second reference ${byGiven.full} is \`${byGiven.surname}\``})
    }
  }
  return found.concat(givenNameKept(value, people, data), surnameKept(value, people, data), afterInitials(value, people, data))
}

/**
 * A common word capitalized mid-sentence and alone is a name, and one a
 * letter off the surname of one known person the story names is that
 * surname slipped into a word ("Kais Saied" … "after Said fired"); at a
 * sentence's start the word may be its own ("Said one official"), unless a
 * subject's verb follows it ("Said denied", "Said is").
 */
function commonWordSlip(word: string, value: string, start: number, end: number, people: readonly StoryPerson[], data: ReferenceData): StoryPerson | undefined {
  if (word.length < 4 || !data.lexicon.hasLowercase(word)) return undefined
  if (isSentenceStart(value, start, data.abbreviations) && !beforeSubjectVerb(value, end, data)) return undefined
  if (/^[ -]\p{Lu}/u.test(value.slice(end, end + 2)) || longerName(value, start, data)) return undefined
  const lower = word.toLowerCase()
  // A known name as written is someone's, but a person's name only in a story about their country ("Said" of Egypt's Hala El-Said is no one in a story about Tunisia).
  if (data.titles.has(lower) || data.courtesyTitles.has(lower) || data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble' && (ref.entity.kind !== 'person' || personOfStory(ref.entity, value, data)))) return undefined
  const person = onlyOne(people, (candidate) => candidate.known === true && candidate.surname.length >= 4 && !data.lexicon.hasLowercase(candidate.surname.toLowerCase()) && editDistance(lower, candidate.surname.toLowerCase(), 1) === 1)
  // "Edwin Tong … Tong will be minister": a word the story gives someone else as a surname is theirs.
  return person && !namedOtherwise(word, value, person, data) ? person : undefined
}

/** "in Saga, Nagasaki, Fukuoka and Hiroshima prefectures": a word listed beside a known place, a comma or "and" between, is a place. */
function amongPlaces(value: string, start: number, end: number, data: ReferenceData): boolean {
  const after = /^,? (?:and |or )?(\p{Lu}[\p{L}'’-]+)/u.exec(value.slice(end, end + 40))?.[1]
  const before = /(\p{Lu}[\p{L}'’-]+),? (?:and |or )?$/u.exec(value.slice(Math.max(0, start - 40), start))?.[1]
  const place = (word: string | undefined) => word !== undefined && data.gazetteer.lookup(word).some((ref) => ref.type !== 'garble' && ref.entity.kind === 'place')
  return (/^,/u.test(value.slice(end, end + 1)) && place(after)) || (/, $/u.test(value.slice(start - 2, start)) && place(before))
}

/** Whether the story is about a country of the person's, or names no country the person has. */
function personOfStory(entity: Entity, value: string, data: ReferenceData): boolean {
  const countries = countriesOf(data.gazetteer.entities)
  return countries.of(entity).size === 0 || countries.storyCountryOf(entity, value) !== undefined
}

/** A subject's verb next: a verb of saying, an auxiliary, or a past tense ("denied"). */
function beforeSubjectVerb(value: string, end: number, data: ReferenceData): boolean {
  const next = nextLowercaseWord(value, end)
  return next !== undefined && (data.subjectCues.has(next) || data.subjectAuxiliaries.has(next) || (next.length >= 5 && next.endsWith('ed')))
}

/** The lowercase word one space after `end`, if one is there. */
function nextLowercaseWord(value: string, end: number): string | undefined {
  return /^ (\p{Ll}+)/u.exec(value.slice(end, end + 24))?.[1]
}

/**
 * A story that calls the person by the given name again and again and never
 * by the surname alone ("Dr Tulia" for Tulia Ackson in Tanzanian copy)
 * follows a usage of its own country, not a slip.
 */
function givenByConvention(value: string, person: StoryPerson): boolean {
  if (person.given === undefined) return false
  const given = new RegExp(`(?<!\\p{L})${escapeRegExp(person.given)}(?!\\p{L}| \\p{Lu})`, 'gu')
  const surname = new RegExp(`(?<!\\p{L}|${escapeRegExp(person.given)}[ -](?:\\p{Lu}\\p{L}* )*)${escapeRegExp(person.surname)}(?!\\p{L})`, 'gu')
  return [...value.matchAll(given)].length >= 2 && !surname.test(value)
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

/**
 * Whether the gazetteer has the word for a place or a body, or for a person
 * the story names in full. A surname of someone the story never names
 * ("Ishida", a minister, beside the story's Fumio Kishida) is no such name:
 * news names a person in full before it calls them by the surname alone.
 */
function knownHere(word: string, value: string, data: ReferenceData): boolean {
  const refs = data.gazetteer.lookup(word).filter((ref) => ref.type !== 'garble')
  if (refs.length === 0) return false
  if (refs.some((ref) => ref.entity.kind !== 'person')) return true
  // Written after another name word somewhere ("Nguyễn Phú Trọng" … "Trọng"), not a title ("Minister Ishida"), it is that person's however the gazetteer spells them.
  for (const match of value.matchAll(new RegExp(`(\\p{Lu}[\\p{L}\\p{M}'’-]*) ${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const before = match[1]!.toLowerCase()
    if (!data.titles.has(before) && !data.courtesyTitles.has(before.replace(/\.$/, ''))) return true
  }
  return refs.some((ref) => [ref.entity.name, ...(ref.entity.variants ?? [])].some((form) => form !== word && value.includes(form)))
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
  if (!person || knownHere(word, value, data)) return undefined
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

function within(word: string, surname: string, slips: number): boolean {
  return editDistance(word, surname, slips) <= slips
}

/**
 * Letters a second reference may be off its person's surname: one, or two
 * where the word (no dictionary's) or the surname is long ("Paetongtonn" for
 * Paetongtarn, "Kobaidze" for Kobakhidze), where two real surnames two
 * letters apart are rarer than a garble.
 */
function allowedSlips(word: string, surname: string, data: ReferenceData): number {
  return Math.max(word.length, surname.length) >= longGarble && !data.lexicon.correct(word) ? 2 : 1
}

const longGarble = 9

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
 * A common word right after a title, in a surname's place ("President
 * Moon … President Month said"), heard for the surname of one person the
 * story names: near by ear, never a title itself. Before a verb alone, a
 * capitalized common word is too often the sentence's own ("Labour said").
 */
function heardAsWord(word: string, value: string, start: number, people: readonly StoryPerson[], data: ReferenceData): StoryPerson | undefined {
  const lower = word.toLowerCase()
  if (data.titles.has(lower) || data.courtesyTitles.has(lower) || data.institutionWords.has(lower) || !afterTitle(value, start, data)) return undefined
  return onlyOne(people, (person) => nearByEar(lower, person.surname.toLowerCase()))
}

function afterTitle(value: string, start: number, data: ReferenceData): boolean {
  const before = wordBefore(value, start, true)
  return data.titles.has(before) || data.courtesyTitles.has(before)
}

const personAfter = /^(?:['’]s\s+\p{Ll}|, \d{1,3},)/u

/**
 * After a title or courtesy title, or before a verb of saying or doing;
 * never inside a longer run of capitals. A word that is no English word
 * (`unknown`) is in the slot before an auxiliary too ("Shih is expected"),
 * and before a leader's noun ("the Shipao government").
 */
function inSurnameSlot(value: string, start: number, end: number, data: ReferenceData, unknown: boolean): boolean {
  if (/^ \p{Lu}/u.test(value.slice(end, end + 2))) return false
  // "Yin’s supporters", "Yin, 64, was suspended": a capitalized possessive, or an age set off after the word, is a person's.
  if (personAfter.test(value.slice(end, end + 8))) return true
  const before = /(\p{L}+)(\.?) $/u.exec(value.slice(Math.max(0, start - 24), start))
  if (before) {
    const lower = before[1]!.toLowerCase()
    if (data.titles.has(lower) || data.courtesyTitles.has(lower)) return true
    // A capitalized word right before, with no full stop between, makes this part of a longer name.
    if (/^\p{Lu}/u.test(before[1]!) && before[2] === '' && joinsName(value, start - before[0].length, before[1]!, data)) return false
  }
  const next = nextLowercaseWord(value, end)
  return next !== undefined && (data.subjectCues.has(next) || (unknown && (data.subjectAuxiliaries.has(next) || data.leaderNouns.has(next))))
}
