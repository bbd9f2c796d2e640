import type {VFile} from 'vfile'
import {report, type Level} from '../../message.js'
import type {Raised} from './context.js'
import {atSentenceStart, writtenAsName} from './reasons.js'
import {capitalize} from '../../text/normalize.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import {inTitleCaseLine} from '../../text/title-case-line.js'
import {wordStarts} from '../../text/word-starts.js'

/** One finding per word, the strongest reason winning; those that waited for the document settled. */
export function reportRaised(file: VFile, raised: readonly Raised[], capitalizedInDocument: ReadonlySet<string>, abbreviations: ReadonlySet<string>) {
  const value = String(file.value)
  const flags = new Map<number, {end: number; expected: string[]; reason: string; level: Level}>()
  for (const entry of raised) {
    let reason = entry.reason
    if (entry.ifCapitalized !== undefined) {
      const word = entry.word!
      if (capitalizedInDocument.has(entry.ifCapitalized) && (!entry.inProse || capitalizedInProse(value, entry.ifCapitalized, abbreviations, entry.unknown === true))) reason = writtenAsName(word, entry.ifCapitalized)
      else if (entry.sentenceStart) reason = atSentenceStart(word, entry.expected)
      else continue
    }
    const level = entry.level ?? 'warning'
    const previous = flags.get(entry.start)
    if (!previous || (previous.level === 'info' && level !== 'info') || entry.overrides) flags.set(entry.start, {end: entry.end, expected: [entry.expected, ...(entry.also ?? [])], reason, level})
  }
  for (const [start, {end, expected, reason, level}] of flags) {
    report(file, {ruleId: 'case', reason, start, end, level, expected})
  }
}

/**
 * Whether the story writes `base` as a name: capitalized mid-sentence in a
 * line of prose (no heading in title case), at the end of a run of
 * capitalized words ("Yulia Svyrydenko met", not "Interagency Task Force" or "Irrigators' Council") and
 * not after a connector inside one ("Violence and Femicide"),
 * no unknown word's label before a number ("Stela 34"), and capitalized so more often than in lowercase ("reconversion", a word
 * the dictionary lacks, beside "Office of War Mobilization and Reconversion").
 */
function capitalizedInProse(value: string, base: string, abbreviations: ReadonlySet<string>, unknown: boolean): boolean {
  const named = wordStarts(value, capitalize(base)).filter(
    (at) =>
      !isSentenceStart(value, at, abbreviations) &&
      !/:\s*$/u.test(value.slice(Math.max(0, at - 3), at)) &&
      !inTitleCaseLine(value, at) &&
      // "NSW Irrigators' Council": a possessive inside the run is still inside it.
      !/^(?:['’]s?)?\s+\p{Lu}/u.test(value.slice(at + base.length, at + base.length + 5)) &&
      // "Stela 34", "Tomb 7": the capital of a word no dictionary knows, before a number, labels one of a kind, and the kind stays a common noun.
      !(unknown && /^ \d/u.test(value.slice(at + base.length, at + base.length + 2))) &&
      // "the Council on Gender-Based Violence and Femicide": after a connector inside a body's name in title case, a common word takes its capital from the title.
      !/\p{Lu}[\p{L}'’-]* (?:and|of|for|on|&) $/u.test(value.slice(Math.max(0, at - 40), at))
  )
  return named.length > 0 && named.length >= wordStarts(value, base).length
}
