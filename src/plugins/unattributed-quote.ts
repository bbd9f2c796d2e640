import type {VFile} from 'vfile'
import {quote, report} from '../message.js'

/**
 * A closing quotation mark (a straight one after the mark that ends the
 * quotation) or a dash between spaces, then one lowercase word, then the end
 * of the sentence: "before.” said.", "mandates – added.". Before a comma the
 * subject may have come earlier ("Smith, repeating that they “take a
 * stand”, said, “We …”").
 */
const afterQuote = /(?:”|(?<=[.,!?])")[ \t]*,?[ \t]*(\p{Ll}+)(?=\.|$)/gmu
const afterDash = /(?<=^|[ \t])[–—][ \t]*(\p{Ll}+)(?=\.|$)/gmu

/**
 * A dash between spaces after words, then a verb of attribution, then its
 * speaker ("for now - added Nikolić.", "– said the head of the government"):
 * the dash that opens an attribution in Serbian, Russian or Polish copy.
 */
const dashThenSpeaker = /(?<=([\p{L}\p{N}.,!?”"’)]))[ \t]+((?:[–—]|--?)[ \t]+(\p{Ll}+))(?=[ \t]+(?:the[ \t]|\p{Lu}))/gu

/**
 * "… we will win.” said.", "… for now – added.": a verb of attribution with
 * no subject, as Spanish, Italian, Portuguese, Polish and Russian drop it
 * ("– añadió.", "– dodał.") and translation follows. English names the
 * speaker; only the writer knows who spoke, so no fix is offered.
 */
export function reportUnattributedQuotes(file: VFile, value: string, verbs: ReadonlySet<string>): void {
  // Each pattern only where its mark is: run over every file, a pattern is tried at every character.
  const patterns = [value.includes('”') || value.includes('"') ? afterQuote : undefined, value.includes('–') || value.includes('—') ? afterDash : undefined]
  for (const pattern of patterns) if (pattern) reportAfter(file, value, verbs, pattern)
  if (/ [–—-]/.test(value)) reportDashAttributions(file, value, verbs)
}

/** A spaced dash earlier in the same line and sentence, with no sentence end between: the dash at `at` closes its aside. */
function asideOpenedBefore(value: string, at: number): boolean {
  const lineStart = value.lastIndexOf('\n', at) + 1
  const before = value.slice(lineStart, at)
  const dash = Math.max(before.lastIndexOf(' – '), before.lastIndexOf(' — '), before.lastIndexOf(' - '))
  return dash >= 0 && !/[.!?]\s/u.test(before.slice(dash))
}

/** "… partners - concluded Nikolić.": English closes the quotation and writes "…,” Nikolić concluded." */
function reportDashAttributions(file: VFile, value: string, verbs: ReadonlySet<string>): void {
  for (const match of value.matchAll(dashThenSpeaker)) {
    const [whole, before, attribution, verb] = match as unknown as [string, string, string, string]
    if (!verbs.has(verb)) continue
    // "Rahasimanana – known as Rossy – highlights": a dash closing an aside its twin opened earlier in the line.
    if (asideOpenedBefore(value, match.index)) continue
    // After a word, a comma for the dash reads as English ("… party, added Nikolić."); after a mark, only the writer knows.
    const afterWord = /[\p{L}\p{N}]/u.test(before)
    const start = afterWord ? match.index : match.index + whole.length - attribution.length
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(attribution)} before the speaker: English closes the quotation and names who spoke (${quote(`…,” she ${verb}.`)})`,
      start,
      end: match.index + whole.length,
      level: 'warning',
      expected: afterWord ? [`, ${verb}`] : undefined
    })
  }
}

export interface UnquotedSpeechContext {
  /** Verbs after which a colon opens a letter or a question set as a block (dictionaries/block-quote-verbs.txt). */
  blockQuoteVerbs: ReadonlySet<string>
  /** Determiners and possessives (dictionaries/determiners.txt) and counts (dictionaries/indefinite-determiners.txt): a noun after them. */
  determiners: ReadonlySet<string>
  indefiniteDeterminers: ReadonlySet<string>
}

/** The word or number right before the text's end, a space after it. */
const wordBefore = /([\p{L}\d][\p{L}\d'’-]*) $/u

/** A verb, a colon and a capitalized word straight after it, no quotation mark between. */
const colonThenSpeech = /(?<![\p{L}'’-])(\p{Ll}+): (\p{Lu}[\p{L}'’-]*)/gu

/**
 * "Gebali said: We should confirm", "He continued: Four thousand tents":
 * speech after a verb of attribution and a colon with no quotation mark.
 * Persian, Arabic and Russian copy often sets a quotation so, or loses its
 * marks on the way; English quotes the words ("said: “We should …”") or
 * reports them ("said that …"). Only the writer knows which the words are,
 * so no fix is offered.
 */
export function reportUnquotedSpeech(file: VFile, value: string, verbs: ReadonlySet<string>, context: UnquotedSpeechContext): void {
  if (!value.includes(': ')) return
  for (const match of value.matchAll(colonThenSpeech)) {
    const [whole, verb, word] = match as unknown as [string, string, string]
    // "J.B. writes: Does numbness …", "asked: How …?": a letter or a question set as a block.
    if (!verbs.has(verb) || context.blockQuoteVerbs.has(verb)) continue
    // "in several states: Paraná, Rio Grande do Sul": after a determiner or a count the word is a noun, its colon a list's.
    const before = wordBefore.exec(value.slice(Math.max(0, match.index - 16), match.index))?.[1]?.toLowerCase()
    if (before !== undefined && (/^\d/u.test(before) || context.determiners.has(before) || context.indefiniteDeterminers.has(before))) continue
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected speech after ${quote(`${verb}:`)} with no quotation mark: quote the words (${quote(`${verb}: “${word} …”`)}) or report them (${quote(`${verb} that …`)})`,
      start: match.index,
      end: match.index + whole.length,
      level: 'warning'
    })
  }
}

function reportAfter(file: VFile, value: string, verbs: ReadonlySet<string>, pattern: RegExp): void {
  pattern.lastIndex = 0
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const verb = match[1]!
    if (!verbs.has(verb)) continue
    const start = match.index + match[0].length - verb.length
    report(file, {
      ruleId: 'usage',
      reason: `Unexpected ${quote(verb)} with no one before it: English names who spoke (${quote(`…,” she ${verb}.`)})`,
      start,
      end: start + verb.length,
      level: 'warning'
    })
  }
}

