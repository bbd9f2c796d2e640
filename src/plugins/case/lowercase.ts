import {isLiteral} from 'nlcst-is-literal'
import {aloneName, isCountry, titleHasWord} from '../../data/entities.js'
import {nameConnectors} from '../../data/name-words.js'
import {quote} from '../../message.js'
import {lowercaseTitleBefore} from '../../names/titles.js'
import {countriesOf} from '../../names/countries.js'
import {insideAddress} from '../../text/addresses.js'
import {countedBefore} from '../../text/counted.js'
import {insideGlossedQuotation} from '../../text/quotation.js'
import {childIndex, nextWord, previousWord, type SentenceTokens, type Token} from '../../text/tokens.js'
import type {CaseContext, Raised, WordInfo} from './context.js'
import {atSentenceStart, startsSentence, writtenAsName} from './reasons.js'
import {capitalizedClosing, isDemonym} from './demonyms.js'

/**
 * What is wrong with a lowercase word here, if anything. Apart from the
 * scan over every word: its branches are rare, and the first run of each
 * makes V8 drop the optimized code of the function it is in.
 */
export function lowercaseFinding(context: CaseContext, sentence: SentenceTokens, index: number, token: Token, info: WordInfo, value: string): Raised | undefined {
  const word = info.lowercase!
  const title = info.titleHead ? lowercaseTitleBefore(sentence.tokens, index, value, context.titleContext) : undefined
  if (title) {
    const actual = value.slice(title.start, title.end)
    // Capitals on a title before a name are a house style (AP's, not every
    // wire's): a slip only where the story capitalizes such titles elsewhere.
    // Many that capitalize a title in office lowercase a past one ("former
    // Philippine president Rodrigo Duterte" beside "Vice President Sara Duterte").
    const before = value.slice(Math.max(0, title.start - 40), title.start)
    const past = pastTitle.test(before)
    const portfolio = portfolioTitle(context, actual) || portfolioBefore(context, before)
    // A house may capitalize "President" alone and lowercase "prime minister": the title's own head word decides.
    const styled = portfolio ? capitalizesPortfolios(context, value) : capitalizedTitles(context, value).has(headOf(title.expected))
    const level = styled && (!past || capitalizesPastTitles(context, value)) && !describedTitle(context, before) ? 'warning' : 'info'
    return {start: title.start, end: title.end, expected: title.expected, reason: `Unexpected lowercase ${quote(actual)} right before the name ${quote(title.name)}, expected ${quote(title.expected)}`, overrides: true, level}
  }
  if (insideAddress(value, token.start, token.end)) return undefined
  const name = asName(context, sentence, index, token, info, value)
  // A word mentioned (“eva”, a suffix in quotes) or part of a foreign
  // phrase ("per diem", "per se") is no name, whatever it spells.
  if (name && !mentioned(context, sentence, token, value)) return name
  // "by Oleg Sukhov, Kateryna Denisova and Tim Zadorozhnyy at The Kyiv Independent", "from ODIRILE TOTENG in Gaborone": a byline, set as its site sets it.
  if ((token.lower === 'by' || token.lower === 'from') && (token.start === 0 || value[token.start - 1] === '\n') && byline.test(value.slice(token.start, value.indexOf('\n', token.start) >>> 0))) return undefined
  // "goverment sources said": "Goverment" is no fix; the speller offers "Government".
  // "(photo credit: …)": a bracket's credit or aside after a sentence is no sentence of its own.
  if (word.spelled && startsSentence(value, token, context.abbreviations) && !/[([]$/u.test(value.slice(0, token.start))) {
    const strayStop = strayStopBefore.test(value.slice(Math.max(0, token.start - 3), token.start))
    // "the month. to prevent": a word that opens almost no sentence, after a word's full stop, follows a stray one.
    if (strayStop && context.nonOpeners.has(token.lower)) {
      return {start: token.start - 2, end: token.end, expected: ` ${token.value}`, also: [`. ${word.fixed}`], reason: `Unexpected full stop before ${quote(token.value)}, which opens no sentence; expected ${quote(token.value)} without it, or ${quote(word.fixed)}`}
    }
    // "last year. including", "the grounds. according to": in machine-translated copy a lowercase word right after a word's
    // full stop follows a stray one far more often than it opens a sentence that lost its capital (the tuning set's editors
    // kept the word lowercase 115 times in 118); a word that opens a clause after a noun takes the comma the stop stood for.
    // A hurried draft drops a sentence's capital instead ("on Monday. traders cited"): where a determiner or a pronoun, or a
    // subject and its verb, follow ("released. the result is"), the capital comes first.
    if (strayStop && !opensClause(context, sentence, index)) {
      const kept = context.clauseOpeners.has(token.lower) ? [`, ${token.value}`, ` ${token.value}`] : [` ${token.value}`]
      return {start: token.start - 2, end: token.end, expected: kept[0]!, also: [...kept.slice(1), `. ${word.fixed}`], reason: `Unexpected full stop before lowercase ${quote(token.value)}; expected ${kept.length > 1 ? 'a comma or nothing in its place' : `${quote(token.value)} without it`}, or ${quote(word.fixed)}`}
    }
    return {start: token.start, end: token.end, expected: word.fixed, reason: atSentenceStart(token.value, word.fixed)}
  }
  return undefined
}

const regularPast = /^\p{Ll}{3,}ed$/u

/** Words after a sentence's first word that its verb comes within ("more than 300,000 people had"). */
const verbWithin = 5

/** Whether the word opens a sentence's clause: a determiner, a pronoun, or a subject with its verb after it. */
function opensClause(context: CaseContext, sentence: SentenceTokens, index: number): boolean {
  const lower = sentence.tokens[index]!.lower
  return context.determiners.has(lower) || context.subjectPronouns.has(lower) || context.personalPronouns.has(lower) || subjectAndVerb(context, sentence, index)
}

/**
 * Whether the word opens a clause: a word no verb form itself, and a verb
 * within the next few words, before any mark ("traders cited", "tickets go",
 * "results are expected"). A base form counts after a plural noun only.
 */
function subjectAndVerb(context: CaseContext, sentence: SentenceTokens, index: number): boolean {
  const first = sentence.tokens[index]!
  if (context.finiteVerb(first.lower) || context.auxiliaries.has(first.lower) || context.functionWords.has(first.lower)) return false
  let previous = first.lower
  let seen = 0
  for (let at = index + 1; at < sentence.tokens.length && seen < verbWithin; at++) {
    const token = sentence.tokens[at]!
    if (token.kind === 'space') continue
    // A mark inside a word or a figure ("U.S.", "300,000") ends no phrase.
    if (token.kind !== 'word' && !(sentence.tokens[at - 1]?.kind === 'word' && sentence.tokens[at + 1]?.kind === 'word')) return false
    if (token.kind !== 'word') continue
    // A regular past the table lacks ("resumed") is a verb's as well.
    if (context.finiteVerb(token.lower) || context.auxiliaries.has(token.lower) || regularPast.test(token.lower) || (context.baseVerb(token.lower) && context.pluralNoun(previous))) return true
    previous = token.lower
    seen++
  }
  return false
}

const lowercaseAfter = /^ \p{Ll}/u
const numberBefore = /\d $/u

/** A full stop right after a letter or a digit and one space: no stop of a question, a quotation or a list. */
const strayStopBefore = /[\p{L}\d]\. $/u

/** A line that is a byline: "by" or "from" opening it, then a person's name or (the name lost in the page's layout) a separator ("by · BusinessMirror", "by | Jul 9, 2025"), and no full stop at its end. */
const byline = /^(?:by|from) (?:\p{Lu}[\p{L}'’-]+ \p{Lu}|[·|•–—] )[^\n]*[^.\n]$/u

/**
 * Whether the word is mentioned, not used: in quotes as a word, part of a
 * foreign phrase ("per diem"), or of a name in another language quoted and
 * glossed in English ("“Hoi anh em dan chu” (Brotherhood for Democracy)"),
 * written as that language writes it.
 */
function mentioned(context: CaseContext, sentence: SentenceTokens, token: Token, value: string): boolean {
  return context.inForeignPhrase(value, token.value, token.start) || isLiteral(sentence.sentence, childIndex(sentence, token)) || insideGlossedQuotation(value, token.start) || besideForeignWord(context, value, token) || betweenUnknownWords(context, value, token)
}

/** "huwag sana gamitin ang pulpito": a lowercase word between two lowercase words no dictionary knows is a word of that other language. */
function betweenUnknownWords(context: CaseContext, value: string, token: Token): boolean {
  const before = /(?<![\p{L}'’-])(\p{Ll}+) $/u.exec(value.slice(Math.max(0, token.start - 24), token.start))?.[1]
  const after = /^ (\p{Ll}+)(?![\p{L}'’-])/u.exec(value.slice(token.end, token.end + 24))?.[1]
  return before !== undefined && after !== undefined && !context.lexicon.correct(before) && !context.lexicon.correct(after)
}

/**
 * "le chien", "cara y cruz (heads and tails)": a function word of another
 * language right before or after the word makes it a word of that language;
 * a name's particle does only where an English gloss in brackets follows the
 * phrase ("natalia de la Sota" is a name written small).
 */
function besideForeignWord(context: CaseContext, value: string, token: Token): boolean {
  const before = /(\p{L}+) $/u.exec(value.slice(Math.max(0, token.start - 12), token.start))?.[1]
  const after = /^ (\p{L}+)/u.exec(value.slice(token.end, token.end + 12))?.[1]
  const foreign = [before, after].filter((word): word is string => word !== undefined && context.foreignFunctionWords.has(word.toLowerCase()))
  // "La pierre de patience": between two such words the word is of a phrase, whatever names write them too.
  return foreign.length === 2 || foreign.some((word) => !nameConnectors.has(word.toLowerCase())) || (foreign.length > 0 && glossedAfter.test(value.slice(token.end, token.end + 80)))
}

/** Up to four lowercase words, then an English gloss of them in brackets: "… cruz (heads and tails)". */
const glossedAfter = /^(?: \p{Ll}+){0,4} \(\p{Ll}[\p{Ll} ]*\)/u

/** A lowercase word that is a name here: by the dictionary, by the gazetteer and its place, or by context. */
function asName(context: CaseContext, sentence: SentenceTokens, index: number, token: Token, info: WordInfo, value: string): Raised | undefined {
  const word = info.lowercase!
  const {fixed} = word
  // "is elected taoiseach next Wednesday": a title lowercase with no name after it, as house styles set it, whatever the dictionary says.
  if (context.lowercaseStyleNouns.has(token.lower) && !/^ \p{Lu}/u.test(value.slice(token.end, token.end + 2)) && !startsSentence(value, token, context.abbreviations)) return undefined
  // "a provisional amparo": a word the dictionary has only as a given name, counted with "a" or "an", is a common noun of another language.
  // "Corriere della Sera": a connector of a name is never itself one ("Della").
  // "should be eco areas": a prefix written apart before a lowercase word is that word's prefix, no name ("Eco").
  const prefixApart = context.prefixes.has(token.lower) && lowercaseAfter.test(value.slice(token.end, token.end + 2))
  // "1.12 cr houses", "5 mn": a short word right after a number is its unit's abbreviation, no name (Cr, chromium's symbol).
  const unitAfterNumber = token.value.length <= 3 && numberBefore.test(value.slice(Math.max(0, token.start - 2), token.start))
  if (word.proper && !prefixApart && !unitAfterNumber && !nameConnectors.has(token.lower) && !(!word.known && countedBefore(value, token.start, context.indefiniteDeterminers))) {
    return {start: token.start, end: token.end, expected: fixed, reason: `Unexpected lowercase ${quote(token.value)}, expected ${quote(fixed)}`}
  }
  // A word no dictionary knows as a common word, lowercase here and
  // capitalized mid-sentence elsewhere in the story, is that name with a lost
  // capital ("svyrydenko" beside "Svyrydenko"); else it is the speller's.
  // After a determiner it is a common noun of another language ("serve the rakyat" beside the Dewan Rakyat).
  if (word.nameOnly && /^\p{Ll}{4,}$/u.test(info.base) && !nameConnectors.has(token.lower) && !context.determiners.has(previousWord(sentence.tokens, index)?.lower ?? '')) {
    // "the oligarch Vlad plahotniuc": right after a given name, such a word is the surname, however the story writes it elsewhere.
    const given = givenNameBefore(context, sentence.tokens, index, value)
    if (given) return {start: token.start, end: token.end, expected: fixed, reason: `Unexpected lowercase ${quote(token.value)} after the given name ${quote(given)}, expected ${quote(fixed)}`}
    return {start: token.start, end: token.end, expected: fixed, reason: '', word: token.value, ifCapitalized: info.base, sentenceStart: false, inProse: true, unknown: !context.lexicon.correct(fixed)}
  }
  if (!word.known || !word.nameable) return undefined
  if (word.rarePlace && placeHere(sentence, index, context.placePrepositions) && (!context.lexicon.hasLowercase(info.base) || placeOfStory(context, fixed, value))) {
    return {start: token.start, end: token.end, expected: fixed, reason: writtenAsName(token.value, info.base)}
  }
  // "The park announced": after a determiner the word is the common noun, whatever the story names with it;
  // "that" also opens a clause ("a signal that trump intends"), and says nothing.
  const before = previousWord(sentence.tokens, index)?.lower
  if (!(before !== undefined && context.determiners.has(before) && before !== 'that') && namedHere(sentence, index, token, context.titles, context.subjectCues)) {
    // "French president macron": the title a known person holds, right before the person's surname, names the person.
    if (titledPerson(context, before, fixed)) return {start: token.start, end: token.end, expected: fixed, reason: `Unexpected lowercase ${quote(token.value)} after the title ${quote(before!)} of the person, expected ${quote(fixed)}`}
    // "macron said", "macron wants": a known person's surname before a verb the subject-cue list has is the person.
    // "Lourdes bishop says": after a capitalized word that is no given name, a common noun is what that name modifies, no surname.
    const modified = context.lexicon.hasLowercase(token.lower) && modifierBefore(context, previousWord(sentence.tokens, index))
    const person = !modified && context.subjectCues.has(nextWord(sentence.tokens, index)?.lower ?? '') ? knownSurname(context, fixed) : undefined
    if (person) return {start: token.start, end: token.end, expected: fixed, reason: `Unexpected lowercase ${quote(token.value)}, the surname of ${quote(person)}, expected ${quote(fixed)}`}
    // A name by context only if the document capitalizes it mid-sentence: known at the end. A common noun after a
    // modifier is that noun ("the cocoa producer price" beside the "Producer Price Review Committee").
    if (modified) return undefined
    return {start: token.start, end: token.end, expected: fixed, reason: '', word: token.value, ifCapitalized: info.base, sentenceStart: startsSentence(value, token, context.abbreviations)}
  }
  return undefined
}

/** "withdrawn from sale" in a story about Britain: a common word is a city (Salé, written "Sale") only in a story about the city's country; "in japan" is the country anywhere. */
function placeOfStory(context: CaseContext, name: string, value: string): boolean {
  const countries = countriesOf(context.gazetteer.entities)
  return context.gazetteer.lookup(name).some((ref) => ref.entity.kind === 'place' && (isCountry(ref.entity.title) || countries.storyCountryOf(ref.entity, value) !== undefined))
}

/**
 * The word one space before, if it is a given name of the first-name list
 * ("Vlad"), no common word ("Ad valorem", "Em atualização") and no other
 * kind of name ("Jordan").
 */
function givenNameBefore(context: CaseContext, tokens: readonly Token[], index: number, value: string): string | undefined {
  const before = previousWord(tokens, index)
  if (!before || before.end + 1 !== tokens[index]!.start || value[before.end] !== ' ' || !context.firstNames.has(before.value) || context.lexicon.hasLowercase(before.lower)) return undefined
  return context.gazetteer.lookup(before.value).some((ref) => ref.entity.kind !== 'person') ? undefined : before.value
}

/** The persons of the gazetteer who go by `surname` alone. */
function personsBySurname(context: CaseContext, surname: string) {
  return context.gazetteer.lookup(surname).filter(({entity, form}) => entity.kind === 'person' && form === surname && aloneName(entity) === surname).map(({entity}) => entity)
}

/** Whether a person of the gazetteer goes by `surname` alone and holds a title with the word `title` ("president" for Macron). */
function titledPerson(context: CaseContext, title: string | undefined, surname: string): boolean {
  if (title === undefined || !context.titles.has(title)) return false
  return personsBySurname(context, surname).some((entity) => titleHasWord(entity, title))
}

/** The one person of the gazetteer who goes by `surname` alone, by full name. */
function knownSurname(context: CaseContext, surname: string): string | undefined {
  const persons = personsBySurname(context, surname)
  return persons.length === 1 ? persons[0]!.name : undefined
}

/** "exports to japan": after a preposition of place, a country's name is a name. */
function placeHere(sentence: SentenceTokens, index: number, placePrepositions: ReadonlySet<string>): boolean {
  const before = previousWord(sentence.tokens, index)
  return before !== undefined && placePrepositions.has(before.lower)
}

/** A capitalized word before, no given name ("Lourdes", "Kenyan"), or a common noun ("producer"): the word after it is a common noun it modifies. */
function modifierBefore(context: CaseContext, before: Token | undefined): boolean {
  if (before === undefined || context.titles.has(before.lower)) return false
  // "the cocoa producer price announced": after a common noun, a noun is the compound's head.
  if (before.value === before.lower) return context.singularNoun(before.lower)
  return /^\p{Lu}\p{Ll}/u.test(before.value) && !context.firstNames.has(before.value)
}

/** Context that makes a word that is also a common noun read as a name: "trump’s", "trump intends", "former president trump". */
function namedHere(sentence: SentenceTokens, index: number, token: Token, titles: ReadonlySet<string>, subjectCues: ReadonlySet<string>): boolean {
  if (token.lower.endsWith("'s")) return true
  const before = previousWord(sentence.tokens, index)
  const after = nextWord(sentence.tokens, index)
  if (before && titles.has(before.lower)) return true
  return after !== undefined && subjectCues.has(after.lower)
}

/**
 * A portfolio's noun or adjective right before the title makes it a job
 * described ("regional revitalization minister Satsuki Katayama"), which
 * house styles that capitalize titles leave lowercase, and which a capital
 * on the title alone would not mend; a verb ("said vice president") does not.
 */
function describedTitle(context: CaseContext, before: string): boolean {
  // "Indonesia’s second president Suharto", "its first female prime minister": an ordinal counts holders of the office; the title is a description.
  if (ordinalBefore.test(before)) return true
  // "Bank of Thailand governor Sethaput": a body's name before the title says whose; the title is a description.
  const body = /((?:\p{Lu}[\p{L}'’-]*)(?: (?:of|for|and|the) (?:the )?\p{Lu}[\p{L}'’-]*| \p{Lu}[\p{L}'’-]*)*) $/u.exec(before)?.[1]
  const named = body === undefined ? [] : context.gazetteer.lookup(body)
  if (body !== undefined && body.includes(' ') && named.some((ref) => ref.entity.kind === 'org' || ref.entity.kind === 'outlet')) return true
  // "Paris mayor Anne Hidalgo", "Lagos governor": so does a place's name, the place whose office it is.
  if (named.some((ref) => ref.entity.kind === 'place' && ref.form === body)) return true
  // "new Zambian president Hakainde Hichilema": a nationality after a determiner describes the title too,
  // and so does an aside in brackets before it ("(caretaker) prime minister Najib Mikati").
  const national = /(?<![\p{L}'’-])(\p{Ll}+) (\p{Lu}\p{Ll}+) $/u.exec(before)
  if (national && context.determiners.has(national[1]!) && isDemonym(context, national[2]!)) return true
  // So does one with no determiner ("Algerian president Abdelmadjid Tebboune announced", "the trial against Israeli prime minister Benjamin Netanyahu").
  const nationality = capitalizedClosing(before)
  if (nationality && isDemonym(context, nationality)) return true
  // And a creed's or a faith's ("Islamist president Mohamed Morsi"): a word the dictionary has only capitalized, no known name, after a lowercase word.
  if (nationality && /\p{Ll} $/u.test(before.slice(0, -(nationality.length + 1))) && context.lexicon.isProperOnly(nationality.toLowerCase()) && context.gazetteer.lookup(nationality).length === 0) return true
  if (/\) $/.test(before)) return true
  const word = /(?<![\p{L}'’-])(\p{Ll}+) $/u.exec(before)?.[1]
  // After a determiner ("the justice minister Adam Bodnar") the title is a noun phrase of its own too.
  // "former" is the past title's own marker, read by the story's style for past titles, unless a
  // determiner comes before it as well ("the then prime minister Krisjanis Karins").
  if (word === undefined) return false
  if (pastTitle.test(`${word} `)) {
    const determiner = /(?<![\p{L}'’-])(\p{Ll}+) \p{Ll}+ $/u.exec(before)?.[1]
    return determiner !== undefined && context.determiners.has(determiner)
  }
  return context.determiners.has(word) || (!context.functionWords.has(word) && context.descriptorEnding.test(word))
}

/** An ordinal, perhaps with one word after it, right before the title: "second", "first female", "21st". */
const ordinalBefore = /(?<![\p{L}\d])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:\p{Ll}+ )?$/u

/** What comes before a past title: "former", "late", "then", "then-", "ex-", with a proper adjective between ("former Philippine"). */
// Up to two words between: "former Philippine president", "the former five-time prime minister".
// A title not held now: past ("former", "late"), or not yet or no longer ("incoming", "outgoing", "future").
const pastTitle = /\b(?:(?:[Ff]ormer|[Ll]ate|[Tt]hen|[Ii]ncoming|[Oo]utgoing|[Ff]uture)\s+|(?:[Ee]x|[Tt]hen)-)(?:[\p{L}-]+\s+){0,2}$/u

/** A title that names a portfolio ("agriculture minister"), not a rank ("prime minister"). */
function portfolioTitle(context: CaseContext, title: string): boolean {
  const words = title.toLowerCase().split(' ')
  return words.length >= 2 && !context.titleRankWords.has(words[0]!)
}

/** A portfolio's word capitalized right before the title, as a sentence opens ("Investment minister Bahlil"). */
function portfolioBefore(context: CaseContext, before: string): boolean {
  const word = /(?<![\p{L}])(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1]?.toLowerCase()
  if (word === undefined || context.titleRankWords.has(word)) return false
  return context.titleContext.formalTitleWords.has(word) || (context.lexicon.hasLowercase(word) && context.descriptorEnding.test(word))
}

/**
 * How a document writes titles, each answer found once per document and
 * rule: every lowercase title of a story asks, and each question reads the
 * whole text. Kept per rule, since a British rule has no formal titles.
 */
interface TitleStyle {
  value: string
  titles?: ReadonlySet<string>
  pastTitles?: boolean
  portfolios?: boolean
}

const styles = new WeakMap<CaseContext, TitleStyle>()

function styleOf(context: CaseContext, value: string): TitleStyle {
  let style = styles.get(context)
  if (style?.value !== value) styles.set(context, (style = {value}))
  return style
}

/** Whether the document capitalizes a portfolio's title right before a name ("Foreign Minister Motegi"). */
function capitalizesPortfolios(context: CaseContext, value: string): boolean {
  return (styleOf(context, value).portfolios ??= someMatch(value, /(?=\p{Lu})(?<![\p{L}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?= \p{Lu})/gu, (match) => {
    const [portfolio, head] = [match[1]!.toLowerCase(), match[2]!.toLowerCase()]
    return context.titleContext.formalTitleWords.has(portfolio) && !context.titleRankWords.has(portfolio) && context.formalTitles.has(head)
  }))
}

/** Whether the document capitalizes a formal title after "former" or "late" ("former President Moon"). */
function capitalizesPastTitles(context: CaseContext, value: string): boolean {
  return (styleOf(context, value).pastTitles ??= someMatch(value, /\b(?:(?:[Ff]ormer|[Ll]ate|[Tt]hen) |(?:[Ee]x|[Tt]hen)-)((?:\p{Lu}\p{Ll}+ ){1,3})(?=\p{Lu})/gu, (match) =>
    match[1]!.split(' ').some((word) => context.formalTitles.has(word.toLowerCase()))
  ))
}

/** The formal titles, lowercase, that the document writes with their capital right before a capitalized word ("President Lee"). */
function capitalizedTitles(context: CaseContext, value: string): ReadonlySet<string> {
  const found = styleOf(context, value).titles
  if (found) return found
  const titles = new Set<string>()
  // The capital is tested before the look behind it: a third less time over a document, the same matches.
  // The next name's capital is looked at, not taken: "Former President Moon" holds "President Moon".
  for (const match of value.matchAll(/(?=\p{Lu})(?<![\p{L}])(\p{Lu}\p{Ll}+)(?= \p{Lu})/gu)) {
    const word = match[1]!.toLowerCase()
    if (context.formalTitles.has(word)) titles.add(word)
  }
  return (styleOf(context, value).titles = titles)
}

/** A title's head word, lowercase: "minister" of "Prime Minister". */
const headOf = (title: string): string => title.slice(title.lastIndexOf(' ') + 1).toLowerCase()

/** Whether some match of `pattern` in `value` passes `test`, stopping at the first. */
function someMatch(value: string, pattern: RegExp, test: (match: RegExpMatchArray) => boolean): boolean {
  for (const match of value.matchAll(pattern)) if (test(match)) return true
  return false
}
