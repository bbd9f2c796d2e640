import type {SentenceTokens, Token} from '../../text/tokens.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import {quote} from '../../message.js'
import type {CaseContext, Raised} from './context.js'
import {inTitleCaseLine} from '../../text/title-case-line.js'
import {insideQuotation} from '../../text/quotation.js'
import {opensNameMidSentence} from '../../text/opens-name.js'
import {nameConnectors} from '../../data/name-words.js'

// Patterns asked for every word are made once: a literal in a function makes a new RegExp object each time it runs.
const capitalizedWord = /^\p{Lu}\p{Ll}+$/u
const lowercaseWord = /^\p{Ll}+$/u
const nameLikeWord = /^\p{Lu}[\p{L}\p{M}'’-]*$/u
const afterLowercase = /\p{Ll} $/u
const startsLowercase = /^\p{Ll}/u
const numberAfter = /^ \d/

/**
 * A common noun capitalized mid-sentence where no name is ("imposed a
 * Curfew", "three Judges dissented"), and "i" for the pronoun. Precision
 * first: the word is a lowercase word of the dictionary and of no name the
 * speller or the gazetteer knows, no title or word a house style
 * capitalizes, capitalized once in the story, outside headings, right
 * after a word no name follows ("a", "three") and before a lowercase word.
 */
export function strayCapitals(context: CaseContext, sentences: readonly SentenceTokens[], value: string): Raised[] {
  const capitalized = new Map<string, Token[]>()
  const raised: Raised[] = []
  // Whether the story names God: asked at the first pronoun capitalized mid-sentence, once a document.
  let reverentStory: boolean | undefined
  for (const {tokens, words} of sentences) {
    for (let w = 0; w < words.length; w++) {
      const token = tokens[words[w]!]!
      if (token.value === 'i' && pronounI(context, tokens, token, value)) {
        raised.push({start: token.start, end: token.end, expected: 'I', reason: 'Unexpected lowercase `i` for the pronoun, expected `I`'})
        continue
      }
      if (token.value === 'A' && strayArticleA(context, tokens, token, value)) {
        raised.push({start: token.start, end: token.end, expected: 'a', reason: `Unexpected capital in ${quote('A')} mid-sentence, expected ${quote('a')}`})
        continue
      }
      if (!capitalizedWord.test(token.value)) continue
      if (context.personalPronouns.has(token.lower) && !isSentenceStart(value, token.start, context.abbreviations) && !(reverentStory ??= reverent(context, value))) {
        const stray = strayPronoun(context, tokens, token, value)
        if (stray) {
          raised.push(stray)
          continue
        }
      }
      // "Promoted by Fidel Castro, This institution arose": a demonstrative capitalized after a clause's comma opens a sentence whose full stop was lost.
      if (context.demonstratives.has(token.lower) && !context.functionWords.has(token.lower) && !isSentenceStart(value, token.start, context.abbreviations)) {
        const lost = lostStopBefore(context, tokens, token, value)
        if (lost) {
          raised.push(lost)
          continue
        }
      }
      // "the For the Future group": after a determiner a capitalized function word other than an article ("of the The") opens a name.
      if (context.functionWords.has(token.lower) && !isSentenceStart(value, token.start, context.abbreviations) && strayFunctionWord(tokens, token, value) && !(context.determiners.has(tokens[token.index - 2]!.lower) && !context.determiners.has(token.lower)) && !opensNameMidSentence(value, token.value)) {
        raised.push({start: token.start, end: token.end, expected: token.lower, reason: `Unexpected capital in ${quote(token.value)} mid-sentence, expected ${quote(token.lower)}`})
        continue
      }
      // "172 in favor, The opposition leader", "consulted by Télam, Among the names": a function word capitalized after a clause's comma.
      if (context.functionWords.has(token.lower) && afterClauseComma(context, tokens, token, value) && !inTitleCaseLine(value, token.start) && !opensNameMidSentence(value, token.value)) {
        raised.push({start: token.start, end: token.end, expected: token.lower, reason: `Unexpected capital in ${quote(token.value)} after a comma, expected ${quote(token.lower)}`})
        continue
      }
      // "…; Credit: Chambre des Députés": a label before its colon keeps its capital, and so does one before its number ("…; Section 5 (2)").
      if (afterOneSemicolon(tokens, token) && value[token.end] !== ':' && !numberAfter.test(value.slice(token.end, token.end + 3)) && (context.functionWords.has(token.lower) || commonBeforeNoName(context, token, value)) && !inTitleCaseLine(value, token.start) && !insideQuotation(value, token.start)) {
        raised.push({start: token.start, end: token.end, expected: token.lower, reason: `Unexpected capital in ${quote(token.value)} after a semicolon, expected ${quote(token.lower)}`})
        continue
      }
      if (context.quotationVerbs.has(token.lower) && invertedAfterQuotation(context, token, value)) {
        raised.push({start: token.start, end: token.end, expected: token.lower, reason: `Unexpected capital in ${quote(token.value)} after the quotation, expected ${quote(token.lower)}`})
        continue
      }
      const list = capitalized.get(token.lower) ?? []
      list.push(token)
      capitalized.set(token.lower, list)
    }
  }
  for (const [lower, uses] of capitalized) {
    const midSentence = uses.filter((token) => !isSentenceStart(value, token.start, context.abbreviations))
    if (midSentence.length !== 1 || !strayWord(context, lower)) continue
    const token = midSentence[0]!
    const previous = /(\S+)\s+$/u.exec(value.slice(Math.max(0, token.start - 30), token.start))?.[1]
    // "cabinet members , Announced the resignation": after a clause's comma too.
    if (previous === ',' && /\p{Ll} ,? $/u.test(value.slice(token.start - 4, token.start)) && verbBeforeFunctionWord(context, token, value) && !inTitleCaseLine(value, token.start) && !insideQuotation(value, token.start)) {
      raised.push({start: token.start, end: token.end, expected: lower, reason: `Unexpected capital in ${quote(token.value)} mid-sentence, expected ${quote(lower)}`})
      continue
    }
    // "The CPN-UML Maintained that", "Machado Urged the crowd": a regular past right after the subject's name, before a function word.
    // A heading in capitals before it ("AERONAUTICS Continued progress") ends there.
    if (previous !== undefined && /^\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*$|^\p{Lu}{2,}-\p{Lu}+$/u.test(previous) && !context.functionWords.has(previous.toLowerCase()) && pastAfterName(context, token, value) && !titleOfWork(context, previous, token, value) && !inTitleCaseLine(value, token.start) && !insideQuotation(value, token.start)) {
      raised.push({start: token.start, end: token.end, expected: lower, reason: `Unexpected capital in ${quote(token.value)} mid-sentence, expected ${quote(lower)}`})
      continue
    }
    if (previous === undefined || !/^(?:\p{Ll}+|\d[\d,]*)$/u.test(previous) || !/^(?:[,;.:!?)]|\s+\p{Ll})/u.test(value.slice(token.end, token.end + 3))) continue
    // After "a" or "three" no name starts ("the Members" may be a defined
    // term, "a Festival of Music" a title of its own).
    // Digits are no such word: they number lists and addresses ("3 Hospital", "198 Second street").
    const strayHere = (context.indefiniteDeterminers.has(previous) && !/^ (?:of|for)\b/u.test(value.slice(token.end, token.end + 5))) || (lowercaseWord.test(previous) && verbBeforeFunctionWord(context, token, value))
    if (!strayHere || inTitleCaseLine(value, token.start) || insideQuotation(value, token.start)) continue
    raised.push({start: token.start, end: token.end, expected: lower, reason: `Unexpected capital in ${quote(token.value)} mid-sentence, expected ${quote(lower)}`})
  }
  return raised
}

