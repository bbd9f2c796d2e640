import type {VFile} from 'vfile'
import {Collocations, type OddPair} from '../data/collocations.js'
import {quote, report} from '../message.js'
import {nextWord, type SentenceTokens, type Token} from '../text/tokens.js'

export interface Options {
  collocations: Collocations | undefined
  /** Lowercase pronouns a finite verb follows ("he", "they"). */
  subjects: ReadonlySet<string>
  /** Words that open a noun phrase ("the", "their"): after "to", they make it a preposition. */
  determiners: ReadonlySet<string>
  /** Lowercase words of dates and times ("tuesday", "week"): a preposition before one opens a time adjunct. */
  timeWords: ReadonlySet<string>
  /** Words between such a preposition and its time word ("the", "last": dictionaries/time-openers.txt). */
  timeOpeners: ReadonlySet<string>
  /** Surprise (−log10 chance) from which a verb's or adjective's pair is reported, as info. */
  infoAt: number
}

/** One odd pair in a sentence: the head token, the preposition token, and the judgement. */
export interface Found {
  head: Token
  preposition: Token
  odd: OddPair
}

/**
 * Each head word followed straight away by a preposition it takes far less
 * often in edited English than words of its class do ("urged for",
 * "adamant to"), however odd: callers choose a threshold.
 */
export function oddPairsIn(entry: SentenceTokens, collocations: Collocations, context: Pick<Options, 'subjects' | 'determiners' | 'timeWords' | 'timeOpeners'>): Found[] {
  const found: Found[] = []
  const {tokens, words} = entry
  for (let w = 0; w < words.length; w++) {
    const head = tokens[words[w]!]!
    // A capital inside a sentence is a name's ("the Party of Regions").
    if (w > 0 && head.value !== head.lower) continue
    const preposition = nextWord(tokens, head.index)
    if (!preposition || preposition.value !== preposition.lower || !collocations.isPreposition(preposition.lower)) continue
    // A word of no class the table counts heads no pair: asked before the words before it are gathered.
    if (collocations.formOf(head.lower) === undefined) continue
    if (opensTime(tokens, preposition, context)) continue
    // "planned to vote": "to" is a preposition only before what opens a noun phrase.
    if (preposition.lower === 'to' && !opensNounPhrase(nextWord(tokens, preposition.index), context.determiners)) continue
    // "the costs we provide to Korea": after a noun and a subject pronoun, the
    // verb's object is the noun, moved ahead; the preposition is the clause's.
    if (w >= 2 && context.subjects.has(tokens[words[w - 1]!]!.lower) && adjacent(tokens, words[w - 2]!, words[w]!)) continue
    const before = words.slice(Math.max(0, w - 3), w).map((index) => tokens[index]!.lower)
    const key = collocations.headOf(head.lower, before)
    const odd = key && collocations.judge(key, preposition.lower, isFinitePast(head, collocations, tokens[words[w - 1] ?? -1], context.subjects))
    if (odd) found.push({head, preposition, odd})
  }
  return found
}

/** Whether the preposition opens a time adjunct ("on Tuesday", "in 1994", "in the morning"), which any verb may take. */
function opensTime(tokens: readonly Token[], preposition: Token, {timeWords, timeOpeners}: Pick<Options, 'timeWords' | 'timeOpeners'>): boolean {
  let word = nextWord(tokens, preposition.index)
  if (word && timeOpeners.has(word.lower)) word = nextWord(tokens, word.index)
  return word !== undefined && (timeWords.has(word.lower) || /^\p{N}/u.test(word.value))
}

/** Whether only words and single spaces lie between two tokens. */
function adjacent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (tokens[index]!.kind !== 'word' && tokens[index]!.kind !== 'space') return false
  return true
}

// A plural ending no verb's base form has ("reporters", "troops"; not
// "discuss", "focus", "bias").
const pluralNoun = /\p{L}[^aeiosu\W]s$/u

function opensNounPhrase(word: Token | undefined, determiners: ReadonlySet<string>): boolean {
  return word !== undefined && (determiners.has(word.lower) || /^[\p{Lu}\p{N}]/u.test(word.value) || pluralNoun.test(word.lower))
}

/**
 * Whether a verb form is a finite past ("urged", "stressed"): the slip
 * machine translation makes. A base form may have lost its object to a
 * question ("what we want in life"), an -s form may be a noun ("raises"), an
 * -ing form a gerund ("the urging of"), and a form that is also a past
 * participle counts only after a name or a subject pronoun, not in a reduced
 * relative ("the sums granted for").
 */
function isFinitePast(head: Token, collocations: Collocations, before: Token | undefined, subjects: ReadonlySet<string>): boolean {
  const form = collocations.formOf(head.lower)
  if (!form || form[1] === head.lower || /(?:s|ing)$/.test(head.lower)) return false
  if (form[2] === 0) return true
  return before !== undefined && before.end + 1 >= head.start && (subjects.has(before.lower) || /^\p{Lu}/u.test(before.value))
}

/** What the pair usually is instead: the head alone, or with its usual preposition ("by" being a passive's, not a choice). */
function suggestions(head: Token, odd: OddPair): string[] {
  const options: string[] = []
  if (odd.mostlyBare) options.push(head.value)
  if (odd.usual && odd.usual !== odd.preposition && odd.usual !== 'by') options.push(`${head.value} ${odd.usual}`)
  return options
}

const times = (count: number) => (count === 1 ? 'once' : `${count} times`)

function reason(head: Token, preposition: Token, odd: OddPair): string {
  const lemma = quote(odd.head.slice(2))
  const pair = quote(`${head.value} ${preposition.value}`)
  const seen = `edited English follows ${lemma} with ${quote(preposition.lower)} ${times(odd.observed)} in ${odd.uses} uses`
  if (odd.wantsObject) return `Unusual ${pair}: ${lemma} takes an object straight after it in every sense WordNet lists, and ${seen}; a machine-translation slip?`
  const kind = {v: 'verb', b: 'passive verb', j: 'adjective'}[odd.head[0]!] ?? 'word'
  return `Unusual ${pair}: ${seen}, where a ${kind} would have it ${odd.expected.toFixed(1)} times; a machine-translation slip?`
}

/** Reports, as info, the verb and adjective + preposition pairs of a sentence edited English does not use. */
export function reportCollocations(file: VFile, entry: SentenceTokens, options: Readonly<Options>) {
  const table = options.collocations
  if (!table) return
  for (const {head, preposition, odd} of oddPairsIn(entry, table, options)) {
    if (!odd.wantsObject && odd.score < options.infoAt) continue
    report(file, {
      ruleId: 'fluency',
      reason: reason(head, preposition, odd),
      start: head.start,
      end: preposition.end,
      level: 'info',
      expected: suggestions(head, odd)
    })
  }
}
