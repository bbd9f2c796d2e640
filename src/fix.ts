import type {VFileMessage} from 'vfile-message'
import {nearestEdit, offsetMap, type Edit} from './edit-map.js'
import {levelOf, offsetsOf, source} from './message.js'

export type {Edit} from './edit-map.js'

/** Re-lint and fix again at most this often: fixes that overlapped wait for a later pass. */
const maxPasses = 5

/**
 * The fix a message proposes when it is unambiguous: a warning or error
 * (info is "possibly right", so never applied) with exactly one suggestion,
 * or with exactly one suggestion that only restores a letter the text
 * dropped (`thes` → `these` among the, this, these…): an omitted keystroke
 * is the commonest slip and the one a reader reconstructs without doubt,
 * unless another suggestion only swaps two neighbouring letters back.
 */
export function safeFix(message: VFileMessage): string | undefined {
  if (message.source !== source || levelOf(message) === 'info') return undefined
  const expected = message.expected ?? []
  // Deleting a stretch of several words (a repeated sentence) is the editor's
  // call: the copy may be a refrain. It stays a suggestion an editor applies.
  if (expected.length === 1 && expected[0] === '' && wordCount(String(message.actual ?? '')) > maxDeletedWords) return undefined
  if (expected.length === 1) return expected[0]
  const actual = String(message.actual ?? '')
  const restoring = expected.filter((option) => restoresOneLetter(actual, option))
  // `teh` restores to `tech` but swaps to `the`: two slips as likely, so no fix.
  if (restoring.length !== 1 || expected.some((option) => swapsTwoLetters(actual, option))) return undefined
  return restoring[0]
}

/** The most words `--fix` deletes on its own ("the the" → "the" deletes one). */
const maxDeletedWords = 2

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

function swapsTwoLetters(actual: string, option: string): boolean {
  if (option.length !== actual.length) return false
  const differ = [...actual].flatMap((char, i) => (char === option[i] ? [] : [i]))
  return differ.length === 2 && differ[1] === differ[0]! + 1 && actual[differ[0]!] === option[differ[1]!] && actual[differ[1]!] === option[differ[0]!]
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
    const offsets = offsetsOf(message)
    if (fix === undefined || !offsets) continue
    const [start, end] = offsets
    if (text.slice(start, end) !== message.actual || fix === message.actual) continue
    // A fix that would add or remove a line break changes the layout, not just the words: reported, not applied.
    if (lineBreaks(message.actual) !== lineBreaks(fix)) continue
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

function lineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length
}

/** Applies edits (not overlapping) in one pass: splicing each into the whole text costs the text's length per edit. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = []
  let at = 0
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, edit.start), edit.text)
    at = edit.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

const startOf = (message: VFileMessage): number => offsetsOf(message)?.[0] ?? 0
const endOf = (message: VFileMessage): number => offsetsOf(message)?.[1] ?? 0

const ranks = {info: 0, warning: 1, error: 2} as const
const rank = (message: VFileMessage): number => ranks[levelOf(message)]

/**
 * Warnings and errors after `edits` that were not there before: no message
 * of the same rule on the same word (in any case) at the same span, at
 * that level or above.
 */
export function raisedBy(before: readonly VFileMessage[], after: readonly VFileMessage[], edits: readonly Edit[]): VFileMessage[] {
  const had = new Map<string, number>()
  const map = offsetMap(edits)
  for (const message of before) {
    const key = `${message.ruleId} ${map(startOf(message))}-${map(endOf(message))} ${String(message.actual ?? '').toLowerCase()}`
    had.set(key, Math.max(had.get(key) ?? 0, rank(message)))
  }
  return after.filter((message) => {
    if (rank(message) === 0) return false
    // Start and end: "also also lso" fixed to "also also" is a new repeat where the old one stood.
    const level = had.get(`${message.ruleId} ${startOf(message)}-${endOf(message)} ${String(message.actual ?? '').toLowerCase()}`)
    return level === undefined || level < rank(message)
  })
}

/** Re-lints a text as the file it came from. */
export type Relint = (text: string) => Promise<VFileMessage[]>

/**
 * The fixing loop, free of files: apply the safe fixes, re-lint, repeat
 * while anything changes, up to `maxPasses`. A fix that raises a warning
 * the text did not have (capitalizing the fragment `ome` makes the unknown
 * word `Ome`; closing up `The . it` starts a sentence at `it`) is taken
 * back, and not tried again: the finding stays reported. So the output
 * differs from the input only inside spans a safe fix flagged, the fixes
 * raise no new warnings, and fixing the output again changes nothing.
 */
export async function fixText(text: string, messages: readonly VFileMessage[], relint: Relint): Promise<{text: string; messages: VFileMessage[]}> {
  let current = text
  let found = [...messages]
  // Fixes taken back, in the current text's offsets.
  let refused: Edit[] = []
  const key = (edit: Edit) => `${edit.start} ${edit.end} ${edit.text}`
  for (let pass = 0; pass < maxPasses; pass++) {
    const refusedKeys = new Set(refused.map(key))
    let edits = safeEdits(current, found).filter((edit) => !refusedKeys.has(key(edit)))
    let next: string | undefined
    let after: VFileMessage[] = []
    while (edits.length > 0) {
      next = applyEdits(current, edits)
      after = await relint(next)
      const raised = raisedBy(found, after, edits)
      if (raised.length === 0) break
      const nearest = nearestEdit(edits)
      const blamed = new Set(raised.map((message) => nearest(startOf(message), endOf(message))))
      refused.push(...blamed)
      edits = edits.filter((edit) => !blamed.has(edit))
      next = undefined
    }
    if (next === undefined || next === current) break
    const map = offsetMap(edits)
    refused = refused.map((edit) => ({start: map(edit.start), end: map(edit.end), text: edit.text}))
    current = next
    found = after
  }
  return {text: current, messages: found}
}
