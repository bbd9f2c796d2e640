#!/usr/bin/env node
// Counts of the compiled data, for the README's figures (scripts/readme-samples.mjs):
//
//   node scripts/data-summary.mjs entities          how many gazetteer entries
//   node scripts/data-summary.mjs entities FILE     entries from dictionaries/entities/FILE
//   node scripts/data-summary.mjs phrases           phrase entries and their example sentences
//
// It reads dist/data/compiled/, so it counts what the build ships.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const compiled = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(`../dist/data/compiled/${name}.json`, import.meta.url)), 'utf8'))
const number = (n) => n.toLocaleString('en-US')
const [what, file] = process.argv.slice(2)

if (what === 'entities') {
  const {entities} = compiled('entities')
  const chosen = file ? entities.filter((entity) => entity.file.endsWith(`/${file}`) || entity.file === file) : entities
  if (file && chosen.length === 0) fail(`no entries from ${file}`)
  console.log(number(chosen.length))
} else if (what === 'phrases') {
  const {phraseRules} = compiled('phrases')
  const examples = phraseRules.reduce((sum, rule) => sum + (rule.examples?.invalid?.length ?? 0) + (rule.examples?.valid?.length ?? 0), 0)
  console.log(`${number(phraseRules.length)} entries, ${number(examples)} example sentences`)
} else {
  fail('expected `entities [FILE]` or `phrases`')
}

function fail(problem) {
  console.error(`data-summary: ${problem}`)
  process.exit(2)
}
