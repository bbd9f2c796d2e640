import type {Root, Word} from 'nlcst'
import {sentencesOf, type Token} from '../text/tokens.js'
import {insideAddress, isAddress} from '../text/addresses.js'
import {findingOf, quote, report, type Finding, type Level} from '../message.js'
import {VFile} from 'vfile'
import {documentFacts, inOnePass, type Span, type TwoPasses} from '../passes.js'
import {joinOf, plainSplit, type Join, type JoinWords} from '../text/joins.js'
import {datelineDashes, doubledMarks, marksAfterClose, oneSidedDashes, emptyBrackets, foreignMarks, gluedAfterBracket, pluralPossessiveSpaced, spaceBeforePossessive, spaceInPossessive, spaceInsideBrackets} from './spacing-marks.js'
import {commaBeforeQuotation, gluedSingleQuotation, markSpacedOnBothSides, quoteFacing, quoteSpace, reportTurnedPair, stopBeforeAttribution, straightQuoteSides, turnedPairs, typewriterQuotes, writesStraightQuotes} from './spacing-quotes.js'
import {characterReferences, referenceOpensBefore} from './spacing-entities.js'
import {gluedNames, gluedWords} from './spacing-glued-names.js'
import {writtenInMarkup} from '../text/markup.js'
import {lineAt} from '../text/lines.js'
import {insideQuotation} from '../text/quotation.js'
import {hyphenSpace, type HyphenWords} from './spacing-hyphens.js'
import {nameConnectors, patronymicInitials} from '../data/name-words.js'
import {wordStarts} from '../text/word-starts.js'
import {capitalized} from '../text/document-capitals.js'
import {closesAbbreviation, rightAfterSentenceEnd} from '../text/sentence-start.js'
import {wordBefore} from '../text/word-before.js'
import {detachedPrefixPattern, reportDetachedPrefixes} from './spacing-prefixes.js'

export interface Options {
  /** Marks set against the word before and followed by a space (dictionaries/spacing-marks.txt). */
  marks: ReadonlySet<string>
  /** The lists that tell two words run together from a compound (see src/text/joins.ts). */
  joins: JoinWords
  /** Compound parts that take a hyphen (dictionaries/hyphen-parts.txt and prefixes.txt). */
  hyphenParts: ReadonlySet<string>
  /** See HyphenWords in spacing-hyphens.ts. */
  suspending: ReadonlySet<string>
  clauseWords: ReadonlySet<string>
  /** Function words, pronouns and determiners: no part of a compound of two words ("membership -we", "disarmament -for"). */
  closedClass?: ReadonlySet<string> | undefined
  /** See HyphenWords: romanized syllables ("un" of "Jong-un"); none when not given. */
  syllables?: ReadonlySet<string>
  /** Whether the gazetteer has the text as a name ("Nation.Cymru", an outlet named for its address); none when not given. */
  knownName?: (text: string) => boolean
  /** Whether a word names a country or place the gazetteer knows. */
  knownPlace?: (word: string) => boolean
  /** Whether the text is a person's name the gazetteer knows ("Robert Fico"). */
  knownPerson?: (text: string) => boolean
  /** Abbreviations whose full stop may stand before a comma ("Inc.,"; dictionaries/abbreviations.txt); none when not given. */
  abbreviations?: ReadonlySet<string>
  /** Determiners ("the", "its"): a capitalized noun after one may end a sentence ("the MinistryThe"); none when not given. */
  determiners?: ReadonlySet<string>
  /** Prefixes that are no words of their own (dictionaries/detached-prefixes.txt): written apart, a lost join; none when not given. */
  detachedPrefixes?: ReadonlySet<string>
  /** Verbs that attribute a quotation ("said", "added", "concluded"; dictionaries/quotation-verbs.txt): a mark right before one closes; the attribution verbs when not given. */
  quotationVerbs?: ReadonlySet<string>
}

/** What every check of one file needs. */
interface Context {
  file: VFile
  value: string
  marks: ReadonlySet<string>
  /** Whether the document writes this Capitalized word alone somewhere: made on first use. */
  named: (word: string) => boolean
  knownName: ((text: string) => boolean) | undefined
  knownPerson: ((text: string) => boolean) | undefined
  abbreviations: ReadonlySet<string>
  /** Words of the calendar and the clock (dictionaries/time-words.txt): "Thursday(13)" gives a date in brackets. */
  timeWords: ReadonlySet<string>
  determiners: ReadonlySet<string>
  /** Romanized syllables (Korean, pinyin, Wade–Giles): a name's, not words run together. */
  syllables: ReadonlySet<string>
  /** Whether the page sets initials against the names they shorten as its style ("U.Khurelsukh", "Ts.Nyamdorj"): asked on first use. */
  gluesInitials?: boolean
  /** Whether the story sets a currency sign against its amount somewhere ("US$2.1"): the document's, not the paragraph's. */
  setsSigns: () => boolean
}

const initialJoin = /^\p{Lu}\.$/u
const gluedInitial = /(?<![\p{L}.])\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,}/gu
const spacedInitial = /(?<![\p{L}.])\p{Lu}\p{Ll}?\. \p{Lu}\p{Ll}{2,}/gu

/** Two names or more written with their initial set against them, and more often so than with a space. */
function gluesInitials(value: string): boolean {
  const glued = new Set(value.match(gluedInitial) ?? [])
  return glued.size >= 2 && glued.size > (value.match(spacedInitial) ?? []).length
}

/** Words run together, reported once the page is read: whether the page lost its commas with its spaces decides their fix's order. */
interface RunOn {
  token: Token
  join: Join
  expected: string[]
}

