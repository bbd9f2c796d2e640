#!/usr/bin/env node
// The collocations rule's curve: for each surprise threshold, how many of the
// tuning set's fluency and phrase slips a flagged pair overlaps, against
// flagged pairs per 1,000 words of clean copy (the tuning set's clean pages
// and the precision corpus), for each signal: the surprise of verbs and
// adjectives, and WordNet's object verbs (no threshold). It never reads the
// held-out set.
//   node scripts/collocations-curve.mjs [--list threshold]
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import YAML from 'yaml'
import {loadBundle} from '../dist/data/bundle.js'
import {oddPairsIn} from '../dist/plugins/collocations.js'
import {sentencesOf} from '../dist/text/tokens.js'
import {corpusReady} from './lib/corpus-ready.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const listAt = args.includes('--list') ? Number(args[args.indexOf('--list') + 1]) : undefined
const bundle = loadBundle()
const collocations = bundle.collocations
if (!collocations) throw new Error('dist/data/compiled/collocations.json is missing: run npm run build')
const parser = new ParseEnglish()
const signals = {
  'verbs and adjectives, surprise ≥': (pair, at) => pair.odd.score >= at,
  'object verbs (WordNet)': (pair) => pair.odd.wantsObject
}
const pairsOf = (text) => sentencesOf(parser.parse(text)).flatMap((entry) => oddPairsIn(entry, collocations, {subjects: bundle.subjectPronouns, determiners: bundle.determiners, timeWords: bundle.timeWords, timeOpeners: bundle.timeOpeners}))
const wordsOf = (text) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
const tune = (name) => YAML.parse(readFileSync(join(root, 'tests/fixtures/real/tune', name), 'utf8')).pages.flatMap((page) => page.sentences)

// Each slip with the pairs overlapping it.
const slips = []
for (const sentence of tune('garbled.yml')) {
  const pairs = pairsOf(sentence.text)
  for (const slip of sentence.slips ?? []) {
    if (slip.kind !== 'fluency' && slip.kind !== 'phrase') continue
    const start = sentence.text.indexOf(slip.actual)
    const end = start + slip.actual.length
    slips.push({slip, pairs: pairs.filter((pair) => pair.head.start < end && pair.preposition.end > start)})
  }
}
const clean = (texts) => {
  const pairs = []
  let words = 0
  for (const [name, text] of texts) {
    words += wordsOf(text)
    for (const pair of pairsOf(text)) pairs.push({...pair, name, actual: text.slice(pair.head.start, pair.preposition.end)})
  }
  return {pairs, words}
}
const tuneClean = clean(tune('clean.yml').map((sentence) => ['tune clean', sentence.text]))
const dir = corpusReady(root)
const precision = clean(readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
const rate = ({pairs, words}, test) => ((pairs.filter(test).length * 1000) / words).toFixed(2)

console.log(`slips: ${slips.length} (fluency and phrase, tuning set); clean words: tune ${tuneClean.words}, precision corpus ${precision.words}`)
console.log('| signal | threshold | recall (tune) | per 1,000 words, tune clean | per 1,000 words, precision corpus |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const [name, flags] of Object.entries(signals)) {
  for (const at of name.endsWith('≥') ? [1, 2, 3, 4, 5, 6, 8] : [0]) {
    const test = (pair) => flags(pair, at)
    const caught = slips.filter((entry) => entry.pairs.some(test)).length
    console.log(`| ${name.replace(/ ≥$/, '')} | ${name.endsWith('≥') ? at : '–'} | ${caught}/${slips.length} | ${rate(tuneClean, test)} | ${rate(precision, test)} |`)
  }
}
if (listAt !== undefined) {
  const flagged = (pair) => pair.odd.wantsObject || pair.odd.score >= listAt
  for (const {slip, pairs} of slips) for (const pair of pairs.filter(flagged)) console.log(`caught ${slip.kind}: ${slip.actual} [${pair.odd.head} ${pair.odd.preposition}]`)
  for (const set of [tuneClean, precision]) for (const pair of set.pairs.filter(flagged)) console.log(`clean ${pair.name}: ${pair.actual} (${pair.odd.head}, ${pair.odd.wantsObject ? 'object verb' : pair.odd.score.toFixed(1)})`)
}
