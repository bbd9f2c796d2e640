import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Memo} from '../text/memo.js'
import {capitalize} from '../text/normalize.js'
import {readCompiledFile} from './compiled.js'
import {frequency} from './frequencies.js'
import {forEachKeyOneEditAway} from './one-edit.js'
import {WordTrie} from './word-trie.js'

/**
 * English as a dictionary knows it: every word form of dictionary-en (or
 * dictionary-en-gb), expanded once at build time, with Hunspell's case rules
 * (a lowercase entry allows "Word" and "WORD"; "Korea" does not allow "korea").
 * Shared by every rule that asks "is this a word, and in which case?".
 */
export class Lexicon {
  /** Each form's lowercase, with the casings in which it is a word (`casing`) as its mask. */
  private readonly keys: WordTrie
  /** Lowercase → forms not spelt lower, UPPER or Capitalized ("McDonald", "iPhone"). */
  private readonly oddCase: ReadonlyMap<string, readonly string[]>
  private readonly suggestions = new Memo<string[]>()
  private readonly nearby = new Memo<readonly string[]>()

  constructor(keys: WordTrie, oddCase: ReadonlyMap<string, readonly string[]>) {
    this.keys = keys
    this.oddCase = oddCase
  }

  /** A lexicon of these word forms. */
  static fromForms(forms: readonly string[]): Lexicon {
    const {keys, oddCase} = casings(forms)
    return new Lexicon(WordTrie.build([...keys]), oddCase)
  }

  /** Is `word` one of the forms, exactly as written? */
  private isForm(word: string): boolean {
    const lower = word.toLowerCase()
    const mask = this.keys.get(lower)
    if (mask === 0) return false
    const kind = casingOf(word, lower)
    return kind === casing.odd ? (mask & casing.odd) !== 0 && this.oddCase.get(lower)!.includes(word) : (mask & kind) !== 0
  }

  /** Answers of `correct` and `has`, asked for nearly every word of a document by several rules. */
  private readonly correctAnswers = new Memo<boolean>()
  private readonly hasAnswers = new Memo<boolean>()

  /** Correct as written ("Korea", "trump", "Trump", "TRUMP"), possessive allowed. */
  correct(word: string): boolean {
    let answer = this.correctAnswers.get(word)
    if (answer === undefined) {
      answer = this.checkCorrect(word)
      this.correctAnswers.set(word, answer)
    }
    return answer
  }

  private checkCorrect(word: string): boolean {
    const plain = word.includes('’') ? word.replace(/’/g, "'") : word
    if (this.correctForm(plain)) return true
    const last = plain.length - 1
    return last >= 1 && (plain[last] === 's' || plain[last] === 'S') && plain[last - 1] === "'" && this.correctForm(plain.slice(0, -2))
  }

  private correctForm(word: string): boolean {
    if (this.isForm(word)) return true
    const lower = word.toLowerCase()
    if (word === capitalize(lower)) return this.isForm(lower)
    if (word === word.toUpperCase()) return this.isForm(lower) || this.isForm(capitalize(lower))
    return false
  }

  /** A word in some case: "sheet", "Korea", "Sheet". */
  has(word: string): boolean {
    let answer = this.hasAnswers.get(word)
    if (answer === undefined) {
      answer = this.hasLowercase(word) || this.correct(capitalize(word.toLowerCase())) || this.correct(word)
      this.hasAnswers.set(word, answer)
    }
    return answer
  }

  /** A common word written in lowercase: "trump", "sheet" (not "korea"). */
  hasLowercase(word: string): boolean {
    return this.correct(word.toLowerCase())
  }

  /** Also a word with a capital of its own ("March", "Turkey", "Bill"): a name as well as a common word. */
  hasCapitalForm(lower: string): boolean {
    return (this.keys.get(lower) & casing.capital) !== 0
  }

  /** Only ever capitalized: "Korea", "Asian", "Monday". */
  isProperOnly(word: string): boolean {
    const lower = word.toLowerCase()
    return !this.correct(lower) && this.correct(capitalize(lower))
  }

  /**
   * Known words one edit away, or two when none is one away; closest first,
   * then the most common. A bounded search over the word set, remembered per
   * word: milliseconds, where nspell's suggest takes tens to hundreds.
   */
  suggest(word: string): string[] {
    const key = word.replace(/’/g, "'").toLowerCase()
    let list = this.suggestions.get(key)
    if (!list) {
      const near = this.formsOneEditAway(key)
      let distance = 1
      // Two edits away only for words long enough to carry two slips (seven letters).
      if (near.size === 0 && key.length >= 7) {
        distance = 2
        for (const [lower, mask] of this.keys.within(key, 2)) for (const form of formsOf(lower, mask, this.oddCase)) near.add(form)
      }
      list = [...near]
        .filter((form) => form.toLowerCase() !== key)
        .sort((a, b) => frequency(b) - frequency(a))
        .slice(0, distance === 1 ? 12 : 8)
      this.suggestions.set(key, list)
    }
    return list
  }

  /**
   * Known words exactly one edit from `word` (lowercase), unranked;
   * remembered per word, as the spelling rule asks again for the same
   * capitalized words every time the language server lints a story.
   */
  oneEditAway(word: string): readonly string[] {
    let list = this.nearby.get(word)
    if (!list) {
      list = [...this.formsOneEditAway(word)].filter((form) => form.toLowerCase() !== word)
      this.nearby.set(word, list)
    }
    return list
  }

