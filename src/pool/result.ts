import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/**
 * What linting one file produces, as plain data: it crosses from a worker
 * thread to the main one (structured clone) and is kept in the cache (JSON),
 * and is turned back into vfile messages that the reporters cannot tell
 * from ones made in the main thread.
 */
export interface LintResult {
  /** Every own field of each message (vfile-message's shape), `cause` as name, message and stack. */
  messages: Array<Record<string, unknown>>
  /** The text after `--fix`, when it changed. */
  value?: string
  /** `file.data` as linting left it, less what does not survive JSON. */
  data?: Record<string, unknown>
}

/** One file to lint, as sent to a worker. */
export interface LintTask {
  /** Undefined for standard input without `--stdin-filename`. */
  path: string | undefined
  cwd: string
  value: string | Uint8Array
  /** The file's configuration (the validated `Config`, JSON). */
  config: unknown
  fix: boolean
  /** `file.data` as the engine left it (such as `unifiedEngineStreamIn`), as JSON. */
  data?: Record<string, unknown> | undefined
}

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

/** The result of linting `file`, whose text was `input` before. */
export function toResult(file: VFile, input: string | Uint8Array): LintResult {
  const result: LintResult = {messages: file.messages.map(serializeMessage)}
  if (typeof file.value === 'string' && file.value !== input) result.value = file.value
  const {copydeskMarkers: _markers, ...data} = file.data
  const plain = JSON.parse(JSON.stringify(data)) as Record<string, unknown>
  if (Object.keys(plain).length > 0) result.data = plain
  return result
}

/** Gives `file` what linting it produced, as if it had been linted here. */
export function applyResult(file: VFile, result: LintResult): void {
  for (const data of result.messages) {
    const message = deserializeMessage(data)
    file.messages.push(message)
  }
  if (result.value !== undefined) file.value = result.value
  if (result.data) Object.assign(file.data, result.data)
}
