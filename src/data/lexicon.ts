import dictionaryEn from 'dictionary-en'
import nspell from 'nspell'
import {capitalize} from '../text/normalize.js'

interface Checker {
  correct(word: string): boolean
  suggest(word: string): string[]
}

/**
 * English as dictionary-en knows it, through nspell (the checker inside
 * retext-spell), built once per process and shared by every rule that needs
 * to ask "is this a word, and in which case?".
 */
export class Lexicon {
  private readonly checker: Checker
  private readonly suggestions = new Map<string, string[]>()

  constructor(dictionary: {aff: Uint8Array; dic: Uint8Array}) {
    this.checker = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)}) as Checker
  }

  /** Correct as written ("Korea", "trump", "Trump"), possessive allowed. */
  correct(word: string): boolean {
    const plain = word.replace(/’/g, "'")
    return this.checker.correct(plain) || (/'s$/.test(plain) && this.checker.correct(plain.slice(0, -2)))
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

  /** nspell's suggestions, remembered: they cost tens of milliseconds each. */
  suggest(word: string): string[] {
    let list = this.suggestions.get(word)
    if (!list) {
      list = this.checker.suggest(word.replace(/’/g, "'"))
      this.suggestions.set(word, list)
    }
    return list
  }
}

let shared: Lexicon | undefined
let british: Lexicon | undefined

/** The English lexicon (dictionary-en, US spelling), built once per process. */
export function englishLexicon(): Lexicon {
  shared ??= new Lexicon(dictionaryEn)
  return shared
}

/** British spelling (dictionary-en-gb), loaded only when a word needs it. */
export async function britishLexicon(): Promise<Lexicon> {
  if (!british) {
    const {default: dictionary} = await import('dictionary-en-gb')
    british = new Lexicon(dictionary)
  }
  return british
}
