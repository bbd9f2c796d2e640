import type {VFile} from 'vfile'
import {beForms, type Collocations} from '../data/collocations.js'
import type {Lexicon} from '../data/lexicon.js'
import type {Usage} from '../data/usage.js'
import {quote, report} from '../message.js'
import {nextWord, previousWord, type SentenceTokens, type Token} from '../text/tokens.js'

export interface ThatClauseContext {
  usage: Usage
  collocations: Collocations
  /** Lowercase subject pronouns ("he", "they"). */
  subjects: ReadonlySet<string>
  /** Words that open a noun phrase ("the", "their"). */
  determiners: ReadonlySet<string>
  /** Auxiliaries that follow a subject ("has", "would"). */
  auxiliaries: ReadonlySet<string>
  /** The spelling dictionary: a sentence's first word that is a common word names no one ("When told that", "Rest assured that"). */
  lexicon: Lexicon
  demonstratives?: ReadonlySet<string>
  wordClass?: (lower: string) => string | undefined
}

const times = (count: number) => (count === 1 ? 'once' : `${count} times`)

/**
 * "Sheinbaum assured that": a verb edited English gives the person told
 * before its that-clause ("assured them that"), straight after its subject
 * and before a clause. Only a finite form after a pronoun or a name counts,
 * as in the build's counts: "when told that", "rest assured that", "was
 * informed that" and "to assure that" (the "ensure" sense) are English.
 */
export function reportThatClauses(file: VFile, entry: SentenceTokens, context: ThatClauseContext) {
  const {tokens, words} = entry
  for (const index of words) {
    const that = tokens[index]!
    if (that.value !== 'that') continue
    const verb = previousWord(tokens, index)
    if (!verb || verb.value !== verb.lower) continue
    const form = context.collocations.formOf(verb.lower)
    if (!form || form[0] !== 'v' || form[1] === verb.lower || verb.lower.endsWith('ing')) continue
    const counts = context.usage.thatVerbs.get(form[1])
    if (!counts || !afterSubject(entry, verb, context) || !opensClause(nextWord(tokens, index), context)) continue
    const [bare, withPerson] = counts
    // The fix keeps the tense: "tells that" → "says that".
    const fix = verb.lower.endsWith('s') ? 'says that' : 'said that'
    const lemma = quote(form[1])
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(`${verb.value} that`)}: after ${lemma}, edited English names the person before a that-clause (${quote(`${verb.value} them that`)}: a pronoun between ${withPerson} times in the corpora) and ${bare === 0 ? 'never leaves them out' : `leaves them out ${times(bare)}`}; say whom, or write ${quote(fix)}`,
      start: verb.start,
      end: that.end,
      level: 'warning',
      expected: [fix]
    })
  }
}

/**
 * Whether the verb follows its subject: a subject pronoun other than "it"
 * (whose verb has the "ensure" sense), a name, or a lowercase word after
 * "the" ("the minister"). A sentence's first word is a name only when it is
 * no common word or is a name as well ("Bush").
 */
function afterSubject(entry: SentenceTokens, verb: Token, context: ThatClauseContext): boolean {
  let subject = previousWord(entry.tokens, verb.index)
  // "has assured", "firmly assured", "also assured": an auxiliary of the perfect or a modal
  // (a form of "be" makes a passive) and an adverb may stand between.
  for (let skipped = 0; subject && skipped < 2 && isBetween(subject, context); skipped++) subject = previousWord(entry.tokens, subject.index)
  if (!subject) return false
  const lower = subject.lower
  if (context.subjects.has(lower)) return lower !== 'it'
  if (/^\p{Lu}/u.test(subject.value)) return entry.words[0] !== subject.index || !context.lexicon.hasLowercase(lower) || context.lexicon.hasCapitalForm(lower)
  return subject.value === lower && previousWord(entry.tokens, subject.index)?.lower === 'the'
}

function isBetween(word: Token, context: ThatClauseContext): boolean {
  if (word.value !== word.lower) return false
  return (context.auxiliaries.has(word.lower) && !beForms.has(word.lower)) || /\p{L}{3}ly$/u.test(word.lower) || context.wordClass?.(word.lower) === 'r'
}

/** Whether "that" opens a clause, not a noun phrase ("told that story"): a subject pronoun, a determiner or demonstrative, a name or a figure comes next. */
function opensClause(word: Token | undefined, context: ThatClauseContext): boolean {
  if (!word) return false
  if (context.subjects.has(word.lower) || /^[\p{Lu}\p{N}]/u.test(word.value)) return true
  if (word.lower !== 'that' && context.demonstratives?.has(word.lower)) return true
  // Not "that" again, nor an adjective the list of determiners holds for names ("told that new story").
  return context.determiners.has(word.lower) && word.lower !== 'that' && context.collocations.formOf(word.lower) === undefined
}
