import {describe, expect, it} from 'vitest'
import {wholeWordsAt} from '../src/text/whole-words.js'
import {listedBeside} from '../src/text/listed-beside.js'

describe('whole words of a literal, found without a pattern', () => {
  it('finds a word where no letter, apostrophe or hyphen touches it, left to right and not overlapping', () => {
    const text = 'Corp and Corps; Corp’s Corp-led Corp. aCorp Corp'
    expect(wholeWordsAt(text, 'Corp')).toEqual([0, 32, 44])
    expect(wholeWordsAt('aaa aa', 'aa')).toEqual([4])
    expect(wholeWordsAt('Ana', '')).toEqual([])
  })

  it('reads a letter outside the Basic Multilingual Plane as a letter, its two halves together', () => {
    // U+20BB7, a CJK letter written as a surrogate pair, right before the word.
    expect(wholeWordsAt('\u{20BB7}Lee and Lee', 'Lee')).toEqual([10])
  })
})

describe('a name listed beside another', () => {
  // "the Yellow, Huaihe and Haihe rivers": items of one list are names of their own.
  const text = 'Floods hit the Yellow, Huaihe and Haihe rivers.'
  it('finds the form right before the span, after a capitalized item and its comma', () => {
    const start = text.indexOf('Haihe')
    expect(listedBeside(text, start, start + 5, 'Huaihe')).toBe(true)
  })

  it('finds the form right after the span, where a capitalized item and its comma come before it', () => {
    const start = text.indexOf('Huaihe')
    expect(listedBeside(text, start, start + 6, 'Haihe')).toBe(true)
    // A form that goes on as a longer word is not the list's item.
    expect(listedBeside('The Yellow, Huaihe and Haihes met.', start, start + 6, 'Haihe')).toBe(false)
  })

  it('leaves a pair alone, which may be one name said twice and misspelled', () => {
    const pair = 'They greeted @Jizahuli and Jijahuli.'
    const start = pair.indexOf('Jijahuli')
    expect(listedBeside(pair, start, start + 8, 'Jizahuli')).toBe(false)
  })
})
