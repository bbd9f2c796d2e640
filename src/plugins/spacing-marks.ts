import type {VFile} from 'vfile'
import type {Token} from '../text/tokens.js'
import {insideAddress} from '../text/addresses.js'
import {closesAbbreviation} from '../text/sentence-start.js'
import {insideQuotation} from '../text/quotation.js'
import {quote, report} from '../message.js'
import {dataPath} from '../data/root.js'
import {readWordList} from '../data/word-list.js'

/**
 * Doubled marks and clusters: ",,", ";;", "..", "?!.", ". .", "? ……", ", –".
 * An ellipsis ("...", "…", ". . .") and a period after an abbreviation
 * before a comma ("Inc.,") are right; "?!" alone is left to the writer.
 */
export function doubledMarks(file: VFile, value: string, tokens: readonly Token[], k: number, straight: () => boolean) {
  const token = tokens[k]!
  if (token.kind !== 'punctuation') return
  const before = tokens[k - 1]
  // ",,", ";;" and ".." (two full stops, not an ellipsis's three) as one token.
  if (/^(?:,{2,}|;{2,}|\.\.)$/.test(token.value) && value[token.start - 1] !== '.' && value[token.end] !== '.') {
    flagMarks(file, value, token.start, token.end, token.value[0]!)
    return
  }
  // "……", "… …": a doubled ellipsis; after a closing mark ("? ……") the mark alone.
  if (/^…{2,}$/.test(token.value)) {
    const mark = /([.?!])[ \t]*$/.exec(value.slice(Math.max(0, token.start - 3), token.start))
    const start = mark ? token.start - mark[0].length : token.start
    flagMarks(file, value, start, token.end, mark ? mark[1]! : '…')
    return
  }
  // "minority languages ??in schools": question marks where an encoding lost characters, set against the next word.
  if (token.value.startsWith('?') && value[token.start - 1] === ' ') {
    const lost = /^\?{2,}(?=\p{Ll})/u.exec(value.slice(token.start, token.start + 8))
    if (lost) {
      const end = token.start + lost[0].length
      report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(lost[0])}: characters lost in encoding, set against the next word`, start: token.start, end, level: 'warning', expected: ['']})
      return
    }
  }
  // "Why?!.", "Really?.": a full stop after a question or exclamation mark.
  if (token.value === '.' && (before?.value === '?' || before?.value === '!') && before.end === token.start && value[token.end] !== '.') {
    let first = k - 1
    while (first > 0 && /^[?!]$/.test(tokens[first - 1]!.value) && tokens[first - 1]!.end === tokens[first]!.start) first--
    flagMarks(file, value, tokens[first]!.start, token.end, value.slice(tokens[first]!.start, token.start))
    return
  }
  // "state, – said": a comma and a dash, Russian's attribution after a quotation (", — сказал"); English has the comma alone,
  // inside the quotation's closing mark where the paragraph opened one ("“We will not accept this decision, – said" → ",”";
  // "Moscow”, — he said" → "Moscow,” he said").
  if (token.value === ',' && /^ [–—] /.test(value.slice(token.end, token.end + 3))) {
    const closer = value[token.start - 1] === '”' || value[token.start - 1] === '"' ? value[token.start - 1]! : undefined
    if (closer === undefined && !insideQuotation(value, token.start)) flagMarks(file, value, token.start, token.end + 2, ',')
    else flagMarks(file, value, closer ? token.start - 1 : token.start, token.end + 2, `,${closer ?? (straight() ? '"' : '”')}`)
    return
  }
  // "said. .": a full stop doubled with a space, not a spaced ellipsis (". . .").
  if (token.value === '.' && value.slice(token.end, token.end + 2) === ' .' && value[token.end + 2] !== '.' && value.slice(token.end + 2, token.end + 4) !== ' .') {
    const previous = value[token.start - 1] ?? ''
    if (/[\p{L}\d"”’')\]]/u.test(previous) && value.slice(token.start - 2, token.start) !== '. ') flagMarks(file, value, token.start, token.end + 2, '.')
  }
}

/** A sentence's closing mark, a closing quotation mark, then another mark: "Lai.”.", "Maduro.”,", "why?”.". */
const closedTwice = /([.?!])(["”’»])([.,;:])(?![.\d"”’])/gu

/** A comma after a question or exclamation mark, or after a full stop that closes no abbreviation: "Party?,", "1974.,". */
const commaAfterClose = /([.?!]),(?=[\s"”’])/gu

/** The letters or the digits right before `at`, if any: the word a mark closes (looked back for, not matched: a pattern opening with it tries every letter). */
function closedWord(value: string, at: number): string | undefined {
  return /(?:\p{L}+|\d+)$/u.exec(value.slice(Math.max(0, at - 64), at))?.[0]
}

/**
 * Two marks where a sentence or a quotation ends: "Lai.”." closes it twice,
 * "Maduro.”," and "1974.," put a full stop where a comma goes, "Party?,"
 * follows a question with a comma. A full stop that ends an abbreviation
 * or an initial ("Inc.,", "U.S.,", "J.,", "Calif.,") is the abbreviation's
 * own, and one after a short word the list lacks may be too ("Jnr.,",
 * "rbl.,"). A brand's exclamation ("Yahoo!,") is its name's. A question
 * quoted as a title takes a comma in some house styles ("Ruling Class?",
 * Yunus said"), and a full stop after a quotation inside a quotation
 * closes the outer one ("the motto ‘Forward!’.”").
 */
export function marksAfterClose(file: VFile, value: string, abbreviations: ReadonlySet<string>) {
  const abbreviated = (word: string | undefined, at: number): boolean => word !== undefined && /\p{L}/u.test(word) && closesAbbreviation(value, at, abbreviations)
  for (const match of value.matchAll(closedTwice)) {
    const [, mark, quotation, after] = match
    const at = match.index
    const word = closedWord(value, at)
    if (mark === '.' ? abbreviated(word, at) : after !== '.') continue
    const expected = mark === '.' && after !== '.' ? after! + quotation! : mark! + quotation!
    flagMarks(file, value, at, at + 3, expected)
  }
  for (const match of value.matchAll(commaAfterClose)) {
    const [, mark] = match
    const at = match.index
    const word = closedWord(value, at)
    if (mark === '.' && (word === undefined || abbreviated(word, at) || (!/^\d+$/.test(word) && word.length < 5))) continue
    if (mark === '!' && (word === undefined || !/^\p{Ll}/u.test(word))) continue
    flagMarks(file, value, at, at + 2, mark === '.' ? ',' : mark!)
  }
}

/** An en dash spaced on one side only, between words: "Lorenzetti –are", "polarization– to". */
const oneSidedDash = /(\S+)( –(?=\p{L})|–(?= \p{L}))/gu

/**
 * An en dash with a space on one side only, between two words: translation
 * and pasting lose one of the spaces that set off an aside ("the old MPs
 * –about two thirds–"). The em dash, which American copy sets closed up and
 * some house styles open on one side, is left, and so is a dash after a
 * credit or dateline in capitals ("NAN/ABO/NDO– The").
 */
export function oneSidedDashes(file: VFile, value: string) {
  for (const match of value.matchAll(oneSidedDash)) {
    const [, before, dash] = match
    if (!/\p{L}[.,]?$/u.test(before!) || /^[\p{Lu}\d/.]+$/u.test(before!.replace(/[.,]$/, ''))) continue
    const start = match.index + before!.length
    const end = start + dash!.length
    if (insideAddress(value, start, end)) continue
    report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(dash!)}: an en dash spaced on one side only, expected ${quote(' – ')}`, start, end, level: 'warning', expected: [' – ']})
  }
}

