#!/usr/bin/env node
// Scores copydesk on the seed article against the editor's list of its
// slips (tests/fixtures/seed-article.gold.json), through the build in dist/:
//
//   node scripts/seed-score.mjs [report.json] [--verbose]
//
// Without a report it lints the article itself (`copydesk --reporter json`).
// A slip is caught when a warning or error overlaps it, and rightly fixed
// when the editor's fix is among that message's suggestions. A message that
// overlaps no slip of the list (required or optional) is extra. --verbose
// also lists what was missed and what was extra.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {run} from '../dist/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const article = 'tests/fixtures/seed-article.txt'

/** The score of a copydesk JSON report's messages against the list. */
export function seedScore(messages, gold) {
  const isWarning = (message) => message.fatal === true || message.fatal === false
  const overlaps = (message, slip) => message.place.start.offset < slip.end && Math.max(message.place.end.offset, message.place.start.offset + 1) > slip.start
  const required = gold.filter((slip) => slip.level === 'required')
  const caught = required.filter((slip) => messages.some((message) => isWarning(message) && overlaps(message, slip)))
  const fixed = required.filter((slip) => messages.some((message) => isWarning(message) && overlaps(message, slip) && (message.expected ?? []).includes(slip.expected)))
  const extra = messages.filter((message) => !gold.some((slip) => overlaps(message, slip)))
  return {
    line: `required caught ${caught.length}/${required.length}, right fix ${fixed.length}/${required.length}, extra warnings ${extra.filter(isWarning).length}, extra info ${extra.filter((message) => !isWarning(message)).length}`,
    missed: required.filter((slip) => !caught.includes(slip)),
    extra
  }
}

/** What the command prints for these arguments (scripts/readme-samples.mjs calls it in its own process). */
export async function report(args) {
  const verbose = args.includes('--verbose')
  const reportPath = args.find((arg) => arg !== '--verbose')
  const json = reportPath ? readFileSync(reportPath, 'utf8') : (await run({files: [article], reporter: 'json', cwd: root})).stdout
  const messages = JSON.parse(json).flatMap((file) => file.messages)
  const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/seed-article.gold.json'), 'utf8'))
  const score = seedScore(messages, gold)
  const lines = []
  if (verbose) {
    for (const slip of score.missed) lines.push(`missed ${slip.line}:${slip.column} ${slip.category} ${JSON.stringify(slip.actual)}`)
    for (const message of score.extra) lines.push(`extra ${message.line}:${message.column} ${message.ruleId} ${JSON.stringify(message.actual)}`)
  }
  lines.push(score.line)
  return lines.map((line) => line + '\n').join('')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(await report(process.argv.slice(2)))
