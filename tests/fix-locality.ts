import {diffChars} from 'diff'
import {expect} from 'vitest'

export interface Span {
  start: number
  end: number
}

/**
 * Asserts that `out` differs from `body` only inside `flagged` spans (of
 * `body`): every stretch between the merged spans is in the output, in
 * order, the first and the last at its ends. Alignment-free, so a fix that
 * closes up a doubled space is not mistaken for one that ate a letter.
 */
export function expectOnlyFlaggedChanged(body: string, out: string, flagged: readonly Span[]): void {
  if (out === body) return
  const kept: string[] = []
  let at = 0
  for (const span of [...flagged].sort((a, b) => a.start - b.start)) {
    if (span.start >= at) {
      kept.push(body.slice(at, span.start))
      at = span.end
    } else at = Math.max(at, span.end)
  }
  kept.push(body.slice(at))
  expect(out.startsWith(kept[0]!), `start kept in ${JSON.stringify(body)}`).toBe(true)
  expect(out.endsWith(kept.at(-1)!), `end kept in ${JSON.stringify(body)}`).toBe(true)
  let from = kept[0]!.length
  for (const stretch of kept.slice(1, -1)) {
    const found = out.indexOf(stretch, from)
    expect(found, `${JSON.stringify(stretch)} kept in ${JSON.stringify(body)} → ${JSON.stringify(out)}`).toBeGreaterThanOrEqual(from)
    from = found + stretch.length
  }
  expect(out.length - kept.at(-1)!.length).toBeGreaterThanOrEqual(from)
}

/** The changed stretches of `before` → `after`, in both texts' offsets. */
export function changes(before: string, after: string): Array<{old: Span; new: Span}> {
  const found: Array<{old: Span; new: Span}> = []
  let a = 0
  let b = 0
  let open: {old: Span; new: Span} | undefined
  for (const part of diffChars(before, after)) {
    if (!part.added && !part.removed) {
      if (open) found.push(open)
      open = undefined
      a += part.value.length
      b += part.value.length
      continue
    }
    open ??= {old: {start: a, end: a}, new: {start: b, end: b}}
    if (part.removed) a += part.value.length
    else b += part.value.length
    open.old.end = a
    open.new.end = b
  }
  if (open) found.push(open)
  return found
}