/**
 * Spacing slips: no space after , ; : . ? ! between words ("media,highlighting",
 * "dialogue.While"), a space before punctuation or before a percent sign
 * ("1.8 %"), two spaces between words.
 * Numbers (1,000 3.14 10:30), initials and abbreviations (U.S. e.g.) and
 * addresses (Archynetys.com, URLs, e-mail) are left alone.
 */
export default function spacing(options: Readonly<Options>) {
  return inOnePass(spacingPasses(options))
}

/**
 * What a paragraph's scan gives: a finding of its own, settled there; a word
 * no dictionary has, which may be words run together, judged with the whole
 * story in view (how often it writes the word, whether it runs words together
 * elsewhere, which names it writes alone); or a capitalized word, one of
 * those the story writes alone.
 */
type Found = (Span & {finding: Omit<Finding, 'start' | 'end'>}) | (Span & {word: string}) | (Span & {capital: string})

/**
 * The rule's two passes. The scan settles what a paragraph says on its own,
 * the document's quote style handed to it (`paragraphFacts`: what a
 * guillemet becomes); the report judges words run together over the whole
 * story and reports all.
 */
export function spacingPasses(options: Readonly<Options>): TwoPasses<Found> {
  if (!options?.marks || !options.joins || !options.hyphenParts || !options.suspending || !options.clauseWords) throw new TypeError('copydesk spacing: expected `marks`, `joins`, `hyphenParts`, `suspending` and `clauseWords`')
  const {marks, joins} = options
  const abbreviations = options.abbreviations ?? new Set<string>()
  const determiners = options.determiners ?? new Set<string>()
  const hyphens: HyphenWords = {lexicon: joins.lexicon, joinWords: joins.joinWords, hyphenParts: options.hyphenParts, suspending: options.suspending, clauseWords: options.clauseWords, closedClass: options.closedClass ?? new Set(), syllables: options.syllables ?? new Set(), knownName: options.knownName, knownPlace: options.knownPlace}
  const prefixPattern = detachedPrefixPattern(options.detachedPrefixes ?? [])
  const contextOf = (file: VFile, value: string, named: (word: string) => boolean, setsSigns = () => signAgainstAmount.test(value)): Context => ({file, value, marks, named, knownName: options.knownName, knownPerson: options.knownPerson, abbreviations, timeWords: joins.timeWords, determiners, syllables: hyphens.syllables, setsSigns})
  return {
    scan(tree, file) {
      const value = String(file.value)
      // The checks report into a file of their own, whose messages become spans the report gives back.
      const settled = new VFile({value})
      const facts = documentFacts(file, 'spacing')
      let signsSet: boolean | undefined
      const context = contextOf(settled, value, () => false, () => (signsSet ??= facts === undefined ? signAgainstAmount.test(value) : facts.endsWith(signsStyle)))
      let straightStory: boolean | undefined
      const straight = () => (straightStory ??= facts === undefined ? writesStraightQuotes(value) : facts.startsWith(straightStyle))
      const found: Found[] = []
      const turned = turnedPairs(value)
      reportDetachedPrefixes(settled, value, prefixPattern, joins.lexicon)
      for (const {tokens} of sentencesOf(tree)) {
        for (let k = 0; k < tokens.length; k++) {
          const token = tokens[k]!
          checkToken(context, tokens, k)
          if (token.kind === 'word') {
            addressRunOn(context, token, joins)
            if (capitalized.test(token.value)) found.push({start: token.start, end: token.end, capital: token.value})
            // A word the dictionary has is never words run together.
            if (!joins.lexicon.correct(token.value)) found.push({start: token.start, end: token.end, word: token.value})
            strayLetter(context, tokens, k, joins)
          }
          hyphenSpace(settled, value, tokens, k, hyphens)
          doubledMarks(settled, value, tokens, k, straight)
          if (token.kind === 'punctuation') {
            gluedAfterBracket(settled, value, tokens, k, joins.joinWords)
            emptyBrackets(settled, value, tokens, k)
            spaceInsideBrackets(settled, value, tokens, k)
            spaceBeforePossessive(settled, value, tokens, k)
            spaceInPossessive(settled, value, tokens, k)
            pluralPossessiveSpaced(settled, value, tokens, k)
          }
          // The turned “ that closes such a pair is that finding's, with the space before it.
          if (turned.length === 0 || !turned.some((pair) => token.start === pair.end - 1)) quoteSpace(settled, value, tokens, k, straight)
        }
        if (tokens.length > 0) {
          quoteFacing(settled, value, tokens[0]!.start, tokens[tokens.length - 1]!.end, joins.attributionVerbs)
          typewriterQuotes(settled, value, tokens[0]!.start, tokens[tokens.length - 1]!.end, straight)
        }
      }
      if (value.includes('.-') || value.includes('.–')) datelineDashes(settled, value)
      foreignMarks(settled, value)
      marksAfterClose(settled, value, abbreviations)
      if (value.includes('–')) oneSidedDashes(settled, value)
      for (const pair of turned) reportTurnedPair(settled, value, pair)
      if (value.includes('’') || value.includes("'")) gluedSingleQuotation(settled, value)
      if (value.includes('"')) straightQuoteSides(settled, value, joins.attributionVerbs)
      if (value.includes(' "') || value.includes(' “') || value.includes(' ”')) markSpacedOnBothSides(settled, value, options.quotationVerbs ?? joins.attributionVerbs)
      if (value.includes('."') || value.includes('.”')) stopBeforeAttribution(settled, value, joins.attributionVerbs, abbreviations)
      if (value.includes(' “') || value.includes(' "')) commaBeforeQuotation(settled, value, joins.attributionVerbs)
      if (value.includes('&') && !writtenInMarkup(tree)) characterReferences(settled, value)
      for (const message of settled.messages) {
        const {start, end, ...finding} = findingOf(message)
        found.push({start, end, finding})
      }
      return found
    },
    report(file, found) {
      const value = String(file.value)
      const capitals = new Set<string>()
      for (const span of found) if ('capital' in span) capitals.add(span.capital)
      const context = contextOf(file, value, (word) => capitals.has(word))
      // Capitalized words written as one that no other check split, by spelling: names run together, if the story has several.
      const glued = new Map<string, Token[]>()
      // Words run together that only a page losing its spaces elsewhere makes two: decided once the page is read.
      const runOns: RunOn[] = []
      const plain: Token[] = []
      for (const span of found) {
        if ('finding' in span) report(file, {...span.finding, start: span.start, end: span.end})
        if (!('word' in span)) continue
        const token = {kind: 'word', value: span.word, lower: span.word.toLowerCase(), start: span.start, end: span.end, index: -1} as Token
        capitalsRunOn(context, token, joins, hyphens.closedClass)
        const runOn = joined(context, token, joins)
        if (runOn) runOns.push(runOn)
        else if (lowercaseRun.test(token.value)) plain.push(token)
        if (!runOn && gluedWords.test(token.value)) {
          const uses = glued.get(token.value)
          if (uses) uses.push(token)
          else glued.set(token.value, [token])
        }
      }
      reportRunOns(context, runOns, joins)
      gluedNames(file, value, glued, joins, options.knownName)
      if (runOns.length >= spacesLostAt) for (const token of plain) splitPlain(context, token, joins)
    }
  }
}

