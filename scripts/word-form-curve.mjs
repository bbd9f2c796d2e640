#!/usr/bin/env node
// The usage rule's word-form check, as a curve: for each surprise threshold,
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
import {VFile} from 'vfile'
import YAML from 'yaml'
import {loadBundle} from '../dist/data/bundle.js'
import {reportWordForms} from '../dist/plugins/word-form.js'
import {sentencesOf} from '../dist/text/tokens.js'
import {corpusReady} from './lib/corpus-ready.mjs'
import {countUsage} from './lib/usage.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const listAt = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined
const thresholds = [0, 1, 2, 3, 4, 6, 8, 12, 20, 'term']
const everyPair = new Map(Object.entries(countUsage(() => false, {minSurprise: 0}).wordForms))
const parser = new ParseEnglish()
const bundle = loadBundle()
const context = {usage: {wordForms: everyPair}, collocations: bundle.collocations, functionWords: bundle.functionWords, determiners: bundle.determiners}

/** Every pair the check flags in a text, with its surprise. */
function flagged(text) {
  const file = new VFile({value: text})
  for (const entry of sentencesOf(parser.parse(text))) reportWordForms(file, entry, context)
  return file.messages.map((message) => ({
    start: message.place.start.offset,
    end: message.place.end.offset,
    actual: String(message.actual),
    surprise: everyPair.get(String(message.actual).toLowerCase())[2],
    term: everyPair.get(String(message.actual).toLowerCase())[3] === 1
  }))
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
