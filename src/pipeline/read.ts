import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {git} from '../git.js'
import {fileData} from './file-data.js'

/**
 * What the read step found out about a file before parsing it. The engine
 * reads every file as UTF-8 text; copydesk then looks at that text (and, when
 * it holds a replacement character, at the bytes) before any rule sees it.
 */
export interface InputInfo {
  /** A UTF-8 byte order mark was taken off before parsing (so line 1 columns are right) and is put back by `--fix`. */
  bom: boolean
  /** Set when the bytes are not valid UTF-8: where, and that the text was linted with U+FFFD in their place. */
  lossy?: string
  /** Set when the file is not linted at all: why. */
  skipped?: string
  /** Set when the file was linted in this many pieces (see ./chunks.ts). */
  chunks?: number
}

/** Binary files hold NUL bytes early on (the test git uses); text almost never does. */
const binaryWindow = 8000

/** The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid. */
export function invalidUtf8At(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return -1
  } catch {}
  // Walk the sequences to the first one that does not decode on its own.
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0
    if (size === 0 || i + size > bytes.length) return i
    if (size > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + size))
      } catch {
        return i
      }
    }
    i += size
  }
  return -1
}

function readBytes(file: VFile): Buffer | undefined {
  if (!file.path || file.data.unifiedEngineStreamIn) return undefined
  try {
    // A staged file's text is its index blob, not what is on disk.
    const blob = file.data.copydesk?.blob
    return blob ? git(['cat-file', 'blob', blob], file.cwd) : readFileSync(resolve(file.cwd, file.path))
  } catch {
    return undefined
  }
}

/**
 * Looks at a file's text before parsing: takes off a byte order mark, and
 * decides whether the file is text at all. Changes `file.value` (without the
 * mark) and records what it found for the run layer (see ./file-data.ts).
 * A file read before (linted again by the same caller) is not read twice.
 */
export function prepareInput(file: VFile): InputInfo {
  const data = fileData(file)
  if (data.input) return data.input
  const info: InputInfo = {bom: false}
  data.input = info
  let text = String(file.value ?? '')
  if (text.includes('\uFFFD')) {
    // The engine decoded the bytes leniently: a replacement character may be
    // in the file, or may stand for bytes that are not UTF-8.
    const bytes = readBytes(file)
    if (bytes && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      info.skipped = 'UTF-16 text (copydesk reads UTF-8; convert it with `iconv -f UTF-16 -t UTF-8`)'
    } else if (bytes) {
      const at = invalidUtf8At(bytes)
      if (at !== -1) {
        info.lossy = `not valid UTF-8 (the byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at byte offset ${at}); linted with U+FFFD in place of the bad bytes`
      }
    }
  }
  if (!info.skipped && text.slice(0, binaryWindow).includes('\u0000')) {
    info.skipped = 'a binary file (it holds NUL bytes), not linted'
  }
  if (text.charCodeAt(0) === 0xfeff) {
    info.bom = true
    text = text.slice(1)
  }
  file.value = info.skipped ? '' : text
  return info
}

/** The text to write back for a file's (fixed) text: its byte order mark restored. */
export function restoreInput(file: VFile, text: string): string {
  return file.data.copydesk?.input?.bom ? '\uFEFF' + text : text
}
