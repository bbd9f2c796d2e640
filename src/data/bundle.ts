import {existsSync} from 'node:fs'
import {doubledWordsOf, loadEntities, mergeEntities, nameWordsOf, type Entity} from './entities.js'
import {Collocations, loadCollocations} from './collocations.js'
import {loadWordClasses, type WordClasses} from './word-classes.js'
import {loadUsage, type Usage} from './usage.js'
import {compiledIndexes} from './gazetteer-index.js'
import {englishLexicon, type Lexicon} from './lexicon.js'
import {loadInstitutions, type InstitutionProfiles} from './institutions.js'
import {loadPhraseRules, PhraseIndex, type PhraseRule} from './phrases.js'
import {dataPath} from './root.js'
import {loadVariantGroups, type VariantGroup} from './variants.js'
import {LazySet} from './lazy-set.js'
import {readWordList} from './word-list.js'
import {dataFilesKey} from './working-folder.js'
import {readCompiledSlice, shippedSources} from './compiled.js'
import {surnameGroups, syllableTable, wadeGilesTable} from './romanization.js'
import type {Suffix} from '../text/inflect.js'
import {longVowelTable, type LongVowels} from './long-vowels.js'

/** A project's own data, added after copydesk's (and overriding it where names repeat). */
export interface UserData {
  entities?: readonly string[]
  phrases?: readonly string[]
  variants?: readonly string[]
  /** Word lists of accepted words, one a line. */
  words?: readonly string[]
}

/**
 * copydesk's data and a project's, as plain values: word lists, tables, the
 * gazetteer's entries (src/names/ builds its index from them). Each slice is
 * read on first use, so a run loads only what its rules ask for (each rule
 * declares its slices: `data` in src/rules/define.ts).
 */
export interface Bundle extends WordSets {
  /** The gazetteer's entries; shipped ones carry the Mandarin readings of native names, a project's get theirs in src/names/. */
  entities: Entity[]
  lexicon: Lexicon
  phraseRules: PhraseRule[]
  /** Phrase words with their inflected forms, as the build worked them out (src/data/phrases.ts). */
  phraseForms: ReadonlyMap<string, ReadonlyArray<readonly [string, Suffix]>>
  /** The phrase rules indexed by their words: the build's for the shipped rules, made here with a project's. */
  phraseIndex: PhraseIndex
  variantGroups: VariantGroup[]
  /** Words the speller accepts beyond dictionary-en, made into a set when first asked about. */
  personal: ReadonlySet<string>
  /** The word lists of those, and a project's (newsroom words, acronyms, currencies), without the gazetteer's name words or given names: terms, not names. */
  termWords: Set<string>
  firstNames: ReadonlySet<string>
  /** First names of women only (not "Jean", a man's too): whom "Mr." does not fit. */
  femaleFirstNames: ReadonlySet<string>
  /** Towns the gazetteer leaves out, as written (dictionaries/place-names.txt): known places, never suggested. */
  placeNames: ReadonlySet<string>
  /** Names English writes with "the" ("Middle East", "US"), as written (dictionaries/the-names.txt). */
  theNames: Set<string>
  /** Courtesy titles, lowercase, that say a woman → the man's title, and a man's → the woman's ("mr" → "ms"). */
  courtesyTitleSexes: CourtesyTitleSexes
  /** Institution noun → its family (Council and Commission share one). */
  institutionWords: Map<string, number>
  /** A given name, lowercase without accents → its line of forms in other languages (William, Guillermo, Wilhelm share one). */
  givenNameCognates: Map<string, number>
  /** Each given name, lowercase, with the names it is a usual short or full form of ("mike": michael). */
  givenNameShortForms: Map<string, ReadonlySet<string>>
  /** , ; : ? ! . — set against the word before, a space after. */
  spacingMarks: Set<string>
  prefixes: string[]
  suffixes: string[]
  modifierEndings: string[]
  foreignPhrases: string[]
  /** Keyboard letter rows, for ranking a typo's fixes. */
  keyboard: string[]
  /** A word filter's substitutions, "bad ass" a line (dictionaries/filter-substitutions.txt). */
  filterSubstitutions: string[]
  /** A spinner's words for a word of a name, " = ", the word (dictionaries/spinner-synonyms.txt). */
  spinnerSynonyms: string[]
  /** Spellings of one family name ("Choo", "Chu"), keyed by each. */
  surnameGroups: Map<string, Set<string>>
  /** Spellings of one syllable of a Korean given name (seok, suk, sok), keyed by each: the lines each stands on. */
  koreanSyllables: Map<string, number[]>
  /** Pinyin syllable → Wade–Giles spelling, where they differ ("shi" → "shih"). */
  wadeGiles: Map<string, string>
  /** Toneless Hanyu Pinyin syllables (dictionaries/romanization/pinyin-syllables.txt). */
  pinyinSyllables: Set<string>
  /** Japanese long vowels, each with the spellings that fold to it ("ou", "oh" → "o"). */
  longVowels: LongVowels
  /** Family names of Korea and Vietnam with their Mandarin readings, "Korea Kim 金 jin" a line (dictionaries/romanization/mandarin-surnames.txt). */
  mandarinSurnames: string[]
  /** Function words of other languages ("por", "les"). */
  foreignFunctionWords: Set<string>
  /** Country profiles: each country's legislature, chambers and constitutional court. */
  institutions: InstitutionProfiles
  /** Words beside which a hyphen joins a compound ("self", "run"), lowercase. */
  hyphenParts: Set<string>
  /** Which prepositions edited English puts after each verb, adjective and noun; undefined when the build made no table. */
  collocations: Collocations | undefined
  /** Word classes of edited English (the word-class rule); undefined when the build made no table. */
  wordClasses: WordClasses | undefined
  /** A verb's form with a singular subject → with a plural one ("has" → "have"). */
  agreementVerbs: Map<string, string>
  /** Words that place a sentence in the past ("was") or the future ("will"), each with its tense. */
  tenseMarkers: Map<string, string>
  /** A reporting verb's -s form → its past participle ("reports" → "reported"). */
  reportingVerbs: Map<string, string>
  /** Verbs that want a person before a that-clause, nouns that take no article; undefined when the build made none. */
  usage: Usage | undefined
}

