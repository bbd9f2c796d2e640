import {describe, expect, it} from 'vitest'
import {KeyTable, packKeys} from '../src/data/key-table.js'

describe('a packed table of keys (src/data/key-table.ts)', () => {
  it('numbers each key as given and finds it again through JSON; any other string is -1', () => {
    const keys = ['nigeriacustomsservice', 'ncs', '__proto__', 'constructor', 'zoëbaird', '', 'ōtaki']
    const table = new KeyTable(JSON.parse(JSON.stringify(packKeys(keys))))
    expect(keys.map((key) => table.indexOf(key))).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(table.size).toBe(7)
    for (const other of ['nc', 'ncss', 'tostring', 'hasOwnProperty', 'zoebaird', 'NCS']) expect(table.indexOf(other), other).toBe(-1)
    expect(table.has('ōtaki')).toBe(true)
  })

  it('holds a table of many keys with every key found and none else', () => {
    const keys = Array.from({length: 5000}, (_, n) => `key${n * 7}`)
    const table = new KeyTable(packKeys(keys))
    expect(keys.every((key, n) => table.indexOf(key) === n)).toBe(true)
    expect(Array.from({length: 5000}, (_, n) => `key${n * 7 + 1}`).some((key) => table.has(key))).toBe(false)
  })

  it('is empty for no keys, and refuses a key given twice or holding a line break', () => {
    expect(new KeyTable(packKeys([])).indexOf('a')).toBe(-1)
    expect(() => packKeys(['a', 'b', 'a'])).toThrow('"a" is given twice')
    expect(() => packKeys(['a\nb'])).toThrow('a key holds a line break')
  })

  it('refuses slots that do not fit its keys', () => {
    const packed = packKeys(['a', 'b', 'c'])
    expect(() => new KeyTable({...packed, keys: 'a\nb\nc\nd\ne'})).toThrow('8 slots for 5 keys')
  })
})
