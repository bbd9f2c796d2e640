import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {capitalize} from '../text/normalize.js'
import {readCompiledWords} from './compiled.js'
import {frequency} from './frequencies.js'

const letters = "abcdefghijklmnopqrstuvwxyz'"

/**
 * English as a dictionary knows it: every word form of dictionary-en (or
 * dictionary-en-gb), expanded once at build time, with Hunspell's case rules
 * (a lowercase entry allows "Word" and "WORD"; "Korea" does not allow "korea").
 * Shared by every rule that asks "is this a word, and in which case?".
 */
export class Lexicon {
  private readonly forms: Set<string>
  /** The forms in the order given: by their lowercase, when they come from the build. */
  private readonly list: readonly string[]
  /** Lowercase → forms not spelt lower, Capitalized or UPPER ("McDonald", "iPhone"). */
  private oddCase: Map<string, string[]> | undefined
  private readonly suggestions = new Map<string, string[]>()

  constructor(words: readonly string[]) {
    this.list = words
    this.forms = new Set(words)
  }

  /** Correct as written ("Korea", "trump", "Trump", "TRUMP"), possessive allowed. */
  correct(word: string): boolean {
    const plain = word.includes('’') ? word.replace(/’/g, "'") : word
    if (this.correctForm(plain)) return true
    const last = plain.length - 1
    return last >= 1 && (plain[last] === 's' || plain[last] === 'S') && plain[last - 1] === "'" && this.correctForm(plain.slice(0, -2))
  }

  private correctForm(word: string): boolean {
    if (this.forms.has(word)) return true
    const lower = word.toLowerCase()
    if (word === capitalize(lower)) return this.forms.has(lower)
    if (word === word.toUpperCase()) return this.forms.has(lower) || this.forms.has(capitalize(lower))
    return false
  }

  /** A word in some case: "sheet", "Korea", "Sheet". */
  has(word: string): boolean {
    return this.hasLowercase(word) || this.correct(capitalize(word.toLowerCase())) || this.correct(word)
  }

  /** A common word written in lowercase: "trump", "sheet" (not "korea"). */
  hasLowercase(word: string): boolean {
    return this.correct(word.toLowerCase())
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
      const near = new Set<string>()
      forEachEdit(key, (edit) => {
        this.eachForm(edit, (form) => near.add(form))
      })
      let distance = 1
      // Two edits away only for words long enough to carry two slips (seven letters).
      if (near.size === 0 && key.length >= 7) {
        distance = 2
        for (const form of this.trie().within(key, 2)) near.add(form)
      }
      list = [...near]
        .filter((form) => form.toLowerCase() !== key)
        .sort((a, b) => frequency(b) - frequency(a))
        .slice(0, distance === 1 ? 12 : 8)
      this.suggestions.set(key, list)
    }
    return list
  }

  /** Known words exactly one edit from `word` (lowercase), unranked. */
  oneEditAway(word: string): string[] {
    const near = new Set<string>()
    forEachEdit(word, (edit) => {
      this.eachForm(edit, (form) => {
        if (form.toLowerCase() !== word) near.add(form)
      })
    })
    return [...near]
  }

  /**
   * Calls `visit` with each form whose lowercase is `lower`, in code-unit
   * order ("MAY", "May", "may"): looked up by the three usual casings, so
   * no index of the whole word list is built.
   */
  private eachForm(lower: string, visit: (form: string) => void) {
    const odd = this.oddCaseForms().get(lower)
    const upper = lower.toUpperCase()
    const capital = capitalize(lower)
    const hasUpper = upper !== lower && this.forms.has(upper)
    const hasCapital = capital !== upper && capital !== lower && this.forms.has(capital)
    const hasLower = this.forms.has(lower)
    if (!odd) {
      if (hasUpper) visit(upper)
      if (hasCapital) visit(capital)
      if (hasLower) visit(lower)
      return
    }
    const all = [...odd]
    if (hasUpper) all.push(upper)
    if (hasCapital) all.push(capital)
    if (hasLower) all.push(lower)
    for (const form of all.sort()) visit(form)
  }

  private oddCaseForms(): Map<string, string[]> {
    if (!this.oddCase) {
      this.oddCase = new Map()
      for (const form of this.list) {
        const lower = form.toLowerCase()
        if (form === lower || form === lower.toUpperCase() || form === capitalize(lower)) continue
        const forms = this.oddCase.get(lower)
        if (forms) forms.push(form)
        else this.oddCase.set(lower, [form])
      }
    }
    return this.oddCase
  }

  private wordTrie: Trie | undefined

  private trie(): Trie {
    if (!this.wordTrie) {
      this.wordTrie = new Trie(this.list)
    }
    return this.wordTrie
  }
}

