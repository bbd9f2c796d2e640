import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compareDeletion, deletionAt, editDistance} from '../src/names/distance.js'
import {plainDistance} from './plain-distance.js'

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
      // Past the limit it is only known to be past it: limit + 1 when a whole row is, else the distance.
      const bounded = editDistance(a, b, limit)
      if (plain <= limit) expect(bounded).toBe(plain)
      else expect(bounded === limit + 1 || bounded === plain).toBe(true)
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
