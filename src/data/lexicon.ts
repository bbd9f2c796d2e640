import dictionaryEn from 'dictionary-en'
import nspell from 'nspell'
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
  private lowerIndex: Map<string, string[]> | undefined
  private readonly suggestions = new Map<string, string[]>()

  constructor(words: Iterable<string>) {
    this.forms = new Set(words)
  }

  /** Correct as written ("Korea", "trump", "Trump", "TRUMP"), possessive allowed. */
  correct(word: string): boolean {
    const plain = word.replace(/’/g, "'")
    return this.correctForm(plain) || (/'s$/i.test(plain) && this.correctForm(plain.slice(0, -2)))
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
      const index = this.index()
      const near = new Set<string>()
      const first: string[] = []
      forEachEdit(key, (edit) => {
        first.push(edit)
        for (const form of index.get(edit) ?? []) near.add(form)
      })
      let distance = 1
      // Two edits away only for words long enough to carry two slips; the search grows fast.
      if (near.size === 0 && key.length >= 5 && key.length <= 14) {
        distance = 2
        for (const edit of first) {
          forEachEdit(edit, (second) => {
            const forms = index.get(second)
            if (forms) for (const form of forms) near.add(form)
          })
        }
      }
      list = [...near]
        .filter((form) => form.toLowerCase() !== key)
        .sort((a, b) => frequency(b) - frequency(a))
        .slice(0, distance === 1 ? 12 : 8)
      this.suggestions.set(key, list)
    }
    return list
  }

  private index(): Map<string, string[]> {
    if (!this.lowerIndex) {
      this.lowerIndex = new Map()
      for (const form of this.forms) {
        const lower = form.toLowerCase()
        const list = this.lowerIndex.get(lower)
        if (list) list.push(form)
        else this.lowerIndex.set(lower, [form])
      }
    }
    return this.lowerIndex
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

function expand(dictionary: {aff: Uint8Array; dic: Uint8Array}): string[] {
  const checker = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)}) as unknown as {data: object}
  return Object.keys(checker.data)
}

let shared: Lexicon | undefined
let british: Lexicon | undefined

/** The English lexicon (dictionary-en, US spelling), built once per process. */
export function englishLexicon(): Lexicon {
  shared ??= new Lexicon(readCompiledWords('en-US') ?? expand(dictionaryEn))
  return shared
}

/** British spelling (dictionary-en-gb), loaded only when a word needs it. */
export async function britishLexicon(): Promise<Lexicon> {
  if (!british) {
    const compiled = readCompiledWords('en-GB')
    british = new Lexicon(compiled ?? expand((await import('dictionary-en-gb')).default))
  }
  return british
}