/**
 * Lowercase words, sorted, searched as an implicit trie: words that share a
 * prefix share the rows of the edit-distance table for it, and a prefix whose
 * row exceeds the bound skips every word that starts with it. A search two
 * edits deep touches a few thousand rows, and nothing is built but the sort.
 */
class Trie {
  private readonly words: string[] = []
  private readonly forms: string[][] = []

  /** `list`: word forms, best already ordered by their lowercase (the build writes them so). */
  constructor(list: readonly string[]) {
    let lowers = list.map((form) => form.toLowerCase())
    let order = list.map((_, i) => i)
    if (lowers.some((lower, i) => i > 0 && lower < lowers[i - 1]!)) {
      order.sort((a, b) => (lowers[a]! < lowers[b]! ? -1 : lowers[a]! > lowers[b]! ? 1 : list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0))
    }
    for (const i of order) {
      const lower = lowers[i]!
      if (this.words.at(-1) === lower) this.forms.at(-1)!.push(list[i]!)
      else (this.words.push(lower), this.forms.push([list[i]!]))
    }
    lowers = []
    order = []
  }

  within(word: string, limit: number): string[] {
    const found: string[] = []
    const width = word.length + 1
    // One preallocated row per depth: the walk allocates nothing per node.
    const rows: Int32Array[] = []
    const rowAt = (depth: number) => (rows[depth] ??= new Int32Array(width))
    const first = rowAt(0)
    for (let j = 0; j < width; j++) first[j] = j
    let depthReady = 0
    let previous = ''
    let i = 0
    while (i < this.words.length) {
      const candidate = this.words[i]!
      let shared = 0
      while (shared < previous.length && shared < candidate.length && previous[shared] === candidate[shared]) shared++
      depthReady = Math.min(depthReady, shared)
      let pruned = -1
      for (let depth = depthReady + 1; depth <= candidate.length; depth++) {
        const char = candidate[depth - 1]!
        const above = rowAt(depth - 1)
        const twoAbove = depth >= 2 ? rowAt(depth - 2) : undefined
        const row = rowAt(depth)
        row[0] = above[0]! + 1
        let best = row[0]!
        for (let j = 1; j < width; j++) {
          let value = Math.min(row[j - 1]! + 1, above[j]! + 1, above[j - 1]! + (word[j - 1] === char ? 0 : 1))
          // A swap of two neighbours counts as one edit.
          if (twoAbove && j > 1 && word[j - 1] === candidate[depth - 2] && word[j - 2] === char) value = Math.min(value, twoAbove[j - 2]! + 1)
          row[j] = value
          if (value < best) best = value
        }
        depthReady = depth
        if (best > limit) {
          pruned = depth
          break
        }
      }
      if (pruned === -1) {
        if (rowAt(candidate.length)[word.length]! <= limit) found.push(...this.forms[i]!)
        previous = candidate
        i++
        continue
      }
      // Skip every word that starts with the pruned prefix.
      const prefix = candidate.slice(0, pruned)
      previous = prefix
      depthReady = pruned - 1
      let low = i + 1
      let high = this.words.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (this.words[middle]!.startsWith(prefix) || this.words[middle]! < prefix) low = middle + 1
        else high = middle
      }
      i = low
    }
    return found
  }
}

/** Calls `visit` with every string one deletion, swap, replacement or insertion away (repeats allowed). */
function forEachEdit(word: string, visit: (edit: string) => void) {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    const rest = tail.slice(1)
    if (tail) visit(head + rest)
    if (tail.length > 1) visit(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of letters) {
      if (tail && letter !== tail[0]) visit(head + letter + rest)
      visit(head + letter + tail)
    }
  }
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
    const words = readCompiledWords(dialect) ?? expand(readDictionary(dialect === 'en-US' ? 'dictionary-en' : 'dictionary-en-gb'))
    lexicon = new Lexicon(words)
    lexicons.set(dialect, lexicon)
  }
  return lexicon
}

/** The English lexicon (dictionary-en, US spelling). */
export function englishLexicon(): Lexicon {
  return lexiconFor('en-US')
}

/** British spelling (dictionary-en-gb), loaded only when a word needs it. */
export async function britishLexicon(): Promise<Lexicon> {
  return lexiconFor('en-GB')
}
