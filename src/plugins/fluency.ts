import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {sentencesOf} from '../text/tokens.js'
import {reportArticleBeforeCount} from './article-number.js'
import {reportCollocations, type Options} from './collocations.js'

export type {Options}

/**
 * What machine translation gets wrong that spelling and grammar checkers
 * pass: a verb with a preposition edited English does not give it, an
 * article before a count.
 */
export default function fluency(options: Readonly<Options>) {
  if (!options?.subjects || !options.determiners || !options.timeWords || !options.timeOpeners || typeof options.infoAt !== 'number') {
    throw new TypeError('copydesk fluency: expected `subjects`, `determiners`, `timeWords`, `timeOpeners` and a number `infoAt`')
  }
  return function (tree: Root, file: VFile) {
    for (const entry of sentencesOf(tree)) {
      reportCollocations(file, entry, options)
      reportArticleBeforeCount(file, entry)
    }
  }
}
