import type {VFile} from 'vfile'
import {report} from '../message.js'

/** "Might" before a number, or "may" written small: the modal verb never stands there. */
const modalBeforeNumber = /(?<![\p{L}])(Might|may)(?= \d{1,4}(?:st|nd|rd|th)?(?![\p{L}\d]))/gu

/**
 * "18 Could 2022", "on Could 18, 2022", "in Could 2024": the other modal a
 * spinner writes for May. "Could" opens questions before counts ("Could 12
 * members vote?"), so only a date's shape makes it the month: a day before it
 * and a year after, a day and a year after, or a preposition and a number.
 */
const could = /(?<![\p{L}])Could(?= \d)/gu
/** Before "Could": a day, or a preposition of time. */
const dayBefore = /(?<![\p{L}\d])\d{1,2} $/u
const prepositionBefore = /(?<![\p{L}])(?:in|on|since|until|from|by|of|early|late|mid) $/u
/** After "Could": a year; a day and a year; a number of up to four digits. */
const yearAfter = /^ \d{4}(?!\d)/u
const dayAndYearAfter = /^ \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?!\d)/u
const numberAfter = /^ \d{1,4}(?![\p{L}\d])/u

/** Whether the "Could" at `start` stands in a date's shape. */
function couldAsMonth(value: string, start: number): boolean {
  const before = value.slice(Math.max(0, start - 8), start)
  const after = value.slice(start + 5, start + 20)
  return (dayBefore.test(before) && yearAfter.test(after)) || dayAndYearAfter.test(after) || (prepositionBefore.test(before) && numberAfter.test(after))
}

/**
 * "the defeat on Might 11, 1992", "in Might 2024": a synonym spinner's
 * "Might" for the month May, which it read as the modal verb. Before a day or
 * a year the word can only be the month; so can "may" written small ("In may
 * 2015"), which a case rule leaves alone as the verb.
 */
export function reportSpunMonths(file: VFile, value: string): void {
  for (const match of value.matchAll(could)) {
    if (!couldAsMonth(value, match.index)) continue
    report(file, {ruleId: 'usage', reason: 'Unexpected `Could` in a date: a synonym for the verb "may" where the month May belongs', start: match.index, end: match.index + match[0].length, level: 'warning', expected: ['May']})
  }
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
