import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {PhraseIndex, writtenOnly, type FirstWordCandidates, type PhraseCandidate, type Placeholder, type PhraseRule} from '../data/phrases.js'
import {inHeadline} from '../text/headline.js'
import {inflectLast, type Suffix} from '../text/inflect.js'
import {capitalize, isCapitalized, matchCase} from '../text/normalize.js'
import {isSentenceStart} from '../text/sentence-start.js'
import {nextWord, previousWord, sentencesOf, type Token} from '../text/tokens.js'
import {listOf, quote, report} from '../message.js'
import {documentFacts} from '../passes.js'
import type {WordClasses} from '../data/word-classes.js'

export interface Options {
  rules: readonly PhraseRule[]
  /** The inflected forms of phrase words already worked out (the build's); the rest are worked out at start. */
  forms?: Parameters<typeof PhraseIndex.build>[1]
  /** The rules' index made before (the build's, for the shipped phrases); without it, one is made from `rules` and `forms`. */
  index?: PhraseIndex | undefined
  /** Verbs' past tenses, for the entries whose level rises in a sentence about the past. */
  wordClasses?: WordClasses | undefined
  /** Words that place a sentence in the past ("was") or the future ("will"), each with its tense. */
  tenseMarkers?: ReadonlyMap<string, string> | undefined
  /** The countries a document is about, for the entries standard in some countries' English; without it those entries always apply. */
  storyCountries?: ((value: string) => ReadonlySet<string>) | undefined
}

interface Hit {
  rule: PhraseRule
  words: string[]
  tokens: Token[]
  suffixes: Suffix[]
}

/** Flags dubious phrases (eggcorns, calques, redundancies…) from `rules/phrases/*.yml`. */
export default function phrases(options: Readonly<Options>) {
  if (!options || !Array.isArray(options.rules)) {
    throw new TypeError('copydesk phrases: expected `rules` (a list of phrase rules)')
  }
  const index = options.index ?? PhraseIndex.build(options.rules, options.forms)
  const window = new Window(index)
  const tense = tenseOf(options.wordClasses, options.tenseMarkers ?? new Map())

  /** The story's countries: the language server's summary for a paragraph linted apart, else read from the text. */
  const countriesOf = (file: VFile, value: string): ReadonlySet<string> | undefined => {
    const given = documentFacts(file, 'phrases')
    return given === undefined ? options.storyCountries?.(value) : new Set(given.split('\n'))
  }

  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    let story: ReadonlySet<string> | undefined
    for (const {tokens, words} of sentencesOf(tree)) {
      let skipUntil = -1
      for (let position = 0; position < words.length; position++) {
        const token = tokens[words[position]!]!
        if (token.start < skipUntil) continue
        const hit = longestAt(index, window, tokens, words, position, token)
        if (!hit) continue
        const first = hit.tokens[0]!
        const last = hit.tokens.at(-1)!
        skipUntil = last.end
        if (hit.rule.standardIn.length > 0 && standardHere(hit.rule, (story ??= countriesOf(file, value)))) continue
        if (!hit.rule.inHeadlines && (inHeadline(value, first.start) || titleCased(hit.tokens))) continue
        if (captionDate(value, first.start, last.end)) continue
        if (hit.rule.notBefore.length > 0 && hit.rule.notBefore.includes(nextWord(tokens, last.index)?.lower ?? '')) continue
        if (hit.rule.notAfter.length > 0 && hit.rule.notAfter.includes(previousWord(tokens, first.index)?.lower ?? '')) continue
        reportHit(file, hit, first, last, hit.rule.levelInPast !== undefined && tense(tokens, words, hit.tokens) === 'past' ? hit.rule.levelInPast : hit.rule.level)
      }
    }
  }
}

/** "In this Monday, April 6, 2020, photo": the agency caption's formula dates the picture, whatever words the date takes. */
function captionDate(value: string, start: number, end: number): boolean {
  return /(?:^|\n)In $/u.test(value.slice(Math.max(0, start - 4), start)) && /^,? [^\n]{0,40}\bphoto\b/u.test(value.slice(end, end + 50))
}

/** A capital after the phrase's first word: a title quoted in running text ("to Convene for First Time"). */
function titleCased(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (isCapitalized(tokens[i]!.value)) return true
  return false
}

/** Whether the story is about a country whose English writes the phrase as standard. */
function standardHere(rule: PhraseRule, story: ReadonlySet<string> | undefined): boolean {
  return story !== undefined && rule.standardIn.some((country) => story.has(country))
}

/**
 * What a paragraph needs of its story (the rule's `paragraphFacts`): the
 * story's countries that some entry is standard in, one a line.
 */
export function storyFacts(options: Readonly<Options>): (document: string) => string {
  const named = new Set(options.rules.flatMap((rule) => rule.standardIn))
  return (document) => (named.size === 0 || !options.storyCountries ? '' : [...options.storyCountries(document)].filter((country) => named.has(country)).sort().join('\n'))
}

