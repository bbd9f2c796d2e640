import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Collocations} from '../data/collocations.js'
import type {Lexicon} from '../data/lexicon.js'
import type {Usage} from '../data/usage.js'
import type {WordClasses} from '../data/word-classes.js'
import {sentencesOf} from '../text/tokens.js'
import {reportMassNounArticles} from './mass-noun-article.js'
import {reportThatClauses} from './that-clause.js'
import {reportDaysWithoutMonth} from './day-without-month.js'
import {reportFiguresThousand, reportThousandMillions} from './thousand-millions.js'
import {reportDecimalCommas, reportThousandsPoints} from './decimal-comma.js'
import {documentFacts} from '../passes.js'
import {reportUnseparatedThousands} from './unseparated-thousands.js'
import {reportSpunAttributions, reportUnattributedQuotes, reportUnquotedSpeech} from './unattributed-quote.js'
import {reportOrdinalSuffixes} from './ordinal-suffix.js'
import {reportAgeHyphens} from './age-hyphens.js'
import {reportSpunMonths} from './spun-month.js'
import {reportDatePrepositions} from './date-preposition.js'
import {reportCompoundNumbers} from './compound-numbers.js'
import {reportSingularAgo} from './counted-ago.js'
import {reportCurrencyAfter} from './currency-after.js'
import {reportArticleBeforeTitle} from './article-before-title.js'
import {reportArticleBeforeCountry} from './article-before-country.js'
import {reportBareOrdinals} from './bare-ordinal.js'
import {reportBareTheNames} from './bare-the-name.js'
import {reportSubjectComma} from './subject-comma.js'
import {reportBareTitleSubjects} from './bare-title-subject.js'

export interface Options {
  usage: Usage | undefined
  collocations: Collocations | undefined
  subjects: ReadonlySet<string>
  determiners: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  lexicon: Lexicon
  auxiliaries: ReadonlySet<string>
  /** Verbs of attribution (dictionaries/quotation-verbs.txt). */
  quotationVerbs: ReadonlySet<string>
  /** Verbs a synonym spinner writes for "said" after a quotation (dictionaries/spun-attribution-verbs.txt); none when not given. */
  spunAttributionVerbs?: ReadonlySet<string> | undefined
  /** "this", "these": they open a clause after "that" as a determiner does. */
  demonstratives?: ReadonlySet<string>
  /** The class Brown gives a lowercase word nine times in ten (src/data/word-classes.ts): its adverbs stand between a subject and its verb. */
  wordClass?: (lower: string) => string | undefined
  /** Titles set before a name with no article (dictionaries/bare-titles.txt); none when not given. */
  bareTitles?: ReadonlySet<string> | undefined
  /** Word classes for the checks of articles before names: whether a word is a noun, or may be a verb. */
  wordClasses?: Pick<WordClasses, 'isNoun' | 'mayBeVerb' | 'isVerbForm'> | undefined
  /** Countries that take no article, as written ("Saudi Arabia"); none when not given. */
  articleFreeCountries?: (() => ReadonlySet<string>) | undefined
  /** Nouns that label a number as a code (dictionaries/identifier-nouns.txt); without them long numbers are not checked. */
  identifierNouns?: ReadonlySet<string> | undefined
  /** Persons' names' words on record, lowercase (given names, the words of known persons' names). */
  nameWords?: (() => ReadonlySet<string>) | undefined
  /** Ordinals as words and the nouns they take bare ("in first place"); none when not given. */
  ordinals?: ReadonlySet<string> | undefined
  bareOrdinalIdioms?: ReadonlySet<string> | undefined
  /** Plural units of measure and amount words (dictionaries/measure-words.txt): after one, a point before three digits is a decimal point. */
  measureWords?: ReadonlySet<string> | undefined
  /** Names English writes with "the" (dictionaries/the-names.txt), and the prepositions after which one missing it shows (dictionaries/bare-name-leads.txt); none when not given. */
  theNames?: ReadonlySet<string> | undefined
  bareNameLeads?: ReadonlySet<string> | undefined
  /** The months (dictionaries/month-names.txt): without them the preposition before a date is not checked. */
  months?: ReadonlySet<string> | undefined
  /** The units and tens in words (dictionaries/cardinal-words.txt): without them a compound number's hyphen is not checked. */
  cardinals?: ReadonlySet<string> | undefined
  /** Verbs after which a colon opens a letter or a question set as a block, and counts before a noun: without them speech after a colon is not checked. */
  blockQuoteVerbs?: ReadonlySet<string> | undefined
  indefiniteDeterminers?: ReadonlySet<string> | undefined
}

