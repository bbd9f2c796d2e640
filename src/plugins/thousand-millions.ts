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

/**
 * "14.5 thousand homes", "1 million 775 thousand", "2 thousand 599": a count
 * in figures with the word "thousand" in it, and the millions and billions
 * before it and the units after it that belong to the same number; not a
 * compound ("2 thousand-year-old").
 */
const figuresThousand = /(?<![\d.,])((?:\d{1,3} (?:billion|million) (?:and )?)*)(\d{1,3}(?:\.\d{1,3})?) thousand(?![\p{L}-])(?: (?:and )?(\d{1,3})(?!\d|[.,]\d| ?(?:thousand|million|billion|percent|per cent|%)))?/gu
const scale: Readonly<Record<string, number>> = {billion: 1e9, million: 1e6}

/** A range whose first number shares the "thousand" ("5 to 10 thousand"), or millions in words ("eight million 761 thousand"): written out, the figure would change its value. */
const leftOfNumber = /(?:\d\s*(?:and|or|to|-|–|—)|\p{L} (?:billion|million) (?:and )?)\s*$/u

/**
 * Russian, Chinese, Indonesian and Spanish copy counts in thousands as words
 * ("14,5 тыс.", "30万", "ribu"), and translation writes "14.5 thousand
 * homes"; English copy writes the figure, "14,500 homes".
 */
export function reportFiguresThousand(file: VFile, value: string): void {
  for (const match of value.matchAll(figuresThousand)) {
    const start = match.index
    if (leftOfNumber.test(value.slice(Math.max(0, start - 16), start))) continue
    let count = Math.round(Number(match[2]) * 1000) + Number(match[3] ?? 0)
    for (const [, figure, word] of match[1]!.matchAll(/(\d{1,3}) (billion|million)/gu)) count += Number(figure) * scale[word!]!
    const expected = count.toLocaleString('en-US')
    // Words and figures mixed inside one number ("2 thousand 599", "1 million 775 thousand") no edited copy writes; "300
    // thousand" alone some agencies do (Antara), and annotators of machine-translated copy mark it one time in three.
    const mixed = match[1] !== '' || match[3] !== undefined
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(match[0])}: English writes a count of thousands in figures, expected ${quote(expected)}`,
      start,
      end: start + match[0].length,
      level: mixed ? 'warning' : 'info',
      expected: [expected]
    })
  }
}
