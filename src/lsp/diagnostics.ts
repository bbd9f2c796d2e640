import {Diagnostic, DiagnosticSeverity, Range} from 'vscode-languageserver'
import type {VFileMessage} from 'vfile-message'
import type {Point, Position} from 'unist'
import {levelOf, source} from '../message.js'

/**
 * What a diagnostic carries back to the server in `codeAction` requests.
 * `actual` lets an action check that the text under the range is still what
 * was flagged before it replaces it (the client may send stale diagnostics).
 */
export interface DiagnosticData {
  actual?: string
  expected?: string[]
}

/** vfile points are 1-based; LSP positions are 0-based, both in UTF-16 units. */
function toPosition(point: Point) {
  return {line: Math.max(point.line - 1, 0), character: Math.max(point.column - 1, 0)}
}

function toRange(place: Point | Position | undefined): Range {
  if (!place) return Range.create(0, 0, 0, 0)
  if ('start' in place) return {start: toPosition(place.start), end: toPosition(place.end)}
  const at = toPosition(place)
  return {start: at, end: at}
}

const severities = {error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information} as const

/**
 * The same mapping as unified-language-server (so editors show copydesk the
 * way they show remark): `fatal` true → Error, false → Warning, anything else
 * (copydesk's info is `null`) → Information; `ruleId` → code, `url` →
 * codeDescription, `note` appended to the message.
 */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  const diagnostic = Diagnostic.create(
    toRange(message.place),
    message.note ? `${message.reason}\n${message.note}` : message.reason,
    severities[levelOf(message)],
    message.ruleId ?? undefined,
    message.source ?? source
  )
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const data: DiagnosticData = {}
  if (typeof message.actual === 'string') data.actual = message.actual
  if (message.expected) data.expected = [...message.expected]
  if (data.actual !== undefined || data.expected) diagnostic.data = data
  return diagnostic
}

/** A problem that is not about the text (bad configuration, internal error), shown at the top of the file. */
export function problemDiagnostic(reason: string, code: string): Diagnostic {
  return Diagnostic.create(Range.create(0, 0, 0, 0), reason, DiagnosticSeverity.Error, code, source)
}

/** Reads `data` defensively: it comes back from the client and may be anything. */
export function dataOf(diagnostic: Diagnostic): DiagnosticData {
  const raw: unknown = diagnostic.data
  if (typeof raw !== 'object' || raw === null) return {}
  const {actual, expected} = raw as Record<string, unknown>
  const data: DiagnosticData = {}
  if (typeof actual === 'string') data.actual = actual
  if (Array.isArray(expected)) data.expected = expected.filter((value): value is string => typeof value === 'string')
  return data
}
