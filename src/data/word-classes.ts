import {readCompiledFile} from './compiled.js'

/**
 * Word-class evidence the build counts from Brown's tags, WordNet and
 * SUBTLEX-US (scripts/lib/word-classes.mjs). Classes: n singular or mass
 * noun, s plural noun, v verb's base form, z its -s form, d past, e past
 * participle, g -ing form, j adjective, r adverb, p preposition, a article.
 */
export interface WordClassTable {
  source: string
  /** Word → the class Brown gives it nine times in ten (three uses or more). */
  classes: Record<string, string>
  /** Words Brown uses as a noun more often than not, short of nine times in ten ("increase"). */
  nounsToo: string[]
  /** Verb -s form edited English never uses as a noun → the common plural noun one edit away. */
  verbOnly: Record<string, string>
  /** Noun → the common adjective of its stem, for nouns rarely put before a noun. */
  nounAdjectives: Record<string, string>
  /** For those nouns and adjectives, the nouns the corpora put straight after them; for "what", the adjectives. */
  after: Record<string, string[]>
  /** Noun used bare after a preposition and never after a form of "be" → that preposition. */
  barePhrases: Record<string, string>
  /** Verb's base form → its -s form and its past. */
  verbForms: Record<string, [string, string]>
  /** "economy development" → the modifier's form edited English writes before the noun ("economic"), how often the corpora do, −log10 of the chance of never seeing the pair were it as usual, and 1 when that form and the noun are a WordNet term ("higher education"). */
  modifierForms: Record<string, ModifierForm>
}

export type ModifierForm = [form: string, seen: number, surprise: number, term: 0 | 1]

/** The table as lookups (Maps, so a word such as "constructor" finds nothing of Object's). */
export class WordClasses {
  readonly classes: ReadonlyMap<string, string>
  readonly verbOnly: ReadonlyMap<string, string>
  readonly nounAdjectives: ReadonlyMap<string, string>
  readonly barePhrases: ReadonlyMap<string, string>
  readonly verbForms: ReadonlyMap<string, readonly [string, string]>
  readonly modifierForms: ReadonlyMap<string, ModifierForm>
  private readonly after: ReadonlyMap<string, ReadonlySet<string>>
  private readonly nounsToo: ReadonlySet<string>
  private readonly inflected: ReadonlySet<string>
  constructor(table: WordClassTable) {
    this.inflected = new Set(Object.values(table.verbForms).flat())
    this.nounsToo = new Set(table.nounsToo)
    this.classes = new Map(Object.entries(table.classes))
    this.verbOnly = new Map(Object.entries(table.verbOnly))
    this.nounAdjectives = new Map(Object.entries(table.nounAdjectives))
    this.barePhrases = new Map(Object.entries(table.barePhrases))
    this.verbForms = new Map(Object.entries(table.verbForms))
    this.modifierForms = new Map(Object.entries(table.modifierForms ?? {}))
    this.after = new Map(Object.entries(table.after).map(([word, next]) => [word, new Set(next)]))
  }

  /** Whether the corpora have `second` straight after `first` (for the nouns and adjectives the table follows). */
  seenPair(first: string, second: string): boolean {
    return this.after.get(first)?.has(second) ?? false
  }

  /** Whether the word may be a finite verb or participle: its usual class, or a form of a verb the table has ("counts"). */
  mayBeVerb(word: string): boolean {
    return /^[vzde]$/.test(this.classes.get(word) ?? '') || this.inflected.has(word)
  }

  isNoun(word: string): boolean {
    const kind = this.classes.get(word)
    return kind === 'n' || kind === 's' || this.nounsToo.has(word)
  }
}

/** The build's table, or undefined when this build has none (the rule is then quiet). */
export function loadWordClasses(): WordClasses | undefined {
  const compiled = readCompiledFile('word-classes.json')
  return compiled && new WordClasses(JSON.parse(compiled.toString('utf8')) as WordClassTable)
}
