import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {isSentenceStart} from '../text/sentence-start.js'

/** A whole number of five to seven digits standing alone: no decimal, range, time, code letters or year era around it. */
const bareNumber = /(?<![\p{L}\p{N}.,:/#№-])[1-9]\d{4,6}(?![\p{L}\p{N}]|[.,:/-]\d)/gu

/** The word right before, a full stop, a colon or a comma after it allowed ("No.", "number:", "a hotline, 19280"). */
const wordBefore = /(\p{L}+)[.:,]? $/u

/**
 * "a decrease of 580000", "261109 students": a count of five digits or more
 * written without separators, as machine translation and some pages leave
 * it; edited English separates the thousands ("580,000"). A number after a
 * capitalized word ("Republic Act 10625", "Helpline 16000") or before one
 * (an address, "34220 Viceroy"), or after a noun
 * that labels a code (dictionaries/identifier-nouns.txt: "hotline 16000",
 * "vessel numbered 44101") is an identifier and stays as written.
 */
export function reportUnseparatedThousands(file: VFile, value: string, identifierNouns: ReadonlySet<string>): void {
  for (const match of value.matchAll(bareNumber)) {
    const start = match.index
    const found = wordBefore.exec(value.slice(Math.max(0, start - 24), start))
    const before = found?.[1]
    // A capital that only opens the sentence ("Of 261109 students") says nothing of a name.
    // An acronym ("[RA 11934]") names a law or a code wherever it stands.
    const named = before !== undefined && /^\p{Lu}/u.test(before) && (/^\p{Lu}{2,}$/u.test(before) || !isSentenceStart(value, start - found![0].length))
    if (named || (before !== undefined && identifierNouns.has(before.toLowerCase()))) continue
    // "34220 Viceroy", "31978 Mound, in Warren": a number before a capitalized word is a street address.
    if (/^ \p{Lu}/u.test(value.slice(start + match[0].length, start + match[0].length + 2))) continue
    const expected = match[0].replace(/\B(?=(\d{3})+$)/g, ',')
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(match[0])} without thousands separators, expected ${quote(expected)}`,
      start,
      end: start + match[0].length,
      level: 'warning',
      expected: [expected]
    })
  }
}