const commaAndClose = /(?:,\s?[”"»]|[”"»]\s?,)\s$/u
const determinerAfter = /^ (\p{Ll}+) /u
const nameThenEnd = /^(?: \p{Lu}[\p{L}\p{M}'’-]+){1,4}[.,]/u

/**
 * "“You can count on me », Declared the Head of State": French and Spanish
 * put the verb of saying after the quotation and before its subject, and a
 * translation kept the capital the quotation's end seemed to call for. The
 * verb follows the quotation's comma and comes before a determiner, or before
 * a name that ends the sentence ("», Said Kobenan Kouassi Adjoumani.").
 * A verb that is also a given name ("Said added") needs the determiner, or
 * to be the story's only word so written.
 */
function invertedAfterQuotation(context: CaseContext, token: Token, value: string): boolean {
  if (!commaAndClose.test(value.slice(Math.max(0, token.start - 4), token.start))) return false
  const after = value.slice(token.end, token.end + 80)
  const word = determinerAfter.exec(after)?.[1]
  if (word !== undefined && context.determiners.has(word)) return true
  // "Said" written again elsewhere in the story is a name there and here ("Said Iqbal").
  return !context.firstNames.has(token.value) && nameThenEnd.test(after) && value.indexOf(token.value) === value.lastIndexOf(token.value)
}

/**
 * "having twice Dissolved the House": a verb's past or -s form before a
 * function word (and after a lowercase word or a clause's comma, which the
 * caller asks). Names and titles of works take nouns and adjectives; one
 * made of a verb keeps its next word capitalized ("Gone Girl").
 */
function verbBeforeFunctionWord(context: CaseContext, token: Token, value: string): boolean {
  if (!context.finiteVerb(token.lower)) return false
  // Before a function word it is the verb ("Dissolved the House"); before a noun, an adjective in a name ("the Allied occupation").
  const next = /^ (\p{Ll}+)\b/u.exec(value.slice(token.end, token.end + 20))?.[1]
  return next !== undefined && context.functionWords.has(next)
}

/**
 * A regular past ("Maintained") before a function word: the verb of the name
 * before it. Before a noun or a verb it may end the name ("Frankford
 * Elevated repair project", "Sports Illustrated tapped").
 */
function pastAfterName(context: CaseContext, token: Token, value: string): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(value.slice(token.end, token.end + 16))?.[1]
  return token.lower.endsWith('ed') && context.finiteVerb(token.lower) && next !== undefined && (context.functionWords.has(next) || context.determiners.has(next))
}

/**
 * "the report on Goods Produced by Child Labor": a common noun, the past and
 * a function word before another capitalized word are a title's words, not
 * a subject's name and its verb.
 */
function titleOfWork(context: CaseContext, previous: string, token: Token, value: string): boolean {
  return context.lexicon.hasLowercase(previous.toLowerCase()) && /^ \p{Ll}+ \p{Lu}/u.test(value.slice(token.end, token.end + 24))
}

/** A common word, and no name, title or house-style capital. */
function strayWord(context: CaseContext, lower: string): boolean {
  const {lexicon} = context
  return (
    lower.length > 2 &&
    lexicon.hasLowercase(lower) &&
    !lexicon.isProperOnly(lower) &&
    !lexicon.hasCapitalForm(lower) &&
    // The dictionary gives "Westerner" a capital, and not always its plural.
    !lexicon.hasCapitalForm(singular(lower)) &&
    !context.personal.has(lower) &&
    !context.titles.has(lower) &&
    !context.titles.has(singular(lower)) &&
    !context.houseCapitals.has(lower) &&
    !context.houseCapitals.has(singular(lower)) &&
    !context.gazetteer.startsName(lower) &&
    context.gazetteer.lookup(lower).length === 0
  )
}

/** A plural's singular, regular enough for titles and bodies' nouns ("parties" → "party", "ministers" → "minister"). */
function singular(lower: string): string {
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, '')
}

