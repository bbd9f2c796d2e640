import type {VFile} from 'vfile'
import {quote, report} from '../message.js'

/** A count of two or more, in figures or words, before a unit of time in the singular and "ago": "10 year ago", "three month ago". */
const singularAgo = /(?<![\p{L}\d.,])(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few) (year|month|week|day|hour|minute|decade|century)(?= ago(?![\p{L}]))/giu

const agoAnywhere = / ago/i

/**
 * "10 year ago": a count of more than one wants the plural before "ago"
 * ("10 years ago"); the singular stands only in a compound before a noun
 * ("a 10-year term"), which "ago" never follows.
 */
export function reportSingularAgo(file: VFile, value: string): void {
  // Most stories say "ago" nowhere: one search for it spares the pattern's try at every character.
  if (!agoAnywhere.test(value)) return
  for (const match of value.matchAll(singularAgo)) {
    const count = match[1]!
    if (count === '1' || count === '0') continue
    const unit = match[2]!
    const plural = unit.toLowerCase() === 'century' ? unit.slice(0, -1) + 'ies' : unit + 's'
    const start = match.index + count.length + 1
    report(file, {ruleId: 'usage', reason: `Unexpected ${quote(unit)} after ${quote(count)}: a count of more than one wants the plural, ${quote(plural)}`, start, end: start + unit.length, level: 'warning', expected: [plural]})
  }
}
