import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {lint, warnings} from './lint.js'

interface Garble {
  text: string
  actual: string
  expected: string
  kind: string
}

const read = <T>(name: string): T => parse(readFileSync(new URL(`fixtures/names/${name}`, import.meta.url), 'utf8')) as T
const garbles = read<{cases: Garble[]}>('garbles.yml').cases
const clean = read<{cases: string[]}>('clean.yml').cases

// Both files were written blind to the matcher, before it was tuned: a held-out check.
describe('names on garbles no list has seen', () => {
  it('catches at least 90% at warning level, with the canonical name first for at least 80%', async () => {
    expect(garbles.length).toBeGreaterThanOrEqual(60)
    let caught = 0
    let first = 0
    for (const garble of garbles) {
      const start = garble.text.indexOf(garble.actual)
      const end = start + garble.actual.length
      const hits = (await warnings(garble.text)).filter((found) => found.start < end && found.end > start)
      if (hits.length > 0) caught++
      if (hits.some((found) => found.expected[0] === garble.expected)) first++
    }
    expect(caught / garbles.length).toBeGreaterThanOrEqual(0.9)
    expect(first / garbles.length).toBeGreaterThanOrEqual(0.8)
  })

  it('raises no warning on correct mentions of known and unknown names', async () => {
    expect(clean.length).toBeGreaterThanOrEqual(100)
    const raised: string[] = []
    for (const text of clean) for (const found of await warnings(text)) raised.push(`${found.rule} ${found.actual} in: ${text}`)
    expect(raised).toEqual([])
  })

  it('reports a garble with its span and the canonical name', async () => {
    const [found] = (await lint('Prime Minister Keir Starmmer told MPs the deal would hold.')).filter((f) => f.rule === 'names')
    expect(found).toEqual({rule: 'names', actual: 'Keir Starmmer', expected: ['Keir Starmer'], level: 'warning', start: 15, end: 28})
  })
})
