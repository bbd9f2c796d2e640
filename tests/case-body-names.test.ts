import {describe, expect, it} from 'vitest'
import {lint, pairs} from './lint.js'

describe('a body’s name with one word lowercase', () => {
  it('finds the lowercase first word of a body written before its own short name', async () => {
    const text = 'Lawmakers in the state Duma voted on Tuesday.'
    expect(await lint(text)).toEqual([{rule: 'case', actual: 'state', expected: ['State'], level: 'warning', start: 17, end: 22}])
  })

  it('leaves a lowercase word that describes another body’s name', async () => {
    expect(await pairs('case', 'Voters in Tokyo backed the liberal Democratic Party on Sunday.')).toEqual([])
    expect(await pairs('case', 'Lawmakers from the Congress party walked out.')).toEqual([])
  })

  it('finds a party’s lowercase last word after a nationality when the story is about its country', async () => {
    const text = 'The Verkhovna Rada met in the morning. A deputy from European solidarity spoke first.'
    expect(await lint(text)).toEqual([{rule: 'case', actual: 'solidarity', expected: ['Solidarity'], level: 'warning', start: 62, end: 72}])
  })

  it('leaves the same words as ordinary English in a story about another country', async () => {
    expect(await pairs('case', 'Leaders in Paris called for European solidarity on energy.')).toEqual([])
    expect(await pairs('case', 'Leaders called for European solidarity on energy.')).toEqual([])
  })
})