/** A paragraph's opening place, its words Capitalized (then a date or agency), closed by ".-": "Mexico City.- The", "BOGOTÁ, May 3 (EFE).- The", or the next word glued to it in lowercase ("Uruapan, Michoacan.-the"; "St.-Petersburg" is an abbreviation's hyphen). */
const spanishDateline = /(?<=^|\n)\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}(?:[,(][^\n.!?;:]{1,40}?)?(\.[-–])(?= \p{Lu}|\p{Ll})/gu

/**
 * "Mexico City.- The Senate voted": Spanish-language papers close a dateline
 * with a full stop and a dash, which translation keeps; English closes it
 * with a spaced em dash.
 */
export function datelineDashes(file: VFile, value: string) {
  for (const match of value.matchAll(spanishDateline)) {
    // "Lima, July 26 (EFE).-": EFE's English service keeps its dateline so, a house style, not a translation's trace
    // (a space before its full stop, "(EFE) .-", is the space's slip alone); so does its credit with the photo agency's, "(efe-epa).-".
    if (/\(\p{L}+(?:-\p{L}+)?\) ?\.[-–]$/u.test(match[0])) continue
    const end = match.index + match[0].length
    const start = end - match[1]!.length
    // The next word glued on gets its space back with the dash.
    const dash = value[end] === ' ' ? ' —' : ' — '
    report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(match[1]!)} after a dateline, expected ${quote(dash)}`, start, end, level: 'warning', expected: [dash]})
  }
}

/**
 * A bracket closed with the next word or bracket glued to it: "(BUP)However",
 * "[2023](Comprehensive", "(PPP)said". A function word that starts no
 * name (dictionaries/join-words.txt) starts a new sentence ("(BUP).
 * However"); anything else wants a space. A bracket inside a word ("(s)he", "f(x)") is left alone.
 */
// Asked of every mark: made once.
const closingBracket = /^[)\]]$/
const capitalizedWord = /^\p{Lu}\p{Ll}+$/u
const lowercaseWord = /^\p{Ll}{2,}$/u
const beforeBracket = /[^\s\])]/u

export function gluedAfterBracket(file: VFile, value: string, tokens: readonly Token[], k: number, openers: ReadonlySet<string>) {
  const token = tokens[k]!
  const next = tokens[k + 1]
  if (!closingBracket.test(token.value) || !next || next.start !== token.end) return
  const open = value.lastIndexOf(token.value === ')' ? '(' : '[', token.start)
  if (open < 0 || token.start - open < 3 || beforeBracket.test(value[open - 1] ?? ' ')) return
  let fix: string
  if (next.kind === 'word' && capitalizedWord.test(next.value)) fix = openers.has(next.value.toLowerCase()) ? `${token.value}. ${next.value}` : `${token.value} ${next.value}`
  else if (next.kind === 'word' && lowercaseWord.test(next.value)) fix = `${token.value} ${next.value}`
  else if (next.value === '(' || next.value === '[') fix = `${token.value} ${next.value}`
  else return
  if (insideAddress(value, open, next.end)) return
  const actual = value.slice(open, next.end)
  const expected = value.slice(open, token.start) + fix
  report(file, {ruleId: 'spacing', reason: `Missing space after ${quote(token.value)} in ${quote(actual)}, expected ${quote(expected)}`, start: open, end: next.end, level: 'warning', expected: [expected]})
}

function flagMarks(file: VFile, value: string, start: number, end: number, expected: string) {
  if (insideAddress(value, start, end)) return
  const actual = value.slice(start, end)
  report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(actual)}, expected ${quote(expected)}`, start, end, level: 'warning', expected: [expected]})
}

