import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {offsetsOf} from '../message.js'

export interface Span {
  line: number
  column: number
  endLine: number
  /** Exclusive, as in vfile. */
  endColumn: number
  offset: number | undefined
  endOffset: number | undefined
}

export function spanOf(message: VFileMessage): Span {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  const offsets = offsetsOf(message)
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    offset: offsets?.[0],
    endOffset: offsets?.[1]
  }
}

/** Files in the order given, with their messages in document order. */
export function eachMessage(files: readonly VFile[], visit: (file: VFile, message: VFileMessage) => void): void {
  for (const file of files) for (const message of file.messages) visit(file, message)
}

export function pathOf(file: VFile): string {
  return file.path || '<stdin>'
}
