import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {listPattern} from '../text/list-pattern.js'

export interface CompoundNumberContext {
  /** The units, cardinal and ordinal, and the tens, lowercase (dictionaries/cardinal-words.txt): a ten ends in "ty". */
  cardinals: ReadonlySet<string>
}

/** A ten, one space, then a unit. */
const tenThenUnit = listPattern((cardinals) => {
  const tens = [...cardinals].filter((word) => word.endsWith('ty'))
  const units = [...cardinals].filter((word) => !word.endsWith('ty'))
  // "twenty one-year terms": a unit hyphened to a noun counts that noun, and the ten counts the compound.
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(${tens.join('|')}) (${units.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu')
})

/**
 * "fifty one women", "the previous twenty five years": a number from 21 to
 * 99 spelled in words is one word with a hyphen between its ten and its unit.
 * Neither the corpora nor the edited pages write one open.
 */
export function reportCompoundNumbers(file: VFile, value: string, context: CompoundNumberContext): void {
  for (const match of value.matchAll(tenThenUnit(context.cardinals))) {
    const [whole, ten, unit] = match as unknown as [string, string, string]
    // "Eighty Seven Park", "Twenty One Pilots": a name sets its words as its owner chose.
    if (/^\p{Lu}/u.test(unit)) continue
    const fixed = `${ten}-${unit}`
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(whole)}: a number from 21 to 99 in words takes a hyphen, ${quote(fixed)}`,
      start: match.index,
      end: match.index + whole.length,
      level: 'warning',
      expected: [fixed]
    })
  }
}
