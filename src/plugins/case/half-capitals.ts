import {quote} from '../../message.js'
import {capitalize} from '../../text/normalize.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import {inTitleCaseLine} from '../../text/title-case-line.js'
import {inHeadline} from '../../text/headline.js'
import {wordBefore} from '../../text/word-before.js'
import type {Raised} from './context.js'

export interface HalfCapitalContext {
  /** Adjectives capitalized mid-sentence only in a body's name (dictionaries/name-adjectives.txt). */
  nameAdjectives: ReadonlySet<string>
  /** Nouns bodies are named with (dictionaries/institution-words.txt). */
  institutionWords: ReadonlyMap<string, number>
  abbreviations: ReadonlySet<string>
  /** Words that open a noun phrase ("the", "this"): capitalized as a sentence's first word, one is no word of a longer name. */
  determiners: ReadonlySet<string>
}

/** A capitalized word, then a word in lowercase, each a word of its own. */
const pair = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) (\p{Ll}+)(?![\p{L}\p{N}'’-])/gu

/**
 * "the National bank of Kazakhstan", "the Supreme court ruled": a body's
 * name with its adjective capitalized and its noun not. Mid-sentence, the
 * capital says the writer meant the name; the fix capitalizes the noun.
 * Parties are left alone: the Guardian's style writes "the Socialist party".
 */
export function halfCapitals(context: HalfCapitalContext, value: string): Raised[] {
  if (context.nameAdjectives.size === 0) return []
  const raised: Raised[] = []
  pair.lastIndex = 0
  for (let match = pair.exec(value); match; match = pair.exec(value)) {
    const [, adjective, noun] = match as unknown as [string, string, string]
    if (!context.nameAdjectives.has(adjective.toLowerCase()) || !context.institutionWords.has(noun) || partyNoun.test(noun)) {
      // The noun may be the next pair's adjective's word: look again from it.
      pair.lastIndex = match.index + adjective.length + 1
      continue
    }
    const start = match.index
    if (isSentenceStart(value, start, context.abbreviations) || inTitleCaseLine(value, start) || inHeadline(value, start)) continue
    // "the North Central states": a capitalized word before makes the adjective part of a longer name;
    // "The Supreme court ruled": a determiner capitalized only as the sentence's first word does not.
    if (capitalizedBefore.test(value.slice(Math.max(0, start - 30), start)) && !openingDeterminer(context, value, start)) continue
    const nounStart = start + adjective.length + 1
    raised.push({
      start: nounStart,
      end: nounStart + noun.length,
      expected: capitalize(noun),
      reason: `Unexpected lowercase ${quote(noun)} after ${quote(adjective)}: the capital says ${quote(`${adjective} ${capitalize(noun)}`)} is a name, expected ${quote(capitalize(noun))}`
    })
  }
  return raised
}

const partyNoun = /^part(?:y|ies)$/u
const capitalizedBefore = /\p{Lu}[\p{L}'’-]* $/u

/** Whether the word before `start` is a determiner opening its sentence ("The" in "The Supreme court ruled"). */
function openingDeterminer(context: HalfCapitalContext, value: string, start: number): boolean {
  const word = wordBefore(value, start)
  if (!context.determiners.has(word)) return false
  const wordStart = start - word.length - 1
  return isSentenceStart(value, wordStart, context.abbreviations) && !inTitleCaseLine(value, wordStart) && !inHeadline(value, wordStart)
}
