#!/usr/bin/env node
// parse-english alone, no rule: the floor under any retext linter's speed.
// Shares the files of a folder among N worker threads (file i to thread i mod N).
//   node scripts/bench/parse-only.mjs [--threads N] folder
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {isMainThread, workerData} from 'node:worker_threads'
import {shareAmongThreads} from './threads.mjs'
import {ParseEnglish} from 'parse-english'

if (!isMainThread) {
  for (const path of workerData.files) new ParseEnglish().parse(readFileSync(path, 'utf8'))
} else {
  const args = process.argv.slice(2)
  const at = args.indexOf('--threads')
  const threads = at === -1 ? 1 : Number(args[at + 1])
  const folder = args.find((arg, index) => !arg.startsWith('--') && (at === -1 || index !== at + 1))
  if (!Number.isInteger(threads) || threads < 1 || folder === undefined || !existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error('usage: parse-only.mjs [--threads N] folder (a folder of .txt files)')
    process.exit(2)
  }
  const paths = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name))
  const megabytes = paths.reduce((sum, path) => sum + readFileSync(path, 'utf8').length, 0) / 1e6
  const start = performance.now()
  const cpu = process.cpuUsage()
  await shareAmongThreads(new URL(import.meta.url), paths, threads)
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  console.log(`${paths.length} files, ${megabytes.toFixed(2)} MB, ${threads} thread(s): ${seconds.toFixed(2)} s, ${(megabytes / seconds).toFixed(2)} MB/s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`)
}