/**
 * Word lists read as lowercase sets, each a reviewed file under dictionaries/
 * with its source; what each holds is said in its header.
 */
const wordSetLists = {
  titles: 'dictionaries/titles.txt',
  foreignLetters: 'dictionaries/foreign-letters.txt',
  bareTitles: 'dictionaries/bare-titles.txt',
  articlePlaces: 'dictionaries/article-places.txt',
  identifierNouns: 'dictionaries/identifier-nouns.txt',
  countedSingulars: 'dictionaries/counted-singulars.txt',
  measureWords: 'dictionaries/measure-words.txt',
  ordinalWords: 'dictionaries/ordinal-words.txt',
  detachedPrefixes: 'dictionaries/detached-prefixes.txt',
  bareOrdinalIdioms: 'dictionaries/bare-ordinal-idioms.txt',
  bareNameLeads: 'dictionaries/bare-name-leads.txt',
  nameAdjectives: 'dictionaries/name-adjectives.txt',
  stressedEndings: 'dictionaries/stressed-endings.txt',
  formalTitles: 'dictionaries/formal-titles.txt',
  formalTitleWords: 'dictionaries/formal-title-words.txt',
  courtesyTitles: 'dictionaries/courtesy-titles.txt',
  determiners: 'dictionaries/determiners.txt',
  placePrepositions: 'dictionaries/place-prepositions.txt',
  directionWords: 'dictionaries/direction-words.txt',
  houseCapitals: 'dictionaries/house-capitals.txt',
  lowercaseStyleNouns: 'dictionaries/lowercase-style-nouns.txt',
  buildingNouns: 'dictionaries/building-nouns.txt',
  indefiniteDeterminers: 'dictionaries/indefinite-determiners.txt',
  functionWords: 'dictionaries/function-words.txt',
  portfolioWords: 'dictionaries/portfolio-words.txt',
  partyCreedWords: 'dictionaries/party-creed-words.txt',
  governmentLevels: 'dictionaries/government-levels.txt',
  titleLinkingWords: 'dictionaries/title-linking-words.txt',
  subjectCues: 'dictionaries/subject-cues.txt',
  abbreviations: 'dictionaries/abbreviations.txt',
  joinWords: 'dictionaries/join-words.txt',
  compoundJoinWords: 'dictionaries/compound-join-words.txt',
  namePrefixes: 'dictionaries/name-prefixes.txt',
  doubledNames: 'dictionaries/doubled-names.txt',
  reduplicatingWords: 'dictionaries/reduplicating-words.txt',
  deliberateDoubles: 'dictionaries/deliberate-doubles.txt',
  coordinatedIdioms: 'dictionaries/coordinated-idioms.txt',
  predeterminers: 'dictionaries/predeterminers.txt',
  clauseOpeners: 'dictionaries/clause-openers.txt',
  nonOpeners: 'dictionaries/non-openers.txt',
  sentenceOpeners: 'dictionaries/sentence-openers.txt',
  subjectAuxiliaries: 'dictionaries/subject-auxiliaries.txt',
  leaderNouns: 'dictionaries/leader-nouns.txt',
  kinWords: 'dictionaries/kin-words.txt',
  placeKindNouns: 'dictionaries/place-kind-nouns.txt',
  placeNameHeads: 'dictionaries/place-name-heads.txt',
  vietnameseSurnames: 'dictionaries/romanization/vietnamese-surnames.txt',
  subjectPronouns: 'dictionaries/subject-pronouns.txt',
  personalPronouns: 'dictionaries/personal-pronouns.txt',
  deityWords: 'dictionaries/deity-words.txt',
  timeWords: 'dictionaries/time-words.txt',
  monthNames: 'dictionaries/month-names.txt',
  cardinalWords: 'dictionaries/cardinal-words.txt',
  suspendingWords: 'dictionaries/suspended-hyphen-words.txt',
  hyphenClauseWords: 'dictionaries/hyphen-clause-words.txt',
  demonstratives: 'dictionaries/demonstratives.txt',
  clauseVerbs: 'dictionaries/clause-verbs.txt',
  conjunctions: 'dictionaries/coordinating-conjunctions.txt',
  objectPronouns: 'dictionaries/object-pronouns.txt',
  descriptorEndings: 'dictionaries/descriptor-endings.txt',
  titleRankWords: 'dictionaries/title-rank-words.txt',
  attributionVerbs: 'dictionaries/attribution-verbs.txt',
  quotationVerbs: 'dictionaries/quotation-verbs.txt',
  blockQuoteVerbs: 'dictionaries/block-quote-verbs.txt',
  spunAttributionVerbs: 'dictionaries/spun-attribution-verbs.txt',
  timeOpeners: 'dictionaries/time-openers.txt',
  nounSlotWords: 'dictionaries/noun-slot-words.txt',
  nominativePronouns: 'dictionaries/nominative-pronouns.txt',
  invertingAuxiliaries: 'dictionaries/inverting-auxiliaries.txt',
  pluralSubjects: 'dictionaries/plural-subjects.txt',
  singularSubjects: 'dictionaries/singular-subjects.txt',
  singularDeterminers: 'dictionaries/singular-determiners.txt',
  sourceNouns: 'dictionaries/source-nouns.txt',
  transliteratedCountries: 'dictionaries/transliterated-countries.txt',
  schwaCountries: 'dictionaries/romanization/schwa-countries.txt',
  participleAuxiliaries: 'dictionaries/participle-auxiliaries.txt',
  baseAuxiliaries: 'dictionaries/base-auxiliaries.txt',
  doForms: 'dictionaries/do-forms.txt',
  bareInfinitiveIdioms: 'dictionaries/bare-infinitive-idioms.txt'
} as const