/**
 * "the law In order to": right after a lowercase word and before one, a
 * space apart, outside headings; inside a quotation too ("does not care,
 * because They are there"), where a quoted title has no lowercase word
 * before its capital.
 */
function strayFunctionWord(tokens: readonly Token[], token: Token, value: string): boolean {
  const before = tokens[token.index - 2]
  const after = tokens[token.index + 2]
  return (
    tokens[token.index - 1]?.value === ' ' &&
    tokens[token.index + 1]?.value === ' ' &&
    before?.kind === 'word' &&
    lowercaseWord.test(before.value) &&
    // "etc. The": an abbreviation's full stop may end the sentence.
    afterLowercase.test(value.slice(token.start - 2, token.start)) &&
    after?.kind === 'word' &&
    startsLowercase.test(after.value) &&
    !inTitleCaseLine(value, token.start)
  )
}

/** "in His opinion", "the president, He reaffirmed": a pronoun capitalized between lowercase words, or after a clause's comma. */
function strayPronoun(context: CaseContext, tokens: readonly Token[], token: Token, value: string): Raised | undefined {
  const reason = `Unexpected capital in ${quote(token.value)} mid-sentence, expected ${quote(token.lower)}`
  if (strayFunctionWord(tokens, token, value)) return {start: token.start, end: token.end, expected: token.lower, reason}
  const repeated = subjectAfterName(context, tokens, token, value)
  if (repeated) return repeated
  return lostStopBefore(context, tokens, token, value)
}

