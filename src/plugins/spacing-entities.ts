import type {VFile} from 'vfile'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {quote, report} from '../message.js'

/** `&#39;`, `&#x2019;`, `&quot;`, and the spaced `& # 39;` a translation tool makes of them. */
const reference = /&(?: ?# ?(\d{1,7}) ?|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g

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
    const expected = character === '\u00a0' ? ' ' : character
    report(file, {
      ruleId: 'spacing',
      reason: `Unexpected ${quote(match[0])}, an HTML character reference left in the text; expected ${quote(expected)}`,
      start: match.index,
      end: match.index + match[0].length,
      level: 'warning',
      expected: [expected]
    })
  }
}

function decoded(match: RegExpExecArray): string | undefined {
  if (match[3] !== undefined) return decodeNamedCharacterReference(match[3]) || undefined
  const code = match[1] === undefined ? Number.parseInt(match[2]!, 16) : Number(match[1])
  // A control character, a lone surrogate or no character at all is no reference a page meant.
  if (code < 32 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined
  return String.fromCodePoint(code)
}
