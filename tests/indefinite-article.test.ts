import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

const articles = async (text: string) => (await lint(text)).filter((f) => f.rule === 'indefinite-article').map((f) => [f.actual, f.expected[0], f.start])

describe('indefinite-article', () => {
  it('fixes the article of real machine-translated sentences, keeping its capital', async () => {
    // kbc.co.ke-style agency copy and a spun AP story (tests/fixtures/real/tune).
    expect(await articles('The group was a independent minister within the cabinet.')).toEqual([['a', 'an', 14]])
    expect(await articles('An necessary legal vacuum followed. A extremely close vote came next.')).toEqual([
      ['An', 'A', 0],
      ['A', 'An', 36]
    ])
  })

  it('goes by the sound: initialisms, numbers, and words whose letters mislead', async () => {
    expect(await articles('She won a 8-year term after a FBI inquiry.')).toEqual([
      ['a', 'an', 8],
      ['a', 'an', 28]
    ])
    const clean = [
      'It was a unilateral move by a European ally, an hour after an FBI agent testified.',
      'It was an historic day, and a historic vote for a one-party state.',
      'He cast a “yes” vote and an 18-year-old voted too.',
      'The plan has parts a and b.'
    ]
    for (const text of clean) expect(await articles(text), text).toEqual([])
  })
})

// From a Cambodian page in tests/fixtures/real (a garbled page).
describe('indefinite-article: a name that ends in "An"', () => {
  it('leaves a capital "An" after a name’s words, and still finds a lowercase article', async () => {
    expect((await lint('Deputy Prime Minister Men Sam An said the support was great.')).filter((f) => f.rule === 'indefinite-article')).toEqual([])
    expect((await lint('He saw an big dog.')).filter((f) => f.rule === 'indefinite-article').map((f) => [f.actual, f.expected[0]])).toEqual([['an', 'a']])
  })
})
