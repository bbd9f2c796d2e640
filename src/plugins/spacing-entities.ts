import type {VFile} from 'vfile'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {quote, report} from '../message.js'

/**
 * `&#39;`, `&#x2019;`, `&quot;`, and what translation tools and scrapers
 * make of them: spaced (`& # 39;`, `& nbsp;`, a name in lowercase there) or
 * with the `#` lost (`&39;`, `&039;`).
 */
const reference = /&(?: ?# ?(\d{1,7}) ?|(\d{2,4})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31})| (\p{Ll}[\p{Ll}\d]{1,31}));/gu

/** A reference's ampersand, its # and its name or number, spaced as `reference` allows, at the end of a text: its semicolon comes next. */
const referenceStart = /& ?(?:# ?)?[A-Za-z\d]{1,31}$/

/** Whether a character reference opens before `at` and runs up to it ("on&nbsp" before ";Tuesday"). */
export function referenceOpensBefore(value: string, at: number): boolean {
  return referenceStart.test(value.slice(Math.max(0, at - 40), at))
}

/**
 * An HTML character reference printed as text ("he said &#39;no&#39;",
 * "Smith &amp; Wesson"): copy scraped from a page or passed through a
 * translation tool keeps the code where the page showed the character.
 * Only plain text is read: Markdown and HTML write references on purpose.
 */
export function characterReferences(file: VFile, value: string) {
  reference.lastIndex = 0
  for (let match = reference.exec(value); match; match = reference.exec(value)) {
    const character = decoded(match)
    if (character === undefined) continue
    const start = match.index
    const end = start + match[0].length
    // "rose to & nbsp; 50 tenge": a space's reference between two spaces goes with one of them.
    if (/\s/u.test(character) && value[start - 1] === ' ' && value[end] === ' ') {
      report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(match[0])}, an HTML character reference for a space left between two spaces; delete it`, start, end: end + 1, level: 'warning', expected: ['']})
      continue
    }
    const expected = character === '\u00a0' ? ' ' : character
    report(file, {
      ruleId: 'spacing',
      reason: `Unexpected ${quote(match[0])}, an HTML character reference left in the text; expected ${quote(expected)}`,
      start,
      end,
      level: 'warning',
      expected: [expected]
    })
  }
}

function decoded(match: RegExpExecArray): string | undefined {
  const name = match[4] ?? match[5]
  if (name !== undefined) return decodeNamedCharacterReference(name) || undefined
  const code = match[3] === undefined ? Number(match[1] ?? match[2]) : Number.parseInt(match[3], 16)
  // A control character, a lone surrogate or no character at all is no reference a page meant.
  if (code < 32 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined
  return String.fromCodePoint(code)
}
