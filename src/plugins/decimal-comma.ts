import type {VFile} from 'vfile'
import {quote, report} from '../message.js'

/**
 * "39,37%", "2,5 million": a comma before one or two digits is no
 * thousands separator, which always has three. Before a percent sign or a
 * unit of count it is the decimal comma of Spanish, Portuguese, French,
 * German or Italian copy carried into English, which writes a point.
 */
const decimalComma = /(?<![\d.,])(\d{1,3}),(\d{1,2})(?![\d,])(?=\s?%|\s(?:percent|per cent|percentage points?|points|million|billion|trillion)\b)/g

/** A number whose thousands are set apart by spaces ("2 350 711", "15 000"), as SI style and Southern African papers write them. */
const spacedThousands = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])/

export function reportDecimalCommas(file: VFile, value: string): void {
  // A story that sets its thousands apart by spaces writes its decimals with a comma by the same style (SI, South Africa,
  // Zimbabwe): a house style to note, not a slip.
  let houseStyle: boolean | undefined
  for (const match of value.matchAll(decimalComma)) {
    houseStyle ??= spacedThousands.test(value)
    const expected = `${match[1]}.${match[2]}`
    const start = match.index
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected decimal comma in ${quote(match[0])}, expected ${quote(expected)}: English writes a decimal point`,
      start,
      end: start + match[0].length,
      level: houseStyle ? 'info' : 'warning',
      expected: [expected]
    })
  }
}
