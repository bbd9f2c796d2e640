import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {insideAddress} from '../text/addresses.js'

// Plain ASCII classes and no lookbehind: run over every file, a Unicode lookbehind is tried at every character.
const ordinal = /(\d+)(-?| (?=[a-z]{2}(?![A-Za-z\d\u00C0-\uFFFF])))(st|nd|rd|th)(?![A-Za-z\d\u00C0-\uFFFF])/gi
const beforeNumber = /[\p{L}\d.,]/u

/** The suffix English gives `n` as an ordinal: 1st, 2nd, 3rd, 4th, 11th–13th, 21st, 22nd. */
function suffixOf(n: bigint): string {
  const tens = n % 100n
  if (tens >= 11n && tens <= 13n) return 'th'
  return ['th', 'st', 'nd', 'rd'][Number(n % 10n)] ?? 'th'
}

/**
 * "August 22th", "October 2th", "the 3th round": an ordinal with another
 * number's suffix, as copy that builds ordinals by adding "th" (or
 * translation from a language with one ordinal ending) writes it; and
 * "the 24-th match", the suffix hyphenated as Russian and Ukrainian write
 * theirs ("24-й"), or set apart ("the 13 th National Assembly").
 */
export function reportOrdinalSuffixes(file: VFile, value: string): void {
  ordinal.lastIndex = 0
  for (let match = ordinal.exec(value); match; match = ordinal.exec(value)) {
    if (match.index > 0 && beforeNumber.test(value[match.index - 1]!)) continue
    const hyphen = match[2]!
    const written = match[3]!
    const right = suffixOf(BigInt(match[1]!))
    if (written.toLowerCase() === right && hyphen === '') continue
    const start = match.index
    const end = start + match[0].length
    if (insideAddress(value, start, end)) continue
    const expected = match[1]! + (written === written.toUpperCase() ? right.toUpperCase() : right)
    // "13 th May": a space before the suffix, its own or not, as a page that sets it in superscript loses it.
    const apart = hyphen === ' '
    if (apart && written !== written.toLowerCase()) continue
    const reason =
      written.toLowerCase() === right
        ? `Unexpected ${quote(match[0])}, expected ${quote(expected)}: an ordinal's suffix takes no ${apart ? 'space' : 'hyphen'}`
        : `Unexpected ${quote(match[0])}, expected ${quote(expected)}: ${match[1]} takes ${quote(right)}`
    report(file, {ruleId: 'usage', reason, start, end, level: 'warning', expected: [expected]})
  }
}
