import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {quote, report} from '../../message.js'
import {insideQuotation} from '../../text/quotation.js'

/** The longest phrase looked for: a name of three words and a title, or "a day after". */
const longest = 4

/**
 * "on Wednesday evening on Wednesday evening", "Cavaye Yeguie Djibril Cavaye
 * Yeguie Djibril": two to four words written twice in a row, only spaces
 * between them. A pasted or re-run sentence doubles a phrase the way a hurried
 * edit doubles a word; retext-repeated-words sees only the one word. The first
 * copy stays.
 */
export function repeatedPhrases(file: VFile, value: string, entry: SentenceTokens, reduplicating: ReadonlySet<string>) {
  const {tokens, words} = entry
  for (let w = 0; w < words.length; w++) {
    for (let size = longest; size >= 2; size--) {
      if (w + 2 * size > words.length || !spacedRun(tokens, words, w, 2 * size)) continue
      // Written the same, but for a sentence's capital on the first word: a heading run into its text ("THE ARTS The arts") is no repeat.
      let same = true
      for (let k = 0; k < size && same; k++) {
        const [a, b] = [tokens[words[w + k]!]!, tokens[words[w + size + k]!]!]
        same = k === 0 ? a.lower === b.lower && a.value.slice(1) === b.value.slice(1) : a.value === b.value
      }
      if (!same || (size === 2 && joinsItself(reduplicating, tokens[words[w]!]!.lower, tokens[words[w + 1]!]!.lower))) continue
      const start = tokens[words[w]!]!.start
      const middle = tokens[words[w + size - 1]!]!.end
      const end = tokens[words[w + 2 * size - 1]!]!.end
      // A crowd's chant quoted ("Imran Khan Imran Khan!") repeats on purpose, and ends where the repeat does; a quoted text
      // that goes on after the second copy ("whose term ends in ends in 2023") doubled it by mistake.
      if (insideQuotation(value, start) && !goesOn.test(value.slice(end, end + 3))) continue
      const phrase = value.slice(start, middle)
      report(file, {ruleId: 'repeated-words', reason: `Unexpected repeated ${quote(phrase)}, remove one occurrence`, start, end, level: 'warning', expected: [phrase]})
      // The next search starts after the second copy.
      w += 2 * size - 1
      break
    }
  }
}

/** The longest phrase looked for twice across a comma: a title of office ("Minister of Culture and Science"). */
const longestAcrossComma = 6

/**
 * "a cold wave warning, a cold wave warning", "Princess of Asturias,
 * Princess of Asturias": three to six words written again after a comma, as
 * a translation that gave two renderings of one phrase leaves them. Two
 * words across a comma are rhetoric as often ("never again, never again");
 * three or more, outside a quotation and with a mark after the second, are
 * not. The first copy stays.
 */
export function phrasesRepeatedAcrossComma(file: VFile, value: string, entry: SentenceTokens) {
  const {tokens, words} = entry
  for (let w = 0; w < words.length; w++) {
    for (let size = longestAcrossComma; size >= 3; size--) {
      if (w + 2 * size > words.length || !spacedRun(tokens, words, w, size)) continue
      const last = words[w + size - 1]!
      if (tokens[last + 1]?.value !== ',' || tokens[last + 2]?.value !== ' ' || words[w + size] !== last + 3 || !spacedRun(tokens, words, w + size, size)) continue
      let same = true
      for (let k = 0; k < size && same; k++) same = tokens[words[w + k]!]!.lower === tokens[words[w + size + k]!]!.lower
      const start = tokens[words[w]!]!.start
      // "and the year before, and the year before that", "John P. Figone, John P. Figone Jr.": a second copy the
      // sentence goes on from is a longer phrase, of its own; the double ends at a mark.
      const after = tokens[words[w + 2 * size - 1]! + 1]
      if (!same || (after !== undefined && after.kind !== 'punctuation') || insideQuotation(value, start)) continue
      const middle = tokens[last]!.end
      const end = tokens[words[w + 2 * size - 1]!]!.end
      const phrase = value.slice(start, middle)
      report(file, {ruleId: 'repeated-words', reason: `Unexpected ${quote(phrase)} written again after a comma, remove one occurrence`, start, end, level: 'warning', expected: [phrase]})
      w += 2 * size - 1
      break
    }
  }
}

/**
 * "years and years and", "paycheck to paycheck to": two words, one of them
 * a word that joins a word to itself (dictionaries/reduplicating-words.txt),
 * are a word set on both sides of it, which the next word goes on from; the
 * double is rhetoric, not a slip.
 */
function joinsItself(reduplicating: ReadonlySet<string>, first: string, second: string): boolean {
  // "more and more and": the joiner may come first too; "to apologize to apologize" sets no word on both sides of "to".
  return reduplicating.has(second) || (reduplicating.has(first) && first !== 'to')
}

/** A space and a word or number after the second copy: the sentence goes on. */
const goesOn = /^ [\p{L}\d]/u

/** Whether `count` words from the `w`th stand one after another with one space between each two. */
function spacedRun(tokens: SentenceTokens['tokens'], words: readonly number[], w: number, count: number): boolean {
  for (let k = 1; k < count; k++) {
    const at = words[w + k]!
    if (at !== words[w + k - 1]! + 2 || tokens[at - 1]!.value !== ' ') return false
  }
  return true
}
