import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {afterName} from '../text/after-name.js'

export interface CountryArticleContext {
  /** Countries that take no article, by name as written ("Saudi Arabia"); made when first asked. */
  countries: () => ReadonlySet<string>
  /** Whether a lowercase word may be a finite verb ("signed", "is"). */
  mayBeVerb: (lower: string) => boolean
}

/** "the" or "The" as a word, then up to three capitalized words. */
const theThenNames = /(?<![\p{L}\p{N}'’-])([Tt]he) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})/gu

/**
 * "from the Brazil's", "Because the Colombia", "across the Pakistan": a
 * country whose English name takes no article, written with one. Spanish,
 * Portuguese, French and Italian give some countries one ("el Brasil", "la
 * France"), and translation keeps it. Only where the name ends its phrase (a
 * mark, a possessive or a verb after it): before a noun the
 * name modifies it ("the Brazil squad", "the China Daily"), and "of" or
 * "that" after it makes one time or side of the country ("the Russia of the
 * 1990s").
 */
export function reportArticleBeforeCountry(file: VFile, value: string, context: CountryArticleContext): void {
  theThenNames.lastIndex = 0
  for (let match = theThenNames.exec(value); match; match = theThenNames.exec(value)) {
    const [whole, article, names] = match as unknown as [string, string, string]
    const words = names.split(' ')
    // The longest run of the words that is a country: "the Saudi Arabia", not "the Saudi".
    let country: string | undefined
    for (let length = words.length; length > 0 && !country; length--) {
      const candidate = words.slice(0, length).join(' ')
      if (context.countries().has(candidate)) country = candidate
    }
    if (!country) continue
    const start = match.index
    const end = start + article.length + 1 + country.length
    if (!endsPhrase(value.slice(end, end + 24), context)) continue
    theThenNames.lastIndex = start + whole.length
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(value.slice(start, end))}: English writes ${quote(country)} without an article`,
      start,
      end,
      level: 'warning',
      expected: [country]
    })
  }
}

/** A mark, the end, a possessive or a verb right after the name ("and" may join it to another as a modifier: "both the Armenia and “I Have Honor” alliances"). */
function endsPhrase(after: string, context: CountryArticleContext): boolean {
  const next = afterName(after)
  return next === true || (next !== undefined && context.mayBeVerb(next))
}
