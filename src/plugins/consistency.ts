import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {indexVariants, type VariantGroup} from '../data/variants.js'
import {formsOf} from '../text/inflect.js'
import {lexiconFor} from '../data/lexicon.js'
import {matchCase} from '../text/normalize.js'
import {sentencesOf} from '../text/tokens.js'
import {insideAddress} from '../text/addresses.js'
import {quote, report} from '../message.js'
import {inOnePass, type TwoPasses} from '../passes.js'

export interface Options {
  groups: readonly VariantGroup[]
  /** On a tie, an `en-GB` document prefers the spelling dictionary-en-gb has and dictionary-en lacks. */
  dialect?: 'en-US' | 'en-GB' | undefined
}

/** One word spelled two ways in one document (dialog, dialogue): the minority spelling is flagged. */
export default function consistency(options: Readonly<Options>) {
  return inOnePass(consistencyPasses(options))
}

/** The rule's two passes: spellings found a word at a time; which one is the minority, the whole story says. */
export function consistencyPasses(options: Readonly<Options>): TwoPasses<Use> {
  if (!options || !Array.isArray(options.groups)) {
    throw new TypeError('copydesk consistency: expected `groups` (lists of variant spellings)')
  }
  const index = indexVariants(options.groups)
  const groupNumber = new Map(options.groups.map((group, i) => [group, i]))
  const {groups} = options

  const usesIn = (tree: Root, value: string): Use[] => {
    const uses: Use[] = []
    for (const {tokens, words} of sentencesOf(tree)) {
      // Indexed loops: this runs for every word, and iterators allocate.
      for (let w = 0; w < words.length; w++) {
        const token = tokens[words[w]!]!
        const form = index.get(token.lower)
        if (!form || insideAddress(value, token.start, token.end)) continue
        // "Secretary of State for Defence", "the Labour Party": capitalized inside its sentence, the word is a name's, spelled as its owner spells it.
        if (w > 0 && token.value[0] !== token.lower[0]) continue
        uses.push({start: token.start, end: token.end, value: token.value, group: groupNumber.get(form.group)!, variant: form.variant, suffix: form.suffix})
      }
    }
    return uses
  }

  return {
    scan: (tree, file) => usesIn(tree, String(file.value)),
    report(file, uses) {
      const seen = new Map<VariantGroup, Use[]>()
      for (const use of uses) {
        const group = groups[use.group]!
        const list = seen.get(group) ?? []
        list.push(use)
        seen.set(group, list)
      }
      reportMinorities(file, seen, options.dialect)
    }
  }
}

/** A spelling of a variant group as written: where, and which of the group's (by number) spellings. */
export type Use = {start: number; end: number; value: string; group: number; variant: number; suffix: string}

// Apart from the scan over every word, so that V8's optimized scan is not
// thrown away the first time a document mixes spellings.
function reportMinorities(file: VFile, seen: ReadonlyMap<VariantGroup, Use[]>, dialect: Options['dialect']) {
  const british = dialect === 'en-GB' ? lexiconFor('en-GB') : undefined
  const us = british ? lexiconFor('en-US') : undefined
  // A fix never writes a word the document's speller rejects: "honoured" in a US run is said, not applied.
  const speller = british ?? lexiconFor('en-US')
  for (const [group, uses] of seen) {
    const counts = group.variants.map((_, variant) => uses.filter((use) => use.variant === variant).length)
    if (counts.filter((count) => count > 0).length < 2) continue
    // Most used wins; on a tie, the group's first (house) spelling.
    const top = Math.max(...counts)
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
        use.value,
        formsOf(preferred).find(([, suffix]) => suffix === use.suffix)?.[0] ?? preferred
      )
      report(file, {
        ruleId: 'consistency',
        reason: `Unexpected ${quote(use.value)}, the document spells it ${quote(preferred)} elsewhere`,
        start: use.start,
        end: use.end,
        level: tied || !(speller.correct(expected) || speller.correct(expected.toLowerCase())) ? 'info' : 'warning',
        expected: [expected],
        note: `${quote(preferred)} ${counts[majority]}×, ${quote(group.variants[use.variant]!)} ${counts[use.variant]}×.`
      })
    }
  }
}
