import type {VFile} from 'vfile'
import {deserializeMessage, serializeMessage, source} from '../message.js'
import type {InputInfo} from './read.js'

/**
 * What the pipeline tells the run layer about a file besides its messages:
 * how it was read, and what `--fix` changed. It is the file's `data`, as
 * vfile intends for what plugins hand on, because the file crosses from a
 * worker thread and into the cache as JSON (src/pool/result.ts): so it is
 * plain data, one field of `file.data`, written only here and in ./read.ts
 * (and `blob`, which the run layer sets on a staged file before linting).
 * The stages themselves pass values (the markers, the pieces, the config).
 */
export interface FileData {
  /** Set by the run layer on a `--staged` file: the index blob its text was read from (its bytes, for the UTF-8 check). */
  blob?: string
  /** What the read step found (a byte order mark, bad bytes, a file not linted). */
  input?: InputInfo
  /** Set when `--fix` changed the text: the text as read, and its findings as plain data. */
  fixed?: {original: string; findings: Array<Record<string, unknown>>}
}

declare module 'vfile' {
  interface DataMap {
    copydesk: FileData
  }
}

/** The file's copydesk data, made on first use. */
export function fileData(file: VFile): FileData {
  return (file.data.copydesk ??= {})
}

/**
 * Records that `--fix` changed the file: the text as read, and the findings
 * of that text, before the fixer replaces them with those that remain. When
 * the fixes cannot be written, those are the findings of the file on disk.
 */
export function keepUnfixed(file: VFile, original: string): void {
  fileData(file).fixed = {original, findings: file.messages.filter((message) => message.source === source).map(serializeMessage)}
}

/** Puts a fixed file back as it was read, text and findings, for a report of the file as it is on disk. */
export function restoreUnfixed(file: VFile): void {
  const fixed = file.data.copydesk?.fixed
  if (fixed === undefined) return
  file.value = fixed.original
  file.messages = [...file.messages.filter((message) => message.source !== source), ...fixed.findings.map(deserializeMessage)]
  delete file.data.copydesk!.fixed
}
