import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {afterName} from '../text/after-name.js'
import {inTitleCaseLine} from '../text/title-case-line.js'
import {inHeadline} from '../text/headline.js'
import {longestFirst} from '../text/normalize.js'
import {isSentenceStart} from '../text/sentence-start.js'
import {listPattern} from '../text/list-pattern.js'

export interface BareTheNameContext {
  /** Names English writes with "the", as written (dictionaries/the-names.txt). */
  names: ReadonlySet<string>
  /** Prepositions and "that", after which such a name or a decade opens its own noun phrase (dictionaries/bare-name-leads.txt). */
  leads: ReadonlySet<string>
  /** Whether a lowercase word may be a finite verb ("is", "imposed"). */
  mayBeVerb: (lower: string) => boolean
  /** Whether Brown uses a lowercase word as a noun more often than not. */
  isNoun: (lower: string) => boolean
  /** Whether Brown reads a lowercase word as a preposition nine times in ten. */
  isPreposition: (lower: string) => boolean
}

/** A word in lowercase or opening with a capital, then a name of the list as a whole word, longest names first. */
// "US$5", "UK-based": a sign or a hyphen after makes the name part of another word.
const leadThenName = listPattern((names) => new RegExp(`(?<![\\p{L}\\p{N}'’-])(\\p{Lu}?\\p{Ll}+) (${longestFirst(names)})(?![\\p{L}\\p{N}$-])`, 'gu'))

/**
 * A decade in figures after a lowercase word ("in 1980s", "since mid-1990s");
 * not a year's possessive before a count ("from 1960's 1,257,700 starts").
 */
const leadThenDecade = /(?<![\p{L}\p{N}'’-])(\p{Ll}+) ((?:mid-)?(?:1\d|20)\d0['’]?s)(?![\p{L}\p{N}-]| \p{N})/gu

/**
 * "restore security to Middle East.", "He added that US was pursuing",
 * "exported by 1990s": a name English writes with "the", or a decade, after
 * a preposition with its article dropped, as translation from languages
 * without articles (Russian, Chinese, Persian, Turkish) drops it. Only where
 * the name ends its phrase (a mark, a verb or a preposition after it):
 * before a noun it modifies one and takes no article ("from US manufacturer
 * Boeing", "in US dollars"). Headlines drop articles by design.
 */
export function reportBareTheNames(file: VFile, value: string, context: BareTheNameContext): void {
  if (context.names.size > 0) {
    for (const match of value.matchAll(leadThenName(context.names))) {
      const [whole, lead, name] = match as unknown as [string, string, string]
      // "In DRC, the rebels …": a lead capitalized only as a sentence's first word.
      if (!context.leads.has(lead.toLowerCase()) || (lead !== lead.toLowerCase() && !isSentenceStart(value, match.index))) continue
      const end = match.index + whole.length
      if (!endsPhrase(value.slice(end, end + 24), context)) continue
      flag(file, value, match.index, lead, name)
    }
  }
  for (const match of value.matchAll(leadThenDecade)) {
    const [, lead, decade] = match as unknown as [string, string, string]
    if (context.leads.has(lead)) flag(file, value, match.index, lead, decade)
  }
}

/**
 * A mark or the end, a verb that is no noun ("was", not "picks": "a slate of
 * Pentagon picks"), or a preposition. Not a possessive: "since Philippines’
 * Teofilo Yldefonso" is how much edited copy writes one before a person.
 */
function endsPhrase(after: string, context: BareTheNameContext): boolean {
  if (/^['’]/u.test(after)) return false
  const next = afterName(after)
  return next === true || (next !== undefined && ((context.mayBeVerb(next) && !context.isNoun(next)) || context.isPreposition(next)))
}

function flag(file: VFile, value: string, start: number, lead: string, name: string): void {
  if (inTitleCaseLine(value, start) || inHeadline(value, start)) return
  const fixed = `${lead} the ${name}`
  report(file, {
    ruleId: 'usage',
    reason: `Unexpected ${quote(`${lead} ${name}`)}: English writes ${quote(name)} with ${quote('the')}, ${quote(fixed)}`,
    start,
    end: start + lead.length + 1 + name.length,
    level: 'warning',
    expected: [fixed]
  })
}
