import type {VFile} from 'vfile'
import type {Collocations} from '../data/collocations.js'
import type {Usage} from '../data/usage.js'
import {quote, report} from '../message.js'
import {nextWord, type SentenceTokens, type Token} from '../text/tokens.js'
import {capitalize} from '../text/normalize.js'

export interface MassNounContext {
  usage: Usage
  collocations: Collocations
  /** Articles, prepositions and conjunctions: one after the noun shows the noun ends its phrase. */
  functionWords: ReadonlySet<string>
}

const article = /^an?$/
// Adjectives or adverbs between the article and the noun ("a strong", "an
// increasingly"): no more than edited English stacks before a noun.
const maxModifiers = 2

/**
 * "an information", "a strong support": an article before a noun edited
 * English never counts. The noun must end its phrase (a function word or a
 * mark after it): before another noun it is a modifier ("a news conference").
 */
export function reportMassNounArticles(file: VFile, entry: SentenceTokens, context: MassNounContext) {
  const {tokens, words} = entry
  for (const index of words) {
    const first = tokens[index]!
    if (!article.test(first.lower)) continue
    let word = nextWord(tokens, index)
    let modifiers = 0
    while (word && modifiers < maxModifiers && isModifier(word, context.collocations)) {
      word = nextWord(tokens, word.index)
      modifiers++
    }
    if (!word || word.value !== word.lower) continue
    const uses = context.usage.massNouns.get(word.lower)
    if (uses === undefined || !endsPhrase(tokens, word, context)) continue
    const text = String(file.value)
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(text.slice(first.start, word.end))}: edited English uses ${quote(word.lower)} without ${quote('a')} or ${quote('an')} (never plural in ${uses} uses in the corpora); drop ${quote(first.value)}`,
      start: first.start,
      end: word.end,
      level: 'info',
      expected: [capitalizedLike(first, text.slice(nextWord(tokens, index)!.start, word.end))]
    })
  }
}

function isModifier(word: Token, collocations: Collocations): boolean {
  if (word.value !== word.lower) return false
  return collocations.formOf(word.lower)?.[0] === 'j' || /\p{L}{3}ly$/u.test(word.lower)
}

/** Whether nothing but a mark, a function word or the sentence's end comes after the noun. */
function endsPhrase(tokens: readonly Token[], noun: Token, {functionWords, collocations}: MassNounContext): boolean {
  const after = tokens[noun.index + 1]
  if (!after || after.kind === 'punctuation' || after.kind === 'symbol') return true
  const next = nextWord(tokens, noun.index)
  return next !== undefined && next.value === next.lower && (functionWords.has(next.lower) || collocations.isPreposition(next.lower))
}

/** The fix keeps a sentence's capital: "An information" → "Information". */
function capitalizedLike(first: Token, rest: string): string {
  return /^\p{Lu}/u.test(first.value) ? capitalize(rest) : rest
}
