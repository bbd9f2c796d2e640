import {describe, expect, it} from 'vitest'
import {loadBundle} from '../src/data/bundle.js'
import {WordClasses} from '../src/data/word-classes.js'
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

  it('lists the participle a form of "be" or "have" takes and the base form a modal takes, from Brown\'s tags', () => {
    const table = loadBundle().wordClasses!
    // A verb nine times in ten; a count noun too whose participle fills the slot; a verb to WordNet alone; an irregular verb.
    expect(table.participles.get('ask')).toEqual(['asked', 0, 1])
    expect(table.participles.get('note')).toEqual(['noted', 1, 1])
    expect(table.participles.get('disband')).toEqual(['disbanded', 0, 1])
    expect(table.participles.get('give')).toEqual(['given', 0, 1])
    // A mass noun too ("is pay"): weak evidence.
    expect(table.participles.get('pay')).toEqual(['paid', 1, 0])
    // Seen after "be" or "have", tagged a participle, or mostly a noun or an adjective.
    for (const word of ['help', 'go', 'set', 'put', 'cut', 'become', 'open', 'key', 'home', 'sure', 'part', 'subject', 'lunch']) expect(table.participles.has(word)).toBe(false)
    expect(table.bases.get('announced')).toEqual(['announce', 1])
    expect(table.bases.get('signed')).toEqual(['sign', 1])
    expect(table.bases.get('attended')).toEqual(['attend', 1])
    // A past Brown never tags a participle.
    expect(table.bases.get('ate')).toEqual(['eat', 0])
    // Tagged a base form or an adjective too.
    for (const word of ['put', 'set', 'born', 'armed']) expect(table.bases.has(word)).toBe(false)
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

  it('finds a pair by its two words, and nothing for a word that starts no pair', () => {
    const empty = {source: '', classes: {}, nounsToo: [], verbOnly: {}, nounAdjectives: {}, after: {}, barePhrases: {}, verbForms: {}}
    const table = new WordClasses({...empty, modifierForms: {'economy development': ['economic', 20, 10.3, 0], 'a b c': ['x', 1, 1, 0]}})
    expect(table.modifierFormOf('economy', 'development')).toEqual(['economic', 20, 10.3, 0])
    expect(table.modifierFormOf('economy', 'growth')).toBeUndefined()
    expect(table.modifierFormOf('development', 'economy')).toBeUndefined()
    // A key with more than one space is found whichever space the pair splits it at.
    expect(table.modifierFormOf('a', 'b c')).toEqual(['x', 1, 1, 0])
    expect(table.modifierFormOf('a b', 'c')).toEqual(['x', 1, 1, 0])
    expect(table.modifierFormOf('constructor', '')).toBeUndefined()
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
  it('marks a modifier in another form than edited English writes before the noun, with that form: a warning where that form and the noun are a WordNet term', async () => {
    expect(await only('The party vowed to make high education free for all.')).toEqual([
      {rule: 'word-class', actual: 'high education', expected: ['higher education'], level: 'warning', start: 24, end: 38}
    ])
    expect(await only('The plan puts economy development ahead of the environment.')).toEqual([
      {rule: 'word-class', actual: 'economy development', expected: ['economic development'], level: 'info', start: 14, end: 33}
    ])
    expect(await only('High education reform was passed on Monday.')).toEqual([
      {rule: 'word-class', actual: 'High education', expected: ['Higher education'], level: 'warning', start: 0, end: 14}
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

  // Slips from machine-translated and hurried news copy, as the tuning pages have them.
  it('marks a base form after a form of "be", "have" or "become" with its participle, across adverbs and "not"', async () => {
    expect(await only('When he was ask about the ban on girls’ education, he rejected it.')).toEqual([
      {rule: 'word-class', actual: 'was ask', expected: ['was asked'], level: 'warning', start: 8, end: 15}
    ])
    expect(await only('It should be note that the Taliban has banned the education of girls.')).toEqual([
      {rule: 'word-class', actual: 'be note', expected: ['be noted'], level: 'warning', start: 10, end: 17}
    ])
    expect(await only('Women are deprive of living like ordinary people.')).toEqual([
      {rule: 'word-class', actual: 'are deprive', expected: ['are deprived'], level: 'warning', start: 6, end: 17}
    ])
    expect(await only('He said parliament had become disband within a day.')).toEqual([
      {rule: 'word-class', actual: 'become disband', expected: ['become disbanded'], level: 'warning', start: 23, end: 37}
    ])
    expect(await only('He was not ask about it, and she has already announce the plan.')).toEqual([
      {rule: 'word-class', actual: 'was not ask', expected: ['was not asked'], level: 'warning', start: 3, end: 14},
      {rule: 'word-class', actual: 'has already announce', expected: ['has already announced'], level: 'warning', start: 33, end: 53}
    ])
    // An irregular verb's participle, as Brown tags it.
    expect(await only('The land was give to the city.')).toEqual([
      {rule: 'word-class', actual: 'was give', expected: ['was given'], level: 'warning', start: 9, end: 17}
    ])
  })

  it('gives a mass noun too after "be" its participle only as a note', async () => {
    expect(await only('The dispute is pay and conditions.')).toEqual([
      {rule: 'word-class', actual: 'is pay', expected: ['is paid'], level: 'info', start: 12, end: 18}
    ])
  })

  it('leaves alone a noun or adjective after "be", a participle that is also a base form, a pseudo-cleft and "had better"', async () => {
    for (const text of [
      'The door was open.',
      'Trust is key to the talks.',
      'He was home by noon.',
      'Be sure to call.',
      'It was part of the plan.',
      'The deal is subject to approval.',
      'The rules were set, jobs were cut and the bill was put to a vote.',
      'Prices have hit a record and the firm has cut jobs.',
      'All he did was give her a ring.',
      'All you have to do is ask.',
      'The aim is to help families.',
      'You had better go, and I would rather stay.',
      'Let it be known that he left.',
      'Have you seen it?',
      'They have to leave and he has to go.',
      'They had lunch at noon.',
      'He used to work there and is supposed to work here.',
      'In his speech are cross currents.',
      'Police Were Ask To Leave'
    ]) expect(await only(text)).toEqual([])
  })

  it('marks a past after a modal, a negated "do" or "to" with its base form', async () => {
    expect(await only('The ministry did not announced the date.')).toEqual([
      {rule: 'word-class', actual: 'did not announced', expected: ['did not announce'], level: 'warning', start: 13, end: 30}
    ])
    expect(await only('The two sides will signed the deal.')).toEqual([
      {rule: 'word-class', actual: 'will signed', expected: ['will sign'], level: 'warning', start: 14, end: 25}
    ])
    expect(await only('Members can not attended the meeting.')).toEqual([
      {rule: 'word-class', actual: 'can not attended', expected: ['can not attend'], level: 'warning', start: 8, end: 24}
    ])
    expect(await only("The firm didn't announced the date.")).toEqual([
      {rule: 'word-class', actual: "didn't announced", expected: ["didn't announce"], level: 'warning', start: 9, end: 25}
    ])
    // A participle with no object after it: a passive that lost its "be" first.
    expect(await only('Congress will vote to decide if it will admitted for debate.')).toEqual([
      {rule: 'word-class', actual: 'will admitted', expected: ['will be admitted', 'will admit'], level: 'warning', start: 35, end: 48}
    ])
    expect(await only('They plan to announced the result on Friday.')).toEqual([
      {rule: 'word-class', actual: 'to announced', expected: ['to announce'], level: 'warning', start: 10, end: 22}
    ])
  })

  it('leaves alone a past that modifies a noun, "did" as a main verb, a modal that is a noun and a question', async () => {
    for (const text of [
      'Demand rose due to increased spending.',
      'How could affected residents apply?',
      'What they did shocked the nation.',
      'The will signed in 1990 was lost.',
      'Did they know?',
      'He objected to what happened.',
      'Benefits are paid to retired and disabled workers.',
      'The services answer to duly constituted civilian authority.'
    ]) expect(await only(text)).toEqual([])
  })

  it('refuses options without its lists', () => {
    expect(() => wordClass({table: undefined} as never)).toThrow('copydesk word-class: expected `nounSlot`')
  })
})

describe('word-class: "a" or "an" before a plural', () => {
  it('drops the article before adjectives and a plural that ends its phrase, or makes the noun singular', async () => {
    // vistanews24.online (Korea), serbianconsulate.bc.ca (Serbia): machine-rewritten copy.
    const text = 'The order caused the fourth largest economy in Asia and an important allies in the United States to fall into turmoil. It was, to a vast degree, behind a turn of a domestic relations.'
    expect((await only(text)).map((f) => [f.actual, f.expected, f.start, f.end, f.level])).toEqual([
      ['an important allies', ['important allies', 'an important ally'], 56, 75, 'warning'],
      ['a domestic relations', ['domestic relations', 'a domestic relation'], 162, 182, 'warning']
    ])
  })

  it('leaves a count, a possessive, a plural before its noun or "of", and a verb after a noun', async () => {
    // smh.com.au and thenational.scot (edited); Brown corpus ca18, ca34 and cb16.
    expect(
      await only(
        'A gravel road snakes through 30-metre high trees. A proposal to replace language surrounding a woman\'s duties in the home was rejected. It was a heads of government meeting, and she wore an ashes of roses gown. More than a dozen countries and a few days later, a human rights activist spoke of a nation\'s main industries.'
      )
    ).toEqual([])
    expect(await only('The country stands at a crossroads. The party has a headquarters.')).toEqual([])
  })
})

describe('word-class: a name’s possessive without its apostrophe', () => {
  it('fixes a place or person the story names, with an "s" and no apostrophe before a noun, in the story’s apostrophe (straight where it has no mark to go by)', async () => {
    // https://www.jqknews.com/news/269891-Japans_new_cabinet_Great_Blood_Change_Abe_wants_to_eliminate_resistance_and_accelerate_constitutional_amendment.html (tests/fixtures/real/tune/garbled.yml)
    const text = 'Due to the constitutional amendment and the sensitive period of Japan, Korea, Japan and Russia, the Tokyo Olympic Games will also be held soon. The composition of the new cabinet will undoubtedly have a profound impact on Japans future policy direction.'
    expect((await lint(text)).filter((f) => f.rule === 'word-class')).toEqual([
      {rule: 'word-class', actual: 'Japans', expected: ["Japan's"], level: 'warning', start: 222, end: 228}
    ])
    expect((await lint("Lee spoke. 'Yes,' he said. Lees supporters rallied.")).filter((f) => f.rule === 'word-class').map((f) => f.expected[0])).toEqual(["Lee's"])
    expect((await lint('Lee spoke. “Yes,” he said. Lees supporters rallied.')).filter((f) => f.rule === 'word-class').map((f) => f.expected[0])).toEqual(['Lee’s'])
  })

  it('leaves plural names, demonyms and common nouns with a capital', async () => {
    const clean = [
      'The Philippines economy grew, and Philippine exports rose.',
      'The two Koreas met, and Korea said so.',
      'Ivory Coast voted, and the opposition said Ivorians face an organized plebiscite.',
      'In most Nations social justice is an ideal; a Nation must act.'
    ]
    for (const text of clean) expect((await lint(text)).filter((f) => f.rule === 'word-class'), text).toEqual([])
  })
})

// From a Chilean football page in tests/fixtures/real (a garbled page).
describe('word-class: a strong verb’s past after "have" or "be"', () => {
  it('gives the participle across adverbs, and leaves a relative clause that "had" ends', async () => {
    expect(await only('In the league I have honestly saw a lot of balance in the games.')).toEqual([
      {rule: 'word-class', actual: 'have honestly saw', expected: ['have honestly seen'], level: 'warning', start: 16, end: 33}
    ])
    expect(await only('They have took the decision, and the vote was began late.')).toEqual([
      {rule: 'word-class', actual: 'have took', expected: ['have taken'], level: 'warning', start: 5, end: 14},
      {rule: 'word-class', actual: 'was began', expected: ['was begun'], level: 'warning', start: 42, end: 51}
    ])
    expect(await only('The money he had went to charity.')).toEqual([])
  })
})

describe('word-class: a medal table', () => {
  it('leaves the metals singular after a count, and still wants the plural of a count noun', async () => {
    const {lint} = await import('./lint.js')
    // Mexico News Daily (edited): https://mexiconewsdaily.com/news/mexico-makes-history-with-136-medals-at-pan-american-games
    const medals = await lint('Mexico finished with a total of 136 medals, including 37 gold, 38 silver and 61 bronze.')
    expect(medals.filter((f) => f.rule === 'word-class')).toEqual([])
    expect((await lint('They signed 11 contract for roads.')).filter((f) => f.rule === 'word-class').map((f) => [f.actual, f.expected, f.start, f.end])).toEqual([['contract', ['contracts'], 15, 23]])
  })
})
