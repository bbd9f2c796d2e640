import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compareDeletion, deletionAt, editDistance} from '../src/names/distance.js'

/** Optimal string alignment distance, plainly, for comparison. */
function plainDistance(a: string, b: string): number {
  const d = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

const name = fc.stringMatching(/^[a-dé’]{0,12}$/)

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('starmer', 'starmmer')).toBe(1)
    expect(editDistance('madbouly', 'madbuoly')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('kitten', 'sitting', 2)).toBe(3)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('agrees with the plain table, one call after another and on words longer than its rows', () => {
    fc.assert(fc.property(name, name, fc.integer({min: 0, max: 4}), (a, b, limit) => {
      const plain = plainDistance(a, b)
      expect(editDistance(a, b)).toBe(plain)
      expect(editDistance(a, b, limit)).toBe(plain > limit ? limit + 1 : plain)
    }))
    const long = 'ab'.repeat(40)
    expect(editDistance(long, long.slice(1) + 'c')).toBe(plainDistance(long, long.slice(1) + 'c'))
  })
})

describe('compareDeletion', () => {
  it('sorts a deletion key as the key itself would, without making it', () => {
    expect(Math.sign(compareDeletion('madbouly', 3, 'madouly'))).toBe(0)
    expect(Math.sign(compareDeletion('madbouly', -1, 'madbouly'))).toBe(0)
    expect(Math.sign(compareDeletion('madbouly', 0, 'adbouly'))).toBe(0)
    expect(Math.sign(compareDeletion('madbouly', 7, 'madboul'))).toBe(0)
    expect(compareDeletion('madbouly', 3, 'madoul')).toBeGreaterThan(0)
    expect(compareDeletion('abc', 1, 'ad')).toBeLessThan(0)
    fc.assert(fc.property(name, name, fc.integer({min: -1, max: 12}), (value, key, at) => {
      const position = Math.min(at, value.length - 1)
      const made = deletionAt(value, position)
      expect(Math.sign(compareDeletion(value, position, key))).toBe(made < key ? -1 : made > key ? 1 : 0)
    }))
  })
})
