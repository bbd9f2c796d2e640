import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {source} from './message.js'

/** One replacement in the text: UTF-16 offsets, end exclusive. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** Re-lint and fix again at most this often: fixes that overlapped wait for a later pass. */
const maxPasses = 5

declare module 'vfile' {
  interface DataMap {
    /** The text before `--fix` changed it. */
    copydeskOriginal: string
    /** Set on the copies the fixer re-lints, so the fixer does not recurse. */
    copydeskRelint: boolean
  }
}

/**
 * The fix a message proposes when it is unambiguous: a warning or error
 * (info is "possibly right", so never applied) with exactly one suggestion,
 * or with exactly one suggestion that only restores a letter the text
 * dropped (`thes` → `these` among the, this, these…): an omitted keystroke
 * is the commonest slip and the one a reader reconstructs without doubt.
 */
export function safeFix(message: VFileMessage): string | undefined {
  if (message.source !== source || message.fatal === null || message.fatal === undefined) return undefined
  const expected = message.expected ?? []
  if (expected.length === 1) return expected[0]
  const actual = String(message.actual ?? '')
  const restoring = expected.filter((option) => restoresOneLetter(actual, option))
  return restoring.length === 1 ? restoring[0] : undefined
}

function restoresOneLetter(actual: string, option: string): boolean {
  if (option.length !== actual.length + 1 || !/^\p{L}+$/u.test(actual)) return false
  for (let i = 0; i < option.length; i++) {
    if (option.slice(0, i) + option.slice(i + 1) === actual) return true
  }
  return false
}

/**
 * The edits to make now: each safe fix whose span still holds the text it
 * flagged, none overlapping (the first in the document wins; the others are
 * looked at again after re-linting).
 */
export function safeEdits(text: string, messages: readonly VFileMessage[]): Edit[] {
  const edits: Edit[] = []
  for (const message of messages) {
    const fix = safeFix(message)
    const place = message.place
    if (fix === undefined || !place || !('start' in place)) continue
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined || text.slice(start, end) !== message.actual || fix === message.actual) continue
    edits.push({start, end, text: fix})
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Edit[] = []
  for (const edit of edits) {
    const last = kept.at(-1)
    if (!last || edit.start >= last.end) kept.push(edit)
  }
  return kept
}

/** Applies edits right to left, so each one's offsets are still those of the original text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return result
}

/**
 * A plugin that runs after linting and fixes the file in place: apply the
 * safe fixes, re-lint with the same processor (the file's own configuration),
 * repeat while anything changes, up to a bound. The file ends with the fixed
 * text, the messages that remain, and `data.copydeskOriginal` when it
 * changed; writing it out is the caller's business.
 */
export function copydeskFix(this: Processor) {
  const processor = this
  return async function (_tree: Root, file: VFile) {
    if (file.data.copydeskRelint) return
    const original = String(file.value)
    let text = original
    let messages = file.messages.filter((message) => message.source === source)
    for (let pass = 0; pass < maxPasses; pass++) {
      const edits = safeEdits(text, messages)
      if (edits.length === 0) break
      const next = applyEdits(text, edits)
      if (next === text) break
      text = next
      const copy = new VFile({path: file.path, value: text, data: {copydeskRelint: true}})
      await processor.run(processor.parse(copy), copy)
      messages = copy.messages.filter((message) => message.source === source)
    }
    if (text === original) return
    file.value = text
    file.data.copydeskOriginal = original
    file.messages = [...file.messages.filter((message) => message.source !== source), ...messages]
  }
}
