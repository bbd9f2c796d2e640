import type {VFile} from 'vfile'
import {quote, report} from '../message.js'

/**
 * A closing quotation mark (a straight one after the mark that ends the
 * quotation) or a dash between spaces, then one lowercase word, then the end
 * of the sentence: "before.” said.", "mandates – added.". Before a comma the
 * subject may have come earlier ("Smith, repeating that they “take a
 * stand”, said, “We …”").
 */
const unattributed = /(?:”|(?<=[.,!?])")[ \t]*,?[ \t]*(\p{Ll}+)(?=\.|$)|(?:^|[ \t])[–—][ \t]*(\p{Ll}+)(?=\.|$)/gmu

/**
 * "… we will win.” said.", "… for now – added.": a verb of attribution with
 * no subject, as Spanish, Italian, Portuguese, Polish and Russian drop it
 * ("– añadió.", "– dodał.") and translation follows. English names the
 * speaker; only the writer knows who spoke, so no fix is offered.
 */
export function reportUnattributedQuotes(file: VFile, value: string, verbs: ReadonlySet<string>): void {
  unattributed.lastIndex = 0
  for (let match = unattributed.exec(value); match; match = unattributed.exec(value)) {
    const verb = match[1] ?? match[2]!
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