export type WordSets = {[name in keyof typeof wordSetLists]: Set<string>}

const lists = {
  personal: ['dictionaries/newsroom.txt', 'dictionaries/new-zealand-words.txt', 'dictionaries/philippine-words.txt', 'dictionaries/malay-words.txt', 'dictionaries/south-asian-words.txt', 'dictionaries/african-words.txt', 'dictionaries/islamic-words.txt', 'dictionaries/acronyms.txt', 'dictionaries/currencies.txt'],
  firstNames: 'dictionaries/first-names.txt',
  femaleFirstNames: 'dictionaries/female-first-names.txt',
  placeNames: 'dictionaries/place-names.txt',
  theNames: 'dictionaries/the-names.txt',
  courtesyTitleSexes: 'dictionaries/courtesy-title-sexes.txt',
  institutionWords: 'dictionaries/institution-words.txt',
  givenNameCognates: 'dictionaries/given-name-cognates.txt',
  givenNameShortForms: 'dictionaries/given-name-short-forms.txt',
  spacingMarks: 'dictionaries/spacing-marks.txt',
  prefixes: 'dictionaries/prefixes.txt',
  suffixes: 'dictionaries/suffixes.txt',
  modifierEndings: 'dictionaries/modifier-endings.txt',
  foreignPhrases: 'dictionaries/foreign-phrases.txt',
  keyboard: 'dictionaries/keyboard-qwerty.txt',
  filterSubstitutions: 'dictionaries/filter-substitutions.txt',
  spinnerSynonyms: 'dictionaries/spinner-synonyms.txt',
  koreanSurnames: 'dictionaries/romanization/korean-surnames.txt',
  koreanSyllables: 'dictionaries/romanization/korean-syllables.txt',
  wadeGiles: 'dictionaries/romanization/wade-giles.txt',
  pinyinSyllables: 'dictionaries/romanization/pinyin-syllables.txt',
  longVowels: 'dictionaries/romanization/japanese-long-vowels.txt',
  mandarinSurnames: 'dictionaries/romanization/mandarin-surnames.txt',
  foreignFunctionWords: 'dictionaries/foreign-function-words.txt',
  hyphenParts: 'dictionaries/hyphen-parts.txt',
  agreementVerbs: 'dictionaries/agreement-verbs.txt',
  tenseMarkers: 'dictionaries/tense-markers.txt',
  reportingVerbs: 'dictionaries/reporting-verbs.txt'
}

