import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Lexicon} from '../../data/lexicon.js'
import type {WordClasses} from '../../data/word-classes.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {strayCapitals} from './stray-capital.js'
import {halfCapitals} from './half-capitals.js'
import {portfolioNames} from './portfolio-names.js'
import {styleCapitals} from './style-capitals.js'
import {foreignPhraseTest} from '../../text/foreign-phrases.js'
import {Memo} from '../../text/memo.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import {sentencesOf, type Token} from '../../text/tokens.js'
import type {CaseContext, Raised, SentenceScan, WordInfo} from './context.js'
import {lowercaseFinding} from './lowercase.js'
import {multiWordNameAt} from './multi-word-names.js'
import {reportRaised} from './report.js'
import {describeWord} from './words.js'
import {LazySet} from '../../data/lazy-set.js'

export interface Options {
  gazetteer: Gazetteer
  lexicon: Lexicon
  /** Lowercase words that may stand before a name ("president", "mr"). */
  titles: ReadonlySet<string>
  /** Lowercase words after which a bare name is likely a subject ("said", "has"). */
  subjectCues: ReadonlySet<string>
  /** Lowercase abbreviations a period may follow mid-sentence ("etc", "vs"). */
  abbreviations: ReadonlySet<string>
  /** Foreign phrases whose words are not names inside them ("per diem", "per se"). */
  foreignPhrases?: Iterable<string> | undefined
  /** Heads of formal titles ("president"), capitalized right before a name in US copy. */
  formalTitles?: ReadonlySet<string> | undefined
  /** Words that join a head in a formal title ("vice", "prime"). */
  formalTitleWords?: ReadonlySet<string> | undefined
  /** `en-GB` leaves a lowercase title before a name alone, as many British papers write it. */
  dialect?: 'en-US' | 'en-GB' | undefined
  /** Words the speller accepts beyond the dictionary: a word in none of them is the speller's to fix. */
  personal?: Iterable<string> | undefined
  /** Words after which a rare word naming a place is the place ("exports to japan"). */
  placePrepositions?: ReadonlySet<string> | undefined
  /** Words of a title on record that are no title words ("of", "the"). */
  titleLinkingWords?: ReadonlySet<string> | undefined
  /** Compass words lowercase before a place by choice ("southern Africa"). */
  directionWords?: ReadonlySet<string> | undefined
  /** Common nouns house styles capitalize for one body ("government"): never a stray capital. */
  houseCapitals?: ReadonlySet<string> | undefined
  /** Titles and bodies' nouns AP style lowercases with no name after them ("president", "party"). */
  lowercaseStyleNouns?: ReadonlySet<string> | undefined
  /** Nouns of a building ("building", "grounds"): a body's capitalized noun before one names the building. */
  buildingNouns?: ReadonlySet<string> | undefined
  /** Prefixes that form words freely (dictionaries/prefixes.txt): "sub-Saharan" keeps its prefix lowercase inside a name. */
  prefixes?: readonly string[] | undefined
  determiners?: ReadonlySet<string> | undefined
  /** `ap` warns on a capital on one of them; otherwise it is a note. */
  style?: 'default' | 'ap' | undefined
  /** Words no proper name follows ("a", "three"). */
  indefiniteDeterminers?: ReadonlySet<string> | undefined
  /** Closed-class words ("in", "the"): capitalized between lowercase words, a stray capital. */
  functionWords?: ReadonlySet<string> | undefined
  /** Function words of other languages (dictionaries/foreign-function-words.txt): "tu" in “Y tu mamá también” is no surname Tu. */
  foreignFunctionWords?: ReadonlySet<string> | undefined
  nonOpeners?: ReadonlySet<string> | undefined
  /** Words a comma goes before when they open a clause after a noun (dictionaries/clause-openers.txt). */
  clauseOpeners?: ReadonlySet<string> | undefined
  /** Personal pronouns and possessive determiners ("his"): one capitalized mid-sentence is a stray capital. */
  personalPronouns?: ReadonlySet<string> | undefined
  /** Subject pronouns ("he", "they"): one capitalized right after a name repeats the name's subject. */
  subjectPronouns?: ReadonlySet<string> | undefined
  /** Demonstratives ("this", "these"; dictionaries/demonstratives.txt): capitalized after a clause's comma, a lost full stop. */
  demonstratives?: ReadonlySet<string> | undefined
  /** Auxiliaries that follow a subject ("is", "did"; dictionaries/subject-auxiliaries.txt, inverting-auxiliaries.txt): after such a pronoun, its verb. */
  auxiliaries?: ReadonlySet<string> | undefined
  /** Names of God ("god", "allah"): a story with one may capitalize pronouns for God. */
  deityWords?: ReadonlySet<string> | undefined
  /** Verbs that attribute a quotation ("stated"): a capital after one and a comma opens an unmarked quotation. */
  quotationVerbs?: ReadonlySet<string> | undefined
  /** Endings of a portfolio's noun or adjective ("revitalization", "economic"): before a title, a job described. */
  descriptorEndings?: ReadonlySet<string> | undefined
  /** Words that give a title's rank, not its portfolio ("prime", "vice"). */
  titleRankWords?: ReadonlySet<string> | undefined
  /** Given names, capitalized ("Vlad"): a word no dictionary knows right after one is a surname. */
  firstNames?: ReadonlySet<string> | undefined
  /** Brown's usual class of a word: a past or -s form capitalized between lowercase words is a stray capital. */
  wordClasses?: WordClasses | undefined
  /** Adjectives capitalized mid-sentence only in a body's name ("National"; dictionaries/name-adjectives.txt). */
  nameAdjectives?: ReadonlySet<string> | undefined
  /** Nouns bodies are named with ("bank", "court"; dictionaries/institution-words.txt), by family. */
  institutionWords?: ReadonlyMap<string, number> | undefined
  /** Fields bodies are named by ("education"; dictionaries/portfolio-words.txt): lowercase after a capitalized head, the name lost its capitals. */
  portfolioWords?: ReadonlySet<string> | undefined
}

