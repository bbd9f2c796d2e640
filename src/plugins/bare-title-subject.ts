import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {inHeadline} from '../text/headline.js'
import {inTitleCaseLine} from '../text/title-case-line.js'
import type {SentenceTokens, Token} from '../text/tokens.js'
import {longestTitle, titleAt} from './article-before-title.js'

export interface BareTitleSubjectContext {
  /** Titles set before a name with no article (dictionaries/bare-titles.txt), lowercase. */
  bareTitles: ReadonlySet<string>
  /** Auxiliaries a subject takes ("has", "was", "will"): dictionaries/subject-auxiliaries.txt. */
  auxiliaries: ReadonlySet<string>
  /** Verbs of saying ("said", "added"): dictionaries/quotation-verbs.txt. */
  quotationVerbs: ReadonlySet<string>
  /** Whether a lowercase word is a verb's past, participle or -s form ("expressed", "says"). */
  isVerbForm: (lower: string) => boolean
  /** Whether a capitalized word is a person's name's word on record ("King", "Speaker" are surnames too). */
  isNameWord: (word: string) => boolean
}

/** A capitalized word or an initialism: the shape of each word of a title opening a sentence. */
const titleWord = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,3})$/u
/** Initials or a short abbreviation before the sentence ("U.S. President has", "Pj. Governor"): the parser ends a sentence there, the writer did not. */
const initialsBefore = /(?:^|[^\p{L}])(?:(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}{0,2}\.)\s*$/u
/** How a sentence of running prose ends: a closing mark, perhaps inside a quotation or a bracket. */
const closed = /[.!?…]["”’)]*\s*$/u

/**
 * "Prime Minister said on Monday", "President expressed his thanks": a
 * title with no name after it, opening a sentence as its subject, without
 * the article English gives an office named alone. Languages without
 * articles (Russian, Chinese, Indonesian, Turkish) leave it out in
 * translation. Only where the next word is a verb's inflected form, a verb of saying
 * or an auxiliary ("also" may stand between), in a sentence of running
 * prose: a headline's present ("President tasks Michal") drops its
 * articles by design, and a title that is also a surname ("King has been
 * acting chief") may be a person's name.
 */
export function reportBareTitleSubjects(file: VFile, entry: SentenceTokens, context: BareTitleSubjectContext): void {
  const {tokens} = entry
  const first = tokens.findIndex((token) => token.kind === 'word')
  if (first < 0 || tokens.slice(0, first).some((token) => token.kind !== 'space' && !/^["“‘']$/u.test(token.value))) return
  const words: Token[] = []
  for (let index = first; index < tokens.length && words.length < longestTitle; index += 2) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !titleWord.test(token.value)) break
    words.push(token)
    if (tokens[index + 1]?.value !== ' ') break
  }
  const length = titleAt(words.map((word) => word.value), context.bareTitles)
  if (length === 0) return
  const title = words.slice(0, length)
  if (length === 1 && context.isNameWord(title[0]!.value)) return
  let at = first + length * 2
  let verb = tokens[at]
  if (verb?.kind === 'word' && verb.value === 'also' && tokens[at + 1]?.value === ' ') verb = tokens[(at += 2)]
  if (tokens[at - 1]?.value !== ' ' || verb?.kind !== 'word' || verb.value !== verb.lower || !takesTitle(verb.lower, context)) return
  const value = String(file.value)
  const start = title[0]!.start
  if (initialsBefore.test(value.slice(Math.max(0, start - 12), start)) || !closed.test(value.slice(start, tokens.at(-1)!.end))) return
  if (inHeadline(value, start) || inTitleCaseLine(value, start)) return
  const end = title.at(-1)!.end
  const written = value.slice(start, end)
  report(file, {
    ruleId: 'usage',
    reason: `Unexpected ${quote(written)} alone as the subject: an office named without its holder's name takes the article, expected ${quote(`The ${written}`)}`,
    start,
    end,
    level: 'warning',
    expected: [`The ${written}`]
  })
}

/** A verb's inflected form, a verb of saying or an auxiliary: what a subject takes next. */
function takesTitle(lower: string, context: BareTitleSubjectContext): boolean {
  return context.auxiliaries.has(lower) || context.quotationVerbs.has(lower) || context.isVerbForm(lower)
}
