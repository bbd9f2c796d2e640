import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

const phrases = async (text: string) => (await lint(text)).filter((found) => found.rule.startsWith('phrases:'))

// The scan keeps one window of lookups and reuses it from word to word and
// sentence to sentence: nothing of one word may carry over to the next.
describe('phrases: the scan over words', () => {
  it('finds the same phrase again in the next sentence', async () => {
    expect(await phrases('They tow the line. Then they tow the line again.')).toEqual([
      {rule: 'phrases:tow-the-line', actual: 'tow the line', expected: ['toe the line'], level: 'warning', start: 5, end: 17},
      {rule: 'phrases:tow-the-line', actual: 'tow the line', expected: ['toe the line'], level: 'warning', start: 29, end: 41}
    ])
  })

  it('needs the words of a phrase on one line', async () => {
    expect(await phrases('They tow\nthe line.')).toEqual([])
    expect(await phrases('They tow the\nline. They tow the line.')).toEqual([
      {rule: 'phrases:tow-the-line', actual: 'tow the line', expected: ['toe the line'], level: 'warning', start: 24, end: 36}
    ])
  })

  it('compares a case-sensitive phrase as written, the others in lowercase', async () => {
    expect(await phrases('The firm hired legal council. The Legal Council met. Fans waited with Baited Breath.')).toEqual([
      {rule: 'phrases:legal-council', actual: 'legal council', expected: ['legal counsel'], level: 'warning', start: 15, end: 28},
      {rule: 'phrases:baited-breath', actual: 'Baited Breath', expected: ['Bated Breath'], level: 'warning', start: 70, end: 83}
    ])
  })
})
