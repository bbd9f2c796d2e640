import {existsSync} from 'node:fs'
import {loadEntities, mergeEntities, type Entity} from './entities.js'
import {englishLexicon, type Lexicon} from './lexicon.js'
import {loadInstitutions, type InstitutionProfiles} from './institutions.js'
import {loadPhraseRules, type PhraseRule} from './phrases.js'
import {dataPath} from './root.js'
import {loadVariantGroups, type VariantGroup} from './variants.js'
import {readWordList} from './word-list.js'
import {dataFilesKey} from './working-folder.js'
import {readCompiledData, shippedSources} from './compiled.js'
import {Gazetteer} from '../names/gazetteer.js'
import {withReadings} from '../names/readings.js'
import {surnameGroups, syllableTable} from './romanization.js'

/** A project's own data, added after copydesk's (and overriding it where names repeat). */
export interface UserData {
  entities?: readonly string[]
  phrases?: readonly string[]
  variants?: readonly string[]
  /** Word lists of accepted words, one a line. */
  words?: readonly string[]
}

export interface Bundle extends WordSets {
  entities: Entity[]
  gazetteer: Gazetteer
  lexicon: Lexicon
  phraseRules: PhraseRule[]
  variantGroups: VariantGroup[]
  /** Words the speller accepts beyond dictionary-en. */
  personal: string[]
  firstNames: Set<string>
  /** Institution noun → its family (Council and Commission share one). */
  institutionWords: Map<string, number>
  /** , ; : ? ! . — set against the word before, a space after. */
  spacingMarks: Set<string>
  prefixes: string[]
  suffixes: string[]
  foreignPhrases: string[]
  /** Keyboard letter rows, for ranking a typo's fixes. */
  keyboard: string[]
  /** Spellings of one family name ("Choo", "Chu"), keyed by each. */
  surnameGroups: Map<string, Set<string>>
  /** Spellings of one syllable of a Korean given name (seok, suk, sok), keyed by each: the lines each stands on. */
  koreanSyllables: Map<string, number[]>
  /** Function words of other languages ("por", "les"). */
  foreignFunctionWords: Set<string>
  /** Country profiles: each country's legislature, chambers and constitutional court. */
  institutions: InstitutionProfiles
  /** Words beside which a hyphen joins a compound ("self", "run"), lowercase. */
  hyphenParts: Set<string>
}

/**
 * Word lists read as lowercase sets, each a reviewed file under dictionaries/
 * with its source; what each holds is said in its header.
 */
const wordSetLists = {
  titles: 'dictionaries/titles.txt',
  formalTitles: 'dictionaries/formal-titles.txt',
  formalTitleWords: 'dictionaries/formal-title-words.txt',
  courtesyTitles: 'dictionaries/courtesy-titles.txt',
  determiners: 'dictionaries/determiners.txt',
  placePrepositions: 'dictionaries/place-prepositions.txt',
  directionWords: 'dictionaries/direction-words.txt',
  houseCapitals: 'dictionaries/house-capitals.txt',
  indefiniteDeterminers: 'dictionaries/indefinite-determiners.txt',
  functionWords: 'dictionaries/function-words.txt',
  titleLinkingWords: 'dictionaries/title-linking-words.txt',
  subjectCues: 'dictionaries/subject-cues.txt',
  abbreviations: 'dictionaries/abbreviations.txt',
  joinWords: 'dictionaries/join-words.txt',
  namePrefixes: 'dictionaries/name-prefixes.txt',
  doubledNames: 'dictionaries/doubled-names.txt'
} as const

export type WordSets = {[name in keyof typeof wordSetLists]: Set<string>}

function wordSets(): WordSets {
  return Object.fromEntries(Object.entries(wordSetLists).map(([name, path]) => [name, lowerSet(dataPath(path as string))])) as WordSets
}

