import type {VFile} from 'vfile'
import type {Token} from '../text/tokens.js'
import {quote, report} from '../message.js'
import {closesQuotation, insideQuotation, quoteForApostrophe, singlesForDouble, turnableAfter, turnedClosingQuote} from '../text/quotation.js'

/**
 * A curly quote with its space on the wrong side: "experience ”of" (a
 * closing quote is set against the word before it), "said“ the" and
 * "said “ the" (an opening quote against the word after it). Straight quotes
 * open and close alike, so they are judged by their place in the line
 * (`straightQuoteSides`); a quote spaced on both sides is read by the
 * quotation open before it (`markSpacedOnBothSides`).
 */
export function quoteSpace(file: VFile, value: string, tokens: readonly Token[], k: number, straight: () => boolean) {
  const token = tokens[k]!
  if (token.kind !== 'punctuation') return
  if (token.value === '«' || token.value === '»') {
    guillemet(file, value, token, straight)
    return
  }
  // „We will win“: the low opening mark of German, Polish, Czech and other copy.
  if (token.value === '„') {
    const mark = straight() ? '"' : '“'
    report(file, {ruleId: 'spacing', reason: `Unexpected ${quote('„')}, an opening quotation mark of other languages; English uses ${quote(mark)}`, start: token.start, end: token.end, level: 'warning', expected: [mark]})
    return
  }
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  // "experience ”of", "bad, ”says": the closing mark set against the word after it.
  if (token.value === '”' && before?.value === ' ' && (tokens[k - 2]?.kind === 'word' || endsClause.test(tokens[k - 2]?.value ?? '')) && after?.kind === 'word' && after.start === token.end) {
    flagQuote(file, value, tokens[k - 2]!.start, after.end, `${tokens[k - 2]!.value}” ${after.value}`)
    return
  }
  // "for the government ”.", "the main ones \".": a closing mark set apart from the word it closes, a stop right after it.
  if ((token.value === '”' || token.value === '"') && before?.value === ' ' && tokens[k - 2]?.kind === 'word' && after !== undefined && after.start === token.end && stopAfterQuote.test(after.value)) {
    flagQuote(file, value, tokens[k - 2]!.start, token.end, `${tokens[k - 2]!.value}${token.value}`)
    return
  }
  if (token.value === '“' && after?.value === ' ' && tokens[k + 2]?.kind === 'word') {
    const word = tokens[k + 2]!
    if (before?.kind === 'word' && before.end === token.start) flagQuote(file, value, before.start, word.end, `${before.value} “${word.value}`)
    else if (before === undefined || before.kind === 'space') flagQuote(file, value, token.start, word.end, `“${word.value}`)
  }
}

const endsClause = /^[,.!?]$/
const stopAfterQuote = /^[.,;:!?]$/

function flagQuote(file: VFile, value: string, start: number, end: number, expected: string) {
  const actual = value.slice(start, end)
  report(file, {ruleId: 'spacing', reason: `Unexpected space on the wrong side of the quote in ${quote(actual)}, expected ${quote(expected)}`, start, end, level: 'warning', expected: [expected]})
}

/**
 * Guillemets are the quotation marks of French, Spanish, Russian and other
 * copy, not of English: a translation that keeps them wants English quotes,
 * curly or straight as the story writes its others, with the space French
 * sets inside them dropped.
 */