/**
 * "testing kits, It was", "last Wednesday, His family learned": a pronoun or a
 * demonstrative capitalized after a clause's comma (after a lowercase word, or a
 * name or a day: "Castro, This institution"), before a lowercase word. After a
 * clause the comma most often stands for a lost full stop, so that is the first
 * fix; after a phrase that opens the sentence, or inside a quotation, whose
 * speaker's sentences run on as spoken, the lowercase word. After a verb
 * of saying and its comma it opens a quotation ("stating, We discussed"), the
 * unattributed-quote check's to raise.
 */
function lostStopBefore(context: CaseContext, tokens: readonly Token[], token: Token, value: string): Raised | undefined {
  const comma = tokens[token.index - 2]
  const before = tokens[token.index - 3]
  const after = tokens[token.index + 2]
  if (tokens[token.index - 1]?.value !== ' ' || comma?.value !== ',' || before?.kind !== 'word' || !(lowercaseWord.test(before.value) || capitalizedWord.test(before.value))) return undefined
  if (tokens[token.index + 1]?.value !== ' ' || after?.kind !== 'word' || !startsLowercase.test(after.value)) return undefined
  if (saying(context, before.lower) || inTitleCaseLine(value, token.start)) return undefined
  const reason = `Unexpected capital in ${quote(token.value)} after a comma: a lost full stop, or expected ${quote(token.lower)}`
  // "In Washington, This is", "Promoted by Fidel Castro, This institution": after a phrase with no verb of its own past its first word, the sentence goes on;
  // and a quotation keeps the speaker's run-on sentence ("“We know they are regional banks, They are not regular banks”").
  if (!clauseBefore(context, tokens, comma.index) || insideQuotation(value, token.start)) return {start: comma.start, end: token.end, expected: `, ${token.lower}`, also: [`. ${token.value}`], reason}
  return {start: comma.start, end: token.end, expected: `. ${token.value}`, also: [`, ${token.lower}`], reason}
}

/** Whether the words before `end` hold a finite verb or an auxiliary past their first word: a clause, which a full stop may end. */
function clauseBefore(context: CaseContext, tokens: readonly Token[], end: number): boolean {
  const first = tokens.findIndex((each) => each.kind === 'word')
  for (let k = first + 1; k < end; k++) {
    const each = tokens[k]!
    if (each.kind === 'word' && each.value === each.lower && (context.finiteVerb(each.lower) || context.auxiliaries.has(each.lower))) return true
  }
  return false
}

