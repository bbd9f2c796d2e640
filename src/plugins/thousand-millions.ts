import type {VFile} from 'vfile'
import {quote, report} from '../message.js'

/**
 * "100,000 million": a count of millions in whole thousands. Not "1,500
 * million dollars", which American government prose wrote into the 1940s.
 */
const thousandsOfMillions = /(?<![\d.,])(\d{1,3}(?:,\d{3})*),000 million\b/g

/**
 * Spanish, Portuguese and French count a billion as a thousand millions
 * ("cien mil millones", "milliards"), and translation writes "100,000
 * million". English copy says "100 billion".
 */
export function reportThousandMillions(file: VFile, value: string): void {
  for (const match of value.matchAll(thousandsOfMillions)) {
    const billions = Number(match[1]!.replace(/,/g, '')).toLocaleString('en-US')
    const expected = `${billions} billion`
    const start = match.index
    const end = start + match[0].length
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(match[0])}: a thousand millions is a billion, expected ${quote(expected)}`,
      start,
      end,
      level: 'warning',
      expected: [expected]
    })
  }
}
