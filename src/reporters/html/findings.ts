import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {levelOf, offsetsOf, type Level} from '../../message.js'

/** One message as the page shows it: a span of the text plus what to say about it. */
export interface Finding {
  /** Unique in the page, also the highlight's element id. */
  id: string
  ruleId: string
  /** The rule without its entry (`phrases:baited-breath` → `phrases`). */
  rule: string
  /** The CSS category the highlight is coloured by. */
  category: string
  severity: Level
  reason: string
  /** The flagged text, as the list names the finding by it. */
  actual: string
  /** `''` means "remove the flagged text". */
  expected: string[]
  note: string | undefined
  /** UTF-16 offsets into the file's text, end exclusive; undefined when the message has no place. */
  start: number | undefined
  end: number | undefined
  line: number | undefined
  column: number | undefined
}

/** Issue #9 names the categories by what an editor calls them, not by rule id. */
const categories: Record<string, string> = {
  spelling: 'typo',
  names: 'name',
  phrases: 'phrase',
  spacing: 'spacing',
  case: 'case',
  consistency: 'consistency',
  'repeated-words': 'repeated-words'
}

export function categoryOf(rule: string): string {
  return categories[rule] ?? 'other'
}

/**
 * The file's messages in reading order. Offsets come from the message when it
 * has them; messages from other tools may carry only line and column, so those
 * are turned into offsets here rather than dropped.
 */
export function findingsOf(file: VFile, fileIndex: number): Finding[] {
  const text = String(file.value ?? '')
  const locator = location(text)
  const findings = file.messages.map((message, index): Finding => {
    const ruleId = message.ruleId ?? message.source ?? 'message'
    const rule = ruleId.split(':')[0]!
    const [start, end] = spanOf(file, message, text.length)
    const point = start === undefined ? undefined : locator.toPoint(start)
    return {
      id: `f${fileIndex}-${index}`,
      ruleId,
      rule,
      category: categoryOf(rule),
      severity: levelOf(message),
      reason: message.reason,
      actual: message.actual ?? (start === undefined ? '' : text.slice(start, end)),
      expected: (message.expected ?? []).map(String),
      note: message.note ?? undefined,
      start,
      end,
      line: point?.line,
      column: point?.column
    }
  })
  return findings.sort(
    (a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0)
  )
}

function spanOf(file: VFile, message: VFileMessage, length: number): [number, number] | [undefined, undefined] {
  const offsets = offsetsOf(message, file)
  if (!offsets || offsets[0] < 0 || offsets[1] > length || offsets[1] < offsets[0]) return [undefined, undefined]
  return offsets
}
