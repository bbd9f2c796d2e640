import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {afterName} from '../text/after-name.js'
import {listPattern} from '../text/list-pattern.js'

export interface DatePrepositionContext {
  /** The months, lowercase (dictionaries/month-names.txt). */
  months: ReadonlySet<string>
  /** Closed-class words (dictionaries/function-words.txt): after a date, one of them starts the next phrase. */
  functionWords: ReadonlySet<string>
}

/** "on March", "on March 2024", "in March 6", "in 6 March"; not a month with its day after a comma ("on April,10"). */
const datePattern = listPattern((months) => {
  const names = [...months].map((month) => month[0]!.toUpperCase() + month.slice(1)).join('|')
  return new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(?:([Oo]n) (${names})(?:,? (\\d{4}))?(?![\\p{L}\\p{N}]|,? ?\\d{1,2}(?!\\d)| the \\d)|([Ii]n) (?:(${names}) (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (${names}))(?![\\p{L}\\p{N}]))`,
    'gu'
  )
})

/**
 * "on June in Curuguaty", "on July 2021", "in May 18,": a month or a year
 * takes "in", a day "on". Romance and Slavic languages put one preposition
 * before both, and translation keeps it. Only where the date ends its
 * phrase (a mark, the end, or a closed-class word after it): before a noun
 * the date modifies it ("in May 14 elections", "a report on March
 * inflation"), and a possessive makes it one ("in March 16th’s vote").
 */
export function reportDatePrepositions(file: VFile, value: string, context: DatePrepositionContext): void {
  for (const match of value.matchAll(datePattern(context.months))) {
    const [whole, on, month, year, inWord, monthFirst, day, dayFirst, monthAfter] = match as unknown as Array<string | undefined>
    const end = match.index + whole!.length
    if (!endsPhrase(value.slice(end, end + 24), context)) continue
    if (on) {
      if (value.startsWith(' Day', end)) continue
      const fixed = `${on === 'On' ? 'In' : 'in'} ${month}${year ? whole!.slice(on.length + 1 + month!.length) : ''}`
      flag(file, match.index, end, whole!, fixed, year ? 'a month and a year take “in”' : 'a month takes “in”')
    } else if (inWord && (day ?? dayFirst) && (monthFirst ?? monthAfter)) {
      const fixed = `${inWord === 'In' ? 'On' : 'on'}${whole!.slice(inWord.length)}`
      flag(file, match.index, end, whole!, fixed, 'a day of the month takes “on”')
    }
  }
}

/** The end, a mark, or a closed-class word after the date; not a possessive, a hyphen or a noun it modifies. */
function endsPhrase(after: string, context: DatePrepositionContext): boolean {
  if (/^['’-]/u.test(after)) return false
  const next = afterName(after)
  return next === true || (next !== undefined && context.functionWords.has(next))
}

function flag(file: VFile, start: number, end: number, actual: string, fixed: string, why: string): void {
  report(file, {
    ruleId: 'usage',
    reason: `Unexpected ${quote(actual)}: ${why}, ${quote(fixed)}`,
    start,
    end,
    level: 'warning',
    expected: [fixed]
  })
}
