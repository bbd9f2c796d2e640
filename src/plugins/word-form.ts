import type {VFile} from 'vfile'
import type {Usage} from '../data/usage.js'
import {quote, report} from '../message.js'
import {capitalize} from '../text/normalize.js'
import {nextWord, type SentenceTokens} from '../text/tokens.js'

/**
 * "high education", "economy development": a modifier and a noun edited
 * English never writes together, where it writes another form of the
 * modifier before that noun ("higher education"). Machine translation picks
 * the form its source language uses (Chinese 高等教育, 经济发展). Which pairs is
 * counted at build time (scripts/lib/usage.mjs); info, with that form.
 */
export function reportWordForms(file: VFile, entry: SentenceTokens, usage: Usage) {
  const {tokens, words} = entry
  for (let w = 0; w < words.length; w++) {
    const modifier = tokens[words[w]!]!
    // A capital inside a sentence is a name's ("the High Court"); the first word may have one.
    if (w > 0 && modifier.value !== modifier.lower) continue
    const noun = nextWord(tokens, modifier.index)
    if (!noun || noun.value !== noun.lower) continue
    const found = usage.wordForms.get(`${modifier.lower} ${noun.lower}`)
    if (!found) continue
    const [form, seen] = found
    const actual = `${modifier.value} ${noun.value}`
    const fix = `${modifier.value === modifier.lower ? form : capitalize(form)} ${noun.value}`
    report(file, {
      ruleId: 'usage',
      reason: `Unusual ${quote(actual)}: edited English writes ${quote(`${form} ${noun.lower}`)} (${seen} times in the corpora) and never ${quote(`${modifier.lower} ${noun.lower}`)}; another form of ${quote(modifier.lower)}?`,
      start: modifier.start,
      end: noun.end,
      level: 'info',
      expected: [fix]
    })
  }
}
