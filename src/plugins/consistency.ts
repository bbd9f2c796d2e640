import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {indexVariants, type VariantGroup} from '../data/variants.js'
import {formsOf} from '../text/inflect.js'
import {lexiconFor} from '../data/lexicon.js'
import {matchCase} from '../text/normalize.js'
import {sentencesOf, type Token} from '../text/tokens.js'
import {insideAddress} from '../text/addresses.js'
import {quote, report} from '../message.js'

export interface Options {
  groups: readonly VariantGroup[]
  /** On a tie, an `en-GB` document prefers the spelling dictionary-en-gb has and dictionary-en lacks. */
  dialect?: 'en-US' | 'en-GB' | undefined
}

/** One word spelled two ways in one document (dialog, dialogue): the minority spelling is flagged. */
export default function consistency(options: Readonly<Options>) {
  if (!options || !Array.isArray(options.groups)) {
    throw new TypeError('copydesk consistency: expected `groups` (lists of variant spellings)')
  }
  const index = indexVariants(options.groups)

  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    const seen = new Map<VariantGroup, Use[]>()
    for (const {tokens, words} of sentencesOf(tree)) {
      // Indexed loops: this runs for every word, and iterators allocate.
      for (let w = 0; w < words.length; w++) {
        const token = tokens[words[w]!]!
        const form = index.get(token.lower)
        if (!form || insideAddress(value, token.start, token.end)) continue
        const list = seen.get(form.group) ?? []
        list.push({token, variant: form.variant, suffix: form.suffix})
        seen.set(form.group, list)
      }
    }
    reportMinorities(file, seen, options.dialect)
  }
}

type Use = {token: Token; variant: number; suffix: string}

// Apart from the scan over every word, so that V8's optimized scan is not
// thrown away the first time a document mixes spellings.
function reportMinorities(file: VFile, seen: ReadonlyMap<VariantGroup, Use[]>, dialect: Options['dialect']) {
  for (const [group, uses] of seen) {
    const counts = group.variants.map((_, variant) => uses.filter((use) => use.variant === variant).length)
    if (counts.filter((count) => count > 0).length < 2) continue
    // Most used wins; on a tie, the group's first (house) spelling.
    const top = Math.max(...counts)
    const british = dialect === 'en-GB' ? lexiconFor('en-GB') : undefined
    const us = british ? lexiconFor('en-US') : undefined
    const dialectPick = group.variants.findIndex(
      (variant, i) => counts[i] === top && british?.correct(variant) && !us?.correct(variant)
    )
    const majority = dialectPick !== -1 ? dialectPick : counts.indexOf(top)
    // A tie is a weaker sign than a clear majority: say it, do not fail on it.
    const tied = counts.filter((count) => count === top).length > 1
    const preferred = group.variants[majority]!
    for (const use of uses) {
      if (use.variant === majority) continue
      const expected = matchCase(
        use.token.value,
        formsOf(preferred).find(([, suffix]) => suffix === use.suffix)?.[0] ?? preferred
      )
      report(file, {
        ruleId: 'consistency',
        reason: `Unexpected ${quote(use.token.value)}, the document spells it ${quote(preferred)} elsewhere`,
        start: use.token.start,
        end: use.token.end,
        level: tied ? 'info' : 'warning',
        expected: [expected],
        note: `${quote(preferred)} ${counts[majority]}×, ${quote(group.variants[use.variant]!)} ${counts[use.variant]}×.`
      })
    }
  }
}