  /**
   * The forms of every key one edit from `word` (lowercase), in the order
   * the edits come, `word`'s own forms included when a swap of two equal
   * letters gives `word` back.
   */
  private formsOneEditAway(word: string): Set<string> {
    const near = new Set<string>()
    forEachKeyOneEditAway(this.keys, word, (key, mask) => {
      for (const form of formsOf(key, mask, this.oddCase)) near.add(form)
    })
    return near
  }
}

/** The casings a lowercase key can be a word in: bits of a mask. */
const casing = {lower: 1, upper: 2, capital: 4, odd: 8} as const

/** Which casing of `lower` the form is (checked in this order: "A" is upper, "'em" lower). */
function casingOf(form: string, lower: string): number {
  if (form === lower) return casing.lower
  if (form === lower.toUpperCase()) return casing.upper
  if (form === capitalize(lower)) return casing.capital
  return casing.odd
}

/** Forms by lowercase key, in code-unit order, and the odd-cased forms. */
function casings(forms: readonly string[]): {keys: Map<string, number>; oddCase: Map<string, string[]>} {
  const keys = new Map<string, number>()
  const oddCase = new Map<string, string[]>()
  const sorted = forms.map((form) => [form.toLowerCase(), form] as const).sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
  for (const [lower, form] of sorted) {
    const kind = casingOf(form, lower)
    keys.set(lower, (keys.get(lower) ?? 0) | kind)
    if (kind === casing.odd) oddCase.set(lower, [...(oddCase.get(lower) ?? []), form])
  }
  return {keys, oddCase}
}

/** The forms of a key, in code-unit order. */
function formsOf(lower: string, mask: number, oddCase: ReadonlyMap<string, readonly string[]>): string[] {
  const forms: string[] = []
  if (mask & casing.upper) forms.push(lower.toUpperCase())
  if (mask & casing.capital) forms.push(capitalize(lower))
  if (mask & casing.lower) forms.push(lower)
  if (mask & casing.odd) {
    forms.push(...oddCase.get(lower)!)
    forms.sort()
  }
  return forms
}

/**
 * Every word form of a Hunspell dictionary, by nspell's expansion. Only a
 * checkout that was never built needs this: the build writes the list out.
 */
function expand(dictionary: {aff: Uint8Array; dic: Uint8Array}): string[] {
  const nspell = createRequire(import.meta.url)('nspell') as typeof import('nspell').default
  const checker = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)}) as unknown as {data: object}
  return Object.keys(checker.data)
}

/** A Hunspell dictionary package's files, read without running its module. */
function readDictionary(name: string): {aff: Uint8Array; dic: Uint8Array} {
  const folder = dirname(fileURLToPath(import.meta.resolve(name)))
  return {aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic'))}
}

const lexicons = new Map<'en-US' | 'en-GB', Lexicon>()

/** The lexicon of a dialect, built once per process from the build's word list. */
export function lexiconFor(dialect: 'en-US' | 'en-GB'): Lexicon {
  let lexicon = lexicons.get(dialect)
  if (!lexicon) {
    lexicon = readCompiledLexicon(dialect) ?? Lexicon.fromForms(expand(readDictionary(dialect === 'en-US' ? 'dictionary-en' : 'dictionary-en-gb')))
    lexicons.set(dialect, lexicon)
  }
  return lexicon
}

/** Whether the word is one of American or British English: "labour" in US copy, "Labour" in a party's name, "labor" in British copy. */
export function inEitherDialect(word: string): boolean {
  return lexiconFor('en-US').correct(word) || lexiconFor('en-GB').correct(word)
}

/**
 * What the build writes for a dictionary: the trie of lowercase keys with
 * their casings (binary, see WordTrie), and the odd-cased forms as text, a
 * key and its forms a line.
 */
export function compileLexicon(forms: readonly string[]): {trie: Uint8Array; oddCase: string} {
  const {keys, oddCase} = casings(forms)
  return {
    trie: WordTrie.build([...keys]).serialize(),
    oddCase: [...oddCase].map(([lower, odd]) => [lower, ...odd].join('\t') + '\n').join('')
  }
}

function readCompiledLexicon(name: 'en-US' | 'en-GB' | 'rare'): Lexicon | undefined {
  const bytes = readCompiledFile(`${name}.trie`)
  const odd = readCompiledFile(`${name}.odd.txt`)
  const trie = bytes && WordTrie.deserialize(bytes)
  if (!trie || !odd) return undefined
  const oddCase = new Map<string, string[]>()
  for (const line of odd.toString('utf8').split('\n')) {
    const [lower, ...odd] = line.split('\t')
    if (lower && odd.length > 0) oddCase.set(lower, odd)
  }
  return new Lexicon(trie, oddCase)
}

let rare: Lexicon | null | undefined

/**
 * The rare words of SCOWL's larger lists that neither dialect's dictionary
 * has ("dugong", "estuarine"), compiled by the build; undefined where the
 * build wrote none. Read once, when first asked.
 */
export function rareLexicon(): Lexicon | undefined {
  if (rare === undefined) rare = readCompiledLexicon('rare') ?? null
  return rare ?? undefined
}

/** The English lexicon (dictionary-en, US spelling). */
export function englishLexicon(): Lexicon {
  return lexiconFor('en-US')
}
