import {describe, expect, it} from 'vitest'
import {loadBundle} from '../src/data/bundle.js'
import {lint} from './lint.js'

const {phraseRules} = loadBundle()

describe('phrase rules run their own examples', () => {
  it('has hundreds of entries, each with examples', () => {
    expect(phraseRules.length).toBeGreaterThanOrEqual(300)
    for (const rule of phraseRules) {
      expect(rule.examples.invalid.length, rule.id).toBeGreaterThan(0)
      expect(rule.examples.valid.length, rule.id).toBeGreaterThan(0)
    }
  })

  for (const rule of phraseRules) {
    it(`phrases:${rule.id}`, async () => {
      for (const text of rule.examples.invalid) {
        const found = (await lint(text)).filter((f) => f.rule === 'phrases:' + rule.id)
        expect(found, text).toHaveLength(1)
        const [hit] = found
        expect(text.slice(hit!.start, hit!.end)).toBe(hit!.actual)
        // An entry's examples tell of the past or not: either level of the entry's.
        expect([rule.level, rule.levelInPast ?? rule.level]).toContain(hit!.level)
        // The first fix, applied, gives the corrected example and leaves nothing for this rule to say.
        const fixed = text.slice(0, hit!.start) + hit!.expected[0] + text.slice(hit!.end)
        expect(rule.examples.valid, `fixed: ${fixed}`).toContain(fixed)
        expect((await lint(fixed)).filter((f) => f.rule === 'phrases:' + rule.id), fixed).toEqual([])
      }
      for (const text of rule.examples.valid) {
        expect((await lint(text)).filter((f) => f.rule === 'phrases:' + rule.id), text).toEqual([])
      }
    })
  }
})
