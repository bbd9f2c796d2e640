#!/usr/bin/env node
// Recall by kind on the blind fixtures of tests/fixtures/recall/ (slips
// written by helpers who had not read src/): for each kind, how many slips a
// warning overlaps and how many it fixes as the editor did (its first fix
// applied gives the editor's text), and what the clean sentences raise. Reads the build (dist/).
//
//   node scripts/recall-report.mjs [NAME ...]    NAME: case, spacing, mechanics (default: all)
//   node scripts/recall-report.mjs --list NAME   also each slip missed
//   node scripts/recall-report.mjs --figure NAME one line for the README: "F of N NAME slips"
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {parse} from 'yaml'
import {createProcessor} from '../dist/index.js'
import {offsetsOf} from '../dist/message.js'

const folder = fileURLToPath(new URL('../tests/fixtures/recall/', import.meta.url))
let processor

async function warnings(text) {
  processor ??= createProcessor()
  const file = new VFile({path: 'recall.txt', value: text})
  await processor.run(processor.parse(file), file)
  return file.messages.filter((message) => message.fatal === false).map((message) => {
    const [start, end] = offsetsOf(message)
    return {rule: message.ruleId, start, end, expected: message.expected ?? []}
  })
}

/** A fixture the command cannot read: its one-line error after what the fixtures before it printed, exit 2. */
class FixtureError extends Error {
  constructor(message, printed) {
    super(message)
    this.printed = printed
  }
}

/** What the command prints for these arguments (scripts/readme-samples.mjs calls it in its own process). */
export async function report(args) {
  const list = args.includes('--list')
  const figure = args.includes('--figure')
  const names = args.filter((arg) => !arg.startsWith('--'))
  const chosen = names.length > 0 ? names : readdirSync(folder).filter((name) => name.endsWith('.yml')).map((name) => name.slice(0, -4)).sort()
  const lines = []
  for (const name of chosen) {
    let fixture
    try {
      fixture = parse(readFileSync(`${folder}${name}.yml`, 'utf8'))
    } catch (error) {
      throw new FixtureError(`recall-report: tests/fixtures/recall/${name}.yml: ${error.code === 'ENOENT' ? 'no such fixture' : error.message}`, printed(lines))
    }
    const rows = new Map()
    const missed = []
    for (const slip of fixture.cases) {
      const row = rows.get(slip.kind) ?? {slips: 0, caught: 0, fixed: 0}
      rows.set(slip.kind, row)
      row.slips++
      const start = slip.text.indexOf(slip.actual)
      const end = start + slip.actual.length
      const found = (await warnings(slip.text)).find((f) => f.start < end && start < f.end)
      if (found) row.caught++
      // Right when the first fix turns the text into the editor's, whatever the span's edges.
      const corrected = slip.text.slice(0, start) + slip.expected + slip.text.slice(end)
      const applied = found && found.expected.length > 0 ? slip.text.slice(0, found.start) + found.expected[0] + slip.text.slice(found.end) : undefined
      if (applied === corrected) row.fixed++
      else missed.push(`${found ? 'CAUGHT' : 'MISSED'} ${slip.kind}: ${JSON.stringify(slip.actual)} → ${JSON.stringify(slip.expected)}${found ? ` [${found.rule}: ${JSON.stringify(found.expected[0])}]` : ''}`)
    }
    const raised = []
    for (const text of fixture.clean ?? []) for (const found of await warnings(text)) raised.push(`${found.rule} ${JSON.stringify(text.slice(found.start, found.end))} in: ${text}`)
    if (figure) {
      const slips = fixture.cases.length
      const fixed = [...rows.values()].reduce((sum, row) => sum + row.fixed, 0)
      lines.push(`${fixed} of ${slips} ${name} slips`)
      continue
    }
    lines.push(`${name} (tests/fixtures/recall/${name}.yml)`)
    lines.push('kind                  slips  caught  right first fix')
    const total = {slips: 0, caught: 0, fixed: 0}
    for (const [kind, row] of rows) {
      lines.push(`${kind.padEnd(20)} ${String(row.slips).padStart(6)} ${String(row.caught).padStart(7)}  ${row.fixed}`)
      for (const key of Object.keys(total)) total[key] += row[key]
    }
    lines.push(`${'all'.padEnd(20)} ${String(total.slips).padStart(6)} ${String(total.caught).padStart(7)}  ${total.fixed}`)
    lines.push(`clean sentences: ${(fixture.clean ?? []).length}, warnings on them: ${raised.length}`)
    if (list) for (const line of [...missed, ...raised.map((line) => `CLEAN  ${line}`)]) lines.push(`  ${line}`)
    lines.push('')
  }
  return printed(lines)
}

const printed = (lines) => lines.map((line) => line + '\n').join('')

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.stdout.write(await report(process.argv.slice(2)))
  } catch (error) {
    if (!(error instanceof FixtureError)) throw error
    process.stdout.write(error.printed)
    console.error(error.message)
    process.exitCode = 2
  }
}
