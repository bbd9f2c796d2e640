import type {VFile} from 'vfile'
import {quote, report} from '../message.js'

/**
 * "39,37%", "2,5 million", "411,68 tons": a comma before one or two digits
 * is no thousands separator, which always has three. Before a percent sign,
 * a unit of count or any lowercase word but one that goes on a list or a
 * range ("questions 1,2 and 3", "1,2 to 3") it is the decimal comma of
 * Spanish, Portuguese, French, German, Italian or Russian copy carried into
 * English, which writes a point.
 */
const decimalComma = /(?<![\d.,])(\d{1,3}),(\d{1,2})(?![\d,])(?=\s?%|\s(?!(?:and|or|nor|to|through)\b)\p{Ll})/gu

/** A percent sign or a unit of count right after the number: a decimal whatever labels it. */
const unitAfter = /^(?:\s?%|\s(?:percent|per cent|percentage points?|points|million|billion|trillion)\b)/

/** "Sections 5,6 were", "pages 12,13 show": a plural noun labels the numbers before any other word as a list. */
const pluralBefore = /\p{L}{3,}[^s\W]s[ \u00a0]$/u

/** "32,53628 kg", "Tk 10,0000": digits after a thousands comma that are not three, so no one can say what was meant. */
const misgrouped = /(?<![\d.,])\d{1,3}(?:,\d{3})*,\d{4,}(?![\d.,])/g

/** A month's name or abbreviation before a day: "April 13,2018" is a date that lost its space (the spacing rule's). */
const dateBefore = /\p{Lu}\p{Ll}{2,8}\.? $/u

/** A number whose thousands are set apart by spaces ("2 350 711", "15 000"), as SI style and Southern African papers write them. */
const spacedThousands = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])/

/** What the whole story says of its number style, handed to a paragraph linted apart: '' or `spaced thousands`. */
export function numberStyle(document: string): string {
  return spacedThousands.test(document) ? spacedStyle : ''
}

const spacedStyle = 'spaced thousands'

/** Decimal commas in `value`; `style` is the whole story's `numberStyle` when `value` is one paragraph of it. */
export function reportDecimalCommas(file: VFile, value: string, style?: string): void {
  // A story that sets its thousands apart by spaces writes its decimals with a comma by the same style (SI, South Africa,
  // Zimbabwe): a house style to note, not a slip.
  let houseStyle: boolean | undefined = style === undefined ? undefined : style === spacedStyle
  for (const match of value.matchAll(decimalComma)) {
    const start = match.index!
    const end = start + match[0].length
    if (!unitAfter.test(value.slice(end, end + 24)) && pluralBefore.test(value.slice(Math.max(0, start - 24), start))) continue
    houseStyle ??= spacedThousands.test(value)
    const expected = `${match[1]}.${match[2]}`
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected decimal comma in ${quote(match[0])}, expected ${quote(expected)}: English writes a decimal point`,
      start,
      end,
      level: houseStyle ? 'info' : 'warning',
      expected: [expected]
    })
  }
  for (const match of value.matchAll(misgrouped)) {
    if (/^\d{1,2},\d{4}$/.test(match[0]) && dateBefore.test(value.slice(Math.max(0, match.index! - 12), match.index))) continue
    const start = match.index!
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(match[0])}: a thousands comma sets three digits apart, so the figure cannot be read`,
      start,
      end: start + match[0].length,
      level: 'warning',
      expected: []
    })
  }
}

/**
 * "70.000 workers", "1.100.000 gates": points that set thousands apart, as
 * Spanish, Portuguese, German, Italian and Turkish copy writes them, where
 * English sets commas. Two groups of three or more are thousands whatever
 * follows; one is, before a plural noun no unit of measure or amount word
 * ("5.265 kilograms", "2.365 trillion" keep their decimal point), and ".000"
 * before anything but a score's points or a percent ("about 140.000 have
 * been vaccinated"). Not after
 * a currency's sign or a letter ("$1.203", "R14.8813", "v2.100").
 */
const thousandsPoints = /(?<![\d.,\p{L}$€£¥₹])([1-9]\d{0,2})((?:\.\d{3})+)(?![.,]?\d)/gu
const pluralAfter = /^ (\p{Ll}{2,}s)\b/u
/** "2.500 people": the plural with no s. */
const peopleAfter = /^ people\b/u
/** A unit a figure is given to three decimals in: a score's points, a rate's percent. */
const fixedPrecision = /^\s?(?:%|percent\b|per cent\b|points?\b)/u

function pluralOf(after: string, measureWords: ReadonlySet<string>): boolean {
  const plural = pluralAfter.exec(after)?.[1]
  return plural !== undefined && !measureWords.has(plural)
}

export function reportThousandsPoints(file: VFile, value: string, measureWords: ReadonlySet<string>): void {
  if (!/\d\.\d{3}/.test(value)) return
  for (const match of value.matchAll(thousandsPoints)) {
    const start = match.index
    const end = start + match[0].length
    if (match[2]!.length === 4) {
      const after = value.slice(end, end + 30)
      // ".000" is no decimal English news writes but a score's or a rate's ("15.000 points", "4.000%"): thousands before anything else.
      if (match[2] === '.000' ? fixedPrecision.test(after) : !peopleAfter.test(after) && !pluralOf(after, measureWords)) continue
    }
    const expected = match[0].replace(/\./g, ',')
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(match[0])}: points set its thousands apart where English writes commas, expected ${quote(expected)}`,
      start,
      end,
      level: 'warning',
      expected: [expected]
    })
  }
}
