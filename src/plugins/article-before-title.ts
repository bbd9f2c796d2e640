import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {capitalize} from '../text/normalize.js'
import {afterName} from '../text/after-name.js'

export interface TitledNameContext {
  /** Titles set before a name with no article (dictionaries/bare-titles.txt), lowercase, of one word or more. */
  bareTitles: ReadonlySet<string>
  /** Whether a lowercase word is a common word of the dictionary: a name's words are not. */
  isWord: (lower: string) => boolean
  /** Whether a capitalized word is a person's name's word on record (a given name, a known surname: "Trump", "Gates"). */
  isNameWord: (word: string) => boolean
  /** Whether a lowercase word is a noun by its usual use ("government"). */
  isNoun: (lower: string) => boolean
}

/** "the" or "The" as a word before a capital: a title written in lowercase after its article is a description ("the justice minister Adam Bodnar"). */
const article = /(?<![\p{L}\p{N}'’-])([Tt]he) (?=\p{Lu})/gu
/** Two or three capitalized words, each with a hyphened part or none ("Moon Jae-in"): a person's name. */
const personName = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2}(?![\p{L}\p{N}-])/u
/** A capitalized word, then "of" or "to", right before the article. */
const officeBefore = /\p{Lu}\p{Ll}*,? (?:of|to) $/u
/** Longest title tried, in words ("deputy prime minister"). */
export const longestTitle = 4

/**
 * "The President Shavkat Mirziyoyev said", "the Deputy Dmitry Golubov": a
 * title right before a person's name takes no article in English. Languages
 * that give a title its article (Spanish "el presidente Nayib Bukele") leave
 * one in translation. The name must be a person's: two or three capitalized
 * words, the first no common word, and nothing capitalized, numbered or
 * hyphened after it ("the King Fahd Causeway", "the President Kennedy-era
 * policy"), nor a noun it modifies ("the Prime Minister Narendra Modi government").
 */
export function reportArticleBeforeTitle(file: VFile, value: string, context: TitledNameContext): void {
  article.lastIndex = 0
  for (let match = article.exec(value); match; match = article.exec(value)) {
    const the = match[1]!
    const from = match.index + the.length + 1
    const line = value.slice(from, Math.min(value.length, from + 160)).split('\n')[0]!
    const words = line.split(' ')
    const titleLength = titleAt(words, context.bareTitles)
    if (titleLength === 0) continue
    // "Additional Secretary to the Prime Minister Dr Kazim Niaz", "Head of the Cabinet of the Prime Minister Antal Rogán": the name is
    // the first office holder's, and the article the office's.
    if (officeBefore.test(value.slice(Math.max(0, match.index - 40), match.index))) continue
    const title = words.slice(0, titleLength).join(' ')
    const named = personName.exec(line.slice(title.length + 1))
    if (!named || context.isWord(named[0].split(' ')[0]!.toLowerCase())) continue
    const name = named[0]
    // "the King Fahd Causeway": a common word that is no name's word on record names a thing.
    if (name.split(' ').some((word) => !context.isNameWord(word) && context.isWord(word.toLowerCase()))) continue
    // Something after the name that goes on with it ("the President Kennedy-era policy") or a noun it modifies: no person's name.
    if (!endsName(line.slice(title.length + 1 + name.length), context)) continue
    const start = match.index
    const end = from + title.length
    const expected = capitalizeTitle(title)
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(value.slice(start, end))} right before the name ${quote(name)}: a title before a name takes no article; expected ${quote(expected)}, or the title between commas (${quote(`${the} ${title.toLowerCase()}, ${name},`)})`,
      start,
      end,
      level: 'warning',
      expected: [expected]
    })
  }
}

/** How many words of `words`, from the first, are a title of the list: the longest, or 0. */
export function titleAt(words: readonly string[], titles: ReadonlySet<string>): number {
  for (let length = Math.min(longestTitle, words.length); length > 0; length--) {
    if (titles.has(words.slice(0, length).join(' ').toLowerCase())) return length
  }
  return 0
}

/** Nothing after the name that makes it part of a longer name or a modifier: a mark, the end, a possessive, or a word no noun. */
function endsName(after: string, context: TitledNameContext): boolean {
  const next = afterName(after)
  return next === true || (next !== undefined && !context.isNoun(next))
}

/** "President", "Foreign Minister": a title before a name written with its capitals. */
function capitalizeTitle(title: string): string {
  return title
    .split(' ')
    .map((word) => (word === 'of' ? word : /^(?:mp|pm)$/i.test(word) ? word.toUpperCase() : capitalize(word.toLowerCase())))
    .join(' ')
}
