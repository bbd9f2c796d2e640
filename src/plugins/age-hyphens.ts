import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {insideAddress} from '../text/addresses.js'

/**
 * An age: a number, a unit of time, "old", with spaces or hyphens between as written. Plain ASCII classes: it is run over every
 * file. The unit may be plural ("30-years-old") and run into "old" ("45-yearold").
 */
const age = /(\b[Aa]n? |\b[Tt]he )?\b(\d{1,3})([ -])(year|month|week|day)(s?)( |-|)old\b(?=(.?))/g

/**
 * "a 17 year-old boy", "the 53 year-old", "a 56-year old man", "45-yearold": an age before its noun, or standing for a person,
 * is one word of three parts and two hyphens; "all about 30-years-old," after its noun is three words ("30 years old"). Written
 * with spaces throughout after its noun ("he is 15 years old") it is right as it is.
 */
export function reportAgeHyphens(file: VFile, value: string): void {
  // An age ends in "old": a story without the letters spares the pattern's try at every character.
  if (!value.includes('old')) return
  age.lastIndex = 0
  for (let match = age.exec(value); match; match = age.exec(value)) {
    const [, determiner, count, first, unit, plural, second, next] = match
    const hyphens = Number(first === '-') + Number(second === '-')
    if (hyphens === 2 && plural === '') continue
    // "15 years old", "1 year old": three words, right after the noun; before it, after an article, one ("a 15 years old girl").
    if (first === ' ' && second === ' ' && determiner === undefined && (plural === 's' || count === '1')) continue
    const start = match.index + (determiner?.length ?? 0)
    const end = match.index + match[0].length
    if (insideAddress(value, start, end)) continue
    // Closing its clause ("all about 30-years-old,"), it follows its noun: three words.
    const predicative = determiner === undefined && /^(?:[,.;:)]|$)/.test(next ?? '') && plural === 's'
    const expected = predicative ? `${count} ${unit}s old` : `${count}-${unit}-old`
    if (expected === value.slice(start, end)) continue
    report(file, {
      ruleId: 'usage',
      reason: predicative ? `Unexpected ${quote(value.slice(start, end))} after its noun, expected ${quote(expected)}` : `Unexpected ${quote(value.slice(start, end))}, expected ${quote(expected)}: an age before its noun takes two hyphens`,
      start,
      end,
      level: 'warning',
      expected: [expected]
    })
  }
}
