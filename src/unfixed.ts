import type {VFile} from 'vfile'
import {source} from './message.js'
import {deserializeMessage, serializeMessage} from './pool/result.js'

declare module 'vfile' {
  interface DataMap {
    /** copydesk's findings in the text before `--fix` changed it, as plain data. */
    copydeskUnfixed: Array<Record<string, unknown>>
  }
}

/**
 * Keeps the findings of the text as read, before the fixer replaces them
 * with those that remain: when the fixes cannot be written, those are the
 * findings of the file on disk. Plain data, since the file's data crosses
 * from a worker thread and goes into the cache as JSON.
 */
export function keepUnfixed(file: VFile): void {
  file.data.copydeskUnfixed = file.messages.filter((message) => message.source === source).map(serializeMessage)
}

/** Puts a fixed file back as it was read, text and findings, for a report of the file as it is on disk. */
export function restoreUnfixed(file: VFile): void {
  const original = file.data.copydeskOriginal
  const unfixed = file.data.copydeskUnfixed
  if (original === undefined || unfixed === undefined) return
  file.value = original
  file.messages = [...file.messages.filter((message) => message.source !== source), ...unfixed.map(deserializeMessage)]
  delete file.data.copydeskOriginal
  delete file.data.copydeskUnfixed
}
