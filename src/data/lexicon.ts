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
  /** Every form's lowercase, built with `oddCase` on the first suggestion. */
  private lowercase: Set<string> | undefined
  private readonly suggestions = new Map<string, string[]>()

  constructor(words: readonly string[]) {
    this.list = words
    this.forms = new Set(words)
  }

  /** Answers of `correct` and `has`, asked for nearly every word of a document by several rules. */
  private readonly correctAnswers = new Map<string, boolean>()
  private readonly hasAnswers = new Map<string, boolean>()

  /** Correct as written ("Korea", "trump", "Trump", "TRUMP"), possessive allowed. */
  correct(word: string): boolean {
    let answer = this.correctAnswers.get(word)
    if (answer === undefined) {
      answer = this.checkCorrect(word)
      remember(this.correctAnswers, word, answer)
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
    if (this.forms.has(word)) return true
    const lower = word.toLowerCase()
    if (word === capitalize(lower)) return this.forms.has(lower)
    if (word === word.toUpperCase()) return this.forms.has(lower) || this.forms.has(capitalize(lower))
    return false
  }

  /** A word in some case: "sheet", "Korea", "Sheet". */
  has(word: string): boolean {
    let answer = this.hasAnswers.get(word)
    if (answer === undefined) {
      answer = this.hasLowercase(word) || this.correct(capitalize(word.toLowerCase())) || this.correct(word)
      remember(this.hasAnswers, word, answer)
    }
    return answer
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
    // Most edits are no word at all: one probe rules them out.
    if (!this.lowercaseKeys().has(lower)) return
    const odd = this.oddCase!.get(lower)
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

  private lowercaseKeys(): Set<string> {
    if (!this.lowercase) {
      this.lowercase = new Set()
      this.oddCase = new Map()
      for (const form of this.list) {
        const lower = form.toLowerCase()
        this.lowercase.add(lower)
        if (form === lower || form === lower.toUpperCase() || form === capitalize(lower)) continue
        const forms = this.oddCase.get(lower)
        if (forms) forms.push(form)
        else this.oddCase.set(lower, [form])
      }
    }
    return this.lowercase
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
 * The lowercase words as a trie in flat typed arrays (first child, next
 * sibling, letter, word), searched depth first with one edit-distance row
 * per depth: words that share a prefix share its rows, and a prefix whose
 * row is past the bound skips its whole subtree. Built on the first search
 * that needs it (a word with no known word one edit away).
 */
class Trie {
  /** Lowercase words in code-unit order, and the forms of each. */
  private readonly words: string[] = []
  private readonly forms: string[][] = []
  private letter: Uint16Array
  private firstChild: Int32Array
  private nextSibling: Int32Array
  /** Index into `words` of the word ending at a node, or -1. */
  private wordAt: Int32Array
  private size = 1

  /** `list`: word forms, best already ordered by their lowercase (the build writes them so). */
  constructor(list: readonly string[]) {
    const lowers = list.map((form) => form.toLowerCase())
    const order = list.map((_, i) => i)
    if (lowers.some((lower, i) => i > 0 && lower < lowers[i - 1]!)) {
      order.sort((a, b) => (lowers[a]! < lowers[b]! ? -1 : lowers[a]! > lowers[b]! ? 1 : list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0))
    }
    for (const i of order) {
      const lower = lowers[i]!
      if (this.words.at(-1) === lower) this.forms.at(-1)!.push(list[i]!)
      else (this.words.push(lower), this.forms.push([list[i]!]))
    }
    let capacity = 1
    for (const word of this.words) capacity += word.length
    this.letter = new Uint16Array(capacity)
    this.firstChild = new Int32Array(capacity).fill(-1)
    this.nextSibling = new Int32Array(capacity).fill(-1)
    this.wordAt = new Int32Array(capacity).fill(-1)
    // Sorted words: each one shares a path with the one before it, then
    // branches off as the last child of the node where they part.
    const path = [0]
    let previous = ''
    this.words.forEach((word, index) => {
      let shared = 0
      while (shared < previous.length && shared < word.length && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++
      path.length = shared + 1
      for (let depth = shared; depth < word.length; depth++) {
        const parent = path[depth]!
        const node = this.size++
        this.letter[node] = word.charCodeAt(depth)
        let child = this.firstChild[parent]!
        if (child === -1) this.firstChild[parent] = node
        else {
          while (this.nextSibling[child]! !== -1) child = this.nextSibling[child]!
          this.nextSibling[child] = node
        }
        path.push(node)
      }
      this.wordAt[path[word.length]!] = index
      previous = word
    })
  }

  /** Forms of the words within `limit` edits (a swap of neighbours is one) of `word`, in word order. */
  within(word: string, limit: number): string[] {
    const found: string[] = []
    const length = word.length
    const codes = Array.from({length}, (_, j) => word.charCodeAt(j))
    const over = limit + 1
    // One row per depth, and the letters on the path, for swaps.
    const rows: Int32Array[] = [Int32Array.from({length: length + 1}, (_, j) => j)]
    const path: number[] = []
    const walk = (node: number, depth: number) => {
      for (let child = this.firstChild[node]!; child !== -1; child = this.nextSibling[child]!) {
        const char = this.letter[child]!
        const row = (rows[depth + 1] ??= new Int32Array(length + 1))
        const above = rows[depth]!
        const twoAbove = depth >= 1 ? rows[depth - 1]! : undefined
        const before = depth >= 1 ? path[depth - 1]! : -1
        const at = depth + 1
        // Only the diagonal band can hold distances within the limit (a cell
        // is at least |depth - j|): cells beside it are marked as over it.
        const low = Math.max(1, at - limit)
        const high = Math.min(length, at + limit)
        row[low - 1] = low === 1 ? at : over
        if (high < length) row[high + 1] = over
        let best = low === 1 ? at : over
        for (let j = low; j <= high; j++) {
          const code = codes[j - 1]!
          let value = row[j - 1]! + 1
          if (above[j]! + 1 < value) value = above[j]! + 1
          const diagonal = above[j - 1]! + (code === char ? 0 : 1)
          if (diagonal < value) value = diagonal
          if (twoAbove && j > 1 && code === before && codes[j - 2] === char && twoAbove[j - 2]! + 1 < value) value = twoAbove[j - 2]! + 1
          row[j] = value
          if (value < best) best = value
        }
        if (best > limit) continue
        const index = this.wordAt[child]!
        if (index !== -1 && Math.abs(at - length) <= limit && row[length]! <= limit) found.push(...this.forms[index]!)
        path[depth] = char
        walk(child, at)
      }
    }
    walk(0, 0)
    return found
  }
}

/** A long-lived process (the language server) meets new words forever: memos start over past a bound. */
function remember<V>(memo: Map<string, V>, key: string, value: V) {
  if (memo.size >= 200_000) memo.clear()
  memo.set(key, value)
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
