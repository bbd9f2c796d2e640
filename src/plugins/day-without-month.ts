import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {insideQuotation} from '../text/quotation.js'

/**
 * "on the morning of the 5th", "on the 9th.": an ordinal day after "on the"
 * or "of the", with no noun after it and no other ordinal in a list ("the
 * 11th, 12th and 13th Central Committee"); "at the 9th" is a golf hole.
 */
const theDay = /\b(?:on|of) the (\d{1,2})(?:st|nd|rd|th)\b(?![ \t]*[-–]?[ \t]*[\p{L}\d])(?![ \t]*(?:,|and|&)[ \t]*\d)/gu
/** "today (26th)": the day alone in brackets. */
const bracketedDay = /\((\d{1,2})(?:st|nd|rd|th)\)/gu

/**
 * A day of the month with no month: Chinese, Japanese and Korean news date
 * a story by its day alone (5日, "the 5th"), and machine translation keeps
 * it. English copy names the month ("March 5"); only the writer knows it, so
 * there is no fix. It is a note: Korean and Japanese English-language
 * papers date stories so in edited copy ("on the 12th"), and editors of
 * translated copy leave it, the day in brackets too ("this Sunday (8th)").
 */
export function reportDaysWithoutMonth(file: VFile, value: string): void {
  for (const pattern of [theDay, bracketedDay]) {
    for (const match of value.matchAll(pattern)) {
      const day = Number(match[1])
      if (day < 1 || day > 31 || insideQuotation(value, match.index)) continue
      const start = pattern === theDay ? match.index + match[0].indexOf(match[1]!) : match.index
      const end = match.index + match[0].length
      const actual = value.slice(start, end)
      report(file, {
        ruleId: 'usage',
        reason: `Unexpected ${quote(actual)}: a day of the month with no month; name the month (${quote(`March ${day}`)})`,
        start,
        end,
        level: 'info'
      })
    }
  }
}
