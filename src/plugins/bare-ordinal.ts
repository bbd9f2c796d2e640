import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {inTitleCaseLine} from '../text/title-case-line.js'
import {inHeadline} from '../text/headline.js'
import {longestFirst} from '../text/normalize.js'
import {listPattern} from '../text/list-pattern.js'

export interface BareOrdinalContext {
  /** Ordinals as words (dictionaries/ordinal-words.txt). */
  ordinals: ReadonlySet<string>
  /** Nouns an ordinal takes with no article ("in first place"; dictionaries/bare-ordinal-idioms.txt). */
  idioms: ReadonlySet<string>
  /** The class Brown gives a lowercase word nine times in ten ("p" for a preposition, "n" for a singular noun). */
  wordClass: (lower: string) => string | undefined
  /** Whether Brown uses the word as a noun more often than not ("increase"); none when not given. */
  nounToo?: ((lower: string) => boolean) | undefined
  /** Whether the dictionary has the word in lowercase. */
  isWord: (lower: string) => boolean
}

/** A lowercase word, an ordinal of the list, a lowercase word: the ordinal first, so that most places fail on a letter. */
const prepositionOrdinalNoun = listPattern((ordinals) => new RegExp(`(?<=(?<![\\p{L}\\p{N}'’-])(\\p{Ll}+) )(${longestFirst(ordinals)}) (\\p{Ll}+)(?![\\p{L}\\p{N}'’-])`, 'gu'))

/** What may follow the noun for it to end its phrase: a mark, or a function word. */
const afterNoun = /^(?:[,.;:!?)]|$| (\p{Ll}+))/u

/**
 * "in first trimester", "for second time": a preposition, an ordinal and a
 * singular noun with the article dropped, as translation from languages
 * without articles drops it. Only where the noun ends its phrase (a mark or
 * a preposition after it): before another noun the three may be a compound
 * a headline or a title shortens ("first quarter profit"). Headlines, in
 * title case or not, drop articles by design.
 */
export function reportBareOrdinals(file: VFile, value: string, context: BareOrdinalContext): void {
  if (context.ordinals.size === 0) return
  for (const match of value.matchAll(prepositionOrdinalNoun(context.ordinals))) {
    const [rest, preposition, ordinal, noun] = match as unknown as [string, string, string, string]
    if (context.wordClass(preposition) !== 'p' || !singularNoun(noun, context) || context.idioms.has(noun)) continue
    const start = match.index - preposition.length - 1
    const whole = value.slice(start, match.index + rest.length)
    const end = match.index + rest.length
    const after = afterNoun.exec(value.slice(end, end + 24))
    if (!after || (after[1] !== undefined && context.wordClass(after[1]) !== 'p')) continue
    if (inTitleCaseLine(value, start) || inHeadline(value, start)) continue
    const fixed = `${preposition} the ${ordinal} ${noun}`
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(whole)}: an ordinal before a singular noun takes ${quote('the')}, ${quote(fixed)}`,
      start,
      end,
      level: 'warning',
      expected: [fixed]
    })
  }
}

/** A singular noun by Brown's classes, or a word Brown lacks that has no ending of a plural, a verb or an adverb ("trimester"). */
function singularNoun(word: string, context: BareOrdinalContext): boolean {
  const kind = context.wordClass(word)
  if (kind !== undefined) return kind === 'n' || (context.nounToo?.(word) === true && kind !== 's')
  return context.isWord(word) && !/(?:s|ed|ing|ly)$/u.test(word)
}
