import type {Word} from 'nlcst'
import {nameConnectors, particleJoinedName, patronymicConnectors} from '../data/name-words.js'
import {isCapitalized} from '../text/normalize.js'
import type {SentenceTokens, Token} from '../text/tokens.js'

/** A word as a name sees it: "Trump’s" is "Trump", "Archynetys.com" is "Archynetys". */
export interface NameToken {
  text: string
  start: number
  end: number
  token: Token
  capitalized: boolean
  connector: boolean
}

export function nameToken(token: Token): NameToken {
  let text = token.value
  let end = token.end
  const node = token.node as Word
  // A domain or file name: only the part before the first dot is a name.
  const dot = firstDot(node)
  if (dot > 0) {
    const first = node.children[0]
    if (first?.type === 'TextNode' && first.position?.end.offset !== undefined) {
      text = first.value
      end = first.position.end.offset
    }
  }
  // "Trump’s", "the Geraghtys’", "Africa-" (a dash without spaces): the name is the word.
  const tail = tailLength(text)
  if (tail > 0) {
    text = text.slice(0, -tail)
    end -= tail
  }
  return {
    text,
    start: token.start,
    end,
    token,
    // "al-Shaibani", "bin Farhan"-style particles joined to a capitalized name;
    // a contraction is not a name ("She'll" is not Shell).
    capitalized: (isCapitalized(text) || particleJoinedName.test(text)) && !contraction.test(text),
    connector: nameConnectors.has(text)
  }
}

const contraction = /['’](?:ll|re|ve|d|m|t)$/i

/** The index of the word's first child that is a period, or -1. */
function firstDot(node: Word): number {
  const children = node.children
  if (!children) return -1
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (child.type === 'PunctuationNode' && child.value === '.') return i
  }
  return -1
}

/** The length of /(?:['’ʼ]s|['’ʼ]|-)$/ at the end of `text`, 0 if none ("Orbánʼs": Hungarian copy's modifier letter apostrophe). */
function tailLength(text: string): number {
  const last = text.charCodeAt(text.length - 1)
  if (last === 115) {
    const before = text.charCodeAt(text.length - 2)
    return before === 39 || before === 0x2019 || before === 0x2bc ? 2 : 0
  }
  return last === 39 || last === 0x2019 || last === 0x2bc || last === 45 ? 1 : 0
}

/**
 * Can this word be no part of a name run at all: not capitalized, not a
 * particle joined to a name? True for a word that starts with an ASCII
 * character other than a capital and holds no hyphen or apostrophe; the
 * name's text is the start of the word, so `nameToken` would find it neither
 * capitalized nor a particle.
 */
function plainLowercase(value: string): boolean {
  const first = value.charCodeAt(0)
  if (!(first < 0x80) || (first >= 65 && first <= 90)) return false
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 45 || code === 39 || code === 0x2019) return false
  }
  return true
}

/**
 * Runs of capitalized words ("Kevin Hae Sheet", "Bank of Korea") in a
 * sentence, separated by single spaces; connectors may sit inside a run.
 */
export function capitalizedRuns(sentence: SentenceTokens): NameToken[][] {
  const runs: NameToken[][] = []
  let run: NameToken[] = []
  let previous: Token | undefined
  // Most words close a run that is empty: a new array only for one kept.
  const close = () => {
    while (run.length > 0 && run.at(-1)!.connector) run.pop()
    if (run.length === 0) return
    runs.push(run)
    run = []
  }
  for (const index of sentence.words) {
    const token = sentence.tokens[index]!
    // Outside a run, a lowercase word only keeps it closed.
    if (run.length === 0 && plainLowercase(token.value)) {
      previous = token
      continue
    }
    if (previous && !spaceBetween(sentence.tokens, previous, token)) close()
    const name = nameToken(token)
    if (name.capitalized || (name.connector && run.length > 0)) {
      run.push(name)
      // A possessive or a domain ends the name.
      if (name.end !== token.end) close()
    } else close()
    previous = token
  }
  close()
  return runs
}

