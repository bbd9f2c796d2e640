import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lexiconFor, type Lexicon} from '../data/lexicon.js'
import {nameConnectors} from '../data/name-words.js'
import type {CaselessNode, FormRef, Gazetteer} from '../names/gazetteer.js'
import {capitalize, isAllCaps, isCapitalized, isSpace, squash, straightApostrophes} from '../text/normalize.js'
import {frequency} from '../data/frequencies.js'
import {childIndex, nextWord, previousWord, sentencesOf, type SentenceTokens, type Token} from '../text/tokens.js'
import {quote, report, type Level} from '../message.js'
import {isSentenceStart} from '../text/sentence-start.js'
import {insideAddress} from '../text/addresses.js'
import {detached} from '../text/detached.js'
import {Memo} from '../text/memo.js'
import {foreignPhraseTest} from '../text/foreign-phrases.js'
import {isLiteral} from 'nlcst-is-literal'
import {lowercaseTitleBefore, type TitleContext} from '../names/titles.js'

export interface Options {
  gazetteer: Gazetteer
  lexicon: Lexicon
  /** Lowercase words that may stand before a name ("president", "mr"). */
  titles: ReadonlySet<string>
  /** Lowercase words after which a bare name is likely a subject ("said", "has"). */
  subjectCues: ReadonlySet<string>
  /** Lowercase abbreviations a period may follow mid-sentence ("etc", "vs"). */
  abbreviations: ReadonlySet<string>
  /** Foreign phrases whose words are not names inside them ("per diem", "per se"). */
  foreignPhrases?: Iterable<string> | undefined
  /** Heads of formal titles ("president"), capitalized right before a name in US copy. */
  formalTitles?: ReadonlySet<string> | undefined
  /** Words that join a head in a formal title ("vice", "prime"). */
  formalTitleWords?: ReadonlySet<string> | undefined
  /** `en-GB` leaves a lowercase title before a name alone, as many British papers write it. */
  dialect?: 'en-US' | 'en-GB' | undefined
  /** Words the speller accepts beyond the dictionary: a word in none of them is the speller's to fix. */
  personal?: Iterable<string> | undefined
  /** Words after which a rare word naming a place is the place ("exports to japan"). */
  placePrepositions?: ReadonlySet<string> | undefined
  /** Words of a title on record that are no title words ("of", "the"). */
  titleLinkingWords?: ReadonlySet<string> | undefined
}

/**
 * Case slips: a sentence or line that starts in lowercase, a proper noun or
 * adjective in lowercase, a lowercase word inside a multi-word name.
 */
