import {describe, expect, it} from 'vitest'
import {loadBundle} from '../src/data/bundle.js'
import wordClass from '../src/plugins/word-class.js'
import {foldTag} from '../scripts/lib/word-classes.mjs'
import {lint} from './lint.js'

const only = async (text: string) => (await lint(text)).filter((found) => found.rule === 'word-class')

describe('word-class data', () => {
  it('folds Brown tags to the classes the rule reads, titles, headlines and contractions included', () => {
    expect(['nn', 'nns$', 'vbz', 'vbd-hl', 'vbn', 'jjt', 'rb', 'in-tl', 'at', 'np', 'md*', 'nn+bez'].map(foldTag)).toEqual(['n', 's', 'z', 'd', 'e', 'j', 'r', 'p', 'a', 'o', 'o', 'n'])
  })

  it('loads the table the build compiled from Brown, WordNet and SUBTLEX-US', () => {
    const table = loadBundle().wordClasses!
    expect(table.verbOnly.get('polices')).toBe('policies')
    expect(table.verbOnly.get('envelops')).toBe('envelopes')
    // Nouns WordNet knows are no verb-only forms, though Brown never has them ("boos", "tallies").
    expect(table.verbOnly.has('boos')).toBe(false)
    expect(table.verbOnly.has('tallies')).toBe(false)
    expect(table.nounAdjectives.get('significance')).toBe('significant')
    expect(table.seenPair('significant', 'increase')).toBe(true)
    expect(table.seenPair('significance', 'increase')).toBe(false)
    expect(table.barePhrases.get('place')).toBe('in')
    expect(table.verbForms.get('vote')).toEqual(['votes', 'voted'])
    expect(table.isNoun('increase')).toBe(true)
    expect(table.classes.get('constructor')).toBeUndefined()
  })

  it('lists modifier + noun pairs edited English writes with another form of the modifier', () => {
    const forms = loadBundle().wordClasses!.modifierForms
    expect(forms.get('economy development')).toEqual(['economic', 20, 10.3, 0])
    expect(forms.get('president election')).toEqual(['presidential', 9, 62.1, 0])
    // A WordNet term ("higher_education", "legislative_body").
    expect(forms.get('high education')).toEqual(['higher', 30, 35.6, 1])
    expect(forms.get('legislation body')).toEqual(['legislative', 11, 17, 1])
    expect(forms.has('higher education')).toBe(false)
    expect(forms.has('high school')).toBe(false)
    // A comparative the corpora prefer that is no term: "young workers" is English.
    expect(forms.has('young workers')).toBe(false)
    // A noun edited English often puts before another: a pair of it is only unseen.
    expect(forms.has('education system')).toBe(false)
    // Words that share four letters but are no forms of one word ("career", "careful").
    expect(forms.has('career attention')).toBe(false)
    expect(forms.has('constructor')).toBe(false)
  })
})

describe('word-class', () => {
  it('marks a verb form after a determiner, "of" or an adjective, not after a pronoun', async () => {
    expect(await only('The cost of envelops rose.')).toEqual([
      {rule: 'word-class', actual: 'envelops', expected: ['envelopes'], level: 'warning', start: 12, end: 20}
    ])
    expect(await only('Its domestic and external polices changed.')).toEqual([
      {rule: 'word-class', actual: 'polices', expected: ['policies'], level: 'warning', start: 26, end: 33}
    ])
    expect(await only('The force that polices the city and each exerts its power.')).toEqual([])
  })

  it('gives a noun before a noun its adjective as a note when the adjective is also unseen with it', async () => {
    expect(await only('He runs a violence relief fund.')).toEqual([
      {rule: 'word-class', actual: 'violence relief', expected: ['violent relief'], level: 'info', start: 10, end: 25}
    ])
    expect(await only('The significance of the vote was clear.')).toEqual([])
  })

  it('reads agreement only where the subject opens the sentence or a quotation', async () => {
    expect(await only('He said: "Many has left."')).toEqual([
      {rule: 'word-class', actual: 'Many has', expected: ['Many have'], level: 'warning', start: 10, end: 18}
    ])
    expect(await only('They demanded that no one vote against it.')).toEqual([])
    expect(await only('No one vote counts more than another.')).toEqual([])
  })

  it('leaves "to do" ending a clause alone', async () => {
    expect(await only('In the work he is called upon to do he will need support.')).toEqual([])
  })

  it('reads a plural after "this" as a lost apostrophe only before an adjective', async () => {
    expect(await only('This weapons program is costly, and this sports car is fast.')).toEqual([])
  })

  it('reads "About this" and a reporting verb as the passive of another language, not "About this," and a clause', async () => {
    expect(await only('About this wrote the newspaper Izvestia.')).toEqual([
      {rule: 'word-class', actual: 'About this wrote', expected: ['This was written by'], level: 'warning', start: 0, end: 16}
    ])
    expect(await only('About this, he wrote nothing.')).toEqual([])
  })

  // Sentences written the way machine-translated news reads.
  it('marks a modifier in another form than edited English writes before the noun, as info with that form', async () => {
    expect(await only('The party vowed to make high education free for all.')).toEqual([
      {rule: 'word-class', actual: 'high education', expected: ['higher education'], level: 'info', start: 24, end: 38}
    ])
    expect(await only('The plan puts economy development ahead of the environment.')).toEqual([
      {rule: 'word-class', actual: 'economy development', expected: ['economic development'], level: 'info', start: 14, end: 33}
    ])
    expect(await only('High education reform was passed on Monday.')).toEqual([
      {rule: 'word-class', actual: 'High education', expected: ['Higher education'], level: 'info', start: 0, end: 14}
    ])
    expect(await only("Seoul's president election is set for June 3.")).toEqual([
      {rule: 'word-class', actual: 'president election', expected: ['presidential election'], level: 'info', start: 8, end: 26}
    ])
  })

  it('leaves alone the form edited English writes, a name, a longer name and a pair split by a mark', async () => {
    expect(await only('The party vowed to make higher education free for all.')).toEqual([])
    expect(await only('The plan puts economic development ahead of the environment.')).toEqual([])
    expect(await only('The Economy Development Board met on Monday.')).toEqual([])
    expect(await only('Costs ran high, education officials said.')).toEqual([])
    expect(await only('She heads the high school board.')).toEqual([])
    expect(await only('The firm broke its data protection policy.')).toEqual([])
    expect(await only('The House legislation body met on Monday.')).toEqual([])
    expect(await only('Young workers left the city.')).toEqual([])
  })

  it('refuses options without its lists', () => {
    expect(() => wordClass({table: undefined} as never)).toThrow('copydesk word-class: expected `nounSlot`')
  })
})