function spaceBetween(tokens: readonly Token[], a: Token, b: Token): boolean {
  if (b.index === a.index + 2) {
    const between = tokens[a.index + 1]!
    return between.kind === 'space' && between.value === ' '
  }
  return false
}

/** Every sub-span of a run, longest first, that neither starts nor ends with a connector. */
export function subSpans(run: readonly NameToken[], maxLength: number): NameToken[][] {
  const spans: NameToken[][] = []
  for (let length = Math.min(run.length, maxLength); length >= 1; length--) {
    for (let start = 0; start + length <= run.length; start++) {
      const span = run.slice(start, start + length)
      if (span[0]!.connector || span.at(-1)!.connector) continue
      spans.push(span)
    }
  }
  return spans
}

export function spanText(span: readonly NameToken[], value: string): string {
  return value.slice(span[0]!.start, span.at(-1)!.end)
}

/**
 * Is there another name word right beside this one in the text, an initial
 * or a capitalized word that `isNameWord` accepts ("George P. Callan",
 * "Leon Bearden", "Hiroshi Tanabe")?
 */
export function besideOtherNames(value: string, name: NameToken, isNameWord: (word: string) => boolean, isTitle: (word: string) => boolean = () => false): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)(\.?) $/u.exec(value.slice(Math.max(0, name.start - 40), name.start))
  // A word and a full stop before it ends a sentence ("on Tuesday. Steenhausen"); a letter and one is an initial.
  if (before && (before[2] ? before[1]!.length === 1 : isNameWord(before[1]!))) return true
  const after = /^ (\p{L}[\p{L}'’-]*)(?: (\p{Lu}[\p{L}'’-]*))?/u.exec(value.slice(name.end, name.end + 60))
  // "Marouf al-Bakhit": a particle-joined word after it is a name word, though it starts in lowercase.
  if (particleNameAfter(value, name.end)) return true
  if (after === null || !/^\p{Lu}/u.test(after[1]!)) return false
  // "Truong My Lan": a capitalized common word may be a syllable of the name when a name word follows it; a title opens a name of its own ("Salvadoral President Nayib Bukele").
  return isNameWord(after[1]!) || (after[2] !== undefined && !isTitle(after[1]!) && isNameWord(after[2]))
}

/** A particle-joined name right after `end` ("Asaad al-Shaibani"): the word before it is a given name of a longer name. */
export function particleNameAfter(value: string, end: number): boolean {
  const after = /^ (\p{L}[\p{L}'’-]*)/u.exec(value.slice(end, end + 40))?.[1]
  return after !== undefined && particleJoinedName.test(after)
}

/** A patronymic's connector right after the word ("Sultan bin Ahmad"): the word opens a full name of its own. */
export function patronymicAfter(value: string, end: number): boolean {
  const after = /^ (\p{Ll}+) \p{Lu}/u.exec(value.slice(end, end + 12))?.[1]
  return after !== undefined && patronymicConnectors.has(after)
}

/** A nickname in quotation marks right after the word, then a capitalized word: "Jorge “Tuto” Quiroga" is one full name. */
export function nicknameAfter(value: string, end: number): boolean {
  return /^ [“"‘'][^“”"‘’'\n]{1,24}[”"’'] \p{Lu}/u.test(value.slice(end, end + 32))
}

/** A name word with "bin", "ibn" or another patronymic connector (in either case) right before or after it: part of one person's longer name. */
export function besidePatronymic(value: string, span: readonly NameToken[]): boolean {
  const before = /(\p{L}+) $/u.exec(value.slice(Math.max(0, span[0]!.start - 8), span[0]!.start))?.[1]
  const after = /^ (\p{L}+)/u.exec(value.slice(span.at(-1)!.end, span.at(-1)!.end + 8))?.[1]
  return (before !== undefined && patronymicConnectors.has(before.toLowerCase())) || (after !== undefined && patronymicConnectors.has(after.toLowerCase()))
}
