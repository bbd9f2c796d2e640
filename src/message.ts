import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Point} from 'unist'
import {location} from 'vfile-location'

/** How sure a rule is: `warning` and `error` fail the gate, `info` never does. */
export type Level = 'error' | 'warning' | 'info'

export interface Finding {
  /** Stable id users configure: the rule, optionally `rule:entry`. */
  ruleId: string
  reason: string
  /** UTF-16 offsets into the file, end exclusive. */
  start: number
  end: number
  level: Level
  /** Suggestions, best first; `['']` means "remove". */
  expected?: readonly string[] | undefined
  note?: string | undefined
}

export const source = 'copydesk'

const locators = new WeakMap<VFile, ReturnType<typeof location>>()

function locatorFor(file: VFile) {
  let locator = locators.get(file)
  if (!locator) {
    locator = location(file)
    locators.set(file, locator)
  }
  return locator
}

/** The one place where copydesk messages are made, so every rule has the same shape. */
export function report(file: VFile, finding: Finding): VFileMessage {
  const locator = locatorFor(file)
  const start = locator.toPoint(finding.start)
  const end = locator.toPoint(finding.end)
  if (!start || !end) {
    throw new RangeError(
      `${finding.ruleId}: span ${finding.start}-${finding.end} is outside the file`
    )
  }
  const message = file.message(finding.reason, {
    place: {start, end},
    ruleId: finding.ruleId,
    source
  })
  message.actual = String(file.value).slice(finding.start, finding.end)
  if (finding.expected && finding.expected.length > 0) {
    message.expected = [...finding.expected]
  }
  if (finding.note) message.note = finding.note
  message.fatal = levelToFatal(finding.level)
  message.url = ruleUrl(baseRule(finding.ruleId))
  return message
}

/** A rule's docs page, generated from the registry by `npm run docs:rules`. */
export function ruleUrl(id: string): string {
  return `https://github.com/copydesk/copydesk/blob/main/docs/rules/${id}.md`
}

export function levelToFatal(level: Level): boolean | null {
  return level === 'error' ? true : level === 'warning' ? false : null
}

/** vfile's `fatal` as a level: true is an error, false a warning, null or undefined info. */
export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * A message's place as UTF-16 offsets, end exclusive (a point's offset
 * twice); undefined when it has none. A message of another tool may carry
 * only lines and columns: given its file, those become offsets too.
 */
export function offsetsOf(message: VFileMessage, file?: VFile): [number, number] | undefined {
  const place = message.place
  if (!place) return undefined
  const offset = (point: Point) => point.offset ?? (file ? locatorFor(file).toOffset(point) : undefined)
  const start = offset('start' in place ? place.start : place)
  const end = offset('start' in place ? place.end : place)
  return start === undefined || end === undefined ? undefined : [start, end]
}

/** `phrases:baited-breath` → `phrases`. */
export function baseRule(ruleId: string): string {
  const colon = ruleId.indexOf(':')
  return colon === -1 ? ruleId : ruleId.slice(0, colon)
}

/** Backtick-quote for reasons, in the retext wording. */
export function quote(value: string): string {
  if (!value.includes('`')) return '`' + value + '`'
  // A backtick inside: a longer fence, and spaces where the value meets it (CommonMark's code span).
  const fence = '`'.repeat(Math.max(...(value.match(/`+/g) ?? ['']).map((run) => run.length)) + 1)
  return `${fence} ${value} ${fence}`
}

export function listOf(values: readonly string[]): string {
  return values.map(quote).join(', ')
}

/** A message as plain data (every own field; `cause` as name, message and stack): for worker threads, the cache and a file's data. */
export function serializeMessage(message: VFileMessage): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(message)) {
    // `ancestors` are syntax tree nodes: no reporter reads them, and they are large.
    if (value === undefined || key === 'ancestors') continue
    if (key === 'cause') {
      if (value instanceof Error) out.cause = {name: value.name, message: value.message, stack: value.stack}
      continue
    }
    out[key] = value
  }
  return out
}

export function deserializeMessage(data: Record<string, unknown>): VFileMessage {
  const {cause, ...fields} = data
  const message = new VFileMessage(String(data.reason ?? ''))
  Object.assign(message, fields)
  if (cause && typeof cause === 'object') {
    const {name, message: text, stack} = cause as {name: string; message: string; stack?: string}
    message.cause = Object.assign(new Error(text), {name, stack})
  }
  return message
}

/** A message as a finding again: what a part of a document found, to report over the whole (src/incremental.ts, the spacing rule's passes). */
export function findingOf(message: VFileMessage): Finding {
  const offsets = offsetsOf(message)
  if (!offsets) throw new Error(`copydesk: a ${message.ruleId ?? 'rule'} message without offsets cannot be kept per paragraph`)
  return {
    ruleId: message.ruleId ?? '',
    reason: message.reason,
    start: offsets[0],
    end: offsets[1],
    level: levelOf(message),
    expected: message.expected ?? undefined,
    note: message.note ?? undefined
  }
}
