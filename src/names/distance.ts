/**
 * Edit distance with adjacent swaps counted as one edit (optimal string
 * alignment), stopping early once `limit` is exceeded.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous2: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1)
      }
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    previous2 = previous
    previous = current
  }
  return previous[b.length]!
}

/** Every string one deletion away, with the string itself: the symmetric-delete keys. */
export function deletes(value: string): string[] {
  const keys = [value]
  for (const position of deletionPositions(value)) keys.push(deletionAt(value, position))
  return keys
}

/**
 * The positions whose letter `deletes` takes out, in order: deleting any
 * letter of a run of one letter ("ll") gives the same string, and no two
 * other deletions do, so only the first of each run.
 */
export function deletionPositions(value: string): number[] {
  const positions: number[] = []
  for (let i = 0; i < value.length; i++) {
    if (i > 0 && value.charCodeAt(i) === value.charCodeAt(i - 1)) continue
    positions.push(i)
  }
  return positions
}

/** `value` without its letter at `position`; itself for -1. */
export function deletionAt(value: string, position: number): string {
  return position < 0 ? value : value.slice(0, position) + value.slice(position + 1)
}
