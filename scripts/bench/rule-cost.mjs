#!/usr/bin/env node
// What linting costs once copydesk is loaded: lints a short text first (data
// loads, the rules attach), then times the files of a folder and prints one
// line of JSON ({seconds, cpu, megabytes}). `--rules none` turns every rule
// off, `--rules spelling,case` leaves those on, `--rules all` (default) is
// copydesk as it ships; `--parse-only` times parse-english alone through the
// same loop, the floor under any rule. `--warm` lints every file once before
// the timing (what the rules cost once their data and the JIT are warm),
// `--passes N` times N passes over the folder.
//   node scripts/bench/rule-cost.mjs [--rules all|none|id,...] [--parse-only] [--warm] [--passes N] folder
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {createProcessor, ruleIds} from '../../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const at = args.indexOf('--rules')
const rules = at === -1 ? 'all' : args[at + 1]
const passesAt = args.indexOf('--passes')
const passes = passesAt === -1 ? 1 : Number(args[passesAt + 1])
const folder = args.find((arg, index) => !arg.startsWith('--') && (at === -1 || index !== at + 1) && (passesAt === -1 || index !== passesAt + 1))
const wanted = rules === 'all' ? ruleIds : rules === 'none' ? [] : rules.split(',')
const unknown = wanted.filter((id) => !ruleIds.includes(id))
if (folder === undefined || !existsSync(folder) || !statSync(folder).isDirectory() || unknown.length > 0 || !(Number.isInteger(passes) && passes > 0)) {
  console.error(`usage: rule-cost.mjs [--rules all|none|${ruleIds.join('|')},...] [--parse-only] [--warm] [--passes N] folder (of .txt files)`)
  process.exit(2)
}

const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(folder, name), 'utf8'))
const processor = createProcessor({rules: Object.fromEntries(ruleIds.filter((id) => !wanted.includes(id)).map((id) => [id, 'off']))})
const lint = args.includes('--parse-only')
  ? async (value) => void new ParseEnglish().parse(value)
  : async (value, path = 'bench.txt') => {
      const file = new VFile({path, value})
      await processor.run(processor.parse(file), file)
    }
await lint(readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8'))
if (args.includes('--warm')) for (const text of texts) await lint(text)

const start = performance.now()
const cpu = process.cpuUsage()
for (let pass = 0; pass < passes; pass++) for (const text of texts) await lint(text)
const used = process.cpuUsage(cpu)
console.log(JSON.stringify({
  seconds: (performance.now() - start) / 1000,
  cpu: (used.user + used.system) / 1e6,
  megabytes: (passes * texts.reduce((sum, text) => sum + text.length, 0)) / 1e6
}))