// Apart from the scan over every word, so that V8's optimized scan is not
// thrown away the first time a rare kind of finding is reported.
function reportHit(file: VFile, hit: Hit, first: Token, last: Token, level: Hit['rule']['level']) {
  // A phrase matched in its own case ("Executive Power") keeps the fix as written but for a sentence's capital.
  const capital = hit.rule.caseSensitive ? isSentenceStart(String(file.value), first.start) : undefined
  const expected = hit.rule.fix.map((fix) => buildFix(fix, hit, capital))
  report(file, {
    ruleId: 'phrases:' + hit.rule.id,
    reason: `Unexpected ${quote(text(file, first.start, last.end))}, use ${listOf(expected)} instead`,
    start: first.start,
    end: last.end,
    level,
    expected,
    note: hit.rule.why
  })
}

/**
 * Whether a sentence, outside the phrase, tells of the past (a verb's past
 * tense or "was", and no word of the future such as "will") or not.
 */
function tenseOf(wordClasses: WordClasses | undefined, markers: ReadonlyMap<string, string>) {
  let pasts: ReadonlySet<string> | undefined
  return (tokens: readonly Token[], words: readonly number[], phrase: readonly Token[]): 'past' | 'other' => {
    pasts ??= new Set([...(wordClasses?.verbForms.values() ?? [])].map(([, past]) => past))
    let past = false
    for (let i = 0; i < words.length; i++) {
      const token = tokens[words[i]!]!
      if (phrase.includes(token)) continue
      const marker = markers.get(token.lower)
      if (marker === 'future') return 'other'
      // "are authorized to vote from this Saturday": a participle after a present form of "be" is a passive present.
      if (marker === 'past' || (pasts.has(token.lower) && !presentBe.has(tokens[words[i - 1] ?? -1]?.lower ?? ''))) past = true
    }
    return past ? 'past' : 'other'
  }
}

function text(file: VFile, start: number, end: number): string {
  return String(file.value).slice(start, end)
}

/**
 * What the candidates at one word share: each following word's lowercase
 * forms (one probe of the index, not one per candidate) and whether it sits
 * next to the word before it. Filled as far as a candidate asks; one window,
 * reused from word to word, so the scan allocates nothing per word.
 */
class Window {
  tokens: readonly Token[] = []
  words: readonly number[] = []
  position = 0
  private readonly bases: Array<ReadonlyMap<string, Suffix> | undefined> = []
  /** Offsets whose bases are filled. */
  private filled = 0
  /** Offsets checked adjacent to the word before, and the first one that is not (or -1). */
  private checked = 1
  private gap = -1

  constructor(private readonly index: PhraseIndex) {}

  at(tokens: readonly Token[], words: readonly number[], position: number): this {
    this.tokens = tokens
    this.words = words
    this.position = position
    this.filled = 0
    this.checked = 1
    this.gap = -1
    return this
  }

  token(offset: number): Token {
    return this.tokens[this.words[this.position + offset]!]!
  }

  /** The lowercase word at `offset`'s bases and suffixes. */
  lowerBases(offset: number): ReadonlyMap<string, Suffix> | undefined {
    while (this.filled <= offset) this.bases[this.filled] = this.index.basesOf(this.token(this.filled++).lower)
    return this.bases[offset]
  }

  /** Whether the words from the first through `offset` are separated by white space only. */
  adjacentThrough(offset: number): boolean {
    while (this.gap === -1 && this.checked <= offset) {
      if (!adjacent(this.tokens, this.token(this.checked - 1), this.token(this.checked))) this.gap = this.checked
      this.checked++
    }
    return this.gap === -1 || this.gap > offset
  }
}

function longestAt(
  index: PhraseIndex,
  window: Window,
  tokens: readonly Token[],
  words: readonly number[],
  position: number,
  token: Token
): Hit | undefined {
  // A capitalized word may open both a phrase compared in lowercase and one matched as written ("judicial risk", "Judicial Power").
  const lowered = index.byFirst.get(token.lower)
  const written = token.value === token.lower ? undefined : index.byFirst.get(token.value)
  if (!lowered && !written) return undefined
  window.at(tokens, words, position)
  let best = lowered && longestOf(lowered, index, window, tokens, words, position, undefined)
  if (written) best = longestOf(written, index, window, tokens, words, position, best)
  return best
}

/** The longest of a group's candidates that matches at the window, or `best` where none is longer. */
function longestOf(group: FirstWordCandidates, index: PhraseIndex, window: Window, tokens: readonly Token[], words: readonly number[], position: number, best: Hit | undefined): Hit | undefined {
  const candidates = candidatesAt(group, window)
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!
    const phrase = candidate.pattern.words
    // Checked first without building anything: most candidates fail on a word.
    if (best && phrase.length <= best.tokens.length) continue
    const matched = matchAt(index, window, candidate)
    if (!matched) continue
    const first = tokens[words[position]!]!
    const last = tokens[words[position + phrase.length - 1]!]!
    if (!fits(candidate.pattern.before, tokens, words, position - 1, first, true)) continue
    if (!fits(candidate.pattern.after, tokens, words, position + phrase.length, last, false)) continue
    best = {rule: candidate.rule, words: phrase, tokens: wordTokens(tokens, words, position, phrase.length), suffixes: matched}
  }
  return best
}

