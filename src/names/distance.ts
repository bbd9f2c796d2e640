/** The three rows `editDistance` works in, kept between calls and grown as needed: names are short. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)]

/**
 * Edit distance with adjacent swaps counted as one edit (optimal string
 * alignment), stopping early once `limit` is exceeded.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(2 * (b.length + 1)))
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    const code = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && code === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, previous2[j - 2]! + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    ;[previous2, previous, current] = [previous, current, previous2]
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

/** How `deletionAt(value, position)` sorts against `key` in code-unit order (below 0, 0, above 0), without making it. */
export function compareDeletion(value: string, position: number, key: string): number {
  const length = position < 0 ? value.length : value.length - 1
  const shared = Math.min(length, key.length)
  for (let i = 0; i < shared; i++) {
    const difference = value.charCodeAt(position < 0 || i < position ? i : i + 1) - key.charCodeAt(i)
    if (difference !== 0) return difference
  }
  return length - key.length
}

/**
 * The same consonants in the same order, and the same length, only the
 * vowels between them moved or changed ("Zarubashvili" for Zurabishvili):
 * how a long name goes wrong when it is transliterated by ear. Nine letters
 * at least, the first the same: shorter names share a skeleton by chance.
 */
export function vowelsMoved(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 9 || a === b || a[0] !== b[0]) return false
  return withoutVowels(a) === withoutVowels(b)
}

/** A lowercase word's consonants in order ("sf" of saif; y counts as a vowel). */
export function withoutVowels(word: string): string {
  return word.replace(vowels, '')
}

/** Whether `word` is `longer` with one letter taken out, and at which position (the first of a run of one letter); -1 if not. */
export function droppedLetterAt(word: string, longer: string): number {
  if (longer.length !== word.length + 1) return -1
  return deletionPositions(longer).find((position) => deletionAt(longer, position) === word) ?? -1
}

const vowels = /[aeiouy]/g
