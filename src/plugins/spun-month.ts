import type {VFile} from 'vfile'
import {report} from '../message.js'

/** "Might" before a number: the modal verb never stands there. */
const mightBeforeNumber = /(?<![\p{L}])Might(?= \d)/gu

/**
 * "the defeat on Might 11, 1992", "in Might 2024": a synonym spinner's
 * "Might" for the month May, which it read as the modal verb. Before a day or
 * a year the word can only be the month.
 */
export function reportSpunMonths(file: VFile, value: string): void {
  for (const match of value.matchAll(mightBeforeNumber)) {
    report(file, {
      ruleId: 'usage',
      reason: 'Unexpected `Might` before a number: a synonym for the verb "may" where the month May belongs',
      start: match.index,
      end: match.index + match[0].length,
      level: 'warning',
      expected: ['May']
    })
  }
}
