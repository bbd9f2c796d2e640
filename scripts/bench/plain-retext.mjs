#!/usr/bin/env node
// The peer copydesk is measured against: a plain retext pipeline
// (retext-english + retext-spell with dictionary-en + retext-repeated-words),
// as a newsroom would assemble it. `--no-suggest` stubs nspell's suggest to
// measure checking alone.
//   node scripts/bench/plain-retext.mjs [--no-suggest] file...
import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import retextRepeatedWords from 'retext-repeated-words'
import dictionaryEn from 'dictionary-en'
import nspell from 'nspell'

const args = process.argv.slice(2)
if (args.includes('--no-suggest')) {
  const probe = nspell(dictionaryEn)
  Object.getPrototypeOf(probe).suggest = () => []
}
const processor = unified()
  .use(retextEnglish)
  .use(retextSpell, {dictionary: dictionaryEn, max: Number.POSITIVE_INFINITY})
  .use(retextRepeatedWords)
let messages = 0
for (const path of args.filter((arg) => !arg.startsWith('--'))) {
  // parse and run, not process: retext has no compiler, and linting needs none.
  const file = new VFile({path, value: readFileSync(path, 'utf8')})
  await processor.run(processor.parse(file), file)
  messages += file.messages.length
}
console.log(`${messages} messages`)
