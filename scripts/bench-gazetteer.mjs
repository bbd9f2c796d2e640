#!/usr/bin/env node
// Lint time with a gazetteer ten times larger (synthetic entries) against
// today's, in one process, alternating runs; the index must keep the cost flat.
//   node scripts/bench-gazetteer.mjs [--runs 5]
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {stringify} from 'yaml'
import {createProcessor} from '../dist/index.js'
import {loadBundle} from '../dist/data/bundle.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5
const out = join(root, '.cache/bench')
mkdirSync(out, {recursive: true})

// Synthetic people and bodies: pronounceable names built from syllables, so
// they land in the same sound and deletion buckets real names do. Each index
// spells a different name (its digits in base 24, a syllable a digit).
const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vel', 'dor', 'an', 'bri', 'che', 'gu', 'ho', 'jun', 'nak', 'pe', 'ri', 'sun', 'ta', 'yo', 'zel', 'mar', 'lin', 'os']
const word = (n) => {
  const parts = []
  do {
    parts.push(syllables[n % syllables.length])
    n = Math.floor(n / syllables.length)
  } while (n > 0)
  if (parts.length < 2) parts.push('ra')
  const w = parts.join('')
  return w[0].toUpperCase() + w.slice(1)
}
const base = loadBundle().entities.length
const entries = []
for (let i = 0; entries.length < base * 9; i++) {
  const name = i % 3 === 0 ? `${word(i * 7 + 3)} ${word(i)} Council` : `${word(i * 13 + 5)} ${word(i + 1000)}`
  entries.push({name, kind: i % 3 === 0 ? 'org' : 'person'})
}
const synthetic = join(out, 'synthetic-entities.yml')
writeFileSync(synthetic, stringify({source: 'synthetic, for the benchmark', entries}))

const text = readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8') + '\n' + readFileSync(join(root, '.cache/corpus/brown-ca01.txt'), 'utf8')
const today = createProcessor()
const larger = createProcessor({data: {entities: [synthetic]}})
async function lint(processor) {
  const file = new VFile({path: 'bench.txt', value: text})
  const start = performance.now()
  await processor.run(processor.parse(file), file)
  return performance.now() - start
}
await lint(today)
await lint(larger)
const times = {today: [], larger: []}
for (let i = 0; i < runs; i++) {
  times.today.push(await lint(today))
  times.larger.push(await lint(larger))
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
console.log(`gazetteer: ${base} entries today, ${base + entries.length} with synthetic ones (${((base + entries.length) / base).toFixed(1)}×)`)
console.log(`lint time, median of ${runs}: today ${median(times.today).toFixed(0)} ms, larger ${median(times.larger).toFixed(0)} ms, ratio ${(median(times.larger) / median(times.today)).toFixed(2)}`)
