import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

const names = async (text: string) =>
  (await lint(text)).filter((f) => f.rule === 'names').map((f) => [f.actual, f.expected[0], f.level])

// Officials of the countries issue #16 found covered thinly (people.yml sections of 2026-12-03).
describe('gazetteer: officials beyond heads of state', () => {
  it('fixes a slip in a minister’s, an adviser’s or an army chief’s name', async () => {
    expect(await names('Thai Finance Minister Pichai Chunhavajria said on Monday that growth would slow.')).toEqual([
      ['Pichai Chunhavajria', 'Pichai Chunhavajira', 'warning']
    ])
    expect(await names('Ghana’s Foreign Minister Samuel Okudzeto Ablakwah flew to Abuja on Monday.')).toEqual([
      ['Samuel Okudzeto Ablakwah', 'Samuel Okudzeto Ablakwa', 'warning']
    ])
    expect(await names('Bangladesh army chief General Waker-Uz-Zamman said elections would be held.')).toEqual([
      ['Waker-Uz-Zamman', 'Waker-Uz-Zaman', 'warning']
    ])
  })

  it('stays quiet on the name used alone as each country’s copy uses it, and on unaccented wire forms', async () => {
    expect(await names('Thai Finance Minister Pichai Chunhavajira said growth would slow. Pichai said exports were weak.')).toEqual([])
    expect(await names('Indonesian Foreign Minister Sugiono met his counterpart in Tokyo. Sugiono said the talks went well.')).toEqual([])
    expect(await names('Ethiopian Deputy Prime Minister Temesgen Tiruneh met Tigray leaders. Temesgen said talks would go on.')).toEqual([])
    expect(await names('Sri Lankan Prime Minister Harini Amarasuriya spoke in Colombo. Amarasuriya said the budget would pass.')).toEqual([])
    expect(await names('Peruvian President Jose Jeri swore in his cabinet on Tuesday. Jeri named Ernesto Alvarez prime minister.')).toEqual([])
  })
})
