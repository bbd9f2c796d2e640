import {editDistance} from '../names/distance.js'

/** Letter pairs whose keys touch, both ways, from keyboard rows set half a key right of the row above. */
export function keyboardNeighbours(rows: readonly string[]): Set<string> {
  const pairs = new Set<string>()
  const touch = (a: string | undefined, b: string | undefined) => {
    if (!a || !b) return
    pairs.add(a + b)
    pairs.add(b + a)
  }
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      touch(row[i], row[i + 1])
      const below = rows[r + 1]
      // The row below is shifted right: key i sits over keys i-1 and i of it.
      if (below) {
        touch(row[i], below[i - 1])
        touch(row[i], below[i])
      }
    }
  })
  return pairs
}

/**
 * How likely a typist made `typo` while meaning `word`, as a rank (lower is
 * likelier): the edit distance first (adjacent swaps count as one); within
 * one edit, two letters swapped (0), a doubled letter lost or added, or a
 * neighbouring key hit or slipped in (1), any other single edit (2).
 */
export function slipRank(typo: string, word: string, neighbours: ReadonlySet<string>): number {
  const a = typo.toLowerCase()
  const b = word.toLowerCase()
  const distance = editDistance(a, b, 3)
  if (distance !== 1) return distance * 3
  if (a.length === b.length) {
    let i = 0
    while (a[i] === b[i]) i++
    if (a[i + 1] === b[i] && a[i] === b[i + 1] && a.slice(i + 2) === b.slice(i + 2)) return 0
    return neighbours.has(a[i]! + b[i]!) ? 1 : 2
  }
  // One letter more in one of them: which, and what stands beside it.
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  let i = 0
  while (long[i] === short[i]) i++
  const extra = long[i]!
  const beside = [long[i - 1], long[i + 1]]
  if (beside.includes(extra)) return 1
  return beside.some((letter) => letter !== undefined && neighbours.has(extra + letter)) ? 1 : 2
}
