import {describe, expect, it} from 'vitest'
import {loadBundle} from '../src/data/bundle.js'
import {lint} from './lint.js'

const only = async (text: string) => (await lint(text)).filter((found) => found.rule === 'fluency')

describe('fluency', () => {
  it('loads the table the build compiled', () => {
    const collocations = loadBundle().collocations!
    expect(collocations.table.heads['v:stress']![0]).toBe(28)
    expect(collocations.table.objectVerbs['urge']).toEqual(['on'])
    expect(collocations.isPreposition('about')).toBe(true)
    expect(collocations.isPreposition('unto')).toBe(false)
  })

  // Sentences written the way machine-translated news reads.
  it('marks a past-tense object verb followed by a preposition it never takes', async () => {
    expect(await only('The army lacked of fuel and ammunition.')).toEqual([
      {rule: 'fluency', actual: 'lacked of', expected: [], level: 'info', start: 9, end: 18}
    ])
    expect(await only('She explained about the delay to the committee.')).toEqual([
      {rule: 'fluency', actual: 'explained about', expected: [], level: 'info', start: 4, end: 19}
    ])
    expect(await only('Kim stressed on the need for a second round of talks.')).toEqual([
      {rule: 'fluency', actual: 'stressed on', expected: ['stressed'], level: 'info', start: 4, end: 15}
    ])
  })

  it('marks a verb followed by a preposition edited English almost never puts after it', async () => {
    expect(await only('The minister told to the press that the vote would go ahead.')).toEqual([
      {rule: 'fluency', actual: 'told to', expected: ['told'], level: 'info', start: 13, end: 20}
    ])
  })

  it('reads "to" before a plural noun as a preposition, before a verb as the infinitive', async () => {
    expect(await only('The spokesman told to reporters that talks had failed.')).toEqual([
      {rule: 'fluency', actual: 'told to', expected: ['told'], level: 'info', start: 14, end: 21}
    ])
    expect(await only('She told them to discuss the budget and to focus on jobs.')).toEqual([])
  })

  it('offers no preposition a passive would take ("demanded by")', async () => {
    expect(await only('They demanded to the government a recount.')).toEqual([
      {rule: 'fluency', actual: 'demanded to', expected: [], level: 'info', start: 5, end: 16}
    ])
  })

  it('is quiet on the same verbs used as edited English uses them', async () => {
    expect(await only('The army lacked fuel and ammunition.')).toEqual([])
    expect(await only('Kim stressed the need for a second round of talks.')).toEqual([])
    expect(await only('The minister told the press that the vote would go ahead.')).toEqual([])
    expect(await only('They demanded a recount from the government.')).toEqual([])
  })

  it('leaves a participle that may open a reduced relative, an infinitive and a name alone', async () => {
    // "granted for" after a plural noun reads as "the sums that were granted for".
    expect(await only('The sums granted for the project were spent by March.')).toEqual([])
    expect(await only('Orbach planned to vote soon.')).toEqual([])
    expect(await only('He joined the Party of Regions in 2004.')).toEqual([])
    expect(await only('The urging of the council went unheeded.')).toEqual([])
    expect(await only('Speaker Szymon Hołownia confirmed on Tuesday that the vote is set.')).toEqual([])
    expect(await only('Some of these bills had been submitted in 1994 and 1995.')).toEqual([])
    // The verb's object is "costs", moved ahead of it.
    expect(await only('He cited the defense costs we provide to Korea.')).toEqual([])
  })

  it('marks an article before a figure and a plural, and drops the article', async () => {
    expect(await only('Out of a 120 MKs, 93 voted in favor.')).toEqual([
      {rule: 'fluency', actual: 'a 120 MKs', expected: ['120 MKs'], level: 'warning', start: 7, end: 16}
    ])
    expect(await only('The ceasefire held for an 18 days stretch.')).toEqual([
      {rule: 'fluency', actual: 'an 18 days', expected: ['18 days'], level: 'warning', start: 23, end: 33}
    ])
  })

  it('is quiet on an article that counts one thing', async () => {
    expect(await only('She won a 120-seat chamber and a 2 hours’ drive from the capital.')).toEqual([])
    expect(await only('He served a 20-year term in the 1990s.')).toEqual([])
    expect(await only('Out of 120 MKs, 93 voted in favor.')).toEqual([])
  })

  it('reads a word named like an Object property as any other word', async () => {
    expect(await only('The constructor of the bridge spoke to the toString of them.')).toEqual([])
    expect(await only('The hasOwnProperty constructor to the valueOf.')).toEqual([])
  })

  it('is quiet on clean news sentences', async () => {
    for (const text of [
      'The committee voted to delay the plan until after the election.',
      'Lawmakers discussed the budget at a closed meeting on Tuesday.',
      'The president urged lawmakers to pass the bill before the recess.',
      'Officials said the talks would resume in Geneva next week.',
      'She was concerned about the cost of the new stadium.'
    ]) {
      expect(await only(text)).toEqual([])
    }
  })
})
