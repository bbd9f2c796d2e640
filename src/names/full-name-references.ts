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

/**
 * A full name that keeps the surname of a person the story names and slips
 * a letter in the given name ("Jeanine Anez" … "Janine Anez", a caption
 * that spelled the name as heard): that person, as the story wrote them.
 * The given name keeps its first letter; no one else in the story bears it,
 * and the gazetteer knows no such person.
 */
export function surnameKept(value: string, people: readonly StoryPerson[], data: ReferenceData): SecondReference[] {
  const found: SecondReference[] = []
  const given = new Set(people.map((person) => person.given))
  for (const match of value.matchAll(twoWordNames)) {
    const [first, surname] = [match[1]!, match[2]!]
    if (given.has(first) || first.length < 4 || longerName(value, match.index, data)) continue
    const person = onlyOne(people, (candidate) => {
      const [own, last] = ownWords(candidate)
      return last === surname && own !== undefined && own[0] === first[0] && own.length >= 4 && editDistance(first.toLowerCase(), own.toLowerCase(), 1) === 1 && !otherSex(first, own)
    })
    if (!person || data.gazetteer.lookup(match[0]).some((ref) => ref.type !== 'garble')) continue
    // A look-alike the story writes again and again is weighed against the person's own form by the name-forms check.
    if (value.split(match[0]).length > 2) continue
    const start = match.index
    const written = ownWords(person).join(' ')
    found.push({start, end: start + first.length, expected: ownWords(person)[0]!, reason: `Unexpected \`${first}\`: this story names ${written}`, yields: true})
  }
  return found
}

/** The other sex's form of a given name: "Maria" for Mario, "Daniela" for Daniel, "Louise" for Louis (a relative, not a slip). */
function otherSex(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long === `${short}a` || long === `${short}e`) return true
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /[aeo]$/u.test(a) && /[aeo]$/u.test(b)
}

/** The person's given name and surname as the story writes them, when the name is two words. */
function ownWords(person: StoryPerson): [string | undefined, string | undefined] {
  const words = (person.written ?? person.full).split(' ')
  return words.length === 2 ? [words[0], words[1]] : [undefined, undefined]
}

/** Two capitalized words, not before a third. */
const twoWordNames = /(?=\p{Lu})(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/gu
