import {lineAt, quoteMarksBetween} from './lines.js'

/**
 * Whether `offset` falls inside a quotation on its line: an odd number of
 * double quote marks, straight or curly, since the line began. Quoted words
 * are someone's own (a title of a work, a speaker's phrase), so rules that
 * judge house style leave them alone.
 */
export function insideQuotation(value: string, offset: number): boolean {
  return quoteMarksBetween(value, lineAt(value, offset).start, offset) % 2 === 1
}

/** A closing quote mark, then an English gloss in brackets: `” (Brotherhood for Democracy)`. */
const glossAfter = /^[^"“”\n]*["”] ?\((?:the )?\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,8}\)/u

/**
 * Whether `offset` falls inside a quotation that a gloss in brackets follows:
 * "“Hoi anh em dan chu” (Brotherhood for Democracy)" quotes a name in another
 * language, written as that language writes it, and gives it in English.
 */
export function insideGlossedQuotation(value: string, offset: number): boolean {
  return insideQuotation(value, offset) && glossAfter.test(value.slice(offset, offset + 200))
}

/** An English gloss in brackets closing a quotation: `Aap pura samay bole (you spoke the whole time),”`. */
const glossClosing = /^[^"“”\n(]*\([^()"“”\n]{3,80}\)[,.]?["”]/u

/** Whether `offset` falls inside a quotation that ends with a gloss in brackets, and where that gloss opens. */
export function glossClosingQuotation(value: string, offset: number): number | undefined {
  if (!insideQuotation(value, offset)) return undefined
  const match = glossClosing.exec(value.slice(offset, offset + 200))
  return match ? offset + match[0].indexOf('(') : undefined
}

const beforeTurned = /[\p{L}\d.,!?’]/u
const closesAfter = /^(?:$|[,.;:!?)\]\n\r])/u

/** Whether `next` (a character, or "" at the end) ends a quotation rather than going on with it. */
export function closesQuotation(next: string): boolean {
  return closesAfter.test(next)
}

/** Whether a curly opening mark after `previous` (a letter, a digit, a closing mark) faces the wrong way for where it stands. */
export function turnableAfter(previous: string): boolean {
  return beforeTurned.test(previous)
}

/**
 * Whether the “ at `at` closes a quotation, written the wrong way round
 * ("silent“,"): against a word or a closing mark, with nothing after it to open.
 */
export function turnedClosingQuote(value: string, at: number): boolean {
  return value[at] === '“' && beforeTurned.test(value[at - 1] ?? '') && closesAfter.test(value.slice(at + 1, at + 2))
}

/** Whether the `"` at `at` stands for an apostrophe before a possessive "s" ("Ivanishvili"s"). */
export function quoteForApostrophe(value: string, at: number): boolean {
  return value[at] === '"' && /\p{L}/u.test(value[at - 1] ?? '') && value[at + 1] === 's' && !/[\p{L}\d]/u.test(value[at + 2] ?? '')
}

/**
 * Two single marks set for a double one, as copy typed on a keyboard
 * without “ and ” has them: "duties,’’ he said" closes (”), "‘’is close"
 * and "‘‘We" open (“). Which by the letters around the pair, not its shape.
 */
export function singlesForDouble(value: string, at: number): '“' | '”' | undefined {
  const first = value.charCodeAt(at)
  const second = value.charCodeAt(at + 1)
  // Straight pairs ('') are some agencies' house mark for a quotation (PTI's feed): only curly ones are a slip.
  if ((first !== 0x2018 && first !== 0x2019) || (second !== 0x2018 && second !== 0x2019)) return undefined
  // A third mark is a nested quotation's or a run of marks: not this.
  if (/['‘’"“”]/.test(value[at - 1] ?? '') || /['‘’"“”]/.test(value[at + 2] ?? '')) return undefined
  const before = value[at - 1] ?? ' '
  const after = value[at + 2] ?? ' '
  const opens = /[\s(\[—–-]/u.test(before) && lettersOrDigits.test(after)
  const closes = /[\p{L}\d.,!?;:]/u.test(before) && !lettersOrDigits.test(after)
  if (opens && first === 0x2018) return '“'
  if (closes && first === 0x2019 && second === 0x2019) return '”'
  return undefined
}

const lettersOrDigits = /[\p{L}\d]/u
