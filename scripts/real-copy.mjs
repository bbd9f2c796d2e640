#!/usr/bin/env node
// Scores the built copydesk on the real-copy fixtures (see scripts/lib/real-copy.mjs).
//   node scripts/real-copy.mjs [--set held-out|tune|all] [--json] [--list]
import {createProcessor} from '../dist/index.js'
import {RealCopyError, scoreRealCopy} from './lib/real-copy.mjs'

const args = process.argv.slice(2)
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'held-out'
let result
try {
  result = await scoreRealCopy(createProcessor(), set === 'all' ? ['tune', 'held-out'] : [set])
} catch (error) {
  if (!(error instanceof RealCopyError)) throw error
  console.error(`real-copy: ${error.message}`)
  process.exit(2)
}
if (args.includes('--json')) {
  const {listing, ...figures} = result
  console.log(JSON.stringify({set, ...figures}, null, 2))
} else {
  console.log(`real copy, ${set} set`)
  console.log('kind          slips  caught (warning)  right first fix (of fixable)')
  for (const [kind, entry] of [...Object.entries(result.kinds), ['all', result.total]]) {
    const share = `(${Math.round((100 * entry.caught) / entry.slips)}%)`
    console.log(`${kind.padEnd(13)} ${String(entry.slips).padStart(5)}  ${String(entry.caught).padStart(6)} ${share.padStart(6)}  ${String(entry.right).padStart(6)} of ${entry.fixable}`)
  }
  const {clean} = result
  console.log(`clean pages: ${clean.words} words, ${clean.falseWarnings} false warnings (${clean.perThousand} per 1,000 words), ${clean.info} info (${clean.infoPerThousand} per 1,000)`)
  console.log(`garbled pages: ${result.unmarked} warnings on unmarked text`)
  if (args.includes('--list')) console.log('\n' + result.listing.join('\n'))
}