/** The candidates of the window's first word that its second word leaves, in the rules' order. */
function candidatesAt(group: FirstWordCandidates, window: Window): readonly PhraseCandidate[] {
  if (group.bySecond.size === 0 || window.position + 1 >= window.words.length) return group.always
  let found: readonly PhraseCandidate[] = group.always
  const bases = window.lowerBases(1)
  if (bases) {
    for (const base of bases.keys()) {
      const more = group.bySecond.get(base)
      if (more) found = found.length === 0 ? more : [...found, ...more].sort((a, b) => a.order - b.order)
    }
  }
  return found
}

/** The suffix each word of the candidate carries where it is realised at the window's word, or undefined. */
function matchAt(index: PhraseIndex, window: Window, candidate: PhraseCandidate): Suffix[] | undefined {
  const phrase = candidate.pattern.words
  if (window.position + phrase.length > window.words.length) return undefined
  const exact = candidate.rule.caseSensitive
  for (let offset = 0; offset < phrase.length; offset++) {
    // Words of a phrase sit next to each other, separated by white space only.
    if (offset > 0 && !window.adjacentThrough(offset)) return undefined
    const suffix = exact ? index.realises(compared(candidate, window.token(offset)), phrase[offset]!) : window.lowerBases(offset)?.get(phrase[offset]!)
    if (suffix === undefined || (suffix !== '' && writtenOnly(candidate.rule, phrase[offset]!))) return undefined
  }
  // Built only for a match: most candidates fail on a word above. A loop,
  // not a closure: a function that makes one allocates its variables' context
  // on every call, match or not.
  const suffixes: Suffix[] = []
  for (let offset = 0; offset < phrase.length; offset++) suffixes.push(index.realises(compared(candidate, window.token(offset)), phrase[offset]!)!)
  return suffixes
}

/** The `length` word tokens from `position` on. */
function wordTokens(tokens: readonly Token[], words: readonly number[], position: number, length: number): Token[] {
  const found: Token[] = []
  for (let offset = 0; offset < length; offset++) found.push(tokens[words[position + offset]!]!)
  return found
}

/** The word as the candidate's rule compares it: as written for a case-sensitive rule, else lowercase. */
function compared(candidate: PhraseCandidate, token: Token): string {
  if (!candidate.rule.caseSensitive) return token.lower
  return token.value.includes('’') ? token.value.replace(curlyApostrophe, "'") : token.value
}

/** Present forms of "be": a participle after one is a passive present, no past. */
const presentBe = new Set(['is', 'are', 'am'])

// Made once: a literal in a function makes a new RegExp object each time it runs, and these run for candidates at most words.
const curlyApostrophe = /’/g
const possessive = /['’]s$/
const lowercaseWord = /^\p{Ll}/u

/** Does the word next to the phrase fill its placeholder (none asked: always)? */
function fits(
  placeholder: Placeholder | undefined,
  tokens: readonly Token[],
  words: readonly number[],
  position: number,
  edge: Token | undefined,
  before: boolean
): boolean {
  if (!placeholder) return true
  const index = words[position]
  const token = index === undefined ? undefined : tokens[index]
  if (!token || !edge || !adjacent(tokens, before ? token : edge, before ? edge : token)) return false
  if (placeholder === '{word}') return lowercaseWord.test(token.value)
  if (!isCapitalized(token.value)) return false
  return placeholder === '{name}' || possessive.test(token.value)
}

function adjacent(tokens: readonly Token[], previous: Token, next: Token): boolean {
  for (let i = previous.index + 1; i < next.index; i++) {
    if (tokens[i]!.kind !== 'space' || tokens[i]!.value.includes('\n')) return false
  }
  return true
}

/**
 * Builds the replacement for what was matched: words the fix shares with the
 * phrase keep their original text, and a replaced word takes the inflection of
 * the word it replaces (towed the line → toed the line).
 */
function buildFix(fix: string, hit: Hit, capital?: boolean): string {
  const fixWords = fix.split(/\s+/)
  const curly = hit.tokens.some((token) => token.value.includes('’'))
  const sameShape = fixWords.length === hit.words.length
  const out = fixWords.map((word, i) => {
    const lower = word.toLowerCase()
    const shared = hit.words.indexOf(lower)
    if (shared !== -1 && (!sameShape || shared === i)) return hit.tokens[shared]!.value
    // Same shape: word for word. Otherwise the last word carries the phrase's
    // last inflection ("lip singing" → "lip-syncing").
    const suffix = sameShape ? hit.suffixes[i]! : i === fixWords.length - 1 ? hit.suffixes.at(-1)! : ''
    return inflectLast(word, suffix)
  })
  let result = out.join(' ')
  if (curly) result = result.replace(/'/g, '’')
  if (capital !== undefined) return capital ? capitalize(result) : result
  return matchCase(hit.tokens[0]!.value, result)
}
