/**
 * "the western region of Pskov", "the province of Chubut": a noun of a kind
 * of place (dictionaries/place-kind-nouns.txt) and "of" right before
 * `start`, after which a word names the place, whatever person it is near.
 */
export function afterPlaceNoun(value: string, start: number, placeNouns: ReadonlySet<string>): boolean {
  const word = /(\p{Ll}+) of $/u.exec(value.slice(Math.max(0, start - 30), start))?.[1]
  return word !== undefined && placeNouns.has(word)
}

/** Whether a lowercase noun of a kind of place follows the word ending at `end` ("Ghazni province", "Kiambu county"): the word names the place. */
export function beforePlaceNoun(value: string, end: number, placeNouns: ReadonlySet<string>): boolean {
  const word = /^ (\p{Ll}[\p{Ll}-]*)/u.exec(value.slice(end, end + 24))?.[1]
  return word !== undefined && placeNouns.has(word)
}