const lists = {
  personal: ['dictionaries/newsroom.txt', 'dictionaries/acronyms.txt'],
  firstNames: 'dictionaries/first-names.txt',
  institutionWords: 'dictionaries/institution-words.txt',
  spacingMarks: 'dictionaries/spacing-marks.txt',
  prefixes: 'dictionaries/prefixes.txt',
  suffixes: 'dictionaries/suffixes.txt',
  foreignPhrases: 'dictionaries/foreign-phrases.txt',
  keyboard: 'dictionaries/keyboard-qwerty.txt',
  koreanSurnames: 'dictionaries/romanization/korean-surnames.txt',
  koreanSyllables: 'dictionaries/romanization/korean-syllables.txt',
  foreignFunctionWords: 'dictionaries/foreign-function-words.txt',
  hyphenParts: 'dictionaries/hyphen-parts.txt'
}

const cache = new Map<string, Bundle>()

function lowerSet(path: string): Set<string> {
  return new Set(readWordList(path).map((word) => word.toLowerCase()))
}

/** A list with one family of words a line: word → line number. */
function families(path: string): Map<string, number> {
  const map = new Map<string, number>()
  readWordList(path).forEach((line, family) => {
    for (const word of line.toLowerCase().split(/\s+/)) map.set(word, family)
  })
  return map
}

/** Loads, validates and compiles every rule and dictionary once per process and data set. */
export function loadBundle(user: UserData = {}): Bundle {
  const key = JSON.stringify([user, dataFilesKey(user)])
  const cached = cache.get(key)
  if (cached) return cached

  // Shipped data comes compiled from the build when it matches its sources;
  // only a project's own files are parsed and validated here.
  const sources = shippedSources()
  const compiled = readCompiledData(sources)
  // Readings of native names come compiled with ours; a project's own are read here.
  const entities = withReadings(
    mergeEntities(compiled?.entities ?? loadEntities(sources.entities), user.entities ? loadEntities(user.entities) : [])
  )
  const gazetteer = new Gazetteer(entities)
  const firstNamesPath = dataPath(lists.firstNames)
  const firstNames = new Set(existsSync(firstNamesPath) ? readWordList(firstNamesPath) : [])
  const personal = [
    ...lists.personal.flatMap((path) => readWordList(dataPath(path))),
    ...(user.words ?? []).flatMap((path) => readWordList(path)),
    ...firstNames,
    ...nameWords(entities)
  ]
  const bundle: Bundle = {
    ...wordSets(),
    entities,
    gazetteer,
    lexicon: englishLexicon(),
    phraseRules: user.phrases
      ? loadPhraseRules([...sources.phrases, ...user.phrases])
      : (compiled?.phraseRules ?? loadPhraseRules(sources.phrases)),
    variantGroups: user.variants
      ? loadVariantGroups([...sources.variants, ...user.variants])
      : (compiled?.variantGroups ?? loadVariantGroups(sources.variants)),
    personal,
    firstNames,
    institutionWords: families(dataPath(lists.institutionWords)),
    spacingMarks: new Set(readWordList(dataPath(lists.spacingMarks))),
    prefixes: readWordList(dataPath(lists.prefixes)),
    suffixes: readWordList(dataPath(lists.suffixes)),
    foreignPhrases: readWordList(dataPath(lists.foreignPhrases)),
    keyboard: readWordList(dataPath(lists.keyboard)),
    surnameGroups: surnameGroups(readWordList(dataPath(lists.koreanSurnames))),
    koreanSyllables: syllableTable(readWordList(dataPath(lists.koreanSyllables))),
    foreignFunctionWords: new Set(readWordList(dataPath(lists.foreignFunctionWords))),
    institutions: loadInstitutions(dataPath('rules/institutions.yml')),
    hyphenParts: new Set([...lowerSet(dataPath(lists.hyphenParts)), ...readWordList(dataPath(lists.prefixes))])
  }
  cache.set(key, bundle)
  return bundle
}

/** Every word of every accepted name, so the speller knows "Hassett" and "Archynetys". */
function nameWords(entities: readonly Entity[]): string[] {
  const words = new Set<string>()
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.variants, ...(entity.surname ? [entity.surname] : [])]) {
      for (const word of form.split(/[\s]+/)) {
        const clean = word.replace(/^[("“]+|[)",.;:”]+$/g, '')
        if (/\p{L}/u.test(clean)) words.add(clean)
      }
    }
  }
  return [...words]
}
