import {firstWhere} from '../first-where.js'

/**
 * Where the lines of the last document asked about start, and where its
 * double quote marks stand. Rules ask about a line for most capitalized
 * words; scanning back to the line's start each time read a whole line again
 * per word, which on a one-line address (the bench's archive) made the scan
 * quadratic.
 */
let last: {value: string; starts: number[]; marks: number[] | undefined} | undefined

function indexed(value: string) {
  if (last?.value !== value) {
    const starts = [0]
    for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) starts.push(at + 1)
    last = {value, starts, marks: undefined}
  }
  return last
}

/** The first index of `sorted` whose number is at least `offset`. */
function firstAtLeast(sorted: readonly number[], offset: number): number {
  return firstWhere(sorted.length, (index) => sorted[index]! >= offset)
}

/** The number of the line `offset` is on (from 0), and where that line starts. */
export function lineAt(value: string, offset: number): {line: number; start: number; next: number | undefined} {
  const {starts} = indexed(value)
  const line = firstAtLeast(starts, offset + 1) - 1
  return {line, start: starts[line]!, next: starts[line + 1]}
}

/** How many double quote marks, straight or curly, stand between `from` and `to`. */
export function quoteMarksBetween(value: string, from: number, to: number): number {
  const index = indexed(value)
  if (index.marks === undefined) {
    const marks: number[] = []
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i)
      if (code === 0x22 || code === 0x201c || code === 0x201d) marks.push(i)
    }
    index.marks = marks
  }
  return firstAtLeast(index.marks, to) - firstAtLeast(index.marks, from)
}
