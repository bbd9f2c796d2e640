import {editDistance} from './distance.js'
import type {ReferenceData, SecondReference} from './story-people.js'

/** A capitalized word after a title or courtesy title ("Mr. Romualdez", "Speaker Romualdez"), the title's full stop allowed. */
const titled = /(?<![\p{L}])(\p{L}+)(\.?) (\p{Lu}\p{Ll}+)(?![\p{L}-])/gu

/**
 * A surname the story writes once after a title, no word of English nor a
 * name the gazetteer knows, two letters from one it writes after titles
 * more often ("Mr. Romualdez", "Speaker Romualdez" … "Mr. Romadez"): the
 * story's own form, which no full name need have introduced. A slip of one
 * letter is the story people's check; a short word has too many neighbours.
 */
export function titledSurnameSlips(value: string, data: ReferenceData): SecondReference[] {
  const uses = new Map<string, number[]>()
  for (const match of value.matchAll(titled)) {
    const title = match[1]!.toLowerCase()
    if (!data.titles.has(title) && !data.courtesyTitles.has(title)) continue
    const word = match[3]!
    // Part of a longer name ("Mr. Romualdez Jr." is fine; "President Samia Suluhu" is a full name, not a surname).
    if (/^ \p{Lu}/u.test(value.slice(match.index + match[0].length, match.index + match[0].length + 2))) continue
    const start = match.index + match[0].length - word.length
    const list = uses.get(word)
    if (list) list.push(start)
    else uses.set(word, [start])
  }
  const found: SecondReference[] = []
  for (const [word, starts] of uses) {
    if (starts.length !== 1 || word.length < minLength || data.lexicon.hasLowercase(word.toLowerCase()) || data.lexicon.correct(word) || data.gazetteer.lookup(word).length > 0) continue
    const forms = [...uses].filter(([other, at]) => other !== word && at.length >= 2 && other[0] === word[0] && editDistance(word, other, 2) === 2).map(([other]) => other)
    if (forms.length !== 1) continue
    const form = forms[0]!
    found.push({start: starts[0]!, end: starts[0]! + word.length, expected: form, reason: `Unexpected \`${word}\`: this story calls the person \`${form}\` after a title elsewhere`})
  }
  return found
}

/** Letters a surname needs before two slips in it are likelier than another person's name. */
const minLength = 6