/**
 * "Muhammad Idris () said": brackets with nothing in them, where a
 * translation or a template dropped what they held (a country, a party, a
 * constituency). Only the writer knows what goes inside, so no fix is
 * offered. A call written as code ("reset()") is glued to its word and left.
 */
export function emptyBrackets(file: VFile, value: string, tokens: readonly Token[], k: number) {
  const token = tokens[k]!
  if (token.value !== '(') return
  let close = tokens[k + 1]
  if (close?.kind === 'space' && close.value === ' ') close = tokens[k + 2]
  if (close?.value !== ')' || /[\p{L}\d_]/u.test(value[token.start - 1] ?? ' ')) return
  if (insideAddress(value, token.start, close.end)) return
  const actual = value.slice(token.start, close.end)
  report(file, {ruleId: 'spacing', reason: `Unexpected empty brackets ${quote(actual)}: what they held is missing`, start: token.start, end: close.end, level: 'warning'})
}

/**
 * "( ANO )", "(Borno )": a space inside a bracket, which English sets
 * against what it holds. Spaced on both sides, the bracket is one finding.
 */
export function spaceInsideBrackets(file: VFile, value: string, tokens: readonly Token[], k: number) {
  const token = tokens[k]!
  const opening = token.value === '(' || token.value === '['
  if (!opening && token.value !== ')' && token.value !== ']') return
  const space = opening ? tokens[k + 1] : tokens[k - 1]
  if (space?.kind !== 'space' || space.value !== ' ' || (opening ? tokens[k + 2] : tokens[k - 2])?.kind !== 'word') return
  // "Pa. )": the word's abbreviation point is no token, so the text beside the space is read.
  if (!letterOrDigit.test((opening ? value[space.end] : value[space.start - 1]) ?? '')) return
  const close = opening ? value.indexOf(token.value === '(' ? ')' : ']', token.end) : -1
  const both = opening && close > 0 && close - token.end <= 60 && value[close - 1] === ' ' && !value.slice(token.end, close).includes(token.value)
  if (!opening && openedSpaced(value, token)) return
  const start = opening ? token.start : space.start
  const end = both ? close + 1 : opening ? space.end : token.end
  if (insideAddress(value, start, end)) return
  const expected = both ? token.value + value.slice(space.end, close - 1) + value[close] : token.value
  report(file, {ruleId: 'spacing', reason: `Unexpected space inside ${quote(both ? value.slice(start, end) : token.value)}`, start, end, level: 'warning', expected: [expected]})
}

