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
import {readPartsFile} from '../dist/data/parts-file.js'

const compiled = (name) => readPartsFile(readFileSync(fileURLToPath(new URL(`../dist/data/compiled/${name}.json`, import.meta.url)))).value
const number = (n) => n.toLocaleString('en-US')

/** Arguments the command cannot count: its one-line error, exit 2. */
class UsageError extends Error {}

/** What the command prints for these arguments (scripts/readme-samples.mjs calls it in its own process). */
export function report([what, file]) {
  if (what === 'entities') {
    const {entities} = compiled('entities')
    const chosen = file ? entities.filter((entity) => entity.file.endsWith(`/${file}`) || entity.file === file) : entities
    if (file && chosen.length === 0) throw new UsageError(`no entries from ${file}`)
    return `${number(chosen.length)}\n`
  }
  if (what === 'phrases') {
    const {phraseRules} = compiled('phrases')
    const examples = phraseRules.reduce((sum, rule) => sum + (rule.examples?.invalid?.length ?? 0) + (rule.examples?.valid?.length ?? 0), 0)
    return `${number(phraseRules.length)} entries, ${number(examples)} example sentences\n`
  }
  throw new UsageError('expected `entities [FILE]` or `phrases`')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.stdout.write(report(process.argv.slice(2)))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`data-summary: ${error.message}`)
    process.exitCode = 2
  }
}
