import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {nextWord, type SentenceTokens} from '../text/tokens.js'

const article = /^an?$/
const figure = /^\d[\d,.]*$/
// A plural: a word ending in "s" with no apostrophe after it ("hours'" is a
// possessive, "a 2 hours' drive" is English), and not in a singular's -ss,
// -us, -is or -ics ("a 2010 census", "a 2019 crisis", "news").
const plural = /^\p{L}+s$/u
const singularEnding = /(?:ss|us|is|ics|news)$/u

/**
 * "a 120 MKs": an article before a figure and a plural, as machine
 * translation writes a count. Brown's 2.6 million words and the precision
 * corpus's half million have none: a figure after "a" counts one thing ("a
 * 20-year term", "a 120-seat chamber"), so the article goes.
 */
export function reportArticleBeforeCount(file: VFile, entry: SentenceTokens) {
  const {tokens, words} = entry
  for (const index of words) {
    const first = tokens[index]!
    if (!article.test(first.lower)) continue
    const number = nextWord(tokens, index)
    if (!number || !figure.test(number.value)) continue
    const noun = nextWord(tokens, number.index)
    if (!noun || !plural.test(noun.value) || singularEnding.test(noun.lower) || /^['’]/.test(tokens[noun.index + 1]?.value ?? '')) continue
    // "a 15 years old girl" is an age written in three words: the usage rule joins it ("a 15-year-old girl"), the article kept.
    if (nextWord(tokens, noun.index)?.lower === 'old') continue
    const actual = `${first.value} ${number.value} ${noun.value}`
    report(file, {
      ruleId: 'fluency',
      reason: `Unexpected ${quote(actual)}: an article counts one thing, and ${quote(noun.value)} is many; drop ${quote(first.value)}`,
      start: first.start,
      end: noun.end,
      level: 'warning',
      expected: [String(file.value).slice(number.start, noun.end)]
    })
  }
}
