import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {inHeadline} from '../text/headline.js'
import {inTitleCaseLine} from '../text/title-case-line.js'
import {nextWord, type SentenceTokens, type Token} from '../text/tokens.js'

export interface SubjectCommaContext {
  /** Auxiliaries a subject takes ("was", "will"): dictionaries/subject-auxiliaries.txt. */
  auxiliaries: ReadonlySet<string>
  /** Verbs of saying ("said", "added"): dictionaries/quotation-verbs.txt. */
  quotationVerbs: ReadonlySet<string>
  /** Closed-class words ("in", "because"): none opens a subject. */
  functionWords: ReadonlySet<string>
  /** Words that open a noun phrase ("the", "this"). */
  determiners: ReadonlySet<string>
  /** Whether the dictionary has the word in lowercase: a lone common word before the comma is an adverb ("However,"). */
  isWord: (lower: string) => boolean
  /** Pronouns a subject may be ("it", "we"): after an auxiliary one inverts a condition ("The ban, had it remained"). */
  subjects: ReadonlySet<string>
  /** Whether a lowercase word may be a verb and is no noun by Brown ("held", "died"). */
  verbOnly: (lower: string) => boolean
  /** The class Brown gives a lowercase word nine times in ten ("v", "d", "r", "p"…). */
  wordClass: (lower: string) => string | undefined
}

/** The most words a subject before its comma may have: a longer run is more likely a clause of its own. */
const maxSubjectWords = 8
/** Marks a name or a noun phrase may hold ("Mr.", "Al-Sisi", "(HDP)", "Rwanda’s"). */
const subjectMarks = new Set(['.', '-', '(', ')', "'", '’'])
/** Brown's classes of a verb's forms: one before the comma makes the words a clause. */
const verbClasses = new Set(['v', 'z', 'd', 'g', 'e'])
/** Brown's classes of a common word that may open a subject: nouns and adjectives. */
const subjectClasses = new Set(['n', 's', 'j'])

/**
 * "Rabuka, will head a coalition", "Factory director Mesba Faruqui, said
 * the site was closed": one comma between a sentence's subject and its
 * verb, which no English punctuation puts there; translation from
 * languages that set a long subject apart (Indonesian, Turkish, Persian)
 * and hurried editing leave it. Only where the words before the comma open
 * the sentence, are no more than eight, hold no verb and start with a
 * determiner, a name, a noun or an adjective (not "However, should the
 * administration stay", "In his remarks, Prime Minister Holness said"), and
 * the word after it is an auxiliary before no subject of its own ("The ban,
 * had it remained") or a verb of saying. A verb of saying before "the" or a
 * name with another comma after it is said of the words around it ("The
 * economy, says the billionaire, is like a …"); before a preposition a past
 * opens a clause about the subject ("The list, announced on state TV, …").
 */
export function reportSubjectComma(file: VFile, entry: SentenceTokens, context: SubjectCommaContext): void {
  const {tokens} = entry
  const value = String(file.value)
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma < 1 || tokens[comma + 1]?.value !== ' ') return
  const subject = tokens.slice(0, comma)
  const first = subject[0]!
  if (first.kind !== 'word' || !/^\p{Lu}/u.test(first.value)) return
  // A determiner, a name, or a noun or an adjective opens a subject ("This winter", "Factory director"); not "However" or "Not content".
  if (!context.determiners.has(first.lower) && context.isWord(first.lower) && !subjectClasses.has(context.wordClass(first.lower) ?? '')) return
  const words = subject.filter((token) => token.kind === 'word')
  if (words.length > maxSubjectWords || subject.some((token) => token.kind !== 'word' && token.value !== ' ' && !subjectMarks.has(token.value))) return
  if (words.length === 1 && context.isWord(first.lower)) return
  if (words.some((word) => verbClasses.has(context.wordClass(word.lower) ?? '') || context.auxiliaries.has(word.lower) || context.verbOnly(word.lower) || unknownVerbForm(word.lower, context))) return
  // "Mike Colligan. of Alexandra": a full stop before a small letter is a sentence the parser ran on.
  if (/\.\s+\p{Ll}/u.test(value.slice(first.start, tokens[comma]!.start))) return
  const verb = tokens[comma + 2]
  if (verb?.kind !== 'word' || verb.value !== verb.lower || !takesSubject(verb, tokens, context)) return
  if (/\?\s*$/u.test(value.slice(first.start, tokens.at(-1)!.end)) || inHeadline(value, first.start) || inTitleCaseLine(value, first.start)) return
  const last = tokens[comma - 1]!
  const start = words.at(-1)!.start
  report(file, {
    ruleId: 'usage',
    reason: `Unexpected comma between the subject and its verb in ${quote(value.slice(start, verb.end))}: English sets no comma there`,
    start,
    end: verb.end,
    level: 'warning',
    expected: [`${value.slice(start, last.end)} ${verb.value}`]
  })
}

/** A past or an -ing form Brown lacks ("kicked", "according"): read as a verb, so the words hold a clause. */
function unknownVerbForm(lower: string, context: SubjectCommaContext): boolean {
  return /\p{L}{2}(?:ed|ing)$/u.test(lower) && context.wordClass(lower) === undefined
}

/** An auxiliary, or a verb of saying that is no inversion ("says the billionaire,") and a past that opens no clause ("announced on"). */
function takesSubject(verb: Token, tokens: readonly Token[], context: SubjectCommaContext): boolean {
  const next = nextWord(tokens, verb.index)
  if (!next || tokens[verb.index + 1]?.value !== ' ') return false
  // "should the administration stay": an auxiliary before its own subject opens a condition.
  if (context.auxiliaries.has(verb.lower)) return /^\p{Ll}/u.test(next.value) && !context.determiners.has(next.lower) && !context.subjects.has(next.lower)
  // "The train, said to have", "Göbeklitepe, added to the list": a participle before a preposition opens a clause about the subject.
  if (!context.quotationVerbs.has(verb.lower) || (context.functionWords.has(next.lower) && !context.determiners.has(next.lower))) return false
  if (next.value !== next.lower || context.determiners.has(next.lower)) return !tokens.slice(next.index, next.index + 12).some((token) => token.value === ',')
  return true
}
