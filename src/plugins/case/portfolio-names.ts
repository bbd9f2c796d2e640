import {quote} from '../../message.js'
import {capitalize} from '../../text/normalize.js'
import type {Raised} from './context.js'

export interface PortfolioNameContext {
  /** Fields bodies are named by ("education", "health"; dictionaries/portfolio-words.txt). */
  portfolioWords: ReadonlySet<string>
  /** Nouns bodies are named with ("ministry", "committee"; dictionaries/institution-words.txt). */
  institutionWords: ReadonlyMap<string, number>
  /** Lowercase titles ("minister", "secretary"). */
  titles: ReadonlySet<string>
}

/** A capitalized head, "of" or "for" and a list of single words after it ("education and science"); "the Parliament of the land" is no name of a field. */
const headOfList = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) (of|for) (\p{L}+(?:(?:, and |, | and )\p{L}+)*)/gu
/** The same head, then one or two lowercase words and a capitalized one that ends the name ("internal Affairs"; not "the ruling Justice and Development Party"). */
const headOfCapitalized = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) (of|for) ((?:(?!the )\p{Ll}+ ){1,2}\p{Lu}\p{Ll}+)(?![\p{L}'’-]| (?:and )?\p{Lu})/gu

/**
 * "the Ministry of education", "the Minister of health", "the Ministry of
 * internal Affairs": a body or an office written with its head capitalized
 * and its field in lowercase. The capital says the writer meant the name,
 * and edited copy writes the whole of it so ("the Ministry of Education") or
 * none of it ("the education ministry"); the fix capitalizes the field.
 */
export function portfolioNames(context: PortfolioNameContext, value: string): Raised[] {
  if (context.portfolioWords.size === 0) return []
  const raised: Raised[] = []
  const flagged = new Set<number>()
  for (const [pattern, shape] of [[headOfList, 'list'], [headOfCapitalized, 'capitalized']] as const) {
    for (const match of value.matchAll(pattern)) {
      const head = match[1]!.toLowerCase()
      if (!context.institutionWords.has(head) && !context.titles.has(head)) continue
      // "the Reserve Bank for information": "for" names a field only after an office or a ministry ("Minister for education").
      if (match[2] === 'for' && !context.titles.has(head) && head !== 'ministry') continue
      const listStart = match.index + match[0].length - match[3]!.length
      for (const word of fieldWords(match[3]!, listStart, context.portfolioWords, shape)) {
        if (flagged.has(word.start)) continue
        flagged.add(word.start)
        raised.push({
          start: word.start,
          end: word.start + word.text.length,
          expected: capitalize(word.text),
          reason: `Unexpected lowercase ${quote(word.text)} in the name after ${quote(match[1]!)}: the capital says it is the body's or the office's name, expected ${quote(capitalize(word.text))}`
        })
      }
    }
  }
  return raised
}

/**
 * The lowercase words to capitalize: of a list of fields, each a field word
 * ("education and science"); or before the name's capitalized field word
 * ("internal Affairs"). None when the list holds any other word.
 */
function fieldWords(list: string, start: number, portfolioWords: ReadonlySet<string>, shape: 'list' | 'capitalized'): Array<{text: string; start: number}> {
  const words: Array<{text: string; start: number}> = []
  for (const match of list.matchAll(/\p{L}+/gu)) if (match[0] !== 'and') words.push({text: match[0], start: start + match.index})
  const lower = words.filter((word) => /^\p{Ll}/u.test(word.text))
  if (shape === 'capitalized') return portfolioWords.has(words.at(-1)!.text.toLowerCase()) ? lower : []
  return lower.length > 0 && words.every((word) => portfolioWords.has(word.text.toLowerCase())) ? lower : []
}