const cache = new Map<string, Bundle>()

function lowerSet(path: string): Set<string> {
  return new Set(readWordList(path).map((word) => word.toLowerCase()))
}

/** Whom a courtesy title names, and the title of the other sex; the first pair's woman's title fixes every man's. */
export interface CourtesyTitleSexes {
  female: Map<string, string>
  male: Map<string, string>
}

function courtesyTitleSexes(lines: readonly string[]): CourtesyTitleSexes {
  const sexes: CourtesyTitleSexes = {female: new Map(), male: new Map()}
  for (const line of lines) {
    const [woman, man] = line.toLowerCase().split(/\s+/)
    if (!woman || !man) throw new Error(`dictionaries/courtesy-title-sexes.txt: expected a woman's and a man's title on the line "${line}"`)
    sexes.female.set(woman, man)
    if (!sexes.male.has(man)) sexes.male.set(man, woman)
  }
  return sexes
}

/** A list with one family of words a line: word → line number. */
function families(path: string): Map<string, number> {
  const map = new Map<string, number>()
  readWordList(path).forEach((line, family) => {
    for (const word of line.toLowerCase().split(/\s+/)) map.set(word, family)
  })
  return map
}

/** A full name and its short forms a line: each name with every name it pairs with, both ways, but not the short forms beside each other. */
function shortForms(path: string): Map<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>()
  const pair = (a: string, b: string) => (map.get(a) ?? map.set(a, new Set()).get(a)!).add(b)
  for (const line of readWordList(path)) {
    const [full, ...short] = line.toLowerCase().split(/\s+/)
    for (const form of short) {
      pair(full!, form)
      pair(form, full!)
    }
  }
  return map
}

export type DataSlice = keyof Bundle

/** `make`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let made: {value: T} | undefined
  return () => (made ??= {value: make()}).value
}

/** An object whose every property is made by its maker on first read, then kept. */
function lazily<T extends object>(makers: {[K in keyof T]: () => T[K]}): T {
  const target = {} as T
  for (const key of Object.keys(makers) as Array<keyof T>) {
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = makers[key]()
        Object.defineProperty(target, key, {value, enumerable: true})
        return value
      }
    })
  }
  return target
}

/**
 * copydesk's data with a project's, once per process and data set, each
 * slice read when a rule first asks for it. A project's own files are read
 * and validated at once, so their errors are configuration errors.
 */
