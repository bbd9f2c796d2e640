#!/usr/bin/env node
// Proves a refactor changed no finding: saves the built CLI's JSON output on
// the seed article, every CLI fixture and the first files of the precision
// corpus, then compares a later build's output with what was saved.
//   node scripts/same-output.mjs save DIR
//   node scripts/same-output.mjs check DIR [--ignore url] [--corpus N]
// `--ignore url` leaves the message links out of the comparison, for changes
// that move the docs on purpose. Run `npm run build` first: it lints with dist/.
import {corpusReady} from './lib/corpus-ready.mjs'
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [command, dir, ...rest] = process.argv.slice(2)
const option = (name, fallback) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : fallback)
const ignored = new Set(rest.flatMap((arg, index) => (rest[index - 1] === '--ignore' ? arg.split(',') : [])))
const corpusSize = Number(option('--corpus', '60'))

if (!['save', 'check'].includes(command) || !dir) {
  console.error('usage: node scripts/same-output.mjs save|check DIR [--ignore url] [--corpus N]')
  process.exit(2)
}

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)))
}

function corpusFiles() {
  const corpus = corpusReady(root)
  return readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, corpusSize)
    .map((name) => join(corpus, name))
}

/** Each input set is one CLI run, so a set of 60 files costs one start-up. */
const sets = {
  seed: [join(root, 'tests/fixtures/seed-article.txt')],
  cli: filesUnder(join(root, 'tests/fixtures/cli')),
  corpus: corpusFiles()
}

function lint(files) {
  const args = [join(root, 'dist/cli.js'), '--no-config', '--reporter', 'json', ...files.map((file) => relative(root, file))]
  let stdout
  try {
    stdout = execFileSync('node', args, {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28})
  } catch (error) {
    // Exit code 1 means findings, which is what we are here to record.
    if (error.status !== 1) throw error
    stdout = error.stdout
  }
  return JSON.parse(stdout).map((file) => ({path: file.path, messages: file.messages}))
}

const strip = (message) => Object.fromEntries(Object.entries(message).filter(([key]) => !ignored.has(key)))

let differences = 0
for (const [name, files] of Object.entries(sets)) {
  const now = lint(files)
  const saved = join(dir, name + '.json')
  if (command === 'save') {
    mkdirSync(dir, {recursive: true})
    writeFileSync(saved, JSON.stringify(now, null, 2) + '\n')
    console.log(`${name}: ${now.length} files, ${now.reduce((sum, file) => sum + file.messages.length, 0)} messages saved`)
    continue
  }
  const before = new Map(JSON.parse(readFileSync(saved, 'utf8')).map((file) => [file.path, file.messages]))
  let count = 0
  for (const file of now) {
    const old = before.get(file.path)
    if (!old) {
      console.log(`${name}: ${file.path} is new`)
      differences++
      continue
    }
    before.delete(file.path)
    const length = Math.max(old.length, file.messages.length)
    for (let index = 0; index < length; index++) {
      const a = JSON.stringify(old[index] && strip(old[index]))
      const b = JSON.stringify(file.messages[index] && strip(file.messages[index]))
      if (a === b) continue
      differences++
      if (differences <= 20) console.log(`${file.path} message ${index}:\n  before ${a}\n  now    ${b}`)
    }
    count += file.messages.length
  }
  for (const path of before.keys()) {
    console.log(`${name}: ${path} is gone`)
    differences++
  }
  console.log(`${name}: ${now.length} files, ${count} messages compared`)
}
if (command === 'check') {
  console.log(differences ? `${differences} differences` : 'same output')
  process.exitCode = differences ? 1 : 0
}
