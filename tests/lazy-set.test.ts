import {describe, expect, it} from 'vitest'
import {LazySet} from '../src/data/lazy-set.js'

describe('a set made when first asked (src/data/lazy-set.ts)', () => {
  it('calls its maker on the first question only, then answers as the set made', () => {
    let made = 0
    const set = new LazySet(() => (made++, new Set(['Tōkyō', 'Nakuru'])))
    expect(made).toBe(0)
    expect(set.has('Nakuru')).toBe(true)
    expect(set.has('nakuru')).toBe(false)
    expect(set.size).toBe(2)
    expect([...set]).toEqual(['Tōkyō', 'Nakuru'])
    expect([...set.entries()]).toEqual([['Tōkyō', 'Tōkyō'], ['Nakuru', 'Nakuru']])
    const seen: Array<[string, string, boolean]> = []
    set.forEach((value, key, owner) => seen.push([value, key, owner === set]))
    expect(seen).toEqual([['Tōkyō', 'Tōkyō', true], ['Nakuru', 'Nakuru', true]])
    expect(made).toBe(1)
  })
})