function guillemet(file: VFile, value: string, token: Token, straight: () => boolean) {
  const opening = token.value === '«'
  const mark = straight() ? '"' : opening ? '“' : '”'
  let start = token.start
  let end = token.end
  // « Bonjour » → “Bonjour”: the space inside the marks goes with them.
  if (opening && /^[ \u00a0\u202f]/.test(value.slice(end, end + 1))) end++
  if (!opening && /[ \u00a0\u202f]$/.test(value.slice(start - 1, start))) start--
  const actual = value.slice(start, end)
  // Agency copy from Russian- and French-speaking countries sets a party's
  // or a programme's name in them («Adolat»): a house style, not a quotation.
  const level = (opening ? nameAfter : nameBefore).test(value.slice(opening ? token.end : Math.max(0, token.start - 60), opening ? token.end + 60 : token.start)) ? 'info' : 'warning'
  report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(actual.trim())}, a quotation mark of other languages; English uses ${quote(mark)}`, start, end, level, expected: [mark]})
}

/** One to five capitalized words, then the closing guillemet; before it, the opening one. */
const nameWords = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4}`
const nameAfter = new RegExp(String.raw`^[ \u00a0\u202f]?${nameWords}[ \u00a0\u202f]?»`, 'u')
const nameBefore = new RegExp(String.raw`«[ \u00a0\u202f]?${nameWords}[ \u00a0\u202f]?$`, 'u')

