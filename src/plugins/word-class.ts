import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report} from '../message.js'
import {sentencesOf} from '../text/tokens.js'
import {checks, type Options} from './word-class/checks.js'
import {apostropheOf, namePossessive} from './word-class/name-possessive.js'
import {documentCapitals} from '../text/document-capitals.js'

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
  // A build without its table (no corpora installed) leaves the rule quiet.
  const possessives = options.table && {table: options.table, lexicon: options.lexicon, determiners: options.determiners, gazetteer: options.gazetteer}
  return function (tree: Root, file: VFile) {
    if (!possessives) return
    const {table} = possessives
    const sentences = sentencesOf(tree)
    const written = documentCapitals(sentences)
    // Counted only for a finding: it reads the whole file.
    let apostrophe: string | undefined
    const apostropheHere = () => (apostrophe ??= apostropheOf(String(file.value)))
    for (const entry of sentences) {
      let end = -1
      for (const index of entry.words) {
        const word = entry.tokens[index]!
        if (word.start < end) continue
        const possessive = namePossessive(entry, word, possessives, written, apostropheHere)
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