/** A closing quotation mark, its speaker (a pronoun or a capitalized word) and the verb after it. */
const speakerAfterQuote = /(?:”|(?<=[.,!?])")[ \t]*,?[ \t]*(\p{L}+)[ \t]+(\p{Ll}+)\b/gu

/**
 * "…,” he mentioned.", "…,” Das mentioned at an event": after a quotation
 * and its speaker, a verb a synonym spinner writes for "said". Edited copy
 * attributes a quotation with "said"; the fix keeps the tense.
 */
export function reportSpunAttributions(file: VFile, value: string, subjects: ReadonlySet<string>, verbs: ReadonlySet<string>): void {
  if (!value.includes('”') && !value.includes('"')) return
  speakerAfterQuote.lastIndex = 0
  for (let match = speakerAfterQuote.exec(value); match !== null; match = speakerAfterQuote.exec(value)) {
    const [speaker, verb] = [match[1]!, match[2]!]
    if (!verbs.has(verb) || !(subjects.has(speaker.toLowerCase()) || /^\p{Lu}\p{Ll}+$/u.test(speaker))) continue
    const start = match.index + match[0].length - verb.length
    const fix = verb.endsWith('s') ? 'says' : 'said'
    report(file, {ruleId: 'usage', reason: `Unexpected ${quote(verb)} attributing a quotation, expected ${quote(fix)}`, start, end: start + verb.length, level: 'warning', expected: [fix]})
  }
}
