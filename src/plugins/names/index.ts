import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Lexicon} from '../../data/lexicon.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {capitalizedRuns, subSpans, type NameToken} from '../../names/spans.js'
import {Memo} from '../../text/memo.js'
import {sentencesOf} from '../../text/tokens.js'
import type {Contender, Found, NamesContext} from './context.js'
import {reportFindings, settle} from './findings.js'
import {judge} from './judge.js'
import {reportSecondReferences} from './references.js'
import {reportLowercaseInside} from './lowercase-inside.js'
import {reportSpunNames, spinnerTable} from './spun-names.js'
import {mandarinReadings, reportReadInMandarin} from './read-in-mandarin.js'
import {reportKoreanOrder} from './korean-order.js'
import {reportNameOrder} from './name-order.js'
import {reportDefinedNames} from './defined-names.js'
import {reportCutShortNames} from './cut-short.js'
import {reportStorySpellings} from './story-spellings.js'
import {reportHonorifics, womenOnly, type HonorificData} from './honorifics.js'
import {countriesOf, type Countries} from '../../names/countries.js'
import {reportAccentSlips, reportAccentsLostAmongAccented, reportPartialAccents} from './accents.js'
import {reportNameForms} from './name-forms.js'
import {reportMandarinGarbles} from './mandarin-garbles.js'
import {koreanKey, sameKoreanName} from '../../names/korean.js'
import {reportSplitGivenNames} from './split-given.js'
import {isFirstName} from './words.js'
import type {CourtesyTitleSexes} from '../../data/bundle.js'
import type {LongVowels} from '../../names/long-vowels.js'
import type {ReferenceData} from '../../names/second-references.js'

export interface Options {
  gazetteer: Gazetteer
  lexicon: Lexicon
  /** Given names the speller should know ("Kevin"): never the unknown part of a garble. */
  firstNames: ReadonlySet<string>
  /** Towns the gazetteer leaves out ("Nakuru"): no misspelling of a place it has ("Nauru"). */
  placeNames?: ReadonlySet<string> | undefined
  /** Terms the speller accepts beyond its dictionary (dictionaries/newsroom.txt and the like): "Aedes" is no slip for the Andes. */
  termWords?: ReadonlySet<string> | undefined
  /** Function words (dictionaries/function-words.txt): one run onto a name the story writes elsewhere is the next word, its space lost. */
  functionWords?: ReadonlySet<string> | undefined
  /** Words that name a body's field (dictionaries/portfolio-words.txt): a body named by another field is another body. */
  portfolioWords?: ReadonlySet<string> | undefined
  /** Words of a level of government (dictionaries/government-levels.txt): a body of one level is no slip for another's. */
  levelWords?: ReadonlySet<string> | undefined
  /** Whether a lowercase word is an auxiliary or a verb's past, participle or -s form (the word-class table): what follows a subject, never a preposition. */
  finiteVerb?: ((lower: string) => boolean) | undefined
  /** Words a party's name says its creed with (dictionaries/party-creed-words.txt): a party of another creed is another party. */
  creedWords?: ReadonlySet<string> | undefined
  /** Nouns that name a kind of body, by family (Council, Commission… / Agency, Bureau…). */
  institutionWords: ReadonlyMap<string, number>
  /** Lowercase words that may stand before a name ("president", "minister"). */
  titles: ReadonlySet<string>
  /** Courtesy titles, lowercase ("mr", "miss"): the word after one is a person's name. */
  courtesyTitles?: ReadonlySet<string> | undefined
  /** Words that may stand before an official name without being part of it ("the", "its"). */
  determiners?: ReadonlySet<string> | undefined
  /** Spellings of one family name ("Choo", "Chu"), keyed by each: second references in another romanization. */
  surnameGroups?: ReadonlyMap<string, ReadonlySet<string>> | undefined
  /** Spellings of one syllable of a Korean given name, keyed by each: the lines of the table it stands on. */
  koreanSyllables?: ReadonlyMap<string, readonly number[]> | undefined
  /** Verbs that follow a person's name ("said"): a lone capitalized word before one is in a surname's place. */
  subjectCues?: ReadonlySet<string> | undefined
  /** Words that open a sentence and start no name ("later", "but"): the capitalized word after one stands alone. */
  sentenceOpeners?: ReadonlySet<string> | undefined
  /** Lowercase abbreviations a period may follow mid-sentence ("gen", "sen"): no sentence starts after one. */
  abbreviations?: ReadonlySet<string> | undefined
  /** Pinyin syllable → Wade–Giles spelling where they differ: a family name's Mandarin reading in either. */
  wadeGiles?: ReadonlyMap<string, string> | undefined
  /** Toneless pinyin syllables: with the Korean and Wade–Giles tables, which names are well-formed romanizations. */
  pinyinSyllables?: ReadonlySet<string> | undefined
  /** Japanese long vowels and their other spellings ("ou", "oh" for o): "Kohno" is Kono. */
  longVowels?: LongVowels | undefined
  /** Family names of Korea and Vietnam with their Mandarin readings: dictionaries/romanization/mandarin-surnames.txt. */
  mandarinSurnames?: readonly string[] | undefined
  /** Auxiliaries after a subject ("is", "has"): a capitalized non-word before one is in a surname's place. */
  subjectAuxiliaries?: ReadonlySet<string> | undefined
  /** Nouns after a leader's surname ("government"): the word before one is in a surname's place. */
  leaderNouns?: ReadonlySet<string> | undefined
  /** First names of women only, and the courtesy titles of each sex: "Mr." before a woman's surname. */
  femaleFirstNames?: ReadonlySet<string> | undefined
  courtesyTitleSexes?: CourtesyTitleSexes | undefined
  /** Words of a family tie ("husband", "daughter"): a story about her kin may call him "Mr." by her surname. */
  kinWords?: ReadonlySet<string> | undefined
  /** Countries whose people's names reach English transliterated, lowercase: where a given name's other vowels are the same name. */
  transliteratedCountries?: ReadonlySet<string> | undefined
  /** Countries whose names keep or drop the inherent a ("Devaraj", "Devraj"). */
  schwaCountries?: ReadonlySet<string> | undefined
  /** Lowercase nouns of a kind of place (dictionaries/place-kind-nouns.txt): "Lubya parish" names a parish, not Libya. */
  placeKindNouns?: ReadonlySet<string> | undefined
  /** Words that open place names in other languages (dictionaries/place-name-heads.txt): "Koh Ker" is a place, no Köhler. */
  placeNameHeads?: ReadonlySet<string> | undefined
  /** Vietnamese family names (dictionaries/romanization/vietnamese-surnames.txt): "Nguyen Huynh" is no Nguyen Hai Ninh. */
  vietnameseSurnames?: ReadonlySet<string> | undefined
  /** A given name, lowercase without accents → its line of forms in other languages: "William Lasso" is Guillermo Lasso. */
  givenNameCognates?: ReadonlyMap<string, number> | undefined
  /** A given name, lowercase → the names it is a usual short or full form of (dictionaries/given-name-short-forms.txt): "Mike Pompeo" is Michael Pompeo. */
  givenNameShortForms?: ReadonlyMap<string, ReadonlySet<string>> | undefined
  /** Function words of other languages ("el", "por"): a name after one is in that language. */
  foreignFunctionWords?: ReadonlySet<string> | undefined
  /** A spinner's words for a word of a name (dictionaries/spinner-synonyms.txt): "Financial institution = bank". */
  spinnerSynonyms?: readonly string[] | undefined
}