/** Whether a story writes its quotes straight rather than curly (more `"` than `“` and `”`): what its guillemets become. */
export function writesStraightQuotes(value: string): boolean {
  return (value.match(/"/g) ?? []).length > (value.match(/[“”]/g) ?? []).length
}

const lettersAround = /\p{L}/u

/**
 * A curly quote facing the wrong way, as tools that choose the direction
 * from the character before a mark leave it in pasted and converted copy:
 * an opening mark closing a quotation ("silent“,"), an opening single quote
 * for an apostrophe ("Kyung-ho‘s"), and an opening mark glued to the word
 * before it ("country’s“Emergency”"), which wants a space. A mark spaced on
 * one side is quoteSpace's; one followed by a space is either and is left.
 */
export function quoteFacing(file: VFile, value: string, start: number, end: number, attributionVerbs: ReadonlySet<string> = new Set()) {
  // Asked of every sentence, so a walk over the sentence's characters, not a search that would run on past it.
  for (let at = Math.max(start, 1); at < end; at++) {
    const code = value.charCodeAt(at)
    if (code === 0x201d) {
      gluedClosing(file, value, at)
      continue
    }
    if (code !== 0x201c && code !== 0x2018) continue
    const previous = value[at - 1]!
    if (code === 0x201c && previous === ' ' && value[at - 2] === ',' && /\p{Ll}/u.test(value[at + 1] ?? '') && !closedLater(value, at) && (openBefore(value, at) || attributionAfter(value, at, attributionVerbs))) {
      turnedAfterComma(file, value, at)
      continue
    }
    if (!turnableAfter(previous)) continue
    const mark = value[at]!
    const after = value.slice(at + 1, at + 2)
    if (mark === '‘') {
      // "Kyung-ho‘s", "farmers‘ union", "silent‘.": after a letter a single mark is an apostrophe or a closing quote, both ’.
      if ((previous !== '.' && previous !== ',' && previous !== '!' && previous !== '?') || closesQuotation(after)) {
        flagFacing(file, value, at, '’', `Unexpected ${quote(mark)} after ${quote(previous)}, expected ${quote('’')}`)
      }
    } else if (turnedClosingQuote(value, at)) {
      flagFacing(file, value, at, '”', `Unexpected ${quote(mark)} closing a quotation, expected ${quote('”')}`)
    } else if (/[.!?]/.test(previous) && /\p{Lu}/u.test(after) && /\p{Ll}/u.test(value[at - 2] ?? '') && !openBefore(value, at)) {
      // "development.“By the end": a new sentence opening on a quotation, the space after the stop lost.
      const word = /^\p{L}+/u.exec(value.slice(at + 1, at + 41))![0]
      report(file, {ruleId: 'spacing', reason: `Missing space before ${quote(mark)} in ${quote(value.slice(at - 1, at + 1 + word.length))}`, start: at - 1, end: at + 1 + word.length, level: 'warning', expected: [`${previous} ${mark}${word}`]})
    } else if (lettersAround.test(after) && lettersAround.test(previous) && openBefore(value, at)) {
      // "is in danger“said the bishop": the quotation open, the mark closes it, turned and glued to both words.
      gluedClosing(file, value, at)
    } else if (lettersAround.test(after) && lettersAround.test(previous) && !openBefore(value, at)) {
      const word = /[\p{L}\d’'-]+$/u.exec(value.slice(Math.max(0, at - 40), at))![0]
      const actual = value.slice(at - word.length, at + 1)
      report(file, {ruleId: 'spacing', reason: `Missing space before ${quote(mark)} in ${quote(actual)}`, start: at - word.length, end: at + 1, level: 'warning', expected: [`${word} ${mark}`]})
    }
  }
}

/**
 * A closing mark glued to the words on both sides ("was too short”lamented
 * the farmer"): the space after it is missing, and a quotation of a clause
 * (four words or more since its opening mark) ends with a comma before an
 * attribution; a quoted term ("the “Blue Line”was") takes the space alone.
 */
function gluedClosing(file: VFile, value: string, at: number) {
  const before = /[\p{L}\d’'-]+$/u.exec(value.slice(Math.max(0, at - 40), at))?.[0]
  const after = /^[\p{L}’'-]+/u.exec(value.slice(at + 1, at + 41))?.[0]
  if (!before || !after || !/\p{L}/u.test(before.at(-1)!) || !/^\p{L}/u.test(after)) return
  // "GonzĆ”lez": a capital after small letters, then the mark, is a word's bytes misread (the speller's), no quotation.
  if (/\p{Ll}\p{Lu}$/u.test(before)) return
  const opening = value.lastIndexOf('“', at - 1)
  const paragraph = value.lastIndexOf('\n', at - 1)
  const words = opening > paragraph ? value.slice(opening + 1, at).split(/\s+/).filter(Boolean).length : 0
  const start = at - before.length
  const end = at + 1 + after.length
  const spaced = `${before}” ${after}`
  const expected = words >= 4 ? [`${before},” ${after}`, spaced] : [spaced]
  report(file, {ruleId: 'spacing', reason: `Missing space after the closing quote in ${quote(value.slice(start, end))}`, start, end, level: 'warning', expected})
}

/**
 * "“We will keep producing, “the statement said": with a quotation open (or
 * carried over from a paragraph before, a verb of attribution then ending the
 * sentence), an opening mark after its comma and before the lowercase
 * attribution, never closed itself, is the closing mark turned, and set on
 * the wrong side of the space.
 */
function turnedAfterComma(file: VFile, value: string, at: number) {
  const word = /^\p{Ll}+/u.exec(value.slice(at + 1, at + 41))![0]
  const start = at - 2
  const end = at + 1 + word.length
  report(file, {ruleId: 'spacing', reason: `Unexpected ${quote('“')} closing the quotation in ${quote(value.slice(start, end))}, expected ${quote(`,” ${word}`)}`, start, end, level: 'warning', expected: [`,” ${word}`]})
}

/** A verb of attribution among the few words from `at` to the end of the sentence ("“they said."): a quotation carried over from a paragraph before ends here. */
function attributionAfter(value: string, at: number, attributionVerbs: ReadonlySet<string>): boolean {
  const rest = /^[^.!?\n]*/u.exec(value.slice(at + 1, at + 120))![0].split(/[^\p{L}]+/u).filter(Boolean)
  return rest.length <= 10 && rest.some((word) => attributionVerbs.has(word))
}

/** A verb of saying right after `at`, alone or after a pronoun or a noun with its article ("said", "he concluded", "a doctor said"). */
function saidRightAfter(value: string, at: number, verbs: ReadonlySet<string>): boolean {
  const verb = /^ (?:(?:he|she|they|we|it|(?:the|a|an) \p{Ll}+) )?(\p{Ll}+)/u.exec(value.slice(at, at + 40))?.[1]
  return verb !== undefined && verbs.has(verb)
}

/** Whether a closing mark follows `at` in its paragraph. */
function closedLater(value: string, at: number): boolean {
  const end = value.indexOf('\n', at)
  return value.slice(at + 1, end === -1 ? undefined : end).includes('”')
}

/** Whether a quotation opened with “ is still open at `at`, counting from the start of its paragraph. */
function openBefore(value: string, at: number): boolean {
  let depth = 0
  for (let i = value.lastIndexOf('\n', at) + 1; i < at; i++) {
    if (value[i] === '“') depth++
    else if (value[i] === '”' && depth > 0) depth--
  }
  return depth > 0
}

function flagFacing(file: VFile, value: string, at: number, expected: string, reason: string) {
  report(file, {ruleId: 'spacing', reason, start: at, end: at + 1, level: 'warning', expected: [expected]})
}

/**
 * Marks a typewriter or a typesetting system stood in for: "``I filed"
 * (TeX's opening quotes) wants “, and "Ivanishvili"s" an apostrophe. Copy
 * converted from agency feeds and PDFs keeps them.
 */
export function typewriterQuotes(file: VFile, value: string, start: number, end: number, straightQuotes: () => boolean) {
  // Counted only for a finding: it reads the whole file.
  let straight: boolean | undefined
  for (let at = start; at < end; at++) {
    const code = value.charCodeAt(at)
    const pair = singlesForDouble(value, at)
    if (pair) {
      straight ??= straightQuotes()
      const expected = straight ? '"' : pair
      report(file, {ruleId: 'spacing', reason: `Unexpected two single quotation marks ${quote(value.slice(at, at + 2))} for a double one, expected ${quote(expected)}`, start: at, end: at + 2, level: 'warning', expected: [expected]})
      at++
      continue
    }
    const backticks = code === 0x60 && value.charCodeAt(at + 1) === 0x60 && lettersAround.test(value[at + 2] ?? '')
    // "the president`s office", "government´s plan": a backtick or an acute accent between two letters stands for the apostrophe.
    const accent = (code === 0x60 || code === 0xb4) && !backticks && lettersAround.test(value[at - 1] ?? '') && lettersAround.test(value[at + 1] ?? '')
    if (!backticks && !accent && !(code === 0x22 && quoteForApostrophe(value, at))) continue
    straight ??= straightQuotes()
    const expected = backticks ? (straight ? '"' : '“') : straight ? "'" : '’'
    const reason = backticks
      ? `Unexpected two backticks opening a quotation, expected ${quote(expected)}`
      : accent
        ? `Unexpected ${quote(value[at]!)} for an apostrophe, expected ${quote(expected)}`
        : `Unexpected ${quote('"')} before a possessive ${quote('s')}, expected the apostrophe ${quote(expected)}`
    report(file, {ruleId: 'spacing', reason, start: at, end: at + (backticks ? 2 : 1), level: 'warning', expected: [expected]})
    if (backticks) at++
  }
}

const wordOrNumberEnding = /[\p{L}\d’'-]*$/u

/** A mark after a space and a word or a stop, with nothing after it on its line, a space and a lowercase word, or a stop: "will be released. “", "poor ” a doctor said", "afraid ”, he adds". */
const markSpacedApart = /(?<=[\p{L}\d.,!?] )["“”](?=[ \t]*(?:\n|$)| \p{Ll}|[.,;:!?])/gu

/**
 * A quotation mark with a space on both sides, as translation tools leave
 * them ("structures, \" he concluded", "will be released. “", "the theme, ”
 * innovating with privacy"): with a quotation open before it on its line, or
 * its attribution right after it ("he said"), it closes one, so the space
 * before it goes and a curly mark is the closing one; otherwise it opens
 * one, the space after it goes and a curly mark is the opening one. Last on
 * its line with no quotation open, a curly mark still closes one more often
 * than not (its opening mark lost, or a paragraph before), and dropping it
 * comes second; a straight one there may open a quotation that runs on into
 * the next paragraph, and is left alone.
 */
export function markSpacedOnBothSides(file: VFile, value: string, quotationVerbs: ReadonlySet<string> = new Set()) {
  for (const match of value.matchAll(markSpacedApart)) {
    const at = match.index
    const mark = match[0]
    // Last on its line, or before a stop: where a quotation ends. Before a stop a closing or a straight mark is quoteSpace's and
    // straightQuoteSides' ("afraid ”, he adds"); an opening one turned ("in Tobruk “.") is this check's.
    const beforeStop = /[.,;:!?]/u.test(value[at + 1] ?? '')
    if (beforeStop && mark !== '“') continue
    const lineEnd = value[at + 1] !== ' ' || /^ [ \t]*(?:\n|$)/u.test(value.slice(at + 1, at + 40))
    // An opening curly mark before a word is quoteSpace's to judge.
    if (mark === '“' && !lineEnd) continue
    // Before its attribution ("…, \" he concluded") a mark closes a quotation opened in a paragraph before, whatever the count on its line.
    const open = insideQuotation(value, at) || saidRightAfter(value, at + 1, quotationVerbs)
    if (!open && !lineEnd) {
      const word = wordStarting.exec(value.slice(at + 2, at + 42))![0]
      const opened = `${mark === '"' ? '"' : '“'}${word}`
      report(file, {ruleId: 'spacing', reason: `Unexpected space after the opening quotation mark in ${quote(value.slice(at, at + 2 + word.length))}, expected ${quote(opened)}`, start: at, end: at + 2 + word.length, level: 'warning', expected: [opened]})
      continue
    }
    if (!open && mark === '"') continue
    const closed = mark === '"' ? '"' : '”'
    // The whole word before the space, or the mark that ends it ("wait “" is fixed as "wait”", not "t”").
    const start = /[\p{L}\d]/u.test(value[at - 2]!) ? at - 1 - wordOrNumberEnding.exec(value.slice(Math.max(0, at - 41), at - 1))![0].length : at - 2
    const before = value.slice(start, at - 1)
    const actual = value.slice(start, at + 1)
    const reason = open ? `Unexpected space before the closing quotation mark in ${quote(actual)}, expected ${quote(`${before}${closed}`)}` : `Unexpected ${quote(mark)} set apart where a quotation ends, no quotation open before it on its line: a closing mark, or a stray one`
    report(file, {ruleId: 'spacing', reason, start, end: at + 1, level: 'warning', expected: open ? [`${before}${closed}`] : [`${before}${closed}`, before]})
  }
}

/**
 * Straight quotes set on the wrong side of their space: `it, "he said`
 * (a closing mark against the word after it), `leave"Georgian Dream"` (an
 * opening mark against the word before it), `Dream" .`. A straight mark
 * opens or closes by its place in its paragraph, first opening, second
 * closing; a paragraph with an odd number of them (a quotation running on
 * into the next paragraph, an inch mark) is not judged.
 */
export function straightQuoteSides(file: VFile, value: string, attributionVerbs: ReadonlySet<string> = new Set()) {
  let from = 0
  while (from < value.length) {
    let to = value.indexOf('\n', from)
    if (to === -1) to = value.length
    const marks: number[] = []
    for (let at = value.indexOf('"', from); at !== -1 && at < to; at = value.indexOf('"', at + 1)) {
      if (!quoteForApostrophe(value, at) && !digit.test(value[at - 1] ?? '')) marks.push(at)
    }
    if (marks.length % 2 === 0) marks.forEach((at, index) => (index % 2 === 0 ? straightOpening(file, value, at) : straightClosing(file, value, at)))
    // `the race, "said the rider`, its quotation opened in a paragraph before: a mark between a clause's comma and a verb of saying closes.
    else for (const at of marks) if (beforeSaying(value, at, attributionVerbs)) straightClosing(file, value, at)
    from = to + 1
  }
}

function beforeSaying(value: string, at: number, attributionVerbs: ReadonlySet<string>): boolean {
  if (value[at - 1] !== ' ' || !endsClause.test(value[at - 2] ?? '')) return false
  const found = /^(\p{Ll}+) (\p{L}+)/u.exec(value.slice(at + 1, at + 40))
  if (!found) return false
  const word = found[1]!
  const next = found[2]!
  // A past in -ed says so only before its speaker: a name, or "the" of "the minister" ("added the minister").
  return attributionVerbs.has(word) || (word.length >= 5 && word.endsWith('ed') && (/^\p{Lu}/u.test(next) || next === 'the'))
}

function straightOpening(file: VFile, value: string, at: number) {
  const word = wordEnding.exec(value.slice(Math.max(0, at - 40), at))?.[0]
  if (word === undefined || !lettersAround.test(value[at + 1] ?? '')) return
  report(file, {ruleId: 'spacing', reason: `Missing space before ${quote('"')} in ${quote(`${word}"`)}`, start: at - word.length, end: at + 1, level: 'warning', expected: [`${word} "`]})
}

function straightClosing(file: VFile, value: string, at: number) {
  const before = value[at - 1]
  const after = value[at + 1]
  // `that, "he said`: the mark after a clause's comma or stop and a space, against the word after it.
  if (before === ' ' && endsClause.test(value[at - 2] ?? '') && lettersAround.test(after ?? '')) {
    const word = wordStarting.exec(value.slice(at + 1, at + 41))![0]
    flagQuote(file, value, at - 2, at + 1 + word.length, `${value[at - 2]}" ${word}`)
  } else if (lettersAround.test(before ?? '') && after === ' ' && stopAfterQuote.test(value[at + 2] ?? '') && !lettersAround.test(value[at + 3] ?? '')) {
    // `Dream" .`: the stop set apart from the mark that closes the quotation.
    report(file, {ruleId: 'spacing', reason: `Unexpected space before ${quote(value[at + 2]!)} after a closing quotation mark`, start: at, end: at + 3, level: 'warning', expected: [`"${value[at + 2]}`]})
  }
}

const digit = /\d/
const wordEnding = /[\p{L}’'-]*\p{L}$/u
const wordStarting = /^\p{L}[\p{L}’'-]*/u

/** A closing mark after a space, then an opening mark before a space or a stop: "to ” hard labor “, that". */
const reversedQuotes = /(?<=^|[\s(])”( ?)([^“”\n]{1,80}?)( ?)“(?=[\s.,;:!?)]|$)/gmu

/** A quotation with both curly marks turned: where it stands, and the quotation the marks should make. */
export interface TurnedPair {
  start: number
  end: number
  fixed: string
}

/**
 * The quotations whose curly marks are both turned ("sentenced to ” hard
 * labor “, that"), as a translation tool leaves them: the closing mark
 * opens, spaced from the word after it, and the opening mark closes. Marks
 * between two quotations ("“No,” he said, “never”") are glued to their
 * words and are none. Found before the marks are checked one by one, so the
 * space beside the turned mark that closes one is this finding's, not a slip
 * of its own.
 */
export function turnedPairs(value: string): TurnedPair[] {
  if (!value.includes('”') || !value.includes('“')) return []
  return [...value.matchAll(reversedQuotes)].map((match) => ({start: match.index, end: match.index + match[0].length, fixed: `“${match[2]}”`}))
}

export function reportTurnedPair(file: VFile, value: string, {start, end, fixed}: TurnedPair) {
  const actual = value.slice(start, end)
  report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(actual)}: quotation marks turned the wrong way, expected ${quote(fixed)}`, start, end, level: 'warning', expected: [fixed]})
}

/** A word, a closing single mark and a quoted word or short phrase closed by another: "felt’sincerity’". */
const gluedSingleQuote = /(?<=\p{L}{2})[’'](?!(?:s|t|re|ve|ll|d|m)(?!\p{L}))(\p{L}{3,}(?: \p{L}+){0,3})([’'])(?!\p{L})/gu

/**
 * A short quotation in single marks glued to the word before it, its
 * opening mark turned ("felt’sincerity’", "than’use’"), as Korean and
 * Japanese sources set a quoted word: it wants a space and an opening mark.
 * A contraction or possessive ("didn’t", "Peoples’") is no quotation.
 */
export function gluedSingleQuotation(file: VFile, value: string) {
  for (const match of value.matchAll(gluedSingleQuote)) {
    const [actual, inner, closing] = match
    const start = match.index
    const opening = closing === '’' ? '‘' : "'"
    report(file, {ruleId: 'spacing', reason: `Missing space before the quotation ${quote(actual)}, expected ${quote(` ${opening}${inner}${closing}`)}`, start, end: start + actual.length, level: 'warning', expected: [` ${opening}${inner}${closing}`]})
  }
}

/** A full stop, a closing mark, then the attribution in lowercase: a pronoun and a verb of saying, or the verb. */
const stopThenAttribution = /(?<=[\p{Ll}\d)])\.(["”]) (?:(?:he|she|they|we|it|i) )?(\p{Ll}+)\b/gu

/**
 * "500 kyats.” he said", "is done." she told reporters": a quotation closed
 * on a full stop with its attribution after it in the same sentence. English
 * ends such a quotation on a comma. A full stop of an abbreviation ("the
 * U.S.” he said") keeps its place, and takes the comma after it.
 */
export function stopBeforeAttribution(file: VFile, value: string, attributionVerbs: ReadonlySet<string>, abbreviations: ReadonlySet<string>): void {
  stopThenAttribution.lastIndex = 0
  for (let match = stopThenAttribution.exec(value); match; match = stopThenAttribution.exec(value)) {
    const [, mark, verb] = match as unknown as [string, string, string]
    if (!attributionVerbs.has(verb)) continue
    const word = /[\p{L}.]+$/u.exec(value.slice(Math.max(0, match.index - 12), match.index))?.[0] ?? ''
    if (word.includes('.') || abbreviations.has(`${word}.`) || abbreviations.has(word)) continue
    const start = match.index
    report(file, {ruleId: 'spacing', reason: `Unexpected ${quote(`.${mark}`)} before the attribution, expected ${quote(`,${mark}`)}`, start, end: start + 2, level: 'warning', expected: [`,${mark}`]})
  }
}

/** A verb of attribution, a space, then a quotation opening on a capital. */
const attributionThenQuotation = /(?<![\p{L}'’-])(\p{Ll}+) ([“"])(?=\p{Lu}\p{Ll}* \p{Ll})/gu

/**
 * "the minister said “The plan will work”": a verb of attribution before a
 * quoted sentence takes a comma (or a colon) before the quotation. Only a
 * quotation that opens a sentence of its own (a capital, then a lowercase
 * word): a quoted title or name after "said" takes none. A note: some
 * British and South Asian papers set the quotation bare, by house style.
 */
export function commaBeforeQuotation(file: VFile, value: string, attributionVerbs: ReadonlySet<string>): void {
  attributionThenQuotation.lastIndex = 0
  for (let match = attributionThenQuotation.exec(value); match; match = attributionThenQuotation.exec(value)) {
    const [whole, verb, mark] = match as unknown as [string, string, string]
    if (!attributionVerbs.has(verb)) continue
    report(file, {ruleId: 'spacing', reason: `Missing comma in ${quote(whole)} before the quotation, expected ${quote(`${verb}, ${mark}`)}`, start: match.index, end: match.index + whole.length, level: 'info', expected: [`${verb}, ${mark}`]})
  }
}
