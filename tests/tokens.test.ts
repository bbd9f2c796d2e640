import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {sentencesOf} from '../src/text/tokens.js'

const lowers = (text: string) => sentencesOf(new ParseEnglish().parse(text) as Root).flatMap(({tokens}) => tokens.map((token) => token.lower))

describe('token lowercase', () => {
  it('is the lowercase of every token, in ASCII and out of it, with straight apostrophes', () => {
    expect(lowers('The U.N. said ÉCOLE İstanbul ΟΔΟΣ don’t 20thThe, lower.')).toEqual([
      'the', ' ', 'u.n.', ' ', 'said', ' ', 'école', ' ', 'i̇stanbul', ' ', 'οδος', ' ', "don't", ' ', '20ththe', ',', ' ', 'lower', '.'
    ])
  })
})
