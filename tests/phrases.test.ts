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

describe('phrases: an entry whose level rises in a sentence about the past', () => {
  it('warns on "this Wednesday" where the event has happened, and only notes it otherwise', async () => {
    // Spanish "este miércoles" in a Portuguese election story (archynewsy.com, 2024).
    expect((await phrases('This Wednesday it was confirmed that Chega won the elections abroad.')).map((f) => [f.actual, f.expected[0], f.level])).toEqual([['This Wednesday', 'On Wednesday', 'warning']])
    expect((await phrases('The court ruled this Monday that the law was valid.')).map((f) => f.level)).toEqual(['warning'])
    // A day to come: a word of the future keeps it a note, even beside a past tense.
    expect((await phrases('The minister said the vote will be held this Friday.')).map((f) => f.level)).toEqual(['info'])
    expect((await phrases('Parliament meets this Tuesday to debate the bill.')).map((f) => f.level)).toEqual(['info'])
  })
})

describe('phrases: an entry standard in some countries’ English', () => {
  it('leaves "vote of trust" in a story about Nepal, and fixes it in a story about Italy', async () => {
    // Nepal's House of Representatives (millenniumpost.in, 2024) and Italy's Senate.
    expect(await phrases('Nepal’s prime minister Prachanda needed 138 votes to win the vote of trust in Kathmandu.')).toEqual([])
    expect((await phrases('Italy’s government won a vote of trust in the Senate.')).map((f) => [f.actual, f.expected[0], f.start])).toEqual([['vote of trust', 'vote of confidence', 25]])
  })
})
