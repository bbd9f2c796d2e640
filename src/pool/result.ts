import type {VFile} from 'vfile'
import {deserializeMessage, serializeMessage} from '../message.js'
import type {ResolvedConfig} from '../pipeline/resolved-config.js'

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
  /** The file's configuration, resolved (plain data). */
  config: ResolvedConfig
  fix: boolean
  /** `file.data` as the engine left it (such as `unifiedEngineStreamIn`), as JSON. */
  data?: Record<string, unknown> | undefined
}

/** The result of linting `file`, whose text was `input` before. */
export function toResult(file: VFile, input: string | Uint8Array): LintResult {
  const result: LintResult = {messages: file.messages.map(serializeMessage)}
  if (typeof file.value === 'string' && file.value !== input) result.value = file.value
  const plain = JSON.parse(JSON.stringify(file.data)) as Record<string, unknown>
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
