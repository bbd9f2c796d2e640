import type {NameToken} from '../../names/spans.js'
import {isAllCaps, withoutAccents} from '../../text/normalize.js'
import type {NamesContext} from './context.js'

/** A word no dictionary, list of given names or gazetteer knows: the sign of a garbled name. */
export function isUnknownWord(context: NamesContext, name: NameToken): boolean {
  if (name.connector) return false
  let unknown = context.unknownWords.get(name.text)
  if (unknown === undefined) {
    const {lexicon, gazetteer} = context
    unknown =
      !lexicon.has(name.text) &&
      !context.termWords.has(name.text) &&
      // "Gardaí", "Captagon": a word the lists write in lowercase is that word capitalized.
      !context.termWords.has(name.text.toLowerCase()) &&
      !isFirstName(context, name.text) &&
      !isAllCaps(name.text) &&
      !name.text.split('-').every((part) => lexicon.has(part)) &&
      gazetteer.lookup(name.text).length === 0
    context.unknownWords.set(name.text, unknown)
  }
  return unknown
}

/**
 * A span of known words whose first word is not the first of any person's
 * name of two words or more, nor its last word the last of one, cannot be
 * anchored to a person's name: not worth a fuzzy lookup whatever it would find.
 */
export function mayAnchorPerson(context: NamesContext, span: readonly NameToken[]): boolean {
  return context.gazetteer.personEdge('first', span[0]!.text.toLowerCase()) || context.gazetteer.personEdge('last', span.at(-1)!.text.toLowerCase())
}

/** Whether some known person's name opens or ends with the word ("Zaw" of Zaw Min Tun): a word of names of its own. */
export function edgesKnownName(context: NamesContext, word: string): boolean {
  const lower = word.toLowerCase()
  return context.gazetteer.personEdge('first', lower) || context.gazetteer.personEdge('last', lower)
}

/** Whether some known person's name opens with the word ("Mohammad" of Mohammad Javad Zarif): a given name as people write it. */
export function opensKnownName(context: NamesContext, word: string): boolean {
  return context.gazetteer.personEdge('first', word.toLowerCase())
}

/** A capitalized word that is a name, not a title or a common word capitalized at a sentence start. */
export function isOtherNameWord(context: NamesContext, word: string): boolean {
  return !context.titles.has(word.toLowerCase()) && !context.lexicon.hasLowercase(word)
}

/** Does the word at `start` follow a courtesy title ("Mr.", "Miss") or a given name ("Frank")? */
export function afterPersonCue(context: NamesContext, start: number, value: string): boolean {
  const before = /(\p{L}+)\.? +$/u.exec(value.slice(Math.max(0, start - 16), start))
  if (!before) return false
  const word = before[1]!
  // "Emmanuel Joel J. Villanueva": a middle initial after a capitalized name word.
  if (/(?<![\p{L}])\p{Lu}\p{Ll}+ \p{Lu}\. +$/u.test(value.slice(Math.max(0, start - 30), start))) return true
  return context.courtesyTitles.has(word.toLowerCase()) || isFirstName(context, word)
}

/**
 * A common given name, its accents aside: the list is English, and "José",
 * "Andrés" or "Zoë" are its Jose, Andres and Zoe.
 */
export function isFirstName(context: Pick<NamesContext, 'firstNames'>, word: string): boolean {
  if (context.firstNames.has(word)) return true
  const plain = withoutAccents(word)
  return plain !== word && context.firstNames.has(plain)
}
