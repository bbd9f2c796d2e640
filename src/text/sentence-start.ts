const closingQuotes = /["”’')\]]/
// Made once: a literal in a function makes a new RegExp object each time it
// runs, and these are asked for most words.
const endsNumber = /(?:^|[\s(])\d[\d,]*\d%?$/
const lastWord = /([\p{L}.]+)$/u
const space = /\s/
const blank = /^\s*$/
const sentenceEnd = /[.?!:]/
const brandBefore = /(?:^|\s)the \p{Lu}[\p{L}]*$/u
const noAbbreviations: ReadonlySet<string> = new Set()

/**
 * Does a sentence or line start at `start`? True after . ? ! (not after an
 * abbreviation, an initial or an ellipsis), at the start of the text, and at
 * the start of a line whose previous line is blank or ends a sentence; false
 * after a closing quote ("“Why?” he asked") and on wrapped lines. Without
 * `abbreviations`, every word before a full stop ends its sentence.
 */
export function isSentenceStart(value: string, start: number, abbreviations: ReadonlySet<string> = noAbbreviations): boolean {
  let i = start - 1
  while (i >= 0 && isOpeningQuote(value.charCodeAt(i))) i--
  let sawSpace = false
  while (i >= 0 && (value.charCodeAt(i) === 32 || value.charCodeAt(i) === 9)) {
    i--
    sawSpace = true
  }
  if (i < 0) return true
  const char = value[i]!
  if (char === '\n' || char === '\r') return lineEndsSentence(value, i)
  if (!sawSpace) return false
  // "the Walla! news website", "the Yahoo! homepage": a name that ends in an exclamation mark, after "the".
  if (char === '!' && brandBefore.test(value.slice(Math.max(0, i - 30), i))) return false
  if (char === '?' || char === '!') return true
  if (char !== '.') return false
  if (value[i - 1] === '.' ) return false
  const before = value.slice(Math.max(0, i - 30), i)
  // A year or an amount ends a sentence ("since 2009. The bank"); a lone
  // digit may number a list ("step 1. then").
  if (endsNumber.test(before)) return true
  return !closesAbbreviation(value, i, abbreviations)
}

/**
 * Whether the full stop at `period` is an abbreviation's, an initial's or a
 * dotted form's ("Inc.", "J.", "U.S."), by the letters before it.
 */
export function closesAbbreviation(value: string, period: number, abbreviations: ReadonlySet<string>): boolean {
  const word = lastWord.exec(value.slice(Math.max(0, period - 30), period))?.[1] ?? ''
  return word.length <= 1 || word.includes('.') || abbreviations.has(word.toLowerCase())
}

/** An opening quote or bracket, /["“‘'([]/, for one UTF-16 code unit: asked for every word. */
function isOpeningQuote(code: number): boolean {
  return code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 40 || code === 91
}

function lineEndsSentence(value: string, newline: number): boolean {
  let i = newline
  let paragraph = false
  while (i >= 0 && space.test(value[i]!)) {
    if (value[i] === '\n' && i !== newline && blank.test(value.slice(i + 1, newline))) paragraph = true
    i--
  }
  if (i < 0) return true
  let char = value[i]!
  // A paragraph after one that ends in a colon or a semicolon is an item of
  // its list ("moved for the following:" / "that the Senate…;"), which may
  // start in lowercase; any other paragraph starts a sentence.
  if (paragraph) return char !== ':' && char !== ';' && !(listItemBefore(value, i) && endsAsItem(value, newline + 1))
  if (closingQuotes.test(char) && i > 0) char = value[i - 1]!
  return sentenceEnd.test(char)
}

/**
 * Whether the paragraph that ends at `last` is an item of a list set one a
 * line ("at 15.00 - Social Democratic Party (PSD)" / "at 15.30 - ..."): it
 * starts in lowercase and ends with no mark of a sentence's end, so a
 * paragraph after it that ends so too is the next item.
 */
function listItemBefore(value: string, last: number): boolean {
  if (!endsItem(value[last]!)) return false
  const start = value.lastIndexOf('\n', last) + 1
  return lowercaseStart.test(value.slice(start, start + 2))
}

const lowercaseStart = /^\p{Ll}/u
/** A closing quotation mark, which may end a quoted sentence (a bracket ends an item: "(PSD)"). */
const closingQuoteMark = /["”’']/

/** Whether a line's last character is no mark of a sentence's end, as an item's is. */
function endsItem(last: string): boolean {
  return !sentenceEnd.test(last) && !closingQuoteMark.test(last)
}

/** Whether the line from `start` ends with no mark of a sentence's end, as an item of a list does. */
function endsAsItem(value: string, start: number): boolean {
  const newline = value.indexOf('\n', start)
  const line = value.slice(start, newline === -1 ? value.length : newline).trimEnd()
  return line !== '' && endsItem(line.at(-1)!)
}

/** A full stop, question or exclamation mark (a closing quote or bracket allowed after it) and white space, a line break, or the text's start. */
const sentenceEndRightBefore = /(?:^|\n|[.!?]["”’)]?\s+)$/u

/**
 * Whether the four characters before `at` end a sentence or a line, or the
 * text starts there: a plain reading, no abbreviation list asked, for a word
 * that would leave a sentence of one word before it ("MalaysiaNow is") or that
 * opens one as any common word may ("That session").
 */
export function rightAfterSentenceEnd(value: string, at: number): boolean {
  return sentenceEndRightBefore.test(value.slice(Math.max(0, at - 4), at))
}

/**
 * The sentence holding the text from `start` to `end`, as offsets: from
 * after the nearest full stop and space or line break before it, to the
 * nearest one after it (a plain cut, no abbreviation read).
 */
export function sentenceBounds(value: string, start: number, end = start): [number, number] {
  const from = Math.max(value.lastIndexOf('. ', start), value.lastIndexOf('\n', start)) + 1
  const stops = [value.indexOf('. ', end), value.indexOf('\n', end)].filter((index) => index >= 0)
  return [from, stops.length > 0 ? Math.min(...stops) : value.length]
}