/**
 * "Maria Corina Machado They ended", "the senator Martín Lousteau He referred":
 * a subject pronoun capitalized right after a name, before a lowercase word,
 * says the name's subject twice, as translation from Spanish and Portuguese
 * leaves it; the first fix takes the pronoun out. "I" and "who" are left out.
 * Where a quotation or a sentence opens at the name ("Zevalas He noted"),
 * only before a verb's form, which title-case words in quotation marks and
 * sentence openers ("Also It was") seldom have; never after a common word
 * opening a sentence. "He" after a given name, or where the story writes "He"
 * before a capitalized word ("Vice Premier He Lifeng"), is the Chinese
 * surname ("Laura He reported").
 */
function subjectAfterName(context: CaseContext, tokens: readonly Token[], token: Token, value: string): Raised | undefined {
  if (!context.subjectPronouns.has(token.lower) || token.lower === 'i' || token.lower === 'who' || token.lower === 'you') return undefined
  const before = tokens[token.index - 2]
  const after = tokens[token.index + 2]
  if (tokens[token.index - 1]?.value !== ' ' || tokens[token.index + 1]?.value !== ' ' || before?.kind !== 'word' || after?.kind !== 'word') return undefined
  if (!nameLikeWord.test(before.value) || !startsLowercase.test(after.value)) return undefined
  if (token.lower === 'he' && (givenNameOpening(context, tokens, before) || surnameHe(context, value))) return undefined
  // "Santa Monica, Calif. He is": an abbreviation's full stop before it ends the sentence.
  if (!/\p{L}/u.test(value[token.start - 2] ?? '')) return undefined
  if (inTitleCaseLine(value, token.start)) return undefined
  const verbAfter = context.finiteVerb(after.value) || context.auxiliaries.has(after.value) || context.subjectCues.has(after.value)
  if (!capitalizedWord.test(before.value) && !verbAfter) return undefined
  if (isSentenceStart(value, before.start, context.abbreviations) && (!verbAfter || context.lexicon.hasLowercase(before.value.toLowerCase()))) return undefined
  if (insideQuotation(value, token.start) && !verbAfter) return undefined
  return {start: before.end, end: token.end, expected: '', also: [` ${token.lower}`], reason: `Unexpected ${quote(token.value)} right after the name ${quote(before.value)}: the subject said twice`}
}