export function loadBundle(user: UserData = {}): Bundle {
  const key = JSON.stringify([user, dataFilesKey(user)])
  const cached = cache.get(key)
  if (cached) return cached

  // Shipped data comes compiled from the build, slice by slice, when it
  // matches its sources; only a project's own files are parsed here.
  const sources = shippedSources()
  const shippedEntities = once(() => readCompiledSlice('entities', sources.entities))
  const shippedPhrases = once(() => readCompiledSlice('phrases', sources.phrases))
  // The speller's word lists and a project's, read once for both `personal` and `termWords`.
  const termLists = once(() => [...lists.personal.flatMap((path) => readWordList(dataPath(path))), ...(user.words ?? []).flatMap((path) => readWordList(path))])
  const personalWords = once(() => [
    ...termLists(),
    ...bundle.firstNames,
    // The shipped gazetteer's words come compiled; merged with a project's entries they are read again.
    ...((user.entities ? undefined : shippedEntities()?.nameWords) ?? nameWordsOf(bundle.entities))
  ])
  const list = (name: keyof typeof lists) => () => readWordList(dataPath(lists[name] as string))
  const set = (name: keyof typeof lists) => () => new Set(readWordList(dataPath(lists[name] as string)))
  // A list of two words a line, the first looked up ("has have").
  const pairs = (name: keyof typeof lists) => () => new Map(readWordList(dataPath(lists[name] as string)).map((line) => line.toLowerCase().split(/\s+/) as [string, string]))
  const wordSetMakers = Object.fromEntries(
    Object.entries(wordSetLists).map(([name, path]) => [name, () => lowerSet(dataPath(path))])
  ) as {[K in keyof WordSets]: () => WordSets[K]}

  const bundle: Bundle = lazily<Bundle>({
    ...wordSetMakers,
    entities: () => {
      const shipped = shippedEntities()
      // The shipped entries alone come with the lookups the build compiled for them.
      if (shipped && !user.entities) return (compiledIndexes.set(shipped.entities, shipped.gazetteer), shipped.entities)
      return mergeEntities(shipped?.entities ?? loadEntities(sources.entities), user.entities ? loadEntities(user.entities) : [])
    },
    // The list's doubled names and the gazetteer's ("Bora Bora"); the shipped entries' come compiled, so the rule reads no entry.
    doubledNames: () =>
      new Set([...lowerSet(dataPath(wordSetLists.doubledNames)), ...((user.entities ? undefined : shippedEntities()?.doubledWords) ?? doubledWordsOf(bundle.entities))]),
    lexicon: englishLexicon,
    phraseRules: () =>
      user.phrases
        ? loadPhraseRules([...sources.phrases, ...user.phrases])
        : (shippedPhrases()?.phraseRules ?? loadPhraseRules(sources.phrases)),
    // Forms are a function of the word alone: the build's serve a project's phrases too.
    phraseForms: () => new Map(shippedPhrases()?.forms),
    phraseIndex: () => {
      const packed = user.phrases ? undefined : shippedPhrases()?.index
      return packed ? PhraseIndex.fromPacked(bundle.phraseRules, packed) : PhraseIndex.build(bundle.phraseRules, bundle.phraseForms)
    },
    variantGroups: () =>
      user.variants
        ? loadVariantGroups([...sources.variants, ...user.variants])
        : (readCompiledSlice('variants', sources.variants)?.variantGroups ?? loadVariantGroups(sources.variants)),
    personal: () => new LazySet(() => new Set(personalWords())),
    termWords: () => new Set(termLists()),
    // The long lists, of thousands of names, are read when a story first asks about one.
    firstNames: () =>
      new LazySet(() => {
        const path = dataPath(lists.firstNames)
        return new Set(existsSync(path) ? readWordList(path) : [])
      }),
    femaleFirstNames: () => new LazySet(() => new Set(readWordList(dataPath(lists.femaleFirstNames)))),
    placeNames: () => new LazySet(() => new Set(readWordList(dataPath(lists.placeNames)))),
    theNames: set('theNames'),
    courtesyTitleSexes: () => courtesyTitleSexes(readWordList(dataPath(lists.courtesyTitleSexes))),
    institutionWords: () => families(dataPath(lists.institutionWords)),
    givenNameCognates: () => families(dataPath(lists.givenNameCognates)),
    givenNameShortForms: () => shortForms(dataPath(lists.givenNameShortForms)),
    spacingMarks: set('spacingMarks'),
    prefixes: list('prefixes'),
    suffixes: list('suffixes'),
    modifierEndings: list('modifierEndings'),
    foreignPhrases: list('foreignPhrases'),
    keyboard: list('keyboard'),
    filterSubstitutions: list('filterSubstitutions'),
    spinnerSynonyms: list('spinnerSynonyms'),
    surnameGroups: () => surnameGroups(readWordList(dataPath(lists.koreanSurnames))),
    koreanSyllables: () => syllableTable(readWordList(dataPath(lists.koreanSyllables))),
    wadeGiles: () => wadeGilesTable(readWordList(dataPath(lists.wadeGiles))),
    pinyinSyllables: () => new Set(readWordList(dataPath(lists.pinyinSyllables))),
    longVowels: () => longVowelTable(readWordList(dataPath(lists.longVowels))),
    mandarinSurnames: list('mandarinSurnames'),
    foreignFunctionWords: set('foreignFunctionWords'),
    institutions: () =>
      readCompiledSlice('institutions', sources.institutions)?.institutions ?? loadInstitutions(sources.institutions[0]!),
    hyphenParts: () => new Set([...lowerSet(dataPath(lists.hyphenParts)), ...bundle.prefixes]),
    collocations: () => {
      const table = loadCollocations()
      return table && new Collocations(table)
    },
    wordClasses: loadWordClasses,
    agreementVerbs: pairs('agreementVerbs'),
    tenseMarkers: pairs('tenseMarkers'),
    reportingVerbs: pairs('reportingVerbs'),
    usage: loadUsage
  })
  // A project's files are read now, in this order, so a broken one fails the configuration.
  if (user.entities) void bundle.entities
  if (user.words || user.entities) void personalWords()
  if (user.phrases) void bundle.phraseRules
  if (user.variants) void bundle.variantGroups
  cache.set(key, bundle)
  return bundle
}
