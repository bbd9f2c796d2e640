#!/usr/bin/env node
// The peer copydesk is measured against: a plain retext pipeline
// (retext-english + retext-spell with dictionary-en + retext-repeated-words),
// as a newsroom would assemble it. `--no-suggest` stubs nspell's suggest to
// measure checking alone. `--threads N` shares the files among N worker
// threads (file i to thread i mod N), the peer for `copydesk --jobs N`.
//   node scripts/bench/plain-retext.mjs [--no-suggest] [--threads N] file...
import {readFileSync} from 'node:fs'
import {isMainThread, workerData, parentPort} from 'node:worker_threads'
import {shareAmongThreads} from './threads.mjs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import retextRepeatedWords from 'retext-repeated-words'
import dictionaryEn from 'dictionary-en'
import nspell from 'nspell'

const args = isMainThread ? process.argv.slice(2) : workerData.args
const suggest = !args.includes('--no-suggest')
const threadsAt = args.indexOf('--threads')
const threads = threadsAt === -1 ? 1 : Number(args[threadsAt + 1])
if (!Number.isInteger(threads) || threads < 1) {
  console.error('plain-retext: --threads expects a whole number ≥ 1')
  process.exit(2)
}
const paths = args.filter((arg, index) => !arg.startsWith('--') && (threadsAt === -1 || index !== threadsAt + 1))

if (isMainThread && paths.length === 0) {
  // A run over nothing would time as a very fast lint.
  console.error('plain-retext: no files given')
  process.exit(2)
}

/** Lints `files` one after another; returns the number of messages. */
async function lintAll(files) {
  if (!suggest) {
    const probe = nspell(dictionaryEn)
    Object.getPrototypeOf(probe).suggest = () => []
  }
  const processor = unified()
    .use(retextEnglish)
    .use(retextSpell, {dictionary: dictionaryEn, max: Number.POSITIVE_INFINITY})
    .use(retextRepeatedWords)
  let messages = 0
  for (const path of files) {
    // parse and run, not process: retext has no compiler, and linting needs none.
    const file = new VFile({path, value: readFileSync(path, 'utf8')})
    await processor.run(processor.parse(file), file)
    messages += file.messages.length
  }
  return messages
}

if (!isMainThread) {
  parentPort.postMessage(await lintAll(workerData.files))
} else if (threads === 1) {
  console.log(`${await lintAll(paths)} messages`)
} else {
  const counts = await shareAmongThreads(new URL(import.meta.url), paths, threads, {args})
  console.log(`${counts.reduce((sum, count) => sum + count, 0)} messages`)
}
