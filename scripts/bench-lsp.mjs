#!/usr/bin/env node
// Median time from `didChange` to the diagnostics it causes, for the seed
// article, through the built language server over stdio, as an editor sees
// it (debounce included). A benchmark to report, not a test with a limit.
//
//   node scripts/bench-lsp.mjs [runs=20] [debounce=150]
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const runs = Number(process.argv[2] ?? 20)
const debounce = Number(process.argv[3] ?? 150)
const seedPath = fileURLToPath(new URL('../tests/fixtures/seed-article.txt', import.meta.url))
const text = readFileSync(seedPath, 'utf8')
const uri = pathToFileURL(seedPath).href

const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/lsp.js', import.meta.url)), '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
let waiting
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (params.uri === uri && waiting) waiting(params)
})
connection.onNotification('window/logMessage', () => {})
connection.listen()
const next = () => new Promise((resolve) => (waiting = resolve))

await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, initializationOptions: {debounce}})
await connection.sendNotification('initialized', {})

let started = performance.now()
let published = next()
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
const opened = await published
console.log(`open (cold: data load and first lint): ${(performance.now() - started).toFixed(0)} ms, ${opened.diagnostics.length} diagnostics`)

// Alternate between two versions of the text, as typing a character and deleting it would.
const times = []
for (let version = 2; version < runs + 2; version++) {
  const edited = version % 2 === 0 ? text.replace('thes challenges', 'these challenges') : text
  published = next()
  started = performance.now()
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: edited}]})
  await published
  times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2
console.log(`didChange → diagnostics over ${runs} runs (debounce ${debounce} ms): median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`)
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`)

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
