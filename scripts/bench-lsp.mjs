#!/usr/bin/env node
// Time from `didChange` to the diagnostics it causes, through the built
// language server over stdio, as an editor sees it: a 1,500-word story
// (scripts/lib/story.mjs), one character typed and then deleted at places
// spread over the story, sent as incremental changes. Timed with no
// debounce (the lint and the publish), then with the debounce given (what
// the editor waits). Then, in this process, the CPU time of a whole lint
// and of the language server's incremental lint (src/incremental.ts) over
// the same edits, in alternating rounds. A benchmark to report, not a test
// with a limit.
//
//   node scripts/bench-lsp.mjs [runs=20] [debounce=150] [--server PATH]
// --server times another build's dist/lsp.js (say, main's) on the same story.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {loadavg} from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'
import {benchStory, wordCount} from './lib/story.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const args = process.argv.slice(2)
const server = args.includes('--server') ? args.splice(args.indexOf('--server'), 2)[1] : fileURLToPath(new URL('../dist/lsp.js', import.meta.url))
const runs = Number(args[0] ?? 20)
const debounce = Number(args[1] ?? 150)
const text = benchStory()
const uri = pathToFileURL(`${root}scratch/bench-story.txt`).href

/**
 * The server's CPU time so far (user and system, ms), from /proc: on a
 * shared machine steadier than the wall clock. Undefined elsewhere.
 */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return undefined
  }
}

/** Where the `i`th edit types: after a word, at places spread over the story. */
function places(count) {
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index)
  return Array.from({length: count}, (_, i) => spaces[Math.floor(((i + 0.5) * spaces.length) / count)])
}

function position(offset) {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length - 1, character: before.at(-1).length}
}

/** The edited texts, in the order the session sends them. */
function edits() {
  return places(runs).flatMap((offset) => [text.slice(0, offset) + 'x' + text.slice(offset), text])
}

/** CPU per edit (ms) of a whole lint and of the incremental one, the median of five alternating rounds over all the edits. */
async function inProcess() {
  const {createProcessor} = await import('../dist/index.js')
  const {IncrementalLinter, paragraphSpans} = await import('../dist/incremental.js')
  const processor = createProcessor()
  const {resolveConfig} = await import('../dist/config/resolve.js')
  const incremental = new IncrementalLinter(createProcessor(), resolveConfig())
  const ways = {
    whole: async (value) => {
      const file = new VFile({path: 'story.txt', value})
      await processor.run(processor.parse(file), file)
    },
    incremental: (value) => incremental.lint(new VFile({path: 'story.txt', value}))
  }
  const texts = edits()
  const rounds = {whole: [], incremental: []}
  // The first round warms both up and is not counted.
  for (let round = 0; round < 6; round++) {
    for (const [name, lint] of Object.entries(ways)) {
      const before = process.cpuUsage()
      for (const value of texts) await lint(value)
      const {user, system} = process.cpuUsage(before)
      if (round > 0) rounds[name].push((user + system) / 1000 / texts.length)
    }
  }
  // A character typed where none was before, then deleted.
  const before = incremental.paragraphsLinted
  const at = text.indexOf(' ', text.length / 2)
  await ways.incremental(text.slice(0, at) + 'q' + text.slice(at))
  await ways.incremental(text)
  return {
    whole: median(rounds.whole.sort((a, b) => a - b)),
    incremental: median(rounds.incremental.sort((a, b) => a - b)),
    relinted: incremental.paragraphsLinted - before,
    paragraphs: paragraphSpans(text).length
  }
}

async function session(wait) {
  const child = spawn(process.execPath, [server, '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  let waiting
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri === uri && waiting) waiting(params)
  })
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const next = () => new Promise((resolve) => (waiting = resolve))
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, initializationOptions: {debounce: wait}})
  await connection.sendNotification('initialized', {})

  let started = performance.now()
  let published = next()
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  const opened = await published
  const open = performance.now() - started

  const times = []
  const cpuBefore = cpuOf(child.pid)
  let version = 1
  for (const offset of places(runs)) {
    const at = position(offset)
    // Type a character, then delete it: two edits at the same place.
    for (const change of [{range: {start: at, end: at}, text: 'x'}, {range: {start: at, end: {...at, character: at.character + 1}}, text: ''}]) {
      published = next()
      started = performance.now()
      await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: ++version}, contentChanges: [change]})
      await published
      times.push(performance.now() - started)
    }
  }
  const cpuAfter = cpuOf(child.pid)
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / times.length
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  return {open, diagnostics: opened.diagnostics.length, times: times.sort((a, b) => a - b), cpu}
}

const median = (times) => (times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2)
const ms = (value) => `${value.toFixed(0)} ms`

console.log(`language server: a ${wordCount(text)}-word story, ${runs} places, a character typed and deleted at each (load ${loadavg()[0].toFixed(1)})`)
for (const wait of [0, debounce]) {
  const {open, diagnostics, times, cpu} = await session(wait)
  const label = wait === 0 ? 'no debounce (lint and publish)' : `debounce ${wait} ms (what the editor waits)`
  if (wait === 0) console.log(`  open (cold: data load and first lint): ${ms(open)}, ${diagnostics} diagnostics`)
  console.log(`  didChange → diagnostics, ${label}: median ${ms(median(times))}, min ${ms(times[0])}, max ${ms(times.at(-1))} over ${times.length} edits${cpu === undefined ? '' : `; server CPU ${ms(cpu)} an edit`}`)
}
// Another build's server is timed over the protocol only.
if (!process.argv.includes('--server')) {
  const cpu = await inProcess()
  console.log(`  in process, CPU an edit (median of 5 alternating rounds): whole lint ${cpu.whole.toFixed(1)} ms, incremental ${cpu.incremental.toFixed(1)} ms (paragraphs read again by the paragraph rules for a character typed and deleted: ${cpu.relinted} of ${cpu.paragraphs})`)
}
console.log(`  node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load ${loadavg()[0].toFixed(1)}`)
