import type {VFile} from 'vfile'
import {report} from '../message.js'

/** "Might" before a number, or "may" written small: the modal verb never stands there. */
const modalBeforeNumber = /(?<![\p{L}])(Might|may)(?= \d{1,4}(?:st|nd|rd|th)?(?![\p{L}\d]))/gu

/**
 * "the defeat on Might 11, 1992", "in Might 2024": a synonym spinner's
 * "Might" for the month May, which it read as the modal verb. Before a day or
 * a year the word can only be the month; so can "may" written small ("In may
 * 2015"), which a case rule leaves alone as the verb.
 */
export function reportSpunMonths(file: VFile, value: string): void {
  for (const match of value.matchAll(modalBeforeNumber)) {
    report(file, {
      ruleId: 'usage',
      reason: match[1] === 'may' ? 'Unexpected lowercase `may` before a number: the month May' : 'Unexpected `Might` before a number: a synonym for the verb "may" where the month May belongs',
      start: match.index,
      end: match.index + match[0].length,
      level: 'warning',
      expected: ['May']
    })
  }
}
