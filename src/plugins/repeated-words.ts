import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import retextRepeatedWords from 'retext-repeated-words'
import {collect} from './wrapped.js'
import {quote, report} from '../message.js'

/**
 * A period that ends the first word may also end its sentence, and the next
 * sentence may open with the same word ("moved to the U.S. U.S. officials
 * said"); parse-english keeps such a period inside an abbreviation, so both
 * land in one sentence. A capital after it is how a new sentence starts; a
 * lowercase word after it ("minister. minister.") is still a slip.
 */
function spansSentences(actual: string, word: string): boolean {
  const first = actual.slice(0, actual.length - word.length).trimEnd()
  return first.endsWith('.') && /^\p{Lu}/u.test(word)
}

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
      if (spansSentences(actual, word)) continue
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