/**
 * `paragraphFacts` of the rule: the story's quote style, what its guillemets
 * and low quotes become, and whether it sets a currency sign against its
 * amount anywhere, which makes "US$ 12.67" a slip.
 */
export function spacingFacts(document: string): string {
  const style = writesStraightQuotes(document) ? straightStyle : 'curly'
  return signAgainstAmount.test(document) ? `${style} ${signsStyle}` : style
}

const clauseMark = /^[,;:]$/
const straightStyle = 'straight'
const signsStyle = 'signs-set'

// Patterns asked for every word or mark are made once: a literal in a
// function makes a new RegExp object each time it runs.
const lowercaseLetter = /^\p{Ll}$/u
const lowercaseRun = /^\p{Ll}{7,}$/u
/** Words found run together on one page from which it is the page's habit: "localpolice" is then two words too. */
const spacesLostAt = 3
const wordLetter = /^[ais]$/
const wordGoesOn = /^[\p{L}\d'’-]/u
const threeLetters = /^\p{L}{3,}$/u
const closingMark = /^[.?!"”’')\]]$/
const endMark = /^[.?!]$/
const holdsEndMark = /[.?!]/
const closesNumber = /^[%”’)\]]$/
/** Signs English sets against the amount after them. */
const currencySign = /^[$€£¥₹]$/u
/** What may stand before a currency sign: no letter, or a country's capitals ("US", "NT", "R"). */
const signPrefix = /(?:^|[^\p{L}])(?:\p{Lu}{1,3})?$/u
const signAgainstAmount = /[$€£¥₹]\d/u
const endsDigit = /\d$/
const digits = /^\d+$/
const capitalizedWord = /^\p{Lu}\p{Ll}+$/u
const endsLetter = /\p{L}$/u
const startsLetter = /^\p{L}/u
/** A label of a page's time stamp: a word in capitals, or "Update", "Published", "Posted". */
const stampLabel = /^(?:\p{Lu}{3,}|Update[sd]?|Published|Posted)$/u
/** What follows a time stamp's colon: a date or a weekday. */
const stampAfter = /^ (?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/u

/** A common pair run together on a page that runs words together elsewhere ("preparatorymeeting"). */
function splitPlain(context: Context, token: Token, joins: JoinWords): void {
  if (insideAddress(context.value, token.start, token.end)) return
  const join = plainSplit(token.value, joins)
  if (!join) return
  report(context.file, {ruleId: 'spacing', reason: `Missing space in ${quote(token.value)}, expected ${quote(join.fix)}: the story runs words together elsewhere`, start: token.start, end: token.end, level: 'warning', expected: [join.fix]})
}

/**
 * "impeachmenthas", "theThe", "20thThe": two words with the space (or the
 * sentence break) missing, and their fixes. The spelling rule leaves such
 * words to this one.
 */
function joined(context: Context, token: Token, joins: JoinWords): RunOn | undefined {
  const {value} = context
  const join = joinOf(token.value, joins, context.named) ?? fullNameRunOn(context, token, joins)
  if (!join) return undefined
  // "EgyptAir", "AirAsia": a name the gazetteer has as written is its owner's spelling.
  if (context.knownName?.(token.value) === true) return undefined
  if (givenAfterFamily(value, token, context.syllables)) return undefined
  // "#ImpeachmentVote", "@PressOffice": hashtags and handles are written joined.
  if (/[#@]/.test(value[token.start - 1] ?? '') || insideAddress(value, token.start, token.end)) return undefined
  // "MalaysiaNow is trying": a place's name with a word joined, opening a sentence, would leave a sentence of one word before
  // the break; it is a brand written as one ("ChavismoThe official results", of no known name, has lost more than a space).
  if (join.fix.includes('. ') && context.knownName?.(join.left) === true && rightAfterSentenceEnd(value, token.start)) return undefined
  // "including PayNow": two capitalized common words, the first after no determiner and the second none, are a brand written
  // as one; a sentence ends in a capitalized common noun only after one ("the PresidentNow"), or the next opens on one ("VotersThe").
  if (join.fix.includes('. ') && capitalizedWord.test(join.left) && joins.lexicon.hasLowercase(join.left.toLowerCase()) && !context.determiners.has(join.right.toLowerCase()) && !context.determiners.has(wordBefore(value, token.start))) return undefined
  // "Wandugi Karathe … Karathe said": a capitalized word the story writes twice is a name, not two words run together;
  // one with a digit ("Year2026") is no name.
  if (/^\p{Lu}/u.test(token.value) && !/\d/.test(token.value) && wordStarts(value, token.value).length >= 2) return undefined
  // "the carpetas … the inmates’ carpetas or records": a word of another language the story uses twice is no two words run together
  // ("themeeting" twice is: a function word opening it is the article run into its noun).
  if (/^\p{Ll}+$/u.test(token.value) && join.fix === `${join.left} ${join.right}` && !joins.joinWords.has(join.left) && wordStarts(value, token.value).length >= 2) return undefined
  // "U.Khurelsukh", "Ts.Nyamdorj": Mongolian and some Central Asian papers set a patronymic's initial against the name, name after name;
  // on such a page it is the style. Nor is a common word after an initial a name ("M.Video" is a company's).
  if (initialJoin.test(join.left) && ((context.gluesInitials ??= gluesInitials(value)) || joins.lexicon.hasLowercase(join.right.toLowerCase()))) return undefined
  const expected = join.spaceOnly !== undefined ? [join.fix, join.spaceOnly] : closesApposition(value, token, join, joins.titles) || participleAfterObject(value, token, join, joins.titles) ? [`${join.left}, ${join.right}`, join.fix] : [join.fix]
  return {token, join, expected}
}

const familyBefore = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u
const capitalizedOnly = /^\p{Lu}\p{Ll}+$/u

/**
 * "Zhang Junfang", "Choi Sangmok": after a family name of one romanized
 * syllable, a capitalized word that is two syllables is a given name
 * written as one ("Jun fang" is no fix).
 */
function givenAfterFamily(value: string, token: Token, syllables: ReadonlySet<string>): boolean {
  const family = familyBefore.exec(value.slice(Math.max(0, token.start - 12), token.start))?.[1]
  if (family === undefined || !syllables.has(family.toLowerCase()) || !capitalizedOnly.test(token.value)) return false
  const word = token.value.toLowerCase()
  for (let at = 1; at < word.length; at++) if (syllables.has(word.slice(0, at)) && syllables.has(word.slice(at))) return true
  return false
}

/** Comma-first run-ons a page needs before its other run-ons of a word and a lowercase word are read as lost commas too. */
const commasLostAt = 2

/**
 * The page's run-on words, reported. Where two or more of them lost a comma
 * with the space ("Congresswhich", "Macrithe": a clause or an apposition
 * opens after them), the page's text came through a tool that drops ", "
 * whole, and a word run into a lowercase word elsewhere on it lost the comma
 * too ("his sister Karinahas already entered", "New ideasfounded by the
 * president"): the comma first, the space alone second. Machine-translated
 * pages that so lose two commas give back a comma at nine run-ons in ten.
 */
function reportRunOns(context: Context, runOns: readonly RunOn[], joins: JoinWords): void {
  const commaFirst = runOns.filter(({join, expected}) => expected[0] === `${join.left}, ${join.right}`).length
  for (const {token, join, expected} of runOns) {
    const fixes = commaFirst >= commasLostAt && lostComma(join, expected, joins) ? [`${join.left}, ${join.right}`, join.fix] : expected
    const reason = join.fix === `${join.left}. ${join.right}`
      ? `Missing sentence break in ${quote(token.value)}, expected ${quote(fixes[0]!)}`
      : `Missing space in ${quote(token.value)}, expected ${quote(fixes[0]!)}`
    report(context.file, {ruleId: 'spacing', reason, start: token.start, end: token.end, level: 'warning', expected: fixes})
  }
}

/**
 * A word and a lowercase word split by a space alone: neither a function word
 * that forms compounds ("inthe", "Presidentof"), nor a conjunction after it
 * ("presidentand": a list's "and" takes no comma).
 */
function lostComma(join: Join, expected: readonly string[], joins: JoinWords): boolean {
  // A possessive owns the word after it: no comma between ("women’s engagement").
  if (expected.length !== 1 || join.fix !== `${join.left} ${join.right}` || !/^\p{Ll}{2,}$/u.test(join.right) || !/[\p{L})]$/u.test(join.left) || /['’]s$/u.test(join.left)) return false
  return !joins.joinWords.has(join.left.toLowerCase()) && joins.compoundJoinWords?.has(join.right) !== true && joins.conjunctions?.has(join.right) !== true
}

/**
 * "Robert Ficohe", "Javier Mileion": a known person's surname, right after
 * the given name, with a word of the dictionary run on after it. The full
 * name on record says where the name ends, however short the word.
 */
function fullNameRunOn({value, knownPerson}: Context, token: Token, joins: JoinWords): Join | undefined {
  // The cheap tests first: this is asked of every capitalized word.
  if (!knownPerson || token.value.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(token.value) || value[token.start - 1] !== ' ') return undefined
  const given = /(\p{Lu}[\p{L}'’-]+) $/u.exec(value.slice(Math.max(0, token.start - 30), token.start))?.[1]
  if (!given || joins.lexicon.correct(token.value) || joins.accepted(token.value)) return undefined
  for (let cut = token.value.length - 2; cut >= 3; cut--) {
    const left = token.value.slice(0, cut)
    const right = token.value.slice(cut)
    // "Putinism": a suffix makes a word of the name.
    if (joins.suffixes.some((suffix) => right === suffix || right === `${suffix}s`)) continue
    if (joins.lexicon.hasLowercase(right) && knownPerson(`${given} ${left}`)) return {left, right, fix: `${left} ${right}`}
  }
  return undefined
}

/** A capitalized word run into a lowercase one, split by a space alone: a name and the word after it. */
function nameRunIntoWord(join: Join): boolean {
  return join.fix === `${join.left} ${join.right}` && /^\p{Lu}/u.test(join.left) && /^\p{Ll}/u.test(join.right)
}

/**
 * "the leader of Morenarequested", "to modify the Congressarguing": a name
 * run into a verb's -ed or -ing form where the name is no subject, inside a
 * phrase a lowercase word opens ("of", "the", "to"), lost a comma with its
 * space: the verb opens a participle clause, or the one the apposition
 * around the name interrupted. So does one before "by" ("Victoria
 * Villarruelaccompanied by"). A title in the name ("the President-elect
 * Claudia Sheinbaumreacted") makes it the subject.
 */
function participleAfterObject(value: string, token: Token, join: Join, titles: ReadonlySet<string>): boolean {
  if (!nameRunIntoWord(join) || !/^\p{Ll}{3,}(?:ed|ing)$/u.test(join.right)) return false
  if (join.right.endsWith('ed') && /^ by\b/u.test(value.slice(token.end, token.end + 4))) return true
  const words = value.slice(Math.max(0, token.start - 120), token.start).split(' ')
  let at = words.length - 1
  while (at > 0 && /^\p{Lu}/u.test(words[at - 1]!)) at--
  const name = words.slice(at, -1)
  const before = words[at - 1]
  return before !== undefined && /^\p{Ll}+$/u.test(before) && !titles.has(before) && !name.some((word) => titles.has(word.toLowerCase()) || titles.has(word.toLowerCase().split('-')[0]!))
}

/**
 * "The president of Ecuador, Daniel Noboaannounced": a name run into the
 * verb after it, where a comma opened an apposition before the name (a
 * title or a bracketed acronym before that comma), lost the comma that
 * closes the apposition with the space.
 */
function closesApposition(value: string, token: Token, join: Join, titles: ReadonlySet<string>): boolean {
  if (!nameRunIntoWord(join)) return false
  const before = value.slice(Math.max(0, token.start - 120), token.start)
  const comma = before.lastIndexOf(', ')
  // Between the comma and the run-together word, the name's other words: capitalized, or its connectors ("Arevalo de").
  const nameWords = before.slice(comma + 2).split(' ').filter(Boolean)
  if (comma === -1 || nameWords.length > 4 || !nameWords.every((word) => /^\p{Lu}/u.test(word) || nameConnectors.has(word))) return false
  const opener = before.slice(0, comma)
  const clause = opener.slice(Math.max(opener.lastIndexOf(','), opener.lastIndexOf('.'), opener.lastIndexOf(';'), opener.lastIndexOf(':')) + 1)
  return clause.endsWith(')') || clause.toLowerCase().split(/[^\p{L}-]+/u).some((word) => titles.has(word))
}

/**
 * "Africa n National": a word's last letter split off by a space. A lone
 * lowercase letter other than "a", "i" and "s" (a dropped apostrophe: "Trump
 * s") is no word; the two together are one the dictionary knows.
 */
function strayLetter(context: Context, tokens: readonly Token[], k: number, joins: JoinWords) {
  const {value} = context
  const word = tokens[k]!
  const space = tokens[k + 1]
  const letter = tokens[k + 2]
  if (space?.value !== ' ' || letter?.kind !== 'word' || !lowercaseLetter.test(letter.value) || wordLetter.test(letter.value)) return
  if (tokens[k + 3]?.kind === 'word' || wordGoesOn.test(value[letter.end] ?? '')) return
  if (!threeLetters.test(word.value) || joins.joinWords.has(word.lower)) return
  const whole = word.value + letter.value
  if (!joins.lexicon.correct(whole) || insideAddress(value, word.start, letter.end)) return
  flag(context, word.start, letter.end, whole, `Unexpected space inside ${quote(whole)}`, 'warning')
}

// Module functions rather than closures made per file: V8 specializes
// optimized code to a closure's context and discards it for the next file.

function flag({file}: Context, start: number, end: number, expected: string, reason: string, level: Level) {
  report(file, {ruleId: 'spacing', reason, start, end, level, expected: [expected]})
}

function checkToken(context: Context, tokens: readonly Token[], k: number) {
  const {value, marks} = context
  const token = tokens[k]!
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  if (token.kind === 'word') {
    inWord(context, token)
    return
  }
  // "April 13,2018": a date's day and year with no space after the comma (the comma is no thousands separator after a month).
  if (token.value === ',' && before?.kind === 'word' && after?.kind === 'word' && /^\d{1,2}$/.test(before.value) && /^(?:1[89]|20)\d{2}(?!\d)/.test(after.value) && before.end === token.start && token.end === after.start) {
    const month = tokens[k - 2]?.kind === 'space' ? (tokens[k - 3]?.value === '.' ? tokens[k - 4] : tokens[k - 3]) : undefined
    if (month?.kind === 'word' && namesTime(context.timeWords, month.value.toLowerCase())) {
      flag(context, before.start, after.end, `${before.value}, ${after.value}`, `Missing space after ${quote(',')} in ${quote(value.slice(before.start, after.end))}`, 'warning')
      return
    }
  }
  // word,word as separate tokens
  if (token.kind === 'punctuation' && marks.has(token.value) && before?.kind === 'word' && after?.kind === 'word') {
    const missing = missingSpace(before.value, token.value, after.value) && !characterReference(value, token.start, token.value)
    if (missing && !addressOrName(context, before.start, after.end)) {
      const actual = value.slice(before.start, after.end)
      const fixed = before.value + token.value + ' ' + after.value
      flag(context, before.start, after.end, fixed, `Missing space after ${quote(token.value)} in ${quote(actual)}`, 'warning')
    }
    return
  }
  // '"no".However', '.”The': the mark or a closing quote ends the sentence, the next starts with no space.
  if (token.kind === 'punctuation' && !after && before?.kind === 'punctuation' && closingMark.test(token.value)) {
    gluedAfterQuote(context, tokens, k)
    return
  }
  // "Enough!Our members": the sentence ends at the mark, the next starts with no space.
  if (token.kind === 'punctuation' && endMark.test(token.value) && before?.kind === 'word' && !after) {
    const next = /^\p{L}+/u.exec(value.slice(token.end))
    if (next && missingSpace(before.value, token.value, next[0]) && !addressOrName(context, before.start, token.end + next[0].length, before.value + token.value + next[0])) {
      const end = token.end + next[0].length
      flag(context, before.start, end, before.value + token.value + ' ' + next[0], `Missing space after ${quote(token.value)} in ${quote(value.slice(before.start, end))}`, 'warning')
    }
    return
  }
  // "Ahmed(PhD)", "Omoseyindem(Lagos)": a word ending in lowercase run into the bracket after it; not a plural's "(s)",
  // nor a name's capitals with their bracket ("CPI(M)", "JD(U)").
  if (token.value === '(' && before?.kind === 'word' && before.end === token.start && /\p{Ll}$/u.test(before.value) && !/\d/.test(before.value)) {
    // "Thursday(13)": a weekday or a month with its day in brackets, as Spanish-language copy dates it.
    const inside = /^\((\p{L}[\p{L}&.'’ -]+)\)/u.exec(value.slice(token.start, token.start + 60)) ?? (context.timeWords.has(before.lower) ? /^\((\d{1,2})\)/u.exec(value.slice(token.start, token.start + 5)) : null)
    // "Picture: African News Agency(ANA)": a name's acronym set against it at the end of a credit line is left to the house;
    // in running prose ("the Bank of Korea(BOK) governor") it is a lost space.
    const acronymOfName = /^\p{Lu}/u.test(before.value) && /^[\p{Lu}&.]+$/u.test(inside?.[1] ?? '') && /^[ \t]*(?:\n|$)/u.test(value.slice(token.start + inside![0].length, token.start + inside![0].length + 4))
    if (inside && !acronymOfName && !/^(?:e?s)$/i.test(inside[1]!) && !addressOrName(context, before.start, token.end)) {
      flag(context, before.start, token.end, `${before.value} (`, `Missing space before ${quote('(')} in ${quote(value.slice(before.start, token.start + inside[0].length))}`, 'warning')
    }
    return
  }
  // "24%.In March", "45%,while": a mark after a percent sign run into the word after it.
  // The full stop ends the sentence, so the next word is no token of it: read from the text.
  if ((token.value === '.' || token.value === ',' || token.value === ';') && before?.value === '%' && before.end === token.start) {
    const number = tokens[k - 2]
    const next = (token.value === '.' ? /^\p{Lu}\p{Ll}+/u : /^\p{L}+/u).exec(value.slice(token.end, token.end + 40))?.[0]
    if (number?.kind === 'word' && endsDigit.test(number.value) && next !== undefined) {
      const end = token.end + next.length
      flag(context, number.start, end, `${number.value}%${token.value} ${next}`, `Missing space after ${quote(token.value)} in ${quote(value.slice(number.start, end))}`, 'warning')
      return
    }
  }
  // "60%of the budget": a percent sign run into the word after it.
  if (token.value === '%' && before?.kind === 'word' && endsDigit.test(before.value) && token.end === after?.start && after.kind === 'word' && /^\p{Ll}{2,}$/u.test(after.value)) {
    flag(context, before.start, after.end, `${before.value}% ${after.value}`, `Missing space after ${quote('%')} in ${quote(value.slice(before.start, after.end))}`, 'warning')
    return
  }
  if (token.kind !== 'space' || token.value.includes('\n') || token.value.includes('\t')) return
  // word , (a space before punctuation); also after a number's % or a closing quote
  // parse-english keeps "PRS." one word before a paragraph break and splits the full stop off at a text's end ("PRS. ," either way).
  const strayStop = before?.value === '.' && after?.value === ',' && /\p{L}/u.test(value[before.start - 1] ?? '')
  const closes = before?.kind === 'word' || strayStop || (before !== undefined && closesNumber.test(before.value))
  if (closes && after?.kind === 'punctuation' && marks.has(after.value)) {
    const next = value.slice(after.end, after.end + 2)
    // An ellipsis, spaced (". . .") or not, and a decimal (".5") are not stray periods.
    if (after.value === '.' && (/^(\.| \.|\d)/.test(next) || value[token.start - 1] === '.')) return
    // "PUBLISHED : Monday, 05 September", "Update : 02.05.2024": a page's time stamp, set as its site sets it.
    if (after.value === ':' && stampLabel.test(before!.value) && stampAfter.test(value.slice(after.end, after.end + 12))) return
    // "Source : BOPA Author : Jeremiah Sejabosigo Location : Gaborone": a line of labels, set as its site sets them.
    if (after.value === ':' && labelLine(value, token.start)) return
    // "ISLAMABAD : Opposition leader …": a dateline in capitals opening its line, set with the space as South Asian papers set it.
    if (after.value === ':' && capitalsDateline.test(value.slice(value.lastIndexOf('\n', token.start) + 1, token.start))) return
    // "Alpheus !Naruseb": a click written with "!", the first letter of a Khoekhoe name.
    if (after.value === '!' && /^\p{Lu}/u.test(value[after.end] ?? '')) return
    // "his wife. , Vice President": a full stop a comma follows is a stray one; the comma stays (the tuning set's editors kept it in 7 of 8 such).
    if (after.value === ',' && value[token.start - 1] === '.' && value[token.start - 2] !== '.' && !closesAbbreviation(value, token.start - 1, context.abbreviations)) {
      flag(context, token.start - 1, after.end, ',', `Unexpected full stop before ${quote(',')}`, 'warning')
      return
    }
    // "N .Myagmarsuren", "Kenya ,Uganda": a letter straight after the mark puts the space on the wrong side of it.
    if (startsLetter.test(value.slice(after.end, after.end + 1)) && !insideAddress(value, after.start, after.end + 1)) {
      flag(context, token.start, after.end, `${after.value} `, `Unexpected space before ${quote(after.value)} and none after it`, 'warning')
      return
    }
    flag(context, token.start, after.end, after.value, `Unexpected space before ${quote(after.value)}`, 'warning')
    return
  }
  // "1.8 %": English sets the percent sign against the number.
  if (after?.value === '%' && token.value === ' ' && before?.kind === 'word' && endsDigit.test(before.value)) {
    flag(context, token.start, after.end, '%', `Unexpected space before ${quote('%')}`, 'warning')
    return
  }
  // "176, 000 houses": a space after a thousands comma splits the number. Not a date's day ("November 30, 369 banks"),
  // a time's minutes ("as of 13:00, 550 agreements") nor a list of numbers: three digits, then a word.
  if (token.value === ' ' && before?.value === ',' && after?.kind === 'word' && /^\d{3}$/.test(after.value) && /^ \p{Ll}/u.test(value.slice(after.end, after.end + 2))) {
    const number = /(?:^|[^\d.,:\p{L}-])(?:(\p{L}+) )?(\d{1,3}),$/u.exec(value.slice(Math.max(0, token.start - 24), token.start))
    if (number && !context.timeWords.has(number[1]?.toLowerCase() ?? '')) {
      flag(context, before.start - number[2]!.length, after.end, `${number[2]},${after.value}`, `Unexpected space inside the number ${quote(`${number[2]}, ${after.value}`)}`, 'warning')
      return
    }
  }
  // "$ 1 billion": English sets a currency sign against its amount. "US$ 400" and "R$ 50" are some papers' style,
  // a slip only in a story that sets them against the amount elsewhere ("US$ 12.67" after "US$2.1").
  if (token.value === ' ' && before?.kind !== 'word' && before !== undefined && currencySign.test(before.value) && after?.kind === 'word' && /^\d/.test(after.value)) {
    const prefix = value.slice(Math.max(0, before.start - 4), before.start)
    if (signPrefix.test(prefix) && (!endsLetter.test(prefix) || context.setsSigns())) {
      flag(context, before.start, after.start, before.value, `Unexpected space after ${quote(before.value)}`, 'warning')
      return
    }
  }
  // word  word (two spaces), and "This,  according": after a clause's mark too, as edited pages never set them.
  if (token.value.length > 1 && before && after?.kind === 'word') {
    const afterSentence = before.kind === 'punctuation' && holdsEndMark.test(before.value)
    if (before.kind === 'word' || afterSentence || (before.kind === 'punctuation' && clauseMark.test(before.value))) {
      flag(context, token.start, token.end, ' ', `Unexpected ${token.value.length} spaces, expected one`, afterSentence ? 'info' : 'warning')
    }
  }
}

/**
 * "Kompas.comTuesday": a web address run into the capitalized word after it.
 * The address ends where its lowercase domain ends and a known word begins.
 */
function addressRunOn(context: Context, token: Token, joins: JoinWords) {
  const match = addressThenWord.exec(token.value)
  if (!match || !isAddress(match[1]!) || !joins.lexicon.correct(match[2]!)) return
  const actual = token.value
  flag(context, token.start, token.end, `${match[1]} ${match[2]}`, `Missing space after the address in ${quote(actual)}`, 'warning')
}

/**
 * "MINIMUM WAGEAs the government", "NAIROBIThe court": a word in capitals,
 * a headline's or a dateline's, run into the capitalized word that opens
 * the text after it. Both words known, the whole not ("PhDs", "MPs" are
 * words of their own).
 */
function capitalsRunOn(context: Context, token: Token, joins: JoinWords, closedClass: ReadonlySet<string>) {
  const match = capitalsThenWord.exec(token.value)
  if (!match || joins.lexicon.correct(token.value)) return
  const [, head, tail] = match
  // "SEALs", "NGOs", "PASOs": the plural of a word or acronym in capitals, no word run on; a word run on
  // that ends in -s with two letters is a function word opening the next text ("WAGEAs"), never "Os".
  const singular = token.value.slice(0, -1)
  if (tail!.length === 2 && tail!.endsWith('s') && (joins.lexicon.correct(singular) || joins.lexicon.correct(singular.toLowerCase()) || !closedClass.has(tail!.toLowerCase()))) return
  const lower = head!.toLowerCase()
  if (!(joins.lexicon.correct(lower) || joins.lexicon.correct(lower[0]!.toUpperCase() + lower.slice(1))) || !joins.lexicon.correct(tail!)) return
  // "GETFund" three times in a story about Ghana's Education Trust Fund: a name written so each time, not a headline run on.
  if (wordStarts(context.value, token.value).length >= 2) return
  // "South African National Parks (SANParks)": an acronym in brackets after the name it shortens is the body's own.
  if (context.value[token.start - 1] === '(' && context.value[token.end] === ')' && /\p{Lu}\p{Ll}+ $/u.test(context.value.slice(Math.max(0, token.start - 24), token.start - 1))) return
  flag(context, token.start, token.end, `${head} ${tail}`, `Missing space in ${quote(token.value)}, expected ${quote(`${head} ${tail}`)}`, 'warning')
}

const capitalsThenWord = /^(\p{Lu}{3,})(\p{Lu}\p{Ll}+)$/u

const addressThenWord = /^([\p{L}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,6})(\p{Lu}\p{Ll}+)$/u

/** A line that so far is a place in capitals, perhaps with its country ("ISLAMABAD", "NEW DELHI", "KATHMANDU, Nepal"). */
const capitalsDateline = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?$/u

/**
 * Whether `start`–`end` (written `text`) is an address ("Archynetys.com") or a
 * name the gazetteer has ("Nation.Cymru"): no words with a space missing.
 */
function addressOrName({value, knownName}: Context, start: number, end: number, text = value.slice(start, end)): boolean {
  return insideAddress(value, start, end) || knownName?.(text) === true
}

/** "dialogue.While", "yes;no" inside one word node. */
function inWord(context: Context, token: Token) {
  const {value, marks} = context
  const children = (token.node as Word).children
  if (!children || children.length < 3) return
  for (let i = 1; i < children.length - 1; i++) {
    const mark = children[i]!
    const left = children[i - 1]!
    const right = children[i + 1]!
    if (mark.type !== 'PunctuationNode' || !marks.has(mark.value)) continue
    if (left.type !== 'TextNode' || right.type !== 'TextNode') continue
    if (!missingSpace(left.value, mark.value, right.value)) continue
    if (addressOrName(context, token.start, token.end, token.value)) return
    const start = left.position?.start.offset
    const end = right.position?.end.offset
    if (start === undefined || end === undefined || characterReference(value, mark.position?.start.offset ?? start, mark.value)) continue
    flag(context, start, end, left.value + mark.value + ' ' + right.value, `Missing space after ${quote(mark.value)} in ${quote(value.slice(start, end))}`, 'warning')
  }
}

/**
 * The last tokens of a sentence are a word, then marks and closing quotes
 * holding a full stop, question or exclamation mark ('"no".', '.”'), and
 * the next sentence follows with no space.
 */
function gluedAfterQuote(context: Context, tokens: readonly Token[], k: number) {
  const {value} = context
  let w = k
  while (w > 0 && tokens[w]!.kind === 'punctuation' && closingMark.test(tokens[w]!.value)) w--
  const word = tokens[w]!
  const marks = value.slice(word.end, tokens[k]!.end)
  if (word.kind !== 'word' || w === k || !/[.?!]/.test(marks) || !/^[\p{L}\d]{2,}$/u.test(word.value)) return
  const next = /^(?:\p{Lu}\p{Ll}+|A|I)\b/u.exec(value.slice(tokens[k]!.end))
  if (!next || insideAddress(value, word.start, tokens[k]!.end + next[0].length)) return
  const end = tokens[k]!.end + next[0].length
  const actual = value.slice(word.start, end)
  const closed = `${value.slice(word.start, tokens[k]!.end)} ${next[0]}`
  // 'the crimes."Article 5 …', 'the Chair.”We': after the sentence's own stop, a mark that no open quotation on its line awaits
  // opens the next sentence's quotation (a closing curly one turned).
  if ((tokens[k]!.value === '"' || tokens[k]!.value === '”') && w < k - 1 && !insideQuotation(value, tokens[k]!.start)) {
    const opened = `${value.slice(word.start, tokens[k]!.start)} ${tokens[k]!.value === '"' ? '"' : '“'}${next[0]}`
    report(context.file, {ruleId: 'spacing', reason: `Missing space in ${quote(actual)} before the quotation mark that opens the next sentence`, start: word.start, end, level: 'warning', expected: [opened, closed]})
    return
  }
  flag(context, word.start, end, closed, `Missing space after ${quote(marks)} in ${quote(actual)}`, 'warning')
}

/** "&nbsp;explained", "on&nbsp;Tuesday": the semicolon at `markAt` ends a character reference (spacing-entities.ts reports it), not a clause. */
function characterReference(value: string, markAt: number, mark: string): boolean {
  return mark === ';' && referenceOpensBefore(value, markAt)
}

/** A word of the calendar, or its abbreviation of three letters or more ("Apr", "Sept"). */
function namesTime(timeWords: ReadonlySet<string>, lower: string): boolean {
  if (timeWords.has(lower)) return true
  if (lower.length < 3) return false
  for (const word of timeWords) if (word.length > lower.length && word.startsWith(lower)) return true
  return false
}

function missingSpace(left: string, mark: string, right: string): boolean {
  // "May 10.Yin": a date or number ends the sentence, a capitalized word opens the next.
  if (mark === '.' && digits.test(left) && capitalizedWord.test(right)) return true
  if (!endsLetter.test(left) || !startsLetter.test(right)) return false
  if (mark === '.') {
    // Initials and abbreviations (U.S., e.g., Ph.D.) keep their dots, as does a Mongolian
    // name's two-letter initial ("Ts.Nyamdorj"); a sentence run into the next one ends in a
    // lowercase word and starts a capitalized one.
    return left.length >= 2 && !patronymicInitials.has(left) && /\p{Ll}$/u.test(left) && (/^\p{Lu}\p{Ll}/u.test(right) || right === 'A' || right === 'I')
  }
  if (mark === ',') return !(left.length === 1 && right.length === 1)
  return left.length > 1 && right.length > 1
}

/**
 * Whether the line at `offset` is a page's labels: two or more, each a
 * capitalized word before a spaced colon ("Source : BOPA Author : …"), or
 * one opening a short line with no full stop ("Location : Gaborone").
 */
function labelLine(value: string, offset: number): boolean {
  const {start, next} = lineAt(value, offset)
  const line = value.slice(start, next === undefined ? value.length : next - 1)
  const labels = line.match(spacedLabel) ?? []
  return labels.length >= 2 || (labels.length === 1 && line.startsWith(labels[0]!) && line.length <= 60 && !line.trimEnd().endsWith('.'))
}

const spacedLabel = /(?<![\p{L}])\p{Lu}\p{Ll}+ : /gu