const letterOrDigit = /[\p{L}\d]/u

/** Whether the bracket that `closing` closes opens with a space after it (spaceInsideBrackets reported both). */
function openedSpaced(value: string, closing: Token): boolean {
  const open = value.lastIndexOf(closing.value === ')' ? '(' : '[', closing.start)
  return open >= 0 && closing.start - open <= 62 && value[open + 1] === ' ' && letterOrDigit.test(value[open + 2] ?? '')
}

/**
 * "Ishiba ’s ruling party", "the party 's leader": a space between a word
 * and its possessive, which machine translation and pasted copy leave where
 * a name was swapped in. Only a lone s after the apostrophe, with a word
 * after it: "rock ’n’ roll" and a quotation closing with ’ are something else.
 */
export function spaceBeforePossessive(file: VFile, value: string, tokens: readonly Token[], k: number) {
  const mark = tokens[k]!
  if (mark.value !== '’' && mark.value !== "'") return
  const [space, word, s, after] = [tokens[k - 1], tokens[k - 2], tokens[k + 1], tokens[k + 2]]
  if (space?.kind !== 'space' || space.value !== ' ' || word?.kind !== 'word' || !endsInLetter.test(word.value) || s?.value !== 's' || s.start !== mark.end) return
  if (after !== undefined && after.kind !== 'space' && !/^[,.;:!?)”"]$/.test(after.value)) return
  // An opening single quote before "s" is a quotation of the letter ("the ’s ending"), set as the writer meant.
  if (opensQuotationBefore(value, space.start)) return
  report(file, {ruleId: 'spacing', reason: `Unexpected space before the possessive ${quote(mark.value + 's')}`, start: space.start, end: s.end, level: 'warning', expected: [mark.value + 's']})
}

const endsInLetter = /[\p{L}\d]$/u

/** "Russia’ s territorial waters", "CPP' s Central Committee": the possessive's apostrophe against the word, its s set apart. */
export function spaceInPossessive(file: VFile, value: string, tokens: readonly Token[], k: number) {
  const mark = tokens[k]!
  if (mark.value !== '’' && mark.value !== "'") return
  const [word, space, s, after] = [tokens[k - 1], tokens[k + 1], tokens[k + 2], tokens[k + 3]]
  if (word?.kind !== 'word' || word.end !== mark.start || !endsInLetter.test(word.value) || space?.kind !== 'space' || space.value !== ' ' || s?.value !== 's') return
  if (after !== undefined && after.kind !== 'space' && !/^[,.;:!?)”"]$/.test(after.value)) return
  // The mark may close a quotation opened before the word ("the ‘Russia’ s…"), set as the writer meant.
  if (opensQuotationBefore(value, word.start)) return
  report(file, {ruleId: 'spacing', reason: `Unexpected space inside the possessive ${quote(value.slice(mark.start, s.end))}`, start: word.start, end: s.end, level: 'warning', expected: [`${word.value}${mark.value}s`]})
}

/**
 * "the arrested teachers ’union", "the candidates ’right to object": a
 * plural's possessive apostrophe set against the word after it. A closing
 * mark after a space and before a lowercase word closes no quotation; an
 * open single quotation before it (which the mark may close) says otherwise.
 */
export function pluralPossessiveSpaced(file: VFile, value: string, tokens: readonly Token[], k: number) {
  const mark = tokens[k]!
  if (mark.value !== '’') return
  const [space, word, next] = [tokens[k - 1], tokens[k - 2], tokens[k + 1]]
  if (space?.kind !== 'space' || space.value !== ' ' || word?.kind !== 'word' || !pluralEnd.test(word.value) || next?.kind !== 'word' || next.start !== mark.end || !lowercaseStart.test(next.value)) return
  if (opensQuotationBefore(value, space.start)) return
  report(file, {ruleId: 'spacing', reason: `Unexpected space before the possessive ${quote('’')} of ${quote(word.value)}, expected ${quote(word.value + '’ ' + next.value)}`, start: word.start, end: next.end, level: 'warning', expected: [`${word.value}’ ${next.value}`]})
}

const pluralEnd = /\p{Ll}s$/u
const lowercaseStart = /^\p{Ll}/u

/** Whether a single quotation mark opens earlier in the paragraph and is still open: the apostrophe may close it. */
function opensQuotationBefore(value: string, at: number): boolean {
  const paragraph = Math.max(value.lastIndexOf('\n', at), 0)
  const before = value.slice(paragraph, at)
  return (before.match(/‘/g) ?? []).length > (before.match(/’/g) ?? []).length || (before.match(/(?:^|\s)'/g) ?? []).length % 2 === 1
}

/** Marks of another script and the English mark each stands for (dictionaries/foreign-marks.txt), and a pattern finding them or an Arabic vowel sign. */
let foreign: {english: ReadonlyMap<string, string>; found: RegExp} | undefined

/**
 * "on Wednesday، the Speaker": a comma, semicolon, question mark or full
 * stop of Arabic or Chinese script right after a Latin letter or digit, as
 * a translation tool leaves it; fixed to English's mark. An Arabic vowel
 * sign stranded before a Latin letter ("ٍSpeaker") goes. The marks are read
 * from the list, so a file without any is passed over in one search.
 */
export function foreignMarks(file: VFile, value: string) {
  if (!foreign) {
    const english = new Map(readWordList(dataPath('dictionaries/foreign-marks.txt')).map((line) => line.split(/\s+/) as [string, string]))
    foreign = {english, found: new RegExp(`[${[...english.keys()].join('')}\\u064B-\\u065F]`, 'gu')}
  }
  for (const match of value.matchAll(foreign.found)) {
    const at = match.index
    if (at === 0) continue
    const mark = match[0]
    const english = foreign.english.get(mark)
    if (english !== undefined && latinOrDigit.test(value[at - 1]!)) {
      report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(mark)} of another script after an English word, expected ${quote(english)}`, start: at, end: at + 1, level: 'warning', expected: [english]})
    } else if (english === undefined && latinLetter.test(value[at + 1] ?? '') && !arabicLetter.test(value[at - 1]!)) {
      report(file, {ruleId: 'spacing', reason: `Unexpected Arabic vowel sign ${quote(mark)} before an English word`, start: at, end: at + 1, level: 'warning', expected: ['']})
    }
  }
}

const latinOrDigit = /[\p{Script=Latin}\d]/u
const latinLetter = /\p{Script=Latin}/u
const arabicLetter = /\p{Script=Arabic}/u