export default function caseRule(options: Readonly<Options>) {
  if (!options?.gazetteer || !options.lexicon) {
    throw new TypeError('copydesk case: expected `gazetteer` and `lexicon`')
  }
  const {gazetteer, lexicon, titles, subjectCues, abbreviations, dialect} = options
  const personal = new Set([...(options.personal ?? [])].map((word) => word.toLowerCase()))
  const inForeignPhrase = foreignPhraseTest(options.foreignPhrases ?? [])
  // AP style capitalizes a formal title right before a name; British papers
  // often do not, so en-GB copy is not asked about it.
  const formalTitles = dialect === 'en-GB' ? new Set<string>() : (options.formalTitles ?? new Set<string>())
  const titleContext: TitleContext = {
    gazetteer,
    formalTitleWords: options.formalTitleWords ?? new Set(),
    isProperWord: (lower) => lexicon.isProperOnly(lower),
    linkingWords: options.titleLinkingWords ?? new Set()
  }
  const placePrepositions = options.placePrepositions ?? new Set<string>()

  // What a word alone says, whatever its place: asked for every word, the
  // same few thousand words again and again (bounded).
  const words = new Memo<WordInfo>()
  let british: Lexicon | undefined

  const describe = (token: Token): WordInfo => {
    const base = token.lower.replace(/'s$/, '')
    let lowercase: LowercaseFacts | undefined
    if (isLowercaseOnly(token.value)) {
      // "who" is not WHO: an acronym is never a lowercase word's name; and
      // particles stay lowercase ("et al.", "le chien", "de Gaulle").
      const refs = (nameConnectors.has(token.lower) ? [] : gazetteer.lookup(token.value.slice(0, base.length)))
        .filter((ref) => ref.type !== 'garble' && ref.squashed === squash(base) && !ref.form.includes(' ') && !isAllCaps(ref.form))
      // Proper by the dictionary, or the name of a place, body or people the
      // dictionary has no common word for; a person's name needs context below.
      // British spelling, loaded only when a word needs it; asked for
      // synchronously so that the pass over the words is a plain function V8
      // optimizes while it runs (it does not for an async one).
      const commonWord = lexicon.hasLowercase(base) || (british ??= lexiconFor('en-GB')).hasLowercase(base)
      const namesNonPerson = refs.some((ref) => ref.entity.kind !== 'person')
      const count = refs.length > 0 ? frequency(base) : 0
      lowercase = {
        fixed: detached(capitalize(token.value)),
        proper: !commonWord && !nameConnectors.has(token.lower) && (lexicon.isProperOnly(base) || namesNonPerson),
        known: refs.length > 0,
        rarePlace: refs.some((ref) => ref.entity.kind === 'place') && count <= rarePlaceWordCount,
        // A very common word ("he", "may", "party") stays a word whatever names share it.
        nameable: count <= commonWordCount || !commonWord,
        spelled: commonWord || refs.length > 0 || personal.has(base)
      }
    }
    const info: WordInfo = {
      base: detached(base),
      startsName: gazetteer.startsName(token.lower),
      capitalized: startsCapitalized(token.value),
      lowercase,
      titleHead: lowercase !== undefined && formalTitles.has(token.lower)
    }
    words.set(token.value, info)
    return info
  }

  const mentioned = (sentence: SentenceTokens, token: Token, value: string): boolean => {
    return inForeignPhrase(value, token.value, token.start) || isLiteral(sentence.sentence, childIndex(sentence, token))
  }

  /**
   * What is wrong with a lowercase word here, if anything. Apart from the
   * scan over every word: its branches are rare, and the first run of each
   * makes V8 drop the optimized code of the function it is in.
   */
  const lowercaseFinding = (sentence: SentenceTokens, index: number, token: Token, info: WordInfo, value: string): Raised | undefined => {
    const word = info.lowercase!
    const title = info.titleHead ? lowercaseTitleBefore(sentence.tokens, index, value, titleContext) : undefined
    if (title) {
      const actual = value.slice(title.start, title.end)
      return {start: title.start, end: title.end, expected: title.expected, reason: `Unexpected lowercase ${quote(actual)} right before the name ${quote(title.name)}, expected ${quote(title.expected)}`, overrides: true}
    }
    if (insideAddress(value, token.start, token.end)) return undefined
    const name = asName(sentence, index, token, info, value)
    // A word mentioned (“eva”, a suffix in quotes) or part of a foreign
    // phrase ("per diem", "per se") is no name, whatever it spells.
    if (name && !mentioned(sentence, token, value)) return name
    // "goverment sources said": "Goverment" is no fix; the speller offers "Government".
    if (word.spelled && startsSentence(value, token, abbreviations)) {
      return {start: token.start, end: token.end, expected: word.fixed, reason: atSentenceStart(token.value, word.fixed)}
    }
    return undefined
  }

  /** A lowercase word that is a name here: by the dictionary, by the gazetteer and its place, or by context. */
  const asName = (sentence: SentenceTokens, index: number, token: Token, info: WordInfo, value: string): Raised | undefined => {
    const word = info.lowercase!
    const {fixed} = word
    if (word.proper) {
      return {start: token.start, end: token.end, expected: fixed, reason: `Unexpected lowercase ${quote(token.value)}, expected ${quote(fixed)}`}
    }
    if (!word.known || !word.nameable) return undefined
    if (word.rarePlace && placeHere(sentence, index, placePrepositions)) {
      return {start: token.start, end: token.end, expected: fixed, reason: writtenAsName(token.value, info.base)}
    }
    if (namedHere(sentence, index, token, titles, subjectCues)) {
      // A name by context only if the document capitalizes it mid-sentence: known at the end.
      return {start: token.start, end: token.end, expected: fixed, reason: '', word: token.value, ifCapitalized: info.base, sentenceStart: startsSentence(value, token, abbreviations)}
    }
    return undefined
  }

  /**
   * One sentence's findings, appended to `raised` in the order they have
   * always been raised (its multi-word names, then its words one by one);
   * notes the words the sentence capitalizes where no sentence starts.
   */
  const scanSentence = (sentence: SentenceTokens, value: string, raised: Raised[], capitalizedInDocument: Set<string>) => {
    const {tokens} = sentence
    const indexes = sentence.words
    // The sentence's words as tokens, for multi-word names: made on the first word that may start one.
    let nameWords: Token[] | undefined
    // A multi-word name found, the next may start only after it.
    let nextName = 0
    let wordFlags: Raised[] | undefined

    for (let position = 0; position < indexes.length; position++) {
      const index = indexes[position]!
      const token = tokens[index]!
      const info = words.get(token.value) ?? describe(token)

      // Lowercase words inside a multi-word name: "United states Forces Korea".
      if (info.startsName && position >= nextName) {
        nameWords ??= indexes.map((i) => tokens[i]!)
        const length = multiWordNameAt(nameWords, position, sentence, value, gazetteer, lexicon, abbreviations, raised)
        if (length > 0) nextName = position + length
      }

      if (info.capitalized && !isSentenceStart(value, token.start, abbreviations)) capitalizedInDocument.add(info.base)

      if (info.lowercase === undefined) continue
      const finding = lowercaseFinding(sentence, index, token, info, value)
      if (finding) (wordFlags ??= []).push(finding)
    }
    if (wordFlags) raised.push(...wordFlags)
  }

  // Functions made once, not closures made per file or sentence: V8
  // specializes optimized code to a closure's context and discards it when
  // the next file makes a new one.
  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    const sentences = sentencesOf(tree)
    // Kept until the end of the one pass over the words: some findings wait
    // for what the whole document capitalizes.
    const raised: Raised[] = []
    // Lowercase forms of words the document capitalizes where no sentence starts.
    const capitalizedInDocument = new Set<string>()
    for (let s = 0; s < sentences.length; s++) scanSentence(sentences[s]!, value, raised, capitalizedInDocument)
    reportRaised(file, raised, capitalizedInDocument)
  }
}