/**
 * Garbled, misspelled and inconsistent names, checked against the gazetteer.
 * One module per check: judge.ts reads a span (swapped.ts for a word swapped
 * in an official name, person.ts for a person's near miss), findings.ts
 * settles the readings of a run and reports them with the document's clashes.
 */
export default function names(options: Readonly<Options>) {
  if (!options?.gazetteer || !options.lexicon) {
    throw new TypeError('copydesk names: expected `gazetteer` and `lexicon`')
  }
  const spins = spinnerTable(options.spinnerSynonyms ?? [])
  const context: NamesContext = {
    gazetteer: options.gazetteer,
    lexicon: options.lexicon,
    firstNames: options.firstNames,
    placeNames: options.placeNames ?? new Set(),
    termWords: options.termWords ?? new Set(),
    portfolioWords: options.portfolioWords ?? new Set(),
    levelWords: options.levelWords ?? new Set(),
    creedWords: options.creedWords ?? new Set(),
    institutionWords: options.institutionWords,
    titles: options.titles,
    courtesyTitles: options.courtesyTitles ?? new Set<string>(),
    determiners: options.determiners ?? new Set<string>(),
    maxSpan: Math.min(options.gazetteer.longestName, 8),
    unknownWords: new Memo<boolean>(),
    korean: {surnames: options.surnameGroups ?? new Map(), syllables: options.koreanSyllables ?? new Map()},
    syllableSets: undefined,
    pinyinSyllables: options.pinyinSyllables ?? new Set(),
    wadeGiles: options.wadeGiles ?? new Map(),
    koreanPersons: new Map(),
    offices: undefined,
    longVowels: options.longVowels ?? [],
    transliteratedCountries: options.transliteratedCountries ?? new Set(),
    schwaCountries: options.schwaCountries ?? new Set(),
    placeKindNouns: options.placeKindNouns ?? new Set(),
    placeNameHeads: options.placeNameHeads ?? new Set(),
    vietnameseSurnames: options.vietnameseSurnames ?? new Set(),
    foreign: new Map(),
    givenNameCognates: options.givenNameCognates ?? new Map(),
    givenNameShortForms: options.givenNameShortForms ?? new Map(),
    kinWords: options.kinWords ?? new Set()
  }

  const references: ReferenceData = {
    gazetteer: options.gazetteer,
    lexicon: options.lexicon,
    titles: options.titles,
    courtesyTitles: context.courtesyTitles,
    surnameGroups: options.surnameGroups ?? new Map(),
    subjectCues: options.subjectCues ?? new Set(),
    sentenceOpeners: options.sentenceOpeners ?? new Set(),
    abbreviations: options.abbreviations ?? new Set(),
    determiners: context.determiners,
    wadeGiles: options.wadeGiles ?? new Map(),
    subjectAuxiliaries: options.subjectAuxiliaries ?? new Set(),
    leaderNouns: options.leaderNouns ?? new Set(),
    placeKindNouns: context.placeKindNouns,
    institutionWords: context.institutionWords
  }

  const honorifics: HonorificData = {
    firstNames: options.firstNames,
    // Read only when a courtesy title is checked: it scans the gazetteer's persons.
    get femaleFirstNames() {
      return womenOnly(options.femaleFirstNames ?? new Set(), options.gazetteer.entities)
    },
    titleSexes: options.courtesyTitleSexes ?? {female: new Map(), male: new Map()},
    gazetteer: options.gazetteer,
    references,
    kinWords: options.kinWords ?? new Set()
  }

  const readInMandarin = mandarinReadings(options.mandarinSurnames ?? [])

  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    const found: Found = {known: [], unknown: [], pending: [], spellings: new Map()}
    for (const sentence of sentencesOf(tree)) {
      for (const whole of capitalizedRuns(sentence)) for (const run of windows(whole)) {
        const pool: Contender[] = []
        for (const span of subSpans(run, context.maxSpan)) {
          const contender = judge(context, span, run, value)
          if (contender) pool.push(contender)
        }
        settle(context, run, pool, found)
      }
    }
    reportFindings(file, value, found, {
      // "Mr" in "Mr Malanji" is a title, not a given name telling two people apart.
      isGivenName: (word) => !context.courtesyTitles.has(word.toLowerCase()) && !context.titles.has(word.toLowerCase()) && (isFirstName(context, word) || !context.lexicon.hasLowercase(word.toLowerCase())),
      ownFormOf: (word, entity) => context.gazetteer.lookup(word).some((ref) => ref.entity === entity && ref.type !== 'garble'),
      foreignWords: options.foreignFunctionWords,
      bodyNouns: context.institutionWords,
      placeNouns: context.placeKindNouns,
      isFirstName: (word) => isFirstName(context, word),
      functionWords: options.functionWords,
      storyCountries: () => storyAndNamedCountries(countriesOf(context.gazetteer.entities), value, found),
      onRecord: (text) => context.gazetteer.isAccepted(text) || context.placeNames.has(text)
    })
    reportKoreanOrder(file, value, context.korean.surnames, context.korean.syllables, context.gazetteer)
    reportNameOrder(file, value, context.lexicon, context.gazetteer)
    reportPartialAccents(file, value, found.known)
    reportAccentsLostAmongAccented(file, value, found.known, (entity) => countriesOf(context.gazetteer.entities).of(entity))
    reportSecondReferences(file, value, references)
    reportMandarinGarbles(file, value, context)
    reportReadInMandarin(file, value, context, readInMandarin)
    reportNameForms(file, value, {
      isWord: (word) => context.lexicon.hasLowercase(word),
      isGivenName: (word) => isFirstName(context, word),
      isKnownName: (form) => context.gazetteer.isAccepted(form),
      korean: {key: (form) => koreanKey(form, context.korean), same: (a, b) => sameKoreanName(a, b, context.korean)}
    })
    reportLowercaseInside(file, value, context.gazetteer)
    reportSpunNames(file, value, context.gazetteer, spins)
    reportSplitGivenNames(file, value, context.gazetteer, context.lexicon, options.finiteVerb)
    reportDefinedNames(file, value, context.gazetteer)
    reportCutShortNames(file, value, context.gazetteer, context.institutionWords)
    reportHonorifics(file, value, honorifics)
    reportAccentSlips(file, value, (word) => isFirstName(context, word), (word) => context.gazetteer.lookup(word).some((ref) => ref.entity.kind === 'place' || ref.entity.kind === 'demonym'), (lower) => context.lexicon.hasLowercase(lower) || context.termWords.has(lower))
    reportStorySpellings(file, value, context)
  }
}

/**
 * A run of capitalized words in pieces of `size`: no name is that long, and
 * the checks look at a span's neighbours in its run, which on a run of
 * thousands of words (a line of one name repeated) would take quadratic time.
 */
function windows(run: NameToken[], size = 64): NameToken[][] {
  if (run.length <= size) return [run]
  const pieces: NameToken[][] = []
  for (let at = 0; at < run.length; at += size) pieces.push(run.slice(at, at + size))
  return pieces
}

/** The countries the story is about, and those of every known person, place or body it names ("Museveni": Uganda). */
function storyAndNamedCountries(countries: Countries, value: string, found: Found): ReadonlySet<string> {
  const all = new Set(countries.storyOf(value))
  for (const {ref} of found.known) for (const country of countries.of(ref.entity)) all.add(country)
  return all
}
