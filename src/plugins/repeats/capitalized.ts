import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {quote, report} from '../../message.js'

/**
 * "Lee Lee said", "Koizumi Koizumi": a Capitalized word written twice, which
 * retext-repeated-words lets go (it cannot tell "Duran Duran" from a slip).
 * A name that doubles a word ("Bora Bora", "Sirhan Sirhan", or any
 * gazetteer name with a doubled word) stays quiet, and so does a pair split
 * by a line break (a heading above its first line) or a sentence end after
 * an abbreviation ("Co. Co."). So does a person named with one word twice,
 * as South Sudanese and Basotho names may be, a word no dictionary has
 * ("Amid Amid" is a slip wherever it stands): after a given name ("Maj.
 * Gen. Philip Nyon Nyon"; a title before the pair is no given name:
 * "Minister Koizumi Koizumi" is a slip) or alone on a byline ("By Tefo Tefo").
 */
export function capitalizedRepeats(file: VFile, value: string, entry: SentenceTokens, doubled: ReadonlySet<string>, names?: {titles: ReadonlySet<string>; isWord: (lower: string) => boolean}) {
  const {tokens, words} = entry
  for (let w = 1; w < words.length; w++) {
    const first = tokens[words[w - 1]!]!
    const second = tokens[words[w]!]!
    if (second.index !== first.index + 2 || tokens[first.index + 1]!.value !== ' ') continue
    if (first.value !== second.value || !/^\p{Lu}\p{Ll}+$/u.test(second.value)) continue
    if (value[first.end] === '.' || doubled.has(`${first.lower} ${second.lower}`)) continue
    if (names && !names.isWord(second.lower) && (afterGivenName(value, first.start, names.titles) || bylineName(value, first.start, second.end))) continue
    report(file, {
      ruleId: 'repeated-words',
      reason: `Unexpected repeated ${quote(second.value)}, remove one occurrence`,
      start: first.start,
      end: second.end,
      level: 'warning',
      expected: [second.value]
    })
  }
}

/** A capitalized word right before, no title, with only a space between: the pair ends a longer name. */
function afterGivenName(value: string, start: number, titles: ReadonlySet<string>): boolean {
  const word = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(value.slice(Math.max(0, start - 30), start))?.[1]
  return word !== undefined && !titles.has(word.toLowerCase())
}

/** "By Tefo Tefo" alone on its line. */
function bylineName(value: string, start: number, end: number): boolean {
  const lineStart = value.lastIndexOf('\n', start - 1) + 1
  const lineEnd = value.indexOf('\n', end)
  return /^By $/u.test(value.slice(lineStart, start)) && /^\s*$/u.test(value.slice(end, lineEnd === -1 ? value.length : lineEnd))
}
