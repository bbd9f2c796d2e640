import {describe, expect, it} from 'vitest'
import {lint, pairs} from './lint.js'

describe('spacing', () => {
  it('finds a missing space after a comma between words, with the exact span and fix', async () => {
    const text = 'The minister left early,saying the talks had stalled.'
    expect(await lint(text)).toEqual([
      {
        rule: 'spacing',
        actual: 'early,saying',
        expected: ['early, saying'],
        level: 'warning',
        start: 18,
        end: 30
      }
    ])
  })

  it('finds a sentence run into the next one', async () => {
    expect(await pairs('spacing', 'Markets fell sharply.Investors sold bonds on Friday.')).toEqual([
      ['sharply.Investors', 'sharply. Investors']
    ])
  })

  it('finds missing spaces after semicolons, colons, question and exclamation marks', async () => {
    expect(await pairs('spacing', 'He had one demand;nobody agreed.')).toEqual([['demand;nobody', 'demand; nobody']])
    expect(await pairs('spacing', 'The verdict was clear:guilty on all counts.')).toEqual([['clear:guilty', 'clear: guilty']])
    expect(await pairs('spacing', 'Who pays?Nobody knows yet.')).toEqual([['pays?Nobody', 'pays? Nobody']])
  })

  it('finds a space before punctuation and doubled spaces', async () => {
    expect(await pairs('spacing', 'Prices rose again , the agency said.')).toEqual([[' ,', ',']])
    expect(await pairs('spacing', 'The central  bank held rates.')).toEqual([['  ', ' ']])
  })

  it('finds a space between a number and its percent sign', async () => {
    expect(await lint('The Nikkei average fell 1.8 % on the news.')).toEqual([
      {rule: 'spacing', actual: ' %', expected: ['%'], level: 'warning', start: 27, end: 29}
    ])
    expect(await lint('The Nikkei average fell 1.8% on the news.')).toEqual([])
  })

  it('stays quiet on numbers, times, abbreviations, initials, domains and addresses', async () => {
    const clean = [
      'The fund holds 1,000 shares worth 3.14 million dollars at 10:30 a.m. today.',
      'The U.S. economy grew, e.g. in services, while Ph.D. holders earned more.',
      'Read it on Archynetys.com or at https://example.org/news?id=4,5 now.',
      'Write to desk@example.com before noon; J.R.R. Tolkien fans waited.',
      'The ratio was 3:1 in favor, and the vote ended 52-48.',
      'Wait... the results are in.'
    ]
    for (const text of clean) expect(await pairs('spacing', text), text).toEqual([])
  })
})