/**
 * Habits of edited English machine translation breaks: the person told
 * before a that-clause, no article before a noun that counts nothing, a
 * day named without its month, a billion counted in thousands of millions.
 */
export default function usage(options: Readonly<Options>) {
  if (!options?.subjects || !options.determiners || !options.functionWords || !options.lexicon || !options.auxiliaries || !options.quotationVerbs) {
    throw new TypeError('copydesk usage: expected `subjects`, `determiners`, `functionWords`, `lexicon`, `auxiliaries` and `quotationVerbs`')
  }
  const mayBeVerb = (lower: string) => options.auxiliaries.has(lower) || (options.wordClasses?.mayBeVerb(lower) ?? false)
  const isNoun = (lower: string) => options.wordClasses?.isNoun(lower) ?? false
  const isWord = (lower: string) => options.lexicon.hasLowercase(lower)
  const {wordClass} = options
  const countryContext = options.articleFreeCountries && {countries: options.articleFreeCountries, mayBeVerb}
  const theNameContext = options.bareNameLeads && {
    names: options.theNames ?? new Set<string>(),
    leads: options.bareNameLeads,
    mayBeVerb,
    isNoun,
    isPreposition: (lower: string) => wordClass?.(lower) === 'p'
  }
  const titleContext = options.bareTitles && {
    bareTitles: options.bareTitles,
    isWord,
    isNameWord: (word: string) => options.nameWords?.().has(word.toLowerCase()) ?? false,
    isNoun
  }
  const {wordClasses} = options
  const bareTitleContext = titleContext && wordClasses && {
    bareTitles: titleContext.bareTitles,
    auxiliaries: options.auxiliaries,
    quotationVerbs: options.quotationVerbs,
    isVerbForm: (lower: string) => wordClasses.isVerbForm(lower),
    isNameWord: titleContext.isNameWord
  }
  const dateContext = options.months && {months: options.months, functionWords: options.functionWords}
  const numberContext = options.cardinals && {cardinals: options.cardinals}
  const ordinalContext = options.ordinals && wordClass && {ordinals: options.ordinals, idioms: options.bareOrdinalIdioms ?? new Set<string>(), wordClass, nounToo: options.wordClasses && isNoun, isWord}
  const subjectCommaContext = wordClass && {
    auxiliaries: options.auxiliaries,
    quotationVerbs: options.quotationVerbs,
    functionWords: options.functionWords,
    determiners: options.determiners,
    wordClass,
    isWord,
    subjects: options.subjects,
    verbOnly: (lower: string) => (options.wordClasses?.mayBeVerb(lower) ?? false) && !isNoun(lower)
  }
  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    reportDaysWithoutMonth(file, value)
    reportThousandMillions(file, value)
    reportFiguresThousand(file, value)
    reportDecimalCommas(file, value, documentFacts(file, 'usage'))
    if (options.measureWords) reportThousandsPoints(file, value, options.measureWords)
    if (options.identifierNouns) reportUnseparatedThousands(file, value, options.identifierNouns)
    reportUnattributedQuotes(file, value, options.quotationVerbs)
    if (options.blockQuoteVerbs && options.indefiniteDeterminers) reportUnquotedSpeech(file, value, options.quotationVerbs, {blockQuoteVerbs: options.blockQuoteVerbs, determiners: options.determiners, indefiniteDeterminers: options.indefiniteDeterminers})
    if (options.spunAttributionVerbs) reportSpunAttributions(file, value, options.subjects, options.spunAttributionVerbs)
    reportOrdinalSuffixes(file, value)
    reportAgeHyphens(file, value)
    reportSpunMonths(file, value)
    if (dateContext) reportDatePrepositions(file, value, dateContext)
    if (numberContext) reportCompoundNumbers(file, value, numberContext)
    reportSingularAgo(file, value)
    reportCurrencyAfter(file, value)
    if (countryContext) reportArticleBeforeCountry(file, value, countryContext)
    if (theNameContext) reportBareTheNames(file, value, theNameContext)
    if (titleContext) reportArticleBeforeTitle(file, value, titleContext)
    if (ordinalContext) reportBareOrdinals(file, value, ordinalContext)
    if (subjectCommaContext) for (const entry of sentencesOf(tree)) reportSubjectComma(file, entry, subjectCommaContext)
    if (bareTitleContext) for (const entry of sentencesOf(tree)) reportBareTitleSubjects(file, entry, bareTitleContext)
    const {usage: table, collocations} = options
    // A build without its tables (no corpora installed) leaves the rule quiet.
    if (!table || !collocations) return
    const context = {...options, usage: table, collocations}
    for (const entry of sentencesOf(tree)) {
      reportThatClauses(file, entry, context)
      reportMassNounArticles(file, entry, context)
    }
  }
}
