import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {PhraseIndex, type PhraseCandidate, type Placeholder, type PhraseRule} from '../data/phrases.js'
import {inflectLast, type Suffix} from '../text/inflect.js'
import {isCapitalized, matchCase} from '../text/normalize.js'
import {sentencesOf, type Token} from '../text/tokens.js'
import {listOf, quote, report} from '../message.js'

export interface Options {
  rules: readonly PhraseRule[]
  /** The inflected forms of phrase words already worked out (the build's); the rest are worked out at start. */
  forms?: ConstructorParameters<typeof PhraseIndex>[1]
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
  const index = new PhraseIndex(options.rules, options.forms)

  return function (tree: Root, file: VFile) {
    for (const {tokens, words} of sentencesOf(tree)) {
      let skipUntil = -1
      for (let position = 0; position < words.length; position++) {
        const token = tokens[words[position]!]!
        if (token.start < skipUntil) continue
        const hit = longestAt(index, tokens, words, position, token)
        if (!hit) continue
        const first = hit.tokens[0]!
        const last = hit.tokens.at(-1)!
        skipUntil = last.end
        reportHit(file, hit, first, last)
      }
    }
  }
}

// Apart from the scan over every word, so that V8's optimized scan is not
// thrown away the first time a rare kind of finding is reported.
function reportHit(file: VFile, hit: Hit, first: Token, last: Token) {
  const expected = hit.rule.fix.map((fix) => buildFix(fix, hit))
  report(file, {
    ruleId: 'phrases:' + hit.rule.id,
    reason: `Unexpected ${quote(text(file, first.start, last.end))}, use ${listOf(expected)} instead`,
    start: first.start,
    end: last.end,
    level: hit.rule.level,
    expected,
    note: hit.rule.why
  })
}

function text(file: VFile, start: number, end: number): string {
  return String(file.value).slice(start, end)
}

function longestAt(
  index: PhraseIndex,
  tokens: readonly Token[],
  words: readonly number[],
  position: number,
  token: Token
): Hit | undefined {
  const candidates = index.byFirst.get(token.lower) ?? index.byFirst.get(token.value)
  if (!candidates) return undefined
  let best: Hit | undefined
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!
    const phrase = candidate.pattern.words
    // Checked first without building anything: most candidates fail on a word.
    if (best && phrase.length <= best.tokens.length) continue
    const matched = matchAt(index, candidate, tokens, words, position)
    if (!matched) continue
    const first = tokens[words[position]!]!
    const last = tokens[words[position + phrase.length - 1]!]!
    if (!fits(candidate.pattern.before, tokens, words, position - 1, first, true)) continue
    if (!fits(candidate.pattern.after, tokens, words, position + phrase.length, last, false)) continue
    const hitTokens = phrase.map((_, offset) => tokens[words[position + offset]!]!)
    best = {rule: candidate.rule, words: phrase, tokens: hitTokens, suffixes: matched}
  }
  return best
}

/** The suffix each word of the candidate carries where it is realised at `position`, or undefined. */
function matchAt(
  index: PhraseIndex,
  candidate: PhraseCandidate,
  tokens: readonly Token[],
  words: readonly number[],
  position: number
): Suffix[] | undefined {
  const phrase = candidate.pattern.words
  if (position + phrase.length > words.length) return undefined
  let previous: Token | undefined
  for (let offset = 0; offset < phrase.length; offset++) {
    const current = tokens[words[position + offset]!]!
    // Words of a phrase sit next to each other, separated by white space only.
    if (previous && !adjacent(tokens, previous, current)) return undefined
    if (index.realises(compared(candidate, current), phrase[offset]!) === undefined) return undefined
    previous = current
  }
  // Built only for a match: most candidates fail on a word above.
  return phrase.map((word, offset) => index.realises(compared(candidate, tokens[words[position + offset]!]!), word)!)
}

/** The word as the candidate's rule compares it: as written for a case-sensitive rule, else lowercase. */
function compared(candidate: PhraseCandidate, token: Token): string {
  return candidate.rule.caseSensitive ? token.value.replace(/’/g, "'") : token.lower
}

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
  if (!isCapitalized(token.value)) return false
  return placeholder === '{name}' || /['’]s$/.test(token.value)
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
function buildFix(fix: string, hit: Hit): string {
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
  return matchCase(hit.tokens[0]!.value, result)
}
