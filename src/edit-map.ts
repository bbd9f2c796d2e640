import {firstWhere} from './first-where.js'

/** One replacement in the text: UTF-16 offsets, end exclusive. */
export interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Where an offset of the text before `edits` (sorted, not overlapping) is
 * after them: an offset inside an edit goes to the end of its replacement.
 * Each lookup is a binary search, so mapping every message costs n log n.
 */
export function offsetMap(edits: readonly Edit[]): (at: number) => number {
  // growth[k]: how much longer the text is after the edits before the k-th.
  const growth = [0]
  for (const edit of edits) growth.push(growth.at(-1)! + edit.text.length - (edit.end - edit.start))
  return (at) => {
    const k = firstWhere(edits.length, (i) => edits[i]!.end > at)
    const edit = edits[k]
    return edit && edit.start < at ? edit.start + growth[k]! + edit.text.length : at + growth[k]!
  }
}

/**
 * For spans of the text after `edits` (sorted, not overlapping), the edit
 * nearest each: the least gap to its replacement, the first in the text on
 * a tie.
 */
export function nearestEdit(edits: readonly Edit[]): (start: number, end: number) => Edit {
  const starts: number[] = []
  const ends: number[] = []
  let growth = 0
  for (const edit of edits) {
    // Not offsetMap(edit.start): that puts an insertion after its own text.
    starts.push(edit.start + growth)
    ends.push(edit.start + growth + edit.text.length)
    growth += edit.text.length - (edit.end - edit.start)
  }
  return (start, end) => {
    // The gap to an edit before the span shrinks along the text, to one after it grows: it bottoms out where they cross.
    const gap = (k: number) => Math.max(0, starts[k]! - end, start - ends[k]!)
    const cross = firstWhere(edits.length, (k) => starts[k]! + ends[k]! >= start + end)
    const least = Math.min(cross > 0 ? gap(cross - 1) : Infinity, cross < edits.length ? gap(cross) : Infinity)
    return edits[firstWhere(edits.length, (k) => ends[k]! >= start - least)]!
  }
}
