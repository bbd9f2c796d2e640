import type {ForeignStretches} from '../../text/foreign-sentences.js'
import type {Lexicon} from '../../data/lexicon.js'
import type {Level} from '../../message.js'
import type {FormRef, Gazetteer} from '../../names/gazetteer.js'
import type {LongVowels} from '../../names/long-vowels.js'
import type {KoreanPerson, KoreanTables} from '../../names/korean.js'
import type {SyllableSets} from '../../names/romanized.js'
import type {Offices} from './office-garbles.js'
import type {NameToken} from '../../names/spans.js'
import type {Memo} from '../../text/memo.js'

/** What every check of the names rule reads: its data, made once per rule. */
export interface NamesContext {
  gazetteer: Gazetteer
  lexicon: Lexicon
  /** Given names the speller should know ("Kevin"): never the unknown part of a garble. */
  firstNames: ReadonlySet<string>
  /** Terms the speller accepts beyond its dictionary ("Aedes"): known words, no garbled name. */
  termWords: ReadonlySet<string>
  /** Towns the gazetteer leaves out ("Nakuru"): no misspelling of a place it has ("Nauru"). */
  placeNames: ReadonlySet<string>
  /** Words that name a body's field ("immigration", "electoral"): a body named by another field is another body. */
  portfolioWords: ReadonlySet<string>
  /** Words of a level of government ("national", "provincial"). */
  levelWords: ReadonlySet<string>
  /** Words a party's name says its creed with ("socialist", "agrarian"): a party of another creed is another party. */
  creedWords: ReadonlySet<string>
  /** Institution noun → its family (Council and Commission share one). */
  institutionWords: ReadonlyMap<string, number>
  /** Lowercase words that may stand before a name ("president", "minister"). */
  titles: ReadonlySet<string>
  /** Courtesy titles, lowercase ("mr", "miss"): the word after one is a person's name. */
  courtesyTitles: ReadonlySet<string>
  /** Words that may stand before an official name without being part of it ("the", "its"). */
  determiners: ReadonlySet<string>
  /** The most words a span is looked up with. */
  maxSpan: number
  /**
   * Asked for every word of every span, again and again for the same names:
   * remembered per spelling (bounded), which alone decides it.
   */
  unknownWords: Memo<boolean>
  /** Korean family names and given-name syllables in their romanizations. */
  korean: KoreanTables
  /** Korean, pinyin and Wade–Giles syllables, made on first use from the three tables below and `korean`. */
  syllableSets: SyllableSets | undefined
  pinyinSyllables: ReadonlySet<string>
  wadeGiles: ReadonlyMap<string, string>
  /** The gazetteer's Korean persons by family name as written ("Yoon"), those of its every spelling (Yoon, Yun, Youn), made on first ask. */
  koreanPersons: Map<string, KoreanPerson[]>
  /** Persons by the title words of their office, for a garbled surname after one; made on first use. */
  offices: Offices | undefined
  /** The stretches in another language of the texts judged last (a document's pieces come back in turn), a few kept. */
  foreign: Map<string, ForeignStretches>
  /** Japanese long vowels and their other spellings: "Kohno" is the same name as Kono. */
  longVowels: LongVowels
  /** Countries whose people's names reach English transliterated (lowercase). */
  transliteratedCountries: ReadonlySet<string>
  /** Countries whose names keep or drop the inherent a ("Devaraj", "Devraj"), lowercase. */
  schwaCountries: ReadonlySet<string>
  /** Lowercase nouns of a kind of place ("parish", "county"). */
  placeKindNouns: ReadonlySet<string>
  /** Words that open place names in other languages ("koh", "wadi"). */
  placeNameHeads: ReadonlySet<string>
  /** Vietnamese family names, lowercase ("nguyen", "tran"). */
  vietnameseSurnames: ReadonlySet<string>
  /** A given name, lowercase without accents → its line of forms in other languages. */
  givenNameCognates: ReadonlyMap<string, number>
  /** A given name, lowercase → the names it is a usual short or full form of. */
  givenNameShortForms: ReadonlyMap<string, ReadonlySet<string>>
  /** Words of a family tie ("sister", "wife"; dictionaries/kin-words.txt). */
  kinWords: ReadonlySet<string>
}

export interface Candidate {
  span: NameToken[]
  expected: string[]
  reason: string
  level: Level
  note?: string
  /** A lone word near a known one-word name (a surname, a city): judged against the whole document. */
  /** `addressed`: a courtesy title right before it ("Mr. Chachart"), or the person's office named in the story ("the Tehran mayor"), in a story about the person's country. */
  loneWord?: {entity: FormRef['entity']; surname: boolean; afterTitle: boolean; swapped: boolean; addressed: boolean}
  /** A given name with words in the surname's place, no title before: a slip only if the story names the person elsewhere. */
  slot?: {entity: FormRef['entity']}
  /** A known person's full name garbled: the story is about that person, and spells the surname so. */
  fullName?: {entity: FormRef['entity']}
}

/** A span's reading: a known name (`ref`), a finding (`candidate`), or neither (a known family name). */
export interface Contender {
  span: NameToken[]
  rank: number
  candidate?: Candidate
  ref?: FormRef
  /** A town of the place list: no slip of a known name, but still a spelling the story may write two ways. */
  town?: true
}

/** What a document's runs of capitalized words gave, for the findings at its end. */
export interface Found {
  known: Array<{span: NameToken[]; ref: FormRef}>
  unknown: NameToken[]
  pending: Candidate[]
  spellings: Map<string, number>
}
