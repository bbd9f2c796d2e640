import type {VFile} from 'vfile'
import type {Collocations} from '../data/collocations.js'
import type {Usage} from '../data/usage.js'
import {quote, report} from '../message.js'
import {capitalize} from '../text/normalize.js'
import {nextWord, previousWord, type SentenceTokens, type Token} from '../text/tokens.js'

export interface WordFormContext {
  usage: Pick<Usage, 'wordForms'>
  collocations: Collocations
  /** Articles, prepositions and conjunctions, and words that open a noun phrase ("the", "its"). */
  functionWords: ReadonlySet<string>
  determiners: ReadonlySet<string>
}

/**
 * "high education", "economy development": a modifier and a noun edited
 * English never writes together, where it writes another form of the
 * modifier before that noun ("higher education"). Machine translation picks
 * the form its source language uses (Chinese 高等教育, 经济发展). The pairs are
 * counted at build time (scripts/lib/word-forms.mjs); info, with that form.
 */
export function reportWordForms(file: VFile, entry: SentenceTokens, context: WordFormContext) {
  const {tokens, words} = entry
  for (let w = 0; w < words.length; w++) {
    const modifier = tokens[words[w]!]!
    // A capital inside a sentence is a name's ("the High Court"); the first word may have one.
    if (w > 0 && modifier.value !== modifier.lower) continue
    const noun = nextWord(tokens, modifier.index)
    if (!noun || noun.value !== noun.lower) continue
    const found = context.usage.wordForms.get(`${modifier.lower} ${noun.lower}`)
    if (!found || !opensPair(previousWord(tokens, modifier.index), context)) continue
    const [form, seen, , term] = found
    const actual = `${modifier.value} ${noun.value}`
    const fix = `${modifier.value === modifier.lower ? form : capitalize(form)} ${noun.value}`
    report(file, {
      ruleId: 'usage',
      reason: `Unusual ${quote(actual)}: edited English writes ${quote(`${form} ${noun.lower}`)} (${term ? `a WordNet term; ${seen ? times(seen) : 'not'}` : times(seen)} in the corpora) and never ${quote(`${modifier.lower} ${noun.lower}`)}; another form of ${quote(modifier.lower)}?`,
      start: modifier.start,
      end: noun.end,
      level: 'info',
      expected: [fix]
    })
  }
}

const times = (count: number) => (count === 1 ? 'once' : `${count} times`)

/**
 * Whether the pair starts its phrase: nothing before it, or a function word,
 * a determiner, a possessive or a verb. After a noun or an adjective the
 * modifier belongs to a longer name ("data protection policy",
 * "environmental protection policy").
 */
function opensPair(before: Token | undefined, {collocations, functionWords, determiners}: WordFormContext): boolean {
  if (!before) return true
  if (functionWords.has(before.lower) || determiners.has(before.lower) || /['’]s$/.test(before.lower)) return true
  const kind = collocations.formOf(before.lower)?.[0]
  return kind === 'v'
}
