import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

/** The names rule's findings as [actual, first fix, level, start, end]. */
const names = async (text: string) =>
  (await lint(text)).filter((f) => f.rule === 'names').map((f) => [f.actual, f.expected[0], f.level, f.start, f.end])

describe('garbles that are real words, in a name slot', () => {
  it('catches a surname heard as a common word after a known given name and a title', async () => {
    expect(await names('Senator Marco Rubble said the tariffs would stay.')).toEqual([['Marco Rubble', 'Marco Rubio', 'warning', 8, 20]])
    expect(await names('French President Emmanuel Macaroon arrived in Seoul on Monday.')).toEqual([
      ['Emmanuel Macaroon', 'Emmanuel Macron', 'warning', 17, 34]
    ])
    expect(await names('Mr. Marco Rubble said so.')).toEqual([['Marco Rubble', 'Marco Rubio', 'warning', 4, 16]])
    // usa360news.com, 2025: the title set off by a comma.
    expect(await names('It was approved by the Supreme Leader, Ali Khounai, he said.')).toEqual([['Ali Khounai', 'Ali Khamenei', 'warning', 39, 50]])
  })

  it('catches a family name heard as a word before a known person’s given name (Korean order)', async () => {
    expect(await names('Former President Month Jae-in visited the border village.')).toEqual([['Month Jae-in', 'Moon Jae-in', 'warning', 17, 29]])
  })

  it('catches a surname split into common words', async () => {
    expect(await names('Rishi Sue Knack told reporters outside the building.')).toEqual([['Rishi Sue Knack', 'Rishi Sunak', 'warning', 0, 15]])
  })

  it('without a title, warns only where the story names the person elsewhere', async () => {
    expect(await names('Marco Rubble said the tariffs would stay.')).toEqual([['Marco Rubble', 'Marco Rubio', 'info', 0, 12]])
    expect(await names('Secretary of State Marco Rubio flew to Panama. Later, Marco Rubble said the canal was safe.')).toEqual([
      ['Marco Rubble', 'Marco Rubio', 'warning', 54, 66]
    ])
  })

  it('catches a common word after a title in the place of a surname the story gave in full', async () => {
    expect(await names('Former President Moon Jae-in visited the border. President Month said peace was near.')).toEqual([
      ['Month', 'Moon', 'warning', 59, 64]
    ])
    expect(await names('Secretary of State Marco Rubio spoke. Secretary Rubble said the deal was weak.')).toEqual([
      ['Rubble', 'Rubio', 'warning', 48, 54]
    ])
    // Not before a verb alone, and not without the person in the story.
    expect(await names('Prime Minister Keir Starmer spoke. Later the Labour Party said it would hold.')).toEqual([])
    expect(await names('President Month said peace was near.')).toEqual([])
  })

  it('stays quiet on real names, other people and ordinary words after a title', async () => {
    expect(await names('President Joe Biden met Donald Trump in the Oval Office.')).toEqual([])
    expect(await names('Prime Minister Keir Starmer’s Labour Party won a majority.')).toEqual([])
    // Tusk is a known person, Sutherland a proper noun nowhere near Trump.
    expect(await names('Polish Prime Minister Donald Tusk met the actor Donald Sutherland.')).toEqual([])
    // A given name inside a longer name is someone else's ("John William Ball").
    expect((await names('John William Ball, 68, died at home.')).filter((found) => found[2] !== 'info')).toEqual([])
  })
})

describe('Korean names as a romanization system', () => {
  it('fixes another romanization of every syllable of a known person’s name to the person’s own form, as the seed’s editor does', async () => {
    expect(await names('President Yoon Seok-yeol declared martial law.')).toEqual([['Yoon Seok-yeol', 'Yoon Suk Yeol', 'warning', 10, 24]])
    expect(await names('Former President Yun Sok-yol appeared in court.')).toEqual([['Yun Sok-yol', 'Yoon Suk Yeol', 'warning', 17, 28]])
    expect(await names('Former President Mun Jae-in visited Busan.')).toEqual([['Mun Jae-in', 'Moon Jae-in', 'warning', 17, 27]])
    // A documented variant is the person's too: quiet.
    expect(await names('President Yoon Suk-yeol declared martial law.')).toEqual([])
  })

  it('catches one garbled syllable, no romanization of the known one, and names the person', async () => {
    expect(await names('President Yoon Seok-yue declared martial law on Tuesday night.')).toEqual([
      ['Yoon Seok-yue', 'Yoon Suk Yeol', 'warning', 10, 23]
    ])
  })

  it('leaves alone a Korean name whose odd syllable is far from any known person’s', async () => {
    expect(await names('Lawmaker Yoon Seok-min spoke to reporters.')).toEqual([])
  })
})
