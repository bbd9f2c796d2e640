import {runOnWord} from './run-on.js'
import {editDistance} from './distance.js'
import {longerName, lookAlike, onlyOne, type ReferenceData, type SecondReference, type StoryPerson} from './story-people.js'

// Second references that keep a part of the person's full name and slip in
// the rest: initials before a surname, a given name before a look-alike.

/** Initials, then a capitalized word: "TJ Adewale", "T.J. Adewale". */
const initialed = /(?=\p{Lu})(?<![\p{L}.])((?:\p{Lu}\.?){1,3}) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu

/**
 * A story person's surname slipped after initials that stand for their given
 * name ("Tajudeen Abbas" … "TJ Abass"): the initials say who is meant, so a
 * surname a letter off, or with its doubled letter moved, is theirs.
 */
export function afterInitials(value: string, people: readonly StoryPerson[], data: ReferenceData): SecondReference[] {
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
 * A full name that keeps the given name of a person the story names and
 * garbles the surname into a look-alike ("Shigeru Ishiba" … "Shigeru
 * Ishiguro"): that person, as the story first wrote them. Not a person the
 * gazetteer knows, nor a surname another person of the story bears.
 */
export function givenNameKept(value: string, people: readonly StoryPerson[], data: ReferenceData): SecondReference[] {
  const found: SecondReference[] = []
  const surnames = new Set(people.map((person) => person.surname))
  for (const match of value.matchAll(twoWordNames)) {
    const [given, surname] = [match[1]!, match[2]!]
    if (surnames.has(surname) || data.lexicon.hasLowercase(surname.toLowerCase()) || longerName(value, match.index, data)) continue
    const person = onlyOne(people, (candidate) => candidate.given === given && candidate.given.length >= 4 && lookAlike(surname, candidate.surname) && !runOnWord(data.lexicon, surname, candidate.surname))
    if (!person || data.gazetteer.lookup(`${given} ${surname}`).some((ref) => ref.type !== 'garble')) continue
    const start = match.index
    found.push({start, end: start + match[0].length, expected: person.full, reason: `Unexpected \`${match[0]}\`: this story names ${person.full}`})
  }
  return found
}

/** Two capitalized words, not before a third. */
const twoWordNames = /(?=\p{Lu})(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/gu
