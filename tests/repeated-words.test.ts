import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

describe('repeated-words', () => {
  it('flags a word written twice and proposes one', async () => {
    expect(await lint('The talks will resume in in March.')).toEqual([
      {rule: 'repeated-words', actual: 'in in', expected: ['in'], level: 'warning', start: 22, end: 27}
    ])
  })

  it('is quiet when an abbreviation ends one sentence and opens the next', async () => {
    expect(await lint('Exports to the E.U. E.U. buyers took most of them.')).toEqual([])
    expect(await lint('They flew to Washington, D.C. D.C. police met them.')).toEqual([])
  })

  // A dotted abbreviation doubled mid-sentence reads the same as one that
  // ends a sentence and opens the next, so it is let go; without the dots
  // there is no sentence break to mistake.
  it('still flags an abbreviation doubled without dots', async () => {
    expect(await lint('Exports to the EU EU rose.')).toEqual([
      {rule: 'repeated-words', actual: 'EU EU', expected: ['EU'], level: 'warning', start: 15, end: 20}
    ])
  })

  it('is quiet on legitimate doubles', async () => {
    expect(await lint('She said that that plan had failed.')).toEqual([])
  })
})
