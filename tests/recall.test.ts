import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {lint, warnings} from './lint.js'

interface Slip {
  text: string
  actual: string
  expected: string
  kind: string
}

const read = (name: string) =>
  parse(readFileSync(new URL(`fixtures/recall/${name}.yml`, import.meta.url), 'utf8')) as {cases: Slip[]; clean?: string[]}

// Written blind to the rules (tests/fixtures/recall): slips the rules have never seen.
for (const [name, share] of [['spacing', 1], ['case', 0.9]] as const) {
  describe(`${name} on new text`, () => {
    const {cases, clean = []} = read(name)

    it(`finds ${share * 100}% or more of ${cases.length} slips with their exact span and fix`, async () => {
      expect(cases.length).toBeGreaterThanOrEqual(50)
      const missed: string[] = []
      for (const slip of cases) {
        const start = slip.text.indexOf(slip.actual)
        const found = (await warnings(slip.text)).find((f) => f.start === start && f.end === start + slip.actual.length)
        if (found?.expected[0] !== slip.expected) missed.push(`${slip.kind}: ${slip.actual} in ${slip.text}`)
      }
      expect((cases.length - missed.length) / cases.length, missed.join('\n')).toBeGreaterThanOrEqual(share)
    })

    it('stays quiet on tricky clean sentences', async () => {
      const raised: string[] = []
      for (const text of clean) for (const found of await warnings(text)) raised.push(`${found.rule} ${found.actual} in: ${text}`)
      expect(raised).toEqual([])
    })
  })
}

describe('a recall case in full', () => {
  it('reports a comma slip with its span and fix', async () => {
    const [slip] = read('spacing').cases
    const start = slip!.text.indexOf(slip!.actual)
    expect((await lint(slip!.text)).filter((f) => f.rule === 'spacing')).toEqual([
      {rule: 'spacing', actual: slip!.actual, expected: [slip!.expected], level: 'warning', start, end: start + slip!.actual.length}
    ])
  })
})

describe('mechanics on new text (issue #17: spelling, joins, repeats, capitals, institutions)', () => {
  const {cases, clean = []} = read('mechanics')

  it(`gives the editor's text with the first fix of a warning for 65% or more of ${cases.length} slips`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
    const missed: string[] = []
    for (const slip of cases) {
      const start = slip.text.indexOf(slip.actual)
      const end = start + slip.actual.length
      const corrected = slip.text.slice(0, start) + slip.expected + slip.text.slice(end)
      const fixes = (await warnings(slip.text)).filter((f) => f.start < end && start < f.end && f.expected.length > 0)
      if (!fixes.some((f) => slip.text.slice(0, f.start) + f.expected[0] + slip.text.slice(f.end) === corrected)) missed.push(`${slip.kind}: ${slip.actual}`)
    }
    expect((cases.length - missed.length) / cases.length, missed.join('\n')).toBeGreaterThanOrEqual(0.65)
  })

  it('stays quiet on its tricky clean sentences', async () => {
    const raised: string[] = []
    for (const text of clean) for (const found of await warnings(text)) raised.push(`${found.rule} ${found.actual} in: ${text}`)
    expect(raised).toEqual([])
  })
})
