#!/usr/bin/env node
// Lints the precision corpus (scripts/corpus.mjs) with the built copydesk and
// prints warnings per 1,000 words, by rule, and the most flagged strings.
// Clean, professionally edited prose: every warning here is a false alarm.
//   npm run precision [-- --max 0.5] [--json]
import {readFileSync, readdirSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {createProcessor} from '../dist/index.js'
import {corpusReady} from './lib/corpus-ready.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dir = corpusReady(root)
const args = process.argv.slice(2)
const max = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : undefined

const processor = createProcessor()
const byRule = new Map()
const byString = new Map()
const examples = new Map()
let words = 0
let warnings = 0
let infos = 0
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const value = readFileSync(join(dir, name), 'utf8')
  words += value.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
  const file = new VFile({path: name, value})
  await processor.run(processor.parse(file), file)
  for (const message of file.messages) {
    if (message.fatal === null || message.fatal === undefined) {
      infos++
      continue
    }
    warnings++
    const rule = message.ruleId.split(':')[0]
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
    const key = `${message.ruleId} ${JSON.stringify(message.actual)}`
    byString.set(key, (byString.get(key) ?? 0) + 1)
    if (!examples.has(key)) {
      const start = message.place.start.offset
      examples.set(key, `${name}: …${value.slice(Math.max(0, start - 50), start + 50).replace(/\s+/g, ' ')}…`)
    }
  }
}
const per1000 = (count) => ((count * 1000) / words).toFixed(2)
console.log(`precision corpus: ${words} words`)
console.log(`warnings: ${warnings} (${per1000(warnings)} per 1,000 words); info: ${infos} (${per1000(infos)} per 1,000 words)`)
console.log('\nby rule (warnings per 1,000 words):')
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(16)} ${String(count).padStart(5)}  ${per1000(count)}`)
console.log('\nmost flagged:')
for (const [key, count] of [...byString].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`  ${String(count).padStart(4)}  ${key}\n        ${examples.get(key)}`)
}
if (max !== undefined && (warnings * 1000) / words > max) {
  console.error(`\nprecision gate failed: ${per1000(warnings)} > ${max} warnings per 1,000 words`)
  process.exitCode = 1
}
