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
 * "… we will win.” said.", "… for now – added.": a verb of attribution with
 * no subject, as Spanish, Italian, Portuguese, Polish and Russian drop it
 * ("– añadió.", "– dodał.") and translation follows. English names the
 * speaker; only the writer knows who spoke, so no fix is offered.
 */
export function reportUnattributedQuotes(file: VFile, value: string, verbs: ReadonlySet<string>): void {
  // Each pattern only where its mark is: run over every file, a pattern is tried at every character.
  const patterns = [value.includes('”') || value.includes('"') ? afterQuote : undefined, value.includes('–') || value.includes('—') ? afterDash : undefined]
  for (const pattern of patterns) if (pattern) reportAfter(file, value, verbs, pattern)
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
