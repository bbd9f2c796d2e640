import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

const only = async (text: string) => (await lint(text)).filter((found) => found.rule === 'unpaired')

describe('unpaired quotation marks and brackets', () => {
  it('closes a one-sentence quotation at the end of its paragraph', async () => {
    expect(await only('Okonjo-Iweala said the talks were “a turning point for the region.')).toEqual([
      {rule: 'unpaired', actual: 'region.', expected: ['region.”'], level: 'info', start: 59, end: 66}
    ])
    expect(await only('The statement read, "We will appeal the ruling.')).toEqual([
      {rule: 'unpaired', actual: 'ruling.', expected: ['ruling."'], level: 'info', start: 40, end: 47}
    ])
  })

  it('marks the opening mark alone where the quotation could end after any of its sentences', async () => {
    expect(await only('Tusk told lawmakers, “We have a mandate. Tusk has led the coalition since 2023.')).toEqual([
      {rule: 'unpaired', actual: '“', expected: [], level: 'info', start: 21, end: 22}
    ])
  })

  it('reads abbreviations inside a quotation as no sentence end', async () => {
    expect(await only('A source said, “The party will back Sen. Akpabio as Senate President.')).toEqual([
      {rule: 'unpaired', actual: 'President.', expected: ['President.”'], level: 'info', start: 59, end: 69}
    ])
  })

  it('flags a closing mark with none open before it', async () => {
    expect(await only('The troops were ready for battle.’ Talks resumed on Monday.')).toEqual([
      {rule: 'unpaired', actual: '’', expected: [], level: 'info', start: 33, end: 34}
    ])
    expect(await only('The minister called it a victory.” Her rivals disagreed.')).toEqual([
      {rule: 'unpaired', actual: '”', expected: [], level: 'info', start: 33, end: 34}
    ])
  })

  it('notes a bracket left open', async () => {
    expect(await only('The commission (set up in 2019 reported on Friday.')).toEqual([
      {rule: 'unpaired', actual: '(', expected: [], level: 'info', start: 15, end: 16}
    ])
  })

  it('leaves paired marks, long quotations, inch marks, apostrophes and list markers alone', async () => {
    for (const text of [
      '“We will not resign,” the minister said. “The vote is over.”',
      'He said, "No more." Then he left.',
      'She said: “The first paragraph of a long quotation ends open.\n\n“The second opens again and closes.”',
      'The screen measures 55" across.',
      'The voters’ choice was clear, and the party’s leaders agreed.',
      'The plan has three parts: a) taxes, b) spending and c) debt.',
      'The court (the highest in the land) ruled on Friday [in a 5-4 vote].',
      'It was a ‘fight to the end,’ he said.'
    ]) {
      expect(await only(text), text).toEqual([])
    }
  })
})