/**
 * Case slips: a sentence or line that starts in lowercase, a proper noun or
 * adjective in lowercase, a lowercase word inside a multi-word name. One
 * module per check: words.ts (a word alone), lowercase.ts (a lowercase word
 * in its sentence), multi-word-names.ts (a name's words), report.ts.
 */
export default function caseRule(options: Readonly<Options>) {
  if (!options?.gazetteer || !options.lexicon) {
    throw new TypeError('copydesk case: expected `gazetteer` and `lexicon`')
  }
  const {gazetteer, lexicon} = options
  const context: CaseContext = {
    gazetteer,
    lexicon,
    titles: options.titles,
    subjectCues: options.subjectCues,
    abbreviations: options.abbreviations,
    // AP style capitalizes a formal title right before a name; British papers
    // often do not, so en-GB copy is not asked about it.
    formalTitles: options.dialect === 'en-GB' ? new Set<string>() : (options.formalTitles ?? new Set<string>()),
    // Made when a word is first asked about, as the speller's own set is.
    personal: new LazySet(() => new Set(Array.from(options.personal ?? [], (word) => word.toLowerCase()))),
    personalLowercase: new LazySet(() => new Set([...(options.personal ?? [])].filter((word) => /^\p{Ll}+$/u.test(word)))),
    placePrepositions: options.placePrepositions ?? new Set(),
    directionWords: options.directionWords ?? new Set(),
    houseCapitals: options.houseCapitals ?? new Set(),
    indefiniteDeterminers: options.indefiniteDeterminers ?? new Set(),
    lowercaseStyleNouns: options.lowercaseStyleNouns ?? new Set(),
    buildingNouns: options.buildingNouns ?? new Set(),
    prefixes: new Set(options.prefixes ?? []),
    determiners: options.determiners ?? new Set(),
    styleLevel: options.style === 'ap' ? 'warning' : 'info',
    functionWords: options.functionWords ?? new Set(),
    foreignFunctionWords: options.foreignFunctionWords ?? new Set(),
    nonOpeners: options.nonOpeners ?? new Set(),
    clauseOpeners: options.clauseOpeners ?? new Set(),
    firstNames: options.firstNames ?? new Set(),
    personalPronouns: options.personalPronouns ?? new Set(),
    subjectPronouns: options.subjectPronouns ?? new Set(),
    demonstratives: options.demonstratives ?? new Set(),
    auxiliaries: options.auxiliaries ?? new Set(),
    deityWords: options.deityWords ?? new Set(),
    quotationVerbs: options.quotationVerbs ?? new Set(),
    descriptorEnding: endingPattern(options.descriptorEndings ?? new Set()),
    titleRankWords: options.titleRankWords ?? new Set(),
    finiteVerb: (lower) => options.wordClasses?.isVerbForm(lower) ?? false,
    singularNoun: (lower) => options.wordClasses?.classes.get(lower) === 'n',
    pluralNoun: (lower) => options.wordClasses?.classes.get(lower) === 's',
    baseVerb: (lower) => options.wordClasses?.classes.get(lower) === 'v',
    titleContext: {
      gazetteer,
      formalTitleWords: options.formalTitleWords ?? new Set(),
      isProperWord: (lower) => lexicon.isProperOnly(lower),
      linkingWords: options.titleLinkingWords ?? new Set()
    },
    inForeignPhrase: foreignPhraseTest(options.foreignPhrases ?? []),
    words: new Memo<WordInfo>(),
    british: undefined
  }

  const halfContext = {nameAdjectives: options.nameAdjectives ?? new Set<string>(), institutionWords: options.institutionWords ?? new Map<string, number>(), abbreviations: options.abbreviations, determiners: context.determiners}
  const portfolioContext = {portfolioWords: options.portfolioWords ?? new Set<string>(), institutionWords: halfContext.institutionWords, titles: options.titles}

  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    const sentences = sentencesOf(tree)
    // Kept until the end of the one pass over the words: some findings wait
    // for what the whole document capitalizes.
    const raised: Raised[] = []
    // Lowercase forms of words the document capitalizes where no sentence starts.
    const capitalizedInDocument = new Set<string>()
    for (let s = 0; s < sentences.length; s++) scanSentence(context, {sentence: sentences[s]!, value, raised}, capitalizedInDocument)
    // One by one: a spread of a finding per word of a huge line overflows the stack.
    for (const finding of strayCapitals(context, sentences, value)) raised.push(finding)
    for (const finding of styleCapitals(context, sentences, value, context.styleLevel)) raised.push(finding)
    for (const finding of halfCapitals(halfContext, value)) raised.push(finding)
    for (const finding of portfolioNames(portfolioContext, value)) raised.push(finding)
    reportRaised(file, raised, capitalizedInDocument, context.abbreviations)
  }
}

