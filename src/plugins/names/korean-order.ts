import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {escapeRegExp} from '../../text/normalize.js'
import {dropFindings, flaggedSpans} from './findings.js'

/** A hyphenated given name, then a capitalized word: "Seok-Yeol Yoon". */
const givenFirst = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+-\p{L}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}\p{M}-])/gu

/**
 * "Yoon Seok-yeol … Seok-Yeol Yoon said": a Korean name turned to Western
 * order where the story writes the same person family name first. Korean
 * copy writes one order throughout; the fix is the story's own form.
 */
export function reportKoreanOrder(file: VFile, value: string, surnames: ReadonlyMap<string, unknown>): void {
  if (!value.includes('-')) return
  let flagged: Array<[number, number]> | undefined
  for (const match of value.matchAll(givenFirst)) {
    const [whole, given, family] = match as unknown as [string, string, string]
    if (!surnames.has(family)) continue
    const familyFirst = new RegExp(`(?<![\\p{L}\\p{M}'’-])${escapeRegExp(family)} (${escapeRegExp(given)})(?![\\p{L}\\p{M}-])`, 'iu').exec(value)
    if (!familyFirst || !familyFirst[0].startsWith(family)) continue
    const start = match.index
    const end = start + whole.length
    flagged ??= flaggedSpans(file)
    if (flagged.some(([from, to]) => from < end && start < to && (from < start || to > end))) continue
    // A finding inside the name ("Seok-Yeol" for the story's Seok-yeol) is part of this one, whose fix is the story's whole form.
    dropFindings(file, ([from, to]) => from >= start && to <= end)
    const own = `${family} ${familyFirst[1]}`
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(whole)} in Western order: the story writes the name ${quote(own)}, family name first`,
      start,
      end,
      level: 'warning',
      expected: [own]
    })
    flagged.push([start, end])
  }
}
