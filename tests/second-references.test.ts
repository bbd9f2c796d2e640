import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

const names = async (text: string) => (await lint(text)).filter((f) => f.rule === 'names' && f.level !== 'info').map((f) => [f.actual, f.expected[0], f.start])

describe('second references: the story’s own people', () => {
  it('fixes another romanization of a family name the story gave in full', async () => {
    const text = 'Finance Minister Choo Kyung-ho presented the budget on Monday. Chu said the deficit would narrow next year.'
    expect(await names(text)).toEqual([['Chu', 'Choo', 63]])
  })

  it('reads a common word opening the sentence as no part of the name after it', async () => {
    const text = 'Opposition leader Park Chan-dae spoke first. Later Pak said the party would vote no.'
    expect(await names(text)).toEqual([['Pak', 'Park', 51]])
    expect(await names('Opposition leader Park Chan-dae spoke first. Later Park said the party would vote no.')).toEqual([])
  })

  it('fixes a full name that keeps the given name of the story’s person and garbles the surname', async () => {
    const text = 'Prime Minister Shigeru Ishiba spoke on Monday. Later Shigeru Ishiguro said the cabinet would change.'
    expect(await names(text)).toEqual([['Shigeru Ishiguro', 'Shigeru Ishiba', 53]])
    // Another given name, a surname nothing like it, or two words ending a longer name: other people.
    for (const quiet of [
      'Prime Minister Shigeru Ishiba spoke on Monday. Later Shigeru Yamada said the cabinet would change.',
      'Prime Minister Shigeru Ishiba spoke on Monday. Later Kenji Ishiguro said the cabinet would change.',
      'Prime Minister Shigeru Ishiba spoke on Monday. The Hotel Shigeru Ishiguro stayed open.'
    ]) {
      expect(await names(quiet), quiet).toEqual([])
    }
  })

  it('fixes a surname one letter off a person the gazetteer knows and the story named', async () => {
    const text = 'Prime Minister Keir Starmer met union leaders in London. Afterwards Stramer said the talks had been useful.'
    expect(await names(text)).toEqual([['Stramer', 'Starmer', 68]])
  })

  it('fixes a given name used where the family name belongs', async () => {
    const text = 'Japanese Prime Minister Shigeru Ishiba called a snap election. Shigeru told reporters the vote would be held in October.'
    expect(await names(text)).toEqual([['Shigeru', 'Ishiba', 63]])
  })

  it('stays quiet on the right surname, on two people of one family, and on words that are not names', async () => {
    for (const text of [
      'Finance Minister Choo Kyung-ho presented the budget. Choo said the deficit would narrow.',
      'President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Seoul. Lee said the talks were frank, and Ishiba agreed.',
      'Joe Biden and Hunter Biden arrived together. Hunter said little to reporters.',
      'Prime Minister Keir Starmer spoke in London. Labour said the vote would be close, and Starmer agreed.',
      'Finance Minister Choo Kyung-ho spoke first. Park Chan-dae, the floor leader, said the opposition would vote no.',
      'Finance Minister Choo Kyung-ho spoke first. Grand Chu said the market would open.'
    ]) {
      expect(await names(text), text).toEqual([])
    }
  })
})

describe('a garbled full name of the story’s own person', () => {
  it('offers the person the story names first, before a look-alike the gazetteer knows', async () => {
    const found = (await lint('Lee Jae-myung met reporters. Later Lee Jae-young said the plan was sound.')).filter((f) => f.rule === 'names')
    expect(found.map((f) => [f.actual, f.expected, f.start])).toEqual([['Lee Jae-young', ['Lee Jae-myung', 'Lee Jae-yong'], 35]])
  })

  it('leaves two real people who share a family name alone', async () => {
    expect((await lint('Samsung chief Lee Jae-yong met President Lee Jae-myung.')).filter((f) => f.rule === 'names')).toEqual([])
  })
})
