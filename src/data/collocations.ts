import {readCompiledFile} from './compiled.js'
import {readPartsFile} from './parts-file.js'

/**
 * Which prepositions edited English puts straight after a verb or adjective,
 * as the build counts them (scripts/lib/collocations.mjs). A head is a class
 * and a lemma: `v:urge`, `b:urge` (a past participle after "be"), `j:adamant`.
 */
export interface CollocationTable {
  source: string
  minUses: number
  /** Per class: words seen, and how often each preposition followed one. */
  classes: Record<string, {uses: number; next: Record<string, number>}>
  /** Per head: its uses, and how often each preposition followed it. */
  heads: Record<string, [uses: number, next: Record<string, number>]>
  /** Verbs WordNet gives an object or a clause in every sense, with the prepositions it still lets follow them. */
  objectVerbs: Record<string, string[]>
  /** Word form → its class, lemma, and 1 when it is also a past participle. */
  forms: Record<string, [kind: string, lemma: string, participle: number]>
  /** A verb's lemma → the particles of its WordNet phrasal verbs ("swear" → in); absent from tables built before it. */
  phrasal?: Record<string, string[]>
}

/** The build's table, or undefined when this build has none (the rule is then quiet). */
export function loadCollocations(): CollocationTable | undefined {
  const compiled = readCompiledFile('collocations.json')
  return compiled && readPartsFile<CollocationTable>(compiled)?.value
}

/** A head followed by a preposition it takes far less often than its class does. */
export interface OddPair {
  head: string
  preposition: string
  /** Times the corpus has the pair, its head's uses, and the pairs a head of its class would have had. */
  observed: number
  uses: number
  expected: number
  /** −log10 of the chance of seeing the pair at most `observed` times: higher is odder. */
  score: number
  /** The preposition that takes most of the head's prepositional uses, when one does. */
  usual?: string | undefined
  /** Whether the head is used without a preposition after it nine times in ten or more. */
  mostlyBare: boolean
  /** Whether the head is a verb WordNet gives an object in every sense, and no frame or phrasal verb of it this preposition. */
  wantsObject: boolean
}

/** The forms of "be" before which a past participle is a passive: the build and the rule read the same. */
export const beForms: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "isn't", "wasn't", "aren't", "weren't"])
// A preposition counts when verbs were followed by it this often: rare ones
// ("unto", "amid") give too few sightings to judge a head by.
const minPrepositionUses = 100
// A pair seen a tenth as often as its class would have it, or less, is odd.
const maxShare = 0.1

/** −log10 P(X ≤ observed) for X Poisson with mean `expected`. */
function poissonSurprise(observed: number, expected: number): number {
  let term = Math.exp(-expected)
  let sum = term
  for (let k = 1; k <= observed; k++) {
    term *= expected / k
    sum += term
  }
  return -Math.log10(sum)
}

export class Collocations {
  // Maps, not the parsed objects: a word of the text such as "constructor"
  // must not find Object's own properties. Each is made when first asked
  // (a short text asks few heads), from a table parsed then (src/data/parts-file.ts).
  private prepositionSet: Set<string> | undefined
  private formMap: Map<string, CollocationTable['forms'][string]> | undefined
  private headMap: Map<string, CollocationTable['heads'][string]> | undefined
  private objectVerbMap: Map<string, string[]> | undefined
  private classMap: Map<string, CollocationTable['classes'][string]> | undefined
  constructor(readonly table: CollocationTable) {}

  private get prepositions(): Set<string> {
    const verbs = this.table.classes.v?.next ?? {}
    return (this.prepositionSet ??= new Set(Object.keys(verbs).filter((word) => verbs[word]! >= minPrepositionUses)))
  }

  private get forms(): Map<string, CollocationTable['forms'][string]> {
    return (this.formMap ??= new Map(Object.entries(this.table.forms)))
  }

  private get heads(): Map<string, CollocationTable['heads'][string]> {
    return (this.headMap ??= new Map(Object.entries(this.table.heads)))
  }

  private get objectVerbs(): Map<string, string[]> {
    return (this.objectVerbMap ??= new Map(Object.entries(this.table.objectVerbs)))
  }

  private get classes(): Map<string, CollocationTable['classes'][string]> {
    return (this.classMap ??= new Map(Object.entries(this.table.classes)))
  }

  /** A word form's class, lemma, and 1 when it is also a past participle; undefined for a word the table does not know. */
  formOf(word: string): CollocationTable['forms'][string] | undefined {
    return this.forms.get(word)
  }

  /** Whether `particle` makes a WordNet phrasal verb with the verb `word` is a form of ("sworn" + in). */
  takesParticle(word: string, particle: string): boolean {
    const form = this.forms.get(word)
    const phrasal = this.table.phrasal
    return form !== undefined && form[0] === 'v' && phrasal !== undefined && Object.hasOwn(phrasal, form[1]) && phrasal[form[1]]!.includes(particle)
  }

  isPreposition(word: string): boolean {
    return this.prepositions.has(word)
  }

  /**
   * The head `word` makes with what comes before it (adverbs skipped when
   * looking for "be"), or undefined when the table does not know the word.
   */
  headOf(word: string, before: readonly string[]): string | undefined {
    const form = this.forms.get(word)
    if (!form) return undefined
    const [kind, lemma, participle] = form
    const passive = kind === 'v' && participle === 1 && afterBe(before, this.forms)
    return `${passive ? 'b' : kind}:${lemma}`
  }

  /**
   * The pair head + preposition when it is odd, with how odd. `finitePast`
   * says the head is a verb's finite past ("urged"): only then does WordNet's
   * word that it wants an object count.
   */
  judge(head: string, preposition: string, finitePast: boolean): OddPair | undefined {
    const entry = this.heads.get(head)
    const totals = this.classes.get(head[0]!)
    if (!entry || !totals) return undefined
    const [uses, next] = entry
    const observed = Object.hasOwn(next, preposition) ? next[preposition]! : 0
    const expected = (uses * (Object.hasOwn(totals.next, preposition) ? totals.next[preposition]! : 0)) / totals.uses
    const listed = head[0] === 'v' ? this.objectVerbs.get(head.slice(2)) : undefined
    // "by" after a verb's past is its passive participle's ("Congress, backed by").
    const wantsObject = listed !== undefined && preposition !== 'by' && !listed.includes(preposition) && observed * 100 <= uses && finitePast
    if (observed > maxShare * expected && !wantsObject) return undefined
    const prepositional = Object.values(next).reduce((sum, count) => sum + count, 0)
    const [usual, usualCount] = Object.entries(next).sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
    return {
      head,
      preposition,
      observed,
      uses,
      expected,
      score: poissonSurprise(observed, expected),
      usual: usualCount >= 10 && usualCount * 2 >= prepositional ? usual : undefined,
      mostlyBare: prepositional * 10 <= uses,
      wantsObject
    }
  }
}

function afterBe(before: readonly string[], forms: ReadonlyMap<string, unknown>): boolean {
  let index = before.length - 1
  while (index >= 0 && before[index]!.endsWith('ly') && !forms.has(before[index]!)) index--
  return index >= 0 && beForms.has(before[index]!)
}