/** One finding per word, the strongest reason winning; those that waited for the document settled. */
function reportRaised(file: VFile, raised: readonly Raised[], capitalizedInDocument: ReadonlySet<string>) {
  const flags = new Map<number, {end: number; expected: string; reason: string; level: Level}>()
  for (const entry of raised) {
    let reason = entry.reason
    if (entry.ifCapitalized !== undefined) {
      const word = entry.word!
      if (capitalizedInDocument.has(entry.ifCapitalized)) reason = writtenAsName(word, entry.ifCapitalized)
      else if (entry.sentenceStart) reason = atSentenceStart(word, entry.expected)
      else continue
    }
    const level = entry.level ?? 'warning'
    const previous = flags.get(entry.start)
    if (!previous || (previous.level === 'info' && level !== 'info') || entry.overrides) flags.set(entry.start, {end: entry.end, expected: entry.expected, reason, level})
  }
  for (const [start, {end, expected, reason, level}] of flags) {
    report(file, {ruleId: 'case', reason, start, end, level, expected: [expected]})
  }
}

/** A finding as raised, before the strongest per word is chosen. */
interface Raised {
  start: number
  end: number
  expected: string
  reason: string
  level?: Level | undefined
  /** The word as written, for a finding whose reason waits for the end. */
  word?: string
  /** Raised only if the document capitalizes this word mid-sentence (else as a sentence start, if it is one). */
  ifCapitalized?: string
  sentenceStart?: boolean
  /** Takes the place of a finding raised before at the same start (a title that opens a sentence covers its first word). */
  overrides?: boolean
}

function writtenAsName(word: string, base: string): string {
  return `Unexpected lowercase ${quote(word)}, the name is written ${quote(capitalize(base))} elsewhere`
}

function atSentenceStart(word: string, fixed: string): string {
  return `Unexpected lowercase ${quote(word)} at the start of a sentence, expected ${quote(fixed)}`
}

