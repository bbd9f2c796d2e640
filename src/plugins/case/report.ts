import type {VFile} from 'vfile'
import {report, type Level} from '../../message.js'
import type {Raised} from './context.js'
import {atSentenceStart, writtenAsName} from './reasons.js'

/** One finding per word, the strongest reason winning; those that waited for the document settled. */
export function reportRaised(file: VFile, raised: readonly Raised[], capitalizedInDocument: ReadonlySet<string>) {
  const flags = new Map<number, {end: number; expected: string; reason: string; level: Level}>()
  for (const entry of raised) {
    let reason = entry.reason
    if (entry.ifCapitalized !== undefined) {
      const word = entry.word!
      if (capitalizedInDocument.has(entry.ifCapitalized)) reason = writtenAsName(word, entry.ifCapitalized)
      else if (entry.sentenceStart) reason = atSentenceStart(word, entry.expected)
      else continue
    }
    const level = entry.level ?? 'warning'
    const previous = flags.get(entry.start)
    if (!previous || (previous.level === 'info' && level !== 'info') || entry.overrides) flags.set(entry.start, {end: entry.end, expected: entry.expected, reason, level})
  }
  for (const [start, {end, expected, reason, level}] of flags) {
    report(file, {ruleId: 'case', reason, start, end, level, expected: [expected]})
  }
}