/** A given name that opens a name ("Laura He"), not one after a name's particle or word ("John de Louisa He"). */
function givenNameOpening(context: CaseContext, tokens: readonly Token[], name: Token): boolean {
  if (!context.firstNames.has(name.value)) return false
  const before = tokens[name.index - 2]
  const nameBefore = before?.kind === 'word' && ((nameLikeWord.test(before.value) && !/['’]s$/u.test(before.value)) || nameConnectors.has(before.value))
  return tokens[name.index - 1]?.value !== ' ' || !nameBefore
}

/** "Vice Premier He Lifeng", "Premier He said": the story has the Chinese surname He (asked once a document, for each rule's titles). */
const surnameStories = new WeakMap<CaseContext, {value: string; has: boolean}>()
const heBeforeName = /(?<![.!?:;“"‘'] |^)He \p{Lu}\p{Ll}/mu
const wordThenHe = /(\p{L}+)\.? He(?![\p{L}])/gu
function surnameHe(context: CaseContext, value: string): boolean {
  let story = surnameStories.get(context)
  if (story?.value !== value) {
    // After a title ("Premier He", "Mr. He"; dictionaries/titles.txt), or before a capitalized given name, "He" is a surname.
    const afterTitle = [...value.matchAll(wordThenHe)].some((match) => context.titles.has(match[1]!.toLowerCase()))
    surnameStories.set(context, (story = {value, has: afterTitle || heBeforeName.test(value)}))
  }
  return story.has
}

/** A verb of saying in any form ("stated", "stating", "says"). */
function saying(context: CaseContext, word: string): boolean {
  if (context.quotationVerbs.has(word)) return true
  if (!word.endsWith('ing')) return false
  const stem = word.slice(0, -3)
  // "stating" → states, "noting" → notes, "adding" → adds.
  return [`${stem}s`, `${stem}es`, `${stem}ed`].some((form) => context.quotationVerbs.has(form))
}

/** Whether the story names God, whose pronouns religious writing capitalizes ("serve Him"). */
function reverent(context: CaseContext, value: string): boolean {
  for (const match of value.matchAll(capitalizedWordsAnywhere)) if (context.deityWords.has(match[0].toLowerCase())) return true
  return false
}

const capitalizedWordsAnywhere = /(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu

/**
 * "the formation of A coalition": a capital A after a function word and
 * before a lowercase word. After a noun it is a label ("vitamin A
 * deficiency", "class A shares"), so only a function word before counts.
 */
function strayArticleA(context: CaseContext, tokens: readonly Token[], token: Token, value: string): boolean {
  const before = tokens[token.index - 2]
  const after = tokens[token.index + 2]
  if (before === undefined || !context.functionWords.has(before.value) || (after?.value.length ?? 0) < 3) return false
  // "…policy; A revised policy; and A sound program": items of a list may each open with a capital.
  for (let k = 0; k < token.index; k++) if (tokens[k]!.value === ';') return false
  return strayFunctionWord(tokens, token, value)
}

/**
 * A comma right after a lowercase word, a number or a quotation a lowercase
 * word closes ("after work,” According"), a space, and a lowercase word
 * after: the word is inside its sentence. Not the pronouns, which
 * strayPronoun reads as a lost full stop first.
 */
function afterClauseComma(context: CaseContext, tokens: readonly Token[], token: Token, value: string): boolean {
  if (tokens[token.index - 1]?.value !== ' ' || tokens[token.index + 1]?.value !== ' ' || tokens[token.index + 2]?.kind !== 'word') return false
  if (!startsLowercase.test(tokens[token.index + 2]!.value)) return false
  if (!/[\p{Ll}\d][”"’]?, $/u.test(value.slice(Math.max(0, token.start - 4), token.start))) return false
  // "Provided, That no part …", "Resolved, That": a statute's formula after its sentence's opening word.
  const opening = tokens.findIndex((each) => each.kind === 'word')
  if (opening >= 0 && tokens[opening + 1]?.value === ',' && tokens[opening + 3] === token) return false
  // "the question arises, On whose side …?": a question set after its comma; "… its fears, With all the hopes …, Is hanging": verse, its lines capitalized.
  if (tokens.some((each) => each.kind === 'punctuation' && each.value.includes('?'))) return false
  return tokens.filter((each, k) => k > 1 && tokens[k - 1]!.value === ' ' && tokens[k - 2]!.value === ',' && capitalizedWord.test(each.value) && context.lexicon.hasLowercase(each.lower)).length < 2
}

/**
 * "; On Thursday": a semicolon joins clauses of one sentence, so the word
 * after it opens no sentence. A sentence of several is a list whose items
 * may each start with a capital ("The right to …; The right of …").
 */
function afterOneSemicolon(tokens: readonly Token[], token: Token): boolean {
  const space = tokens[token.index - 1]
  const mark = tokens[token.index - 2]
  if (space?.value !== ' ' || mark?.value !== ';' || tokens[token.index - 3]?.kind !== 'word') return false
  return tokens.filter((each) => each.value === ';').length === 1
}

/** A common word, and no name: not before "of" or "for", where it may open one ("Order of Elks"). */
function commonBeforeNoName(context: CaseContext, token: Token, value: string): boolean {
  return strayWord(context, token.lower) && !/^ (?:of|for)\b/u.test(value.slice(token.end, token.end + 5))
}

/** "i" alone between words: not a list marker "(i)", a variable, nor "i.e.". */
function pronounI(context: CaseContext, tokens: readonly Token[], token: Token, value: string): boolean {
  const before = tokens[token.index - 1]
  const after = tokens[token.index + 1]
  if (before?.kind !== 'space' || after?.kind !== 'space') return false
  // After a name word mid-sentence it is another language's "i" inside a name ("Bosna i Hercegovina", Samoan "Faʻatuatua i le Atua").
  const word = tokens[token.index - 2]
  return !(word !== undefined && nameLikeWord.test(word.value) && !isSentenceStart(value, word.start, context.abbreviations))
}
