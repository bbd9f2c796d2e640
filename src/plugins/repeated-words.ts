import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import retextRepeatedWords from 'retext-repeated-words'
import {collect} from './wrapped.js'
import {quote, report} from '../message.js'

/** "the the": retext-repeated-words, re-issued under copydesk's rule id with a removal fix. */
export default function repeatedWords() {
  const transformer = retextRepeatedWords() as unknown as Parameters<typeof collect>[0]
  return async function (tree: Root, file: VFile) {
    for (const message of await collect(transformer, tree, file, 'retext-repeated-words')) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
      if (start === undefined || end === undefined) continue
      const actual = String(file.value).slice(start, end)
      const word = message.expected?.[0] ?? ''
      report(file, {
        ruleId: 'repeated-words',
        reason: `Unexpected repeated ${quote(word)}, remove one occurrence`,
        start,
        end,
        level: 'warning',
        expected: [actual.slice(actual.length - word.length)]
      })
    }
  }
}