/** A lone letter is a list marker ("(b) Authorizations"), not a sentence. */
function startsSentence(value: string, token: Token, abbreviations: ReadonlySet<string>): boolean {
  return token.value.length > 1 && isSentenceStart(value, token.start, abbreviations)
}

/** What the case rule asks of a word wherever it stands. */
interface WordInfo {
  /** Lowercase, straight apostrophes, without a possessive. */
  base: string
  /** A name (ignoring case) can start with this word. */
  startsName: boolean
  /** Capitalized (`isCapitalized`). */
  capitalized: boolean
  /** For a word in lowercase (a–z first, no A–Z after). */
  lowercase: LowercaseFacts | undefined
  /** The head of a formal title in lowercase ("president", "minister"). */
  titleHead: boolean
}

/** The case rule's questions about a lowercase word that depend on the word alone. */
interface LowercaseFacts {
  /** The word capitalized. */
  fixed: string
  /** Proper by the dictionary, or a name of something other than a person: always capitalized. */
  proper: boolean
  /** Some known one-word name, not an acronym, has these letters. */
  known: boolean
  /** It names a place and is rare enough to read as the place after a preposition. */
  rarePlace: boolean
  /** Rare, or no common word: context may make it a name. */
  nameable: boolean
  /** A word the speller knows, or a name: capitalizing it writes a real word. */
  spelled: boolean
}

/** Starts with a–z and has no A–Z after: /^[a-z]/ and not /[A-Z]/ in the rest. */
function isLowercaseOnly(word: string): boolean {
  const first = word.charCodeAt(0)
  if (!(first >= 97 && first <= 122)) return false
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 65 && code <= 90) return false
  }
  return true
}

/** `isCapitalized`, answered without case mapping for an ASCII first letter. */
function startsCapitalized(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first < 0x80) return first >= 65 && first <= 90
  return isCapitalized(word)
}

/** SUBTLEX-US count above which a word is too common to be read as a name by context. */
const commonWordCount = 5000
/** Lower still for places after a preposition: "in reading" is not Reading. */
const rarePlaceWordCount = 1500

/** "exports to japan": after a preposition of place, a country's name is a name. */
function placeHere(sentence: SentenceTokens, index: number, placePrepositions: ReadonlySet<string>): boolean {
  const before = previousWord(sentence.tokens, index)
  return before !== undefined && placePrepositions.has(before.lower)
}

/** Context that makes a word that is also a common noun read as a name: "trump’s", "trump intends", "former president trump". */
function namedHere(
  sentence: SentenceTokens,
  index: number,
  token: Token,
  titles: ReadonlySet<string>,
  subjectCues: ReadonlySet<string>
): boolean {
  if (token.lower.endsWith("'s")) return true
  const before = previousWord(sentence.tokens, index)
  const after = nextWord(sentence.tokens, index)
  if (before && titles.has(before.lower)) return true
  return after !== undefined && subjectCues.has(after.lower)
}

/** The nodes of the gazetteer's tree of caseless keys a span's first words lead through (reused). */
const trail: CaselessNode[] = []

/**
 * A multi-word name starting at `words[i]` with a lowercase slip in it, the
 * longest first: its finding added to `raised`, and its length returned (0
 * if none).
 */
