import type {Lexicon} from '../../data/lexicon.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import type {TitleContext} from '../../names/titles.js'
import type {Level} from '../../message.js'
import type {Memo} from '../../text/memo.js'
import type {SentenceTokens} from '../../text/tokens.js'

/** What every check of the case rule reads: its data, made once per rule. */
export interface CaseContext {
  gazetteer: Gazetteer
  lexicon: Lexicon
  /** Lowercase words that may stand before a name ("president", "mr"). */
  titles: ReadonlySet<string>
  /** Lowercase words after which a bare name is likely a subject ("said", "has"). */
  subjectCues: ReadonlySet<string>
  /** Lowercase abbreviations a period may follow mid-sentence ("etc", "vs"). */
  abbreviations: ReadonlySet<string>
  /** Heads of formal titles ("president"); empty for en-GB copy. */
  formalTitles: ReadonlySet<string>
  /** Words the speller accepts beyond the dictionary, lowercase. */
  personal: ReadonlySet<string>
  /** The speller's own words written in lowercase ("ger", "charas"): common words, however a dictionary capitalizes them. */
  personalLowercase: ReadonlySet<string>
  /** Words after which a rare word naming a place is the place ("to", "visited"). */
  placePrepositions: ReadonlySet<string>
  /** Compass words lowercase before a place by choice ("southern"). */
  directionWords: ReadonlySet<string>
  /** Common nouns house styles capitalize for one body ("government", "parliament"). */
  houseCapitals: ReadonlySet<string>
  /** Titles and bodies' nouns AP style lowercases with no name after them ("president", "party"). */
  lowercaseStyleNouns: ReadonlySet<string>
  /** Nouns of a building: "the Parliament building" names the building. */
  buildingNouns: ReadonlySet<string>
  /** Prefixes that form words freely: one lowercase before a hyphen and a name ("sub-Saharan", "pan-African") is how English writes it. */
  prefixes: ReadonlySet<string>
  /** How loud a capital on one of them is: a note, or a warning under AP style. */
  styleLevel: Level
  /** Words no proper name follows ("a", "three"). */
  indefiniteDeterminers: ReadonlySet<string>
  /** Words before a noun phrase ("the", "its", "new"): a capital after one is a common noun's. */
  determiners: ReadonlySet<string>
  /** Closed-class words, which start no name in running text ("in", "the"). */
  functionWords: ReadonlySet<string>
  /** Function words of other languages ("la", "tu"): never a name written small. */
  foreignFunctionWords: ReadonlySet<string>
  /** Prepositions and conjunctions that open almost no sentence (dictionaries/non-openers.txt). */
  nonOpeners: ReadonlySet<string>
  /** Words a comma goes before when they open a clause after a noun (dictionaries/clause-openers.txt): "year. including" lost a comma. */
  clauseOpeners: ReadonlySet<string>
  /** Given names, capitalized ("Vlad"). */
  firstNames: ReadonlySet<string>
  /** Personal pronouns and possessive determiners ("his", "they"). */
  personalPronouns: ReadonlySet<string>
  /** Subject pronouns, lowercase ("he", "they"). */
  subjectPronouns: ReadonlySet<string>
  /** Demonstratives, lowercase ("this", "these"): capitalized after a clause's comma, as a pronoun there, a lost full stop. */
  demonstratives: ReadonlySet<string>
  /** Auxiliaries that follow a subject, lowercase ("is", "did"). */
  auxiliaries: ReadonlySet<string>
  /** Names of God, lowercase: a story with one may capitalize pronouns for God. */
  deityWords: ReadonlySet<string>
  /** Verbs that attribute a quotation ("stated", "says"). */
  quotationVerbs: ReadonlySet<string>
  /** A portfolio's noun or adjective by its ending ("revitalization", "economic"). */
  descriptorEnding: RegExp
  /** Words that give a title's rank, not its portfolio ("prime", "vice"). */
  titleRankWords: ReadonlySet<string>
  /** Whether the word is a verb's past, participle or -s form ("dissolved", "becomes"). */
  finiteVerb: (lower: string) => boolean
  /** Whether edited English uses the word as a singular noun nine times in ten ("producer"). */
  singularNoun: (lower: string) => boolean
  /** Whether edited English uses the word as a plural noun nine times in ten ("tickets"). */
  pluralNoun: (lower: string) => boolean
  /** Whether edited English uses the word as a verb's base form nine times in ten ("go"). */
  baseVerb: (lower: string) => boolean
  titleContext: TitleContext
  inForeignPhrase: (value: string, word: string, start: number) => boolean
  /**
   * What a word alone says, whatever its place: asked for every word, the
   * same few thousand words again and again (bounded).
   */
  words: Memo<WordInfo>
  /** British spelling, loaded only when a word needs it. */
  british: Lexicon | undefined
}

/** One sentence being scanned, and where its findings go. */
export interface SentenceScan {
  sentence: SentenceTokens
  /** The whole file's text. */
  value: string
  raised: Raised[]
}

/** A finding as raised, before the strongest per word is chosen. */
export interface Raised {
  start: number
  end: number
  expected: string
  /** Further fixes, after `expected`. */
  also?: readonly string[] | undefined
  reason: string
  level?: Level | undefined
  /** The word as written, for a finding whose reason waits for the end. */
  word?: string
  /** Raised only if the document capitalizes this word mid-sentence (else as a sentence start, if it is one). */
  ifCapitalized?: string
  sentenceStart?: boolean
  /** `ifCapitalized` asks more: the capital must stand in running prose, not in a heading or a title in title case. */
  inProse?: boolean
  /** A word no dictionary knows: its capital before a number ("Stela 34") labels one of a kind, no name (a month's, "July 9", is one). */
  unknown?: boolean
  /** Takes the place of a finding raised before at the same start (a title that opens a sentence covers its first word). */
  overrides?: boolean
}

/** What the case rule asks of a word wherever it stands. */
export interface WordInfo {
  /** Lowercase, straight apostrophes, without a possessive. */
  base: string
  /** A name (ignoring case) can start with this word. */
  startsName: boolean
  /** Capitalized (`isCapitalized`). */
  capitalized: boolean
  /** For a word in lowercase (a–z first, no A–Z after). */
  lowercase: LowercaseFacts | undefined
  /** The head of a formal title in lowercase ("president", "minister"). */
  titleHead: boolean
}

/** The case rule's questions about a lowercase word that depend on the word alone. */
export interface LowercaseFacts {
  /** The word capitalized. */
  fixed: string
  /** Proper by the dictionary, or a name of something other than a person: always capitalized. */
  proper: boolean
  /** Some known one-word name, not an acronym, has these letters. */
  known: boolean
  /** It names a place and is rare enough to read as the place after a preposition. */
  rarePlace: boolean
  /** Rare, or no common word: context may make it a name. */
  nameable: boolean
  /** A word the speller knows, or a name: capitalizing it writes a real word. */
  spelled: boolean
  /** No common word of either dictionary: lowercase, it can only be a name or a slip. */
  nameOnly: boolean
}
