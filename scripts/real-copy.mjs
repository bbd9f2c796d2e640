#!/usr/bin/env node
// Scores the built copydesk on the real-copy fixtures (tests/fixtures/real/):
// for the garbled pages, the slips an editor marked that copydesk flags at
// warning level, and those whose first fix is the editor's; for the clean
// pages, warnings per 1,000 words that lie on no marked slip (false alarms).
// Each page is linted as one document, its sentences a paragraph each, so
// rules that read the whole story see the story.
//   node scripts/real-copy.mjs [--set held-out|tune|all] [--json] [--list]
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {parse} from 'yaml'
import {createProcessor} from '../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const set = option('--set', 'held-out')
const sets = set === 'all' ? ['tune', 'held-out'] : [set]

/** The pages of one set and kind of copy. */
function pages(which, kind) {
  return parse(readFileSync(join(root, 'tests/fixtures/real', which, `${kind}.yml`), 'utf8')).pages
}

const level = (message) => (message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info')

/** Lints one page and places its marked slips in the document's offsets. */
async function lintPage(processor, page) {
  let value = ''
  const slips = []
  for (const sentence of page.sentences) {
    const at = value.length
    for (const slip of sentence.slips ?? []) {
      const start = at + sentence.text.indexOf(slip.actual)
      slips.push({...slip, start, end: start + slip.actual.length})
    }
    value += sentence.text + '\n\n'
  }
  const file = new VFile({path: 'page.txt', value})
  await processor.run(processor.parse(file), file)
  const messages = file.messages.map((message) => ({
    rule: message.ruleId,
    level: level(message),
    actual: String(message.actual),
    expected: message.expected ?? [],
    start: message.place.start.offset,
    end: message.place.end.offset
  }))
  const words = value.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
  return {value, slips, messages, words}
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end

const processor = createProcessor()
const byKind = new Map()
const listing = []
let falseWarnings = 0
let falseInfo = 0
let cleanWords = 0
let garbledQuiet = 0
let garbledQuietWords = 0
for (const which of sets) {
  for (const page of pages(which, 'garbled')) {
    const {slips, messages, value} = await lintPage(processor, page)
    for (const slip of slips) {
      const hits = messages.filter((message) => message.level !== 'info' && overlaps(message, slip))
      const right = slip.expected !== null && hits.some((message) => message.expected[0] === slip.expected)
      const entry = byKind.get(slip.kind) ?? {slips: 0, caught: 0, right: 0, fixable: 0}
      entry.slips++
      if (hits.length > 0) entry.caught++
      if (slip.expected !== null) entry.fixable++
      if (right) entry.right++
      byKind.set(slip.kind, entry)
      listing.push(`${hits.length ? (right ? 'RIGHT ' : 'CAUGHT') : 'MISSED'} ${slip.kind.padEnd(11)} ${JSON.stringify(slip.actual)} → ${JSON.stringify(slip.expected)}${hits.length ? `  [${hits.map((h) => `${h.rule}: ${JSON.stringify(h.expected.slice(0, 2))}`).join('; ')}]` : ''}`)
    }
    // Warnings on the stretches of a garbled page that nobody marked.
    for (const message of messages) {
      if (message.level === 'info' || slips.some((slip) => overlaps(message, slip))) continue
      garbledQuiet++
      listing.push(`UNMARKED (garbled page) ${message.rule} ${JSON.stringify(message.actual)} → ${JSON.stringify(message.expected.slice(0, 2))}: …${value.slice(Math.max(0, message.start - 40), message.end + 40).replace(/\s+/g, ' ')}…`)
    }
    garbledQuietWords += value.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
  }
  for (const page of pages(which, 'clean')) {
    const {slips, messages, words, value} = await lintPage(processor, page)
    cleanWords += words
    for (const message of messages) {
      if (slips.some((slip) => overlaps(message, slip))) continue
      if (message.level === 'info') {
        falseInfo++
        continue
      }
      falseWarnings++
      listing.push(`FALSE (clean page) ${message.rule} ${JSON.stringify(message.actual)} → ${JSON.stringify(message.expected.slice(0, 2))}: …${value.slice(Math.max(0, message.start - 40), message.end + 40).replace(/\s+/g, ' ')}… ${page.url}`)
    }
  }
}

const total = {slips: 0, caught: 0, right: 0, fixable: 0}
for (const entry of byKind.values()) for (const key of Object.keys(total)) total[key] += entry[key]
const per1000 = (count, words) => Number(((count * 1000) / words).toFixed(2))
const result = {
  set,
  kinds: Object.fromEntries([...byKind].sort((a, b) => b[1].slips - a[1].slips)),
  total,
  clean: {words: cleanWords, falseWarnings, perThousand: per1000(falseWarnings, cleanWords), info: falseInfo, infoPerThousand: per1000(falseInfo, cleanWords)},
  garbledUnmarkedWarnings: garbledQuiet
}
if (args.includes('--json')) console.log(JSON.stringify(result, null, 2))
else {
  console.log(`real copy, ${set} set`)
  console.log('kind          slips  caught (warning)  right first fix (of fixable)')
  for (const [kind, entry] of [...Object.entries(result.kinds), ['all', total]]) {
    console.log(`${kind.padEnd(13)} ${String(entry.slips).padStart(5)}  ${String(entry.caught).padStart(6)} ${`(${Math.round((100 * entry.caught) / entry.slips)}%)`.padStart(6)}  ${String(entry.right).padStart(6)} of ${entry.fixable}`)
  }
  console.log(`clean pages: ${cleanWords} words, ${falseWarnings} false warnings (${result.clean.perThousand} per 1,000 words), ${falseInfo} info (${result.clean.infoPerThousand} per 1,000)`)
  console.log(`garbled pages: ${garbledQuiet} warnings on unmarked text (${garbledQuietWords} words)`)
  if (args.includes('--list')) console.log('\n' + listing.join('\n'))
}
