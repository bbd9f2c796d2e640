#!/usr/bin/env node
// The word-class rule's modifier-form check, as a curve: for each surprise threshold,
// how many of the tuning set's phrase and fluency slips a flagged pair
// overlaps and how many pairs it flags elsewhere on those pages, against
// pairs flagged per 1,000 words of clean copy (the tuning set's clean pages
// and the precision corpus); and the same for the pairs listed because
// WordNet has the other form as a term. The table is counted afresh with no
// threshold.
// It never reads the held-out set.
//   node scripts/word-form-curve.mjs [--list threshold|term]
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import YAML from 'yaml'
import {readCompiledFile} from '../dist/data/compiled.js'
import {WordClasses} from '../dist/data/word-classes.js'
import {modifierForm} from '../dist/plugins/word-class/checks.js'
import {sentencesOf} from '../dist/text/tokens.js'
import {corpus} from './lib/collocations.mjs'
import {corpusReady} from './lib/corpus-ready.mjs'
import {countWordForms} from './lib/word-forms.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const listAt = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined
const thresholds = [0, 1, 2, 3, 4, 6, 8, 12, 20, 'term']
const compiled = readCompiledFile('word-classes.json')
if (!compiled) throw new Error('dist/data/compiled/word-classes.json is missing: run npm run build')
const everyPair = countWordForms(corpus().sentences, corpus().lexicon, {minSurprise: 0})
const table = new WordClasses({...JSON.parse(compiled.toString('utf8')), modifierForms: everyPair})
const parser = new ParseEnglish()

/** Every pair the check flags in a text, with its surprise and whether WordNet has the other form as a term. */
function flagged(text) {
  const pairs = []
  for (const entry of sentencesOf(parser.parse(text))) {
    for (const index of entry.words) {
      const found = modifierForm(entry, entry.tokens[index], table, {})
      if (!found) continue
      const [, , surprise, term] = everyPair[text.slice(found.start, found.end).toLowerCase()]
      pairs.push({start: found.start, end: found.end, actual: text.slice(found.start, found.end), surprise, term: term === 1})
    }
  }
  return pairs
}

const words = (text) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
const tune = (name) => YAML.parse(readFileSync(join(root, 'tests/fixtures/real/tune', name), 'utf8')).pages.flatMap((page) => page.sentences)

const slips = []
const unmarked = []
for (const sentence of tune('garbled.yml')) {
  const pairs = flagged(sentence.text)
  const marked = (sentence.slips ?? []).map((slip) => ({slip, start: sentence.text.indexOf(slip.actual), end: sentence.text.indexOf(slip.actual) + slip.actual.length}))
  for (const entry of marked) if (entry.slip.kind === 'phrase' || entry.slip.kind === 'fluency') slips.push({...entry, pairs: pairs.filter((pair) => pair.start < entry.end && entry.start < pair.end)})
  unmarked.push(...pairs.filter((pair) => !marked.some((entry) => pair.start < entry.end && entry.start < pair.end)))
}
const clean = (texts) => ({pairs: texts.flatMap(([name, text]) => flagged(text).map((pair) => ({...pair, name}))), words: texts.reduce((sum, [, text]) => sum + words(text), 0)})
const tuneClean = clean(tune('clean.yml').map((sentence) => ['tune clean', sentence.text]))
const dir = corpusReady(root)
const precision = clean(readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
// A threshold of a number reads the corpora's pairs; 'term' reads WordNet's terms, which have none.
const over = (pairs, at) => pairs.filter((pair) => (at === 'term' ? pair.term : !pair.term && pair.surprise >= at))
const rate = (set, at) => `${over(set.pairs, at).length} (${((over(set.pairs, at).length * 1000) / set.words).toFixed(2)})`

console.log(`slips: ${slips.length} (phrase and fluency, tuning set); clean words: tune ${tuneClean.words}, precision corpus ${precision.words}`)
console.log('| surprise ≥ | slips overlapped (tune) | other pairs on the tune garbled pages | tune clean pages (per 1,000 words) | precision corpus (per 1,000 words) |')
console.log('| ---: | ---: | ---: | ---: | ---: |')
for (const at of thresholds) {
  const caught = slips.filter((entry) => over(entry.pairs, at).length > 0).length
  console.log(`| ${at} | ${caught}/${slips.length} | ${over(unmarked, at).length} | ${rate(tuneClean, at)} | ${rate(precision, at)} |`)
}
if (listAt !== undefined) {
  const at = listAt === 'term' ? listAt : Number(listAt)
  for (const entry of slips) for (const pair of over(entry.pairs, at)) console.log(`caught ${entry.slip.kind}: ${entry.slip.actual} [${pair.actual}, ${pair.surprise}]`)
  for (const pair of over(unmarked, at)) console.log(`garbled, unmarked: ${pair.actual} (${pair.surprise})`)
  for (const set of [tuneClean, precision]) for (const pair of over(set.pairs, at)) console.log(`clean ${pair.name}: ${pair.actual} (${pair.surprise})`)
}