/**
 * One sentence's findings, appended to `scan.raised` in the order they have
 * always been raised (its multi-word names, then its words one by one);
 * notes the words the sentence capitalizes where no sentence starts.
 */
function scanSentence(context: CaseContext, scan: SentenceScan, capitalizedInDocument: Set<string>) {
  const {sentence, value} = scan
  const {tokens} = sentence
  const indexes = sentence.words
  // The sentence's words as tokens, for multi-word names: made on the first word that may start one.
  let nameWords: Token[] | undefined
  // A multi-word name found, the next may start only after it.
  let nextName = 0
  let wordFlags: Raised[] | undefined

  for (let position = 0; position < indexes.length; position++) {
    const index = indexes[position]!
    const token = tokens[index]!
    const info = context.words.get(token.value) ?? describeWord(context, token)

    // Lowercase words inside a multi-word name: "United states Forces Korea".
    if (info.startsName && position >= nextName) {
      nameWords ??= indexes.map((i) => tokens[i]!)
      const length = multiWordNameAt(context, scan, nameWords, position)
      if (length > 0) nextName = position + length
    }

    if (info.capitalized && !isSentenceStart(value, token.start, context.abbreviations)) capitalizedInDocument.add(info.base)

    if (info.lowercase === undefined) continue
    const finding = lowercaseFinding(context, sentence, index, token, info, value)
    if (finding) (wordFlags ??= []).push(finding)
  }
  if (wordFlags) scan.raised.push(...wordFlags)
}

/** A word ending in one of `endings`; never true with none. */
function endingPattern(endings: ReadonlySet<string>): RegExp {
  return endings.size === 0 ? /(?!)/ : new RegExp(`\\p{Ll}(?:${[...endings].join('|')})$`, 'u')
}
