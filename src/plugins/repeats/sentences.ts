import type {VFile} from 'vfile'
import type {SentenceTokens} from '../../text/tokens.js'
import {report} from '../../message.js'

/** Words a sentence needs before a second copy is a slip, not a refrain ("No. No."; "We will fight."). */
const minimumWords = 6

/**
 * Sentences back a copy may stand in one paragraph: a copy close by is a
 * slip; one further on in a long paragraph may be a speech's refrain ("And I
 * will propose these measures to the Congress.").
 */
const window = 3

/** Words of a sentence long enough that a second copy anywhere in the story is a paste slip, not a refrain. */
const longWords = 20

/**
 * A sentence as compared: its letters and digits, lowercase, nothing else,
 * so that copies that differ in spacing or punctuation ("Africa n", "election.The") match.
 */
function key(entry: SentenceTokens): string {
  let text = ''
  for (const index of entry.words) {
    const lower = entry.tokens[index]!.lower
    text += plainWord.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}]+/gu, '')
  }
  return text
}

const plainWord = /^[\p{L}\p{N}]+$/u

/** Letters a long sentence's key is filed under, to find a copy with more run onto it. */
const head = 40

/**
 * A sentence's characters but its white space: a long sentence pasted again
 * far from the first copy keeps every mark ("election.The" is still a copy
 * of "election. The"), where a standfirst the lead restates has its own
 * commas or quotes ("official, Kamil El-Tayib Idris, as" … "official Kamil
 * El-Tayib Idris as"), written twice on purpose.
 */
function marks(entry: SentenceTokens, value: string): string {
  const tokens = entry.tokens
  return value.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/\s+/g, '')
}

/**
 * A sentence written twice: in a row, close together in one paragraph, or
 * (a long one) anywhere in the story, word for word but for spacing and
 * punctuation (far apart, but for spacing only); the second copy goes. A long sentence pasted again with the
 * next sentence run onto it ("…election.The parties…") is a copy up to
 * where the first one ended.
 */
export function repeatedSentences(file: VFile, value: string, sentences: readonly SentenceTokens[]) {
  let previous = ''
  let paragraph: unknown
  let recent: string[] = []
  // Long sentences' keys, filed by their first letters, with their entries for the marks (read only for a copy).
  const long = new Map<string, Array<{text: string; entry: SentenceTokens}>>()
  for (const entry of sentences) {
    if (entry.paragraph !== paragraph || entry.paragraph === undefined) {
      paragraph = entry.paragraph
      recent = []
    }
    const text = entry.words.length >= minimumWords ? key(entry) : ''
    const earlier = text ? long.get(text.slice(0, head)) : undefined
    if (text && (text === previous || recent.includes(text))) flagCopy(file, value, entry, undefined)
    else if (earlier) {
      let own: string | undefined
      const ownMarks = () => (own ??= marks(entry, value))
      const same = earlier.filter((copy) => copy.text === text)
      if (same.length > 0) {
        if (same.some((copy) => marks(copy.entry, value) === ownMarks())) flagCopy(file, value, entry, undefined)
      } else {
        const copied = earlier.find((copy) => text.startsWith(copy.text) && ownMarks().startsWith(marks(copy.entry, value)))
        if (copied) flagCopy(file, value, entry, copied.text.length)
      }
    }
    if (recent.length === window) recent.shift()
    recent.push(text)
    previous = text
    if (text && entry.words.length >= longWords) {
      const filed = long.get(text.slice(0, head))
      const copy = {text, entry}
      if (filed) filed.push(copy)
      else long.set(text.slice(0, head), [copy])
    }
  }
}

/**
 * Reports a copy: the whole sentence, or its first `letters` letters and
 * digits and the marks that close them, with the fix that removes it and
 * one run of the white space beside it, so no double space or empty line is
 * left: the space before it on its line, else the space after it before
 * more text on the line, else (a copy that is a whole line or paragraph)
 * the line breaks before it. --fix applies the last only by hand, since it
 * changes the layout.
 */
function flagCopy(file: VFile, value: string, entry: SentenceTokens, letters: number | undefined) {
  const tokens = entry.tokens.filter((token) => token.kind !== 'space')
  let start = tokens[0]!.start
  let end = tokens.at(-1)!.end
  if (letters !== undefined) {
    let at = start
    for (let count = 0; at < end && count < letters; at++) if (/[\p{L}\p{N}]/u.test(value[at]!)) count++
    while (at < end && /[.?!"”’')\]]/.test(value[at]!)) at++
    end = at
  }
  const before = /[ \t]+$/.exec(value.slice(Math.max(0, start - 8), start))?.[0] ?? ''
  const after = /^[ \t]+(?=\S)/.exec(value.slice(end, end + 8))?.[0] ?? ''
  const lineBefore = start - before.length === 0 || /[\r\n]/.test(value[start - before.length - 1]!)
  if (before && !lineBefore) start -= before.length
  else if (after) end += after.length
  else if (letters === undefined || /^\s|^$/.test(value.slice(end, end + 1))) {
    const breaks = /\s+$/.exec(value.slice(0, start))?.[0] ?? ''
    if (breaks.length < start) start -= breaks.length
    else end += /^\s*/.exec(value.slice(end))![0].length
  }
  report(file, {
    ruleId: 'repeated-words',
    reason: 'Unexpected repeated sentence, remove the second copy',
    start,
    end,
    level: 'warning',
    // Markup inside the copy (a tag, a link's target) is not the writer's words: deleting it would break the page.
    expected: plainSource(entry, value) ? [''] : []
  })
}

/** Whether the sentence's words and spaces cover its stretch of the source with nothing in between. */
function plainSource(entry: SentenceTokens, value: string): boolean {
  const {tokens} = entry
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.start !== tokens[i - 1]!.end) return false
  return tokens.every((token) => value.slice(token.start, token.end) === token.value)
}
