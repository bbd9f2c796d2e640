import type {Entity} from './entities.js'
import type {PackedKeys} from './key-table.js'

export type FormType = 'name' | 'variant' | 'surname' | 'garble'

/** One word of the caseless keys: the words that follow it, and the forms (by number) of the key that ends here. */
export interface CaselessNode {
  next?: CaselessLevel
  refs?: number[]
}

/** The words a caseless key can go on with at one depth. */
export type CaselessLevel = Record<string, CaselessNode>

/**
 * The gazetteer's lookups as plain data, in the shape they are used in: the
 * build writes the shipped gazetteer's to its compiled slice, so a run reads
 * them with the entries and builds nothing (src/names/gazetteer-build.ts
 * makes them; src/names/gazetteer.ts reads them). Forms are numbered in the
 * order `allForms` gives them, entities by their place in the list.
 */
/** 0: a form as written; 1: a computed reading of a native name; 2: the name's words put into English. */
export type FormOrigin = 0 | 1 | 2

export interface GazetteerIndex {
  /** Entity number, the form as written, its type, and where it came from: 0 written, 1 a computed reading, 2 the name's meaning in English (the squashed key is worked out when the form is first used). The build writes a form a line, parsed when first read. */
  forms: Array<[entity: number, form: string, type: FormType, origin: FormOrigin]>
  /** The squashed keys; forms are numbered key by key, so a key's forms run from its start to the next key's. */
  exact: PackedKeys
  /** Per squashed key, by its number, the number of its first form. */
  exactStarts: ArrayLike<number>
  /** Surface forms that are right as written, by their accepted key. */
  accepted: PackedKeys
  /**
   * The caseless keys as a tree of their words: the first words as a
   * table, each one's node by its number. The build writes a node a line,
   * parsed on its first lookup: a text asks for a few hundred of some
   * fifteen thousand, and the tree as objects was the largest part of the
   * slice to make.
   */
  caseless: PackedKeys
  caselessNodes: CaselessNode[]
  /** Per entity, its whole names (canonical and variants); 0 for none. */
  whole: Array<number[] | 0>
  /** The forms long enough to match loosely, in the order they were added; `~form` for one not matched by its sound. */
  fuzzy: number[]
  longestName: number
  /** Forms with letters outside ASCII by their key with those letters dropped (`strippedKey`), and each key's forms. */
  stripped: PackedKeys
  strippedForms: number[][]
  /** Long organization names (three words or more) by their words with one left out ("national * commission"): entity and the word's position. */
  longSlots: PackedKeys
  longSlotEntries: Array<Array<[entity: number, position: number]>>
  /** Long organization names by their words sorted: the entities. */
  longOrderless: PackedKeys
  longOrderlessEntities: number[][]
  /** Persons' names cut in two by the part a garble keeps, given name first and family name first: each key's form numbers and the rest squashed. */
  givenFirst: PackedKeys
  givenFirstAnchors: Array<Array<[form: number, rest: string]>>
  familyFirst: PackedKeys
  familyFirstAnchors: Array<Array<[form: number, rest: string]>>
  /** Bodies' acronyms by their letters sorted (their form numbers), and the acronyms that open a longer body's name. */
  acronymLetters: PackedKeys
  acronymForms: number[][]
  acronymStems: PackedKeys
  /** The first and the last words, lowercase, of persons' names of two words or more: which words may anchor a person's name. */
  personEdges: {first: PackedKeys; last: PackedKeys}
  /** What the countries of the entries' names and titles are (src/names/countries.ts): compiled for the shipped gazetteer; a project's is made on first use. */
  countries?: PackedCountries
  /** The `fuzzy` forms by sound and by deletion keys: compiled for the shipped gazetteer; a project's is made on its first fuzzy lookup. */
  near?: NearIndex
}

/**
 * The loose-match keys of the `fuzzy` forms in a shape a run reads as it
 * is, with no key hashed: the sound keys (a few thousand) as a record, and
 * the one-deletion keys (about a hundred thousand) as a sorted list that is
 * searched by halves, each key worked out from its form when it is compared.
 */
export interface NearIndex {
  /** The sound keys of the forms matched by their sound. */
  soundKeys: PackedKeys
  /** Per sound key, by its number, the forms of that sound, in the order `fuzzy` has them. */
  soundForms: number[][]
  /**
   * One entry per deletion key of every form of five letters or more, as
   * form × `stride` + 1 + the position of the letter deleted (0 for the
   * form itself), sorted by key, then in the order of `fuzzy` (the build
   * writes them as bytes: src/data/parts-file.ts `U32Words`).
   */
  deletions: Uint32Array
  stride: number
}

/**
 * What a gazetteer's countries are (src/names/countries.ts), as the build
 * writes them: a run reads them instead of every entry and every title.
 */
export interface PackedCountries {
  /** The forms that name countries, in the order they were added, with their countries; the first `places` name a country itself. */
  byForm: Array<[form: string, countries: string[]]>
  places: number
  /** The names of one-country bodies with their country. */
  bodies: Array<[form: string, countries: string[]]>
  /** Places inside one country by their forms, with that country ("Jammu": India). */
  within: Array<[form: string, countries: string[]]>
  /** The organizations of each country their title names, as entry numbers. */
  orgs: Array<[country: string, entities: number[]]>
}

/** The index the build compiled for a list of shipped entries, set where the list is read (src/data/bundle.ts). */
export const compiledIndexes = new WeakMap<readonly Entity[], GazetteerIndex>()

/**
 * `record[key]` when it is the record's own, so a word such as "constructor"
 * or "__proto__" is only a word: one probe for a key that is not there (most
 * words asked), a second only for one that is.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (record === undefined) return undefined
  const value = record[key]
  return value !== undefined && Object.hasOwn(record, key) ? value : undefined
}