function multiWordNameAt(
  words: readonly Token[],
  i: number,
  sentence: SentenceTokens,
  value: string,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  abbreviations: ReadonlySet<string>,
  raised: Raised[]
): number {
  const longest = Math.min(gazetteer.longestName, 8)
  const most = Math.min(longest, words.length - i)
  // Words written in the text as their tokens have them, one space apart:
  // for these a span's caseless key is their lowercase forms joined by
  // spaces, so it is looked up word by word down the gazetteer's tree of
  // keys, without taking the text apart, and no longer span can be a name
  // once its first words start no key. `trail[k - 1]` is the node of the
  // first k words while they start one; spans up to `fast` words are looked up
  // so, longer ones up to `limit` words (if any) from the text as before.
  trail.length = 0
  let fast = most
  let limit = most
  let level: ReadonlyMap<string, CaselessNode> | undefined = gazetteer.caselessWords()
  for (let k = 0; k < most; k++) {
    const next = words[i + k]!
    if (!plainWord(value, next) || (k > 0 && !oneSpaceApart(sentence.tokens, value, words[i + k - 1]!, next))) {
      fast = k
      break
    }
    const node: CaselessNode | undefined = level?.get(next.lower)
    if (!node) {
      fast = k + 1
      // Any longer span's key would start with these words and a space; the
      // span ending here has this word's key too, unless it is a possessive.
      if (isSpace(value.charCodeAt(next.end))) limit = possessiveEnd(next.value) ? k + 1 : k
      break
    }
    trail.push(node)
    level = node.next
  }
  for (let length = limit; length >= 2; length--) {
    let found: FormRef[] | undefined
    if (length <= fast) {
      const last = words[i + length - 1]!
      found = trail[length - 2]!.next?.get(possessiveEnd(last.value) ? last.lower.slice(0, -2) : last.lower)?.refs
      if (!found || found.length === 0) continue
    } else if (!contiguousWords(sentence.tokens, words, i, length)) continue
    const span = words.slice(i, i + length)
    if (!contiguous(sentence.tokens, span)) continue
    // "north korea's": the name is looked up without the possessive.
    const possessive = /['’]s$/.exec(span.at(-1)!.value)?.[0] ?? ''
    const text = value.slice(span[0]!.start, span.at(-1)!.end - possessive.length)
    const refs = found ?? gazetteer.lookupCaseless(text)
    // Headings in capitals are a typographic choice, not a case slip.
    if (refs.length === 0 || gazetteer.isAccepted(text) || isAllCaps(text)) continue
    const ref = refs[0]!
    const expectedWords = ref.form.split(/\s+/)
    const wrong = span.flatMap((token, k) => {
      const expected = expectedWords[k]! + (k === span.length - 1 ? possessive : '')
      return straightApostrophes(token.value) === straightApostrophes(expected) ? [] : [k]
    })
    // "the National" for the outlet The National: articles and connectors
    // follow the sentence; but a connector capitalized inside a name that
    // writes it in lowercase ("Bank Of Korea") is a slip, outside a heading
    // in title case.
    if (wrong.every((k) => nameConnectors.has(span[k]!.lower))) {
      const inside = wrong.every((k) => k > 0 && k < span.length - 1 && isCapitalized(span[k]!.value) && !isCapitalized(expectedWords[k]!))
      if (!inside || inTitleCaseLine(value, span[0]!.start)) continue
    }
    // An all-lowercase phrase is a name only when a word of it is proper,
    // it names a person or a country ("united states"), or it is a place the
    // document writes capitalized elsewhere; "foreign policy" is not the magazine.
    const allLower = span.every((token) => !isCapitalized(token.value))
    const properWord = span.some((token) => lexicon.isProperOnly(token.lower.replace(/'s$/, '')))
    if (
      allLower &&
      !properWord &&
      ref.entity.kind !== 'person' &&
      !isCountry(ref.entity.title) &&
      (ref.entity.kind !== 'place' || !writtenElsewhere(value, ref.form, span[0]!.start, abbreviations))
    ) {
      continue
    }
    // A common word lowercase at the edge of a name, written so throughout,
    // is a house style ("the Democratic party", "southern Africa"): worth a note, not a warning.
    const edgesOnly = wrong.every((k) => k === 0 || k === span.length - 1)
    const commonWrong = wrong.every((k) => lexicon.hasLowercase(span[k]!.lower.replace(/'s$/, '')))
    // Report the smallest part of the name around the slip that is a name
    // itself ("korea" in "United States Forces korea", "United states" in
    // "United states Forces Korea"), else the slip's words alone.
    const [from, to] = smallestName(gazetteer, expectedWords, wrong)
    const actual = value.slice(span[from]!.start, span[to]!.end)
    const level = !allLower && edgesOnly && commonWrong && houseStyle(value, actual) ? 'info' : 'warning'
    let expected = expectedWords.slice(from, to + 1).join(' ') + (to === span.length - 1 ? possessive : '')
    if (actual.includes('’')) expected = expected.replace(/'/g, '’')
    raised.push({
      start: span[from]!.start,
      end: span[to]!.end,
      expected,
      reason: `Unexpected ${quote(actual)} in the name ${quote(ref.form)}, expected ${quote(expected)}`,
      level
    })
    return length
  }
  return 0
}

/**
 * Written in the text as the token has it, with no space in it and no letter
 * whose lowercase depends on its neighbours (Greek sigma): its lowercase form
 * is its part of a caseless key.
 */
function plainWord(value: string, token: Token): boolean {
  const word = token.value
  const start = token.start
  if (token.end - start !== word.length) return false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code !== value.charCodeAt(start + i)) return false
    if (code <= 0x20 || code === 0xa0 || (code >= 0x370 && code !== 0x2018 && code !== 0x2019)) return false
  }
  return true
}

/** Next words with one space between them, in the text and in the tokens. */
function oneSpaceApart(tokens: readonly Token[], value: string, a: Token, b: Token): boolean {
  return b.index === a.index + 2 && tokens[a.index + 1]!.value === ' ' && b.start === a.end + 1 && value.charCodeAt(a.end) === 32
}

/** /['’]s$/ */
function possessiveEnd(word: string): boolean {
  const at = word.length - 2
  return at >= 0 && word.charCodeAt(at + 1) === 115 && (word.charCodeAt(at) === 39 || word.charCodeAt(at) === 0x2019)
}

/** `contiguous` for `words[from]` and the `length - 1` words after it, without taking them out. */
function contiguousWords(tokens: readonly Token[], words: readonly Token[], from: number, length: number): boolean {
  for (let k = from + 1; k < from + length; k++) {
    const a = words[k - 1]!
    if (words[k]!.index !== a.index + 2 || tokens[a.index + 1]!.value !== ' ') return false
  }
  return true
}

function contiguous(tokens: readonly Token[], span: readonly Token[]): boolean {
  for (let k = 1; k < span.length; k++) {
    const a = span[k - 1]!
    const b = span[k]!
    if (b.index !== a.index + 2 || tokens[a.index + 1]!.value !== ' ') return false
  }
  return true
}

/** Does the document write `form` exactly, somewhere other than `except` and not just at a sentence start? */
function writtenElsewhere(value: string, form: string, except: number, abbreviations: ReadonlySet<string>): boolean {
  for (let at = value.indexOf(form); at !== -1; at = value.indexOf(form, at + 1)) {
    if (at !== except && !isSentenceStart(value, at, abbreviations)) return true
  }
  return false
}

/** The same lowercase form used more than once, or a direction word ("southern Africa"): a choice, not a slip. */
function houseStyle(value: string, actual: string): boolean {
  if (/^(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)$/.test(actual)) return true
  return value.split(actual).length - 1 >= 2
}

/** Is the line at `offset` a heading in title case ("Bank Of Korea Holds Rates Steady")? */
function inTitleCaseLine(value: string, offset: number): boolean {
  const from = value.lastIndexOf('\n', offset) + 1
  const to = value.indexOf('\n', offset)
  const words = value.slice(from, to === -1 ? value.length : to).match(/\p{L}{4,}/gu) ?? []
  return words.length >= 3 && words.every((word) => isCapitalized(word))
}

/** Countries are named so in the generated gazetteer's titles ("Country (North America)"). */
function isCountry(title: string | undefined): boolean {
  return title?.startsWith('Country') ?? false
}

/** The smallest run of the name's words that covers the wrong ones and is a known name shorter than the whole. */
function smallestName(gazetteer: Gazetteer, words: readonly string[], wrong: readonly number[]): [number, number] {
  const first = wrong[0]!
  const last = wrong.at(-1)!
  let best: [number, number] | undefined
  for (let from = first; from >= 0; from--) {
    for (let to = last; to < words.length; to++) {
      if (best && to - from >= best[1] - best[0]) break
      if (gazetteer.isAccepted(words.slice(from, to + 1).join(' '))) best = [from, to]
    }
  }
  // The whole name is no smaller unit: then the slip's words alone, the least to change.
  if (!best || best[1] - best[0] === words.length - 1) return [first, last]
  return best
}
