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
    // A compound of common words is a description, though a Dutch party runs the same words together ("GreenLeft"):
    // https://borneobulletin.com.bn/croatias-president-faces-conservative-rival-in-election-run-off
    expect(await pairs('case', 'Independent member of parliament (MP) Marija Selak Raspudic and green-left MP Ivana Kekin followed the two main rivals.')).toEqual([])
    // Opening a sentence it is still capitalized.
    expect(await pairs('case', 'The vote was held on Sunday. green-left MP Ivana Kekin came third.')).toEqual([['green-left', 'Green-left']])
  })

  it('finds a party’s lowercase last word after a nationality when the story is about its country', async () => {
    const text = 'The Verkhovna Rada met in the morning. A deputy from European solidarity spoke first.'
    expect(await lint(text)).toEqual([{rule: 'case', actual: 'solidarity', expected: ['Solidarity'], level: 'info', start: 62, end: 72}])
  })

  it('warns on it only when the story writes the party’s name in its capitals too', async () => {
    const text = 'European Solidarity walked out of the Verkhovna Rada. A deputy from European solidarity spoke first.'
    expect(await lint(text)).toEqual([{rule: 'case', actual: 'solidarity', expected: ['Solidarity'], level: 'warning', start: 77, end: 87}])
    // Also ordinary English in a story about the country: a note at most.
    const plea = 'President Volodymyr Zelensky thanked the Verkhovna Rada in Kyiv. He called for European solidarity with Ukraine.'
    expect((await lint(plea)).map((finding) => finding.level)).toEqual(['info'])
  })

  it('leaves the same words as ordinary English in a story about another country', async () => {
    expect(await pairs('case', 'Leaders in Paris called for European solidarity on energy.')).toEqual([])
    expect(await pairs('case', 'Leaders called for European solidarity on energy.')).toEqual([])
  })
})

describe('a title or a body’s noun capitalized with no name after it', () => {
  const text = 'Deputies met to elect a new President on Monday. It is unclear which Party will share power, after protests at the country’s Parliament.'

  it('notes each at info by default, and warns under AP style', async () => {
    const found = (level: 'info' | 'warning') => [
      {rule: 'case', actual: 'President', expected: ['president'], level, start: 28, end: 37},
      {rule: 'case', actual: 'Party', expected: ['party'], level, start: 69, end: 74},
      {rule: 'case', actual: 'Parliament', expected: ['parliament'], level, start: 125, end: 135}
    ]
    expect(await lint(text)).toEqual(found('info'))
    expect(await lint(text, {rules: {case: 'warning'}, options: {case: {style: 'ap'}}})).toEqual(found('warning'))
  })

  it('leaves a title before a name, a body’s name and a title of a place alone', async () => {
    const quiet = 'President Ruto spoke. The Labour Party met. The President of Mexico and the Prime Minister arrived. It helps the President and General Secretary Xi Jinping. “The President said no,” she said.'
    expect(await lint(quiet, {rules: {case: 'warning'}, options: {case: {style: 'ap'}}})).toEqual([])
  })

  it('warns on a body’s noun that the story also writes lowercase, but not on a title', async () => {
    const story = 'The parliament met on Monday. The president spoke first. After protests at the country’s Parliament, the new President left.'
    expect(await lint(story)).toEqual([
      {rule: 'case', actual: 'Parliament', expected: ['parliament'], level: 'warning', start: 89, end: 99},
      {rule: 'case', actual: 'President', expected: ['president'], level: 'info', start: 109, end: 118}
    ])
    // Bare after "of", the body's noun may be its name.
    expect((await lint('The parliament met. The president of Parliament, José Williams, spoke.')).map((found) => found.level)).toEqual(['info'])
  })
})
