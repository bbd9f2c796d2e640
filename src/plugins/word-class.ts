import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report} from '../message.js'
import {sentencesOf} from '../text/tokens.js'
import {checks, type Options} from './word-class/checks.js'
import {apostropheOf, documentCapitals, namePossessive, type PossessiveContext} from './word-class/name-possessive.js'

export type {Options}

/**
 * Correctly spelled words in the wrong word class for their slot ("their
 * polices", "significance increase", "Some has"), judged by the classes
 * edited English gives them (src/data/word-classes.ts).
 */
export default function wordClass(options: Readonly<Options>) {
  for (const name of ['nounSlot', 'nominatives', 'invertingAuxiliaries', 'pluralSubjects', 'singularSubjects', 'agreement', 'singularDeterminers', 'reportingVerbs', 'sourceNouns', 'participleAuxiliaries', 'baseAuxiliaries', 'doForms', 'idiomWords', 'lexicon', 'determiners', 'gazetteer'] as const) {
    if (!options?.[name]) throw new TypeError(`copydesk word-class: expected \`${name}\``)
  }
  // Made once, not per word: this runs for every word of every file.
  let possessives: PossessiveContext | undefined
  return function (tree: Root, file: VFile) {
    const table = options.table
    if (!table) return
    const sentences = sentencesOf(tree)
    const written = documentCapitals(sentences)
    let apostrophe: string | undefined
    for (const entry of sentences) {
      let end = -1
      for (const index of entry.words) {
        const word = entry.tokens[index]!
        if (word.start < end) continue
        const possessive = namePossessive(entry, word, (possessives ??= {table, lexicon: options.lexicon, determiners: options.determiners, gazetteer: options.gazetteer}), written, (apostrophe ??= apostropheOf(String(file.value))))
        if (possessive) {
          report(file, {ruleId: 'word-class', ...possessive})
          end = possessive.end
          continue
        }
        for (const check of checks) {
          const found = check(entry, word, table, options)
          if (!found) continue
          report(file, {ruleId: 'word-class', ...found})
          end = found.end
          break
        }
      }
    }
  }
}
