import {describe, expect, it} from 'vitest'
import {lineAt, quoteMarksBetween} from '../src/text/lines.js'
import {insideQuotation} from '../src/text/quotation.js'
import {inTitleCaseLine} from '../src/text/title-case-line.js'

const story = 'He said “Stop the Vote” then left.\nA "Quiet Man" spoke.\n\nBank Of Korea Holds Rates Steady\n'

describe('the line index of a document', () => {
  it('finds the line an offset is on, with its start and the next line’s', () => {
    expect(lineAt(story, 0)).toEqual({line: 0, start: 0, next: 35})
    expect(lineAt(story, 34)).toEqual({line: 0, start: 0, next: 35})
    expect(lineAt(story, 35)).toEqual({line: 1, start: 35, next: 56})
    expect(lineAt(story, 56)).toEqual({line: 2, start: 56, next: 57})
    expect(lineAt(story, story.length)).toEqual({line: 4, start: story.length, next: undefined})
  })

  it('counts straight and curly double quote marks between two offsets', () => {
    expect(quoteMarksBetween(story, 0, 35)).toBe(2)
    expect(quoteMarksBetween(story, 0, 9)).toBe(1)
    expect(quoteMarksBetween(story, 35, 56)).toBe(2)
    expect(quoteMarksBetween(story, 8, 8)).toBe(0)
  })

  it('answers for each document in turn, not the one asked about before', () => {
    const other = '"One\ntwo'
    expect(quoteMarksBetween(other, 0, other.length)).toBe(1)
    expect(lineAt(other, 6)).toEqual({line: 1, start: 5, next: undefined})
    expect(quoteMarksBetween(story, 0, story.length)).toBe(4)
  })
})

describe('quotations and title-case lines, read through the index', () => {
  it('is inside a quotation only between its marks on the same line', () => {
    expect(insideQuotation(story, story.indexOf('Stop'))).toBe(true)
    expect(insideQuotation(story, story.indexOf('then'))).toBe(false)
    expect(insideQuotation(story, story.indexOf('Quiet'))).toBe(true)
    expect(insideQuotation(story, story.indexOf('spoke'))).toBe(false)
    // A mark left open on one line does not carry to the next.
    expect(insideQuotation('“Open\nNext', 6)).toBe(false)
  })

  it('reads a line of three or more long words, all capitalized, as a heading', () => {
    expect(inTitleCaseLine(story, story.indexOf('Korea'))).toBe(true)
    expect(inTitleCaseLine(story, story.indexOf('Quiet'))).toBe(false)
    expect(inTitleCaseLine('Rates Held\n', 0)).toBe(false)
    expect(inTitleCaseLine('Rates Held Steady\n', 17)).toBe(false)
  })
})
