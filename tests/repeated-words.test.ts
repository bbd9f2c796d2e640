import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

describe('repeated-words', () => {
  it('flags a word written twice and proposes one', async () => {
    expect(await lint('The talks will resume in in March.')).toEqual([
      {rule: 'repeated-words', actual: 'in in', expected: ['in'], level: 'warning', start: 22, end: 27}
    ])
  })

  it('is quiet on legitimate doubles', async () => {
    expect(await lint('She said that that plan had failed.')).toEqual([])
  })
})
