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
