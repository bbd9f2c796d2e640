import {readCompiledFile} from './compiled.js'
import {readPartsFile} from './parts-file.js'

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
  /** Verb's base form → its participle, which a form of "be" or "have" takes, never the base form ("was asked"); 1 where Brown uses the base form as a noun or an adjective too ("note"); 1 where the evidence is strong (scripts/lib/verb-slots.mjs). */
  participles?: Record<string, Participle>
  /** Verb's past or participle → its base form, which a modal, "do" or "to" takes ("did not announce"), and 1 where Brown tags the word a participle too ("will be admitted"). */
  bases?: Record<string, Base>
  /** A strong verb's past → its participle, which a form of "have" takes ("has gone", not "has went"). */
  pastParticiples?: Record<string, string>
  /** "economy development" → the modifier's form edited English writes before the noun ("economic"), how often the corpora do, −log10 of the chance of never seeing the pair were it as usual, and 1 when that form and the noun are a WordNet term ("higher education"). */
  modifierForms: Record<string, ModifierForm>
}

export type Base = [base: string, participle: 0 | 1]

export type Participle = [participle: string, nounToo: 0 | 1, strong: 0 | 1]

export type ModifierForm = [form: string, seen: number, surprise: number, term: 0 | 1]

/**
 * The table as lookups (Maps, so a word such as "constructor" finds nothing
 * of Object's), each made when first asked, from a table parsed then
 * (src/data/parts-file.ts): a short text asks few of them.
 */
export class WordClasses {
  private readonly made: {
    classes?: ReadonlyMap<string, string>
    verbOnly?: ReadonlyMap<string, string>
    nounAdjectives?: ReadonlyMap<string, string>
    barePhrases?: ReadonlyMap<string, string>
    verbForms?: ReadonlyMap<string, readonly [string, string]>
    modifierForms?: ReadonlyMap<string, ModifierForm>
    participles?: ReadonlyMap<string, Participle>
    bases?: ReadonlyMap<string, Base>
    pastParticiples?: ReadonlyMap<string, string>
    modifierHeads?: ReadonlySet<string>
    after?: ReadonlyMap<string, ReadonlySet<string>>
    nounsToo?: ReadonlySet<string>
    inflected?: ReadonlySet<string>
    pasts?: ReadonlySet<string>
    sForms?: ReadonlyMap<string, string>
  } = {}
  constructor(private readonly table: WordClassTable) {}

  get classes(): ReadonlyMap<string, string> {
    return (this.made.classes ??= new Map(Object.entries(this.table.classes)))
  }

  get verbOnly(): ReadonlyMap<string, string> {
    return (this.made.verbOnly ??= new Map(Object.entries(this.table.verbOnly)))
  }

  get nounAdjectives(): ReadonlyMap<string, string> {
    return (this.made.nounAdjectives ??= new Map(Object.entries(this.table.nounAdjectives)))
  }

  get barePhrases(): ReadonlyMap<string, string> {
    return (this.made.barePhrases ??= new Map(Object.entries(this.table.barePhrases)))
  }

  get verbForms(): ReadonlyMap<string, readonly [string, string]> {
    return (this.made.verbForms ??= new Map(Object.entries(this.table.verbForms)))
  }

  get modifierForms(): ReadonlyMap<string, ModifierForm> {
    return (this.made.modifierForms ??= new Map(Object.entries(this.table.modifierForms ?? {})))
  }

  get participles(): ReadonlyMap<string, Participle> {
    return (this.made.participles ??= new Map(Object.entries(this.table.participles ?? {})))
  }

  get bases(): ReadonlyMap<string, Base> {
    return (this.made.bases ??= new Map(Object.entries(this.table.bases ?? {})))
  }

  get pastParticiples(): ReadonlyMap<string, string> {
    return (this.made.pastParticiples ??= new Map(Object.entries(this.table.pastParticiples ?? {})))
  }

  /**
   * The modifier form for `first second` ("economy development"), asked at
   * nearly every word: a word that starts no pair is told so without making
   * the pair's key.
   */
  modifierFormOf(first: string, second: string): ModifierForm | undefined {
    const heads = (this.made.modifierHeads ??= keyHeads(this.modifierForms.keys()))
    return heads.has(first) ? this.modifierForms.get(`${first} ${second}`) : undefined
  }

  private get after(): ReadonlyMap<string, ReadonlySet<string>> {
    return (this.made.after ??= new Map(Object.entries(this.table.after).map(([word, next]) => [word, new Set(next)])))
  }

  private get nounsToo(): ReadonlySet<string> {
    return (this.made.nounsToo ??= new Set(this.table.nounsToo))
  }

  private get pasts(): ReadonlySet<string> {
    return (this.made.pasts ??= new Set(Object.values(this.table.verbForms).map(([, past]) => past)))
  }

  /** Whether the word is a verb's past, participle or -s form by its usual class, or a past of a verb the table has ("announced"). */
  isVerbForm(word: string): boolean {
    return /^[zde]$/.test(this.classes.get(word) ?? '') || this.pasts.has(word)
  }

  private get inflected(): ReadonlySet<string> {
    return (this.made.inflected ??= new Set(Object.values(this.table.verbForms).flat()))
  }

  /** Whether the corpora have `second` straight after `first` (for the nouns and adjectives the table follows). */
  seenPair(first: string, second: string): boolean {
    return this.after.get(first)?.has(second) ?? false
  }

  /** Whether the word may be a finite verb or participle: its usual class, or a form of a verb the table has ("counts"). */
  mayBeVerb(word: string): boolean {
    return /^[vzde]$/.test(this.classes.get(word) ?? '') || this.inflected.has(word)
  }

  /** A verb's -s form → its base form ("operates" → "operate"), of the verbs the table has. */
  baseOfSForm(word: string): string | undefined {
    this.made.sForms ??= new Map(Object.entries(this.table.verbForms).map(([base, [s]]) => [s, base]))
    return this.made.sForms.get(word)
  }

  isNoun(word: string): boolean {
    const kind = this.classes.get(word)
    return kind === 'n' || kind === 's' || this.nounsToo.has(word)
  }
}

/** What may come before a space in each key: every first word it could be looked up by. */
function keyHeads(keys: Iterable<string>): ReadonlySet<string> {
  const heads = new Set<string>()
  for (const key of keys) for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) heads.add(key.slice(0, at))
  return heads
}

/** The build's table, or undefined when this build has none (the rule is then quiet). */
export function loadWordClasses(): WordClasses | undefined {
  const compiled = readCompiledFile('word-classes.json')
  const table = compiled && readPartsFile<WordClassTable>(compiled)?.value
  return table && new WordClasses(table)
}
