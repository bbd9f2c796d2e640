import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {applyEdits} from '../src/fix.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lintFile} from '../src/pool/lint.js'
import {lint, pairs} from './lint.js'

describe('repeated-words', () => {
  it('flags a word written twice and proposes one', async () => {
    expect(await lint('The talks will resume in in March.')).toEqual([
      {rule: 'repeated-words', actual: 'in in', expected: ['in'], level: 'warning', start: 22, end: 27}
    ])
  })

  it('is quiet when an abbreviation ends one sentence and opens the next', async () => {
    expect(await lint('Exports to the E.U. E.U. buyers took most of them.')).toEqual([])
    expect(await lint('They flew to Washington, D.C. D.C. police met them.')).toEqual([])
  })

  // A dotted abbreviation doubled mid-sentence reads the same as one that
  // ends a sentence and opens the next, so it is let go; without the dots
  // there is no sentence break to mistake.
  it('still flags an abbreviation doubled without dots', async () => {
    expect(await lint('Exports to the EU EU rose.')).toEqual([
      {rule: 'repeated-words', actual: 'EU EU', expected: ['EU'], level: 'warning', start: 15, end: 20}
    ])
  })

  it('is quiet on legitimate doubles', async () => {
    expect(await lint('She said that that plan had failed.')).toEqual([])
  })

  it('flags a Capitalized word written twice, with the word as the fix', async () => {
    expect(await lint('Officials said Park Park met the envoy.')).toEqual([
      {rule: 'repeated-words', actual: 'Park Park', expected: ['Park'], level: 'warning', start: 15, end: 24}
    ])
    expect(await pairs('repeated-words', 'The Ministry Ministry spokesman declined to comment.')).toEqual([['Ministry Ministry', 'Ministry']])
  })

  it('is quiet on names that double a word, line breaks and abbreviations', async () => {
    const clean = [
      'Tourists flew to Bora Bora and Walla Walla.',
      'Sirhan Sirhan was denied parole.',
      'A fisherman near the epicentre told the radio station Bio Bio that people were scared.',
      'Boutros Boutros-Ghali led the United Nations.',
      'She joined Kappa Kappa Gamma in college.',
      'Seoul\nSeoul officials met on Monday.',
      'Exports to the E.U. E.U. buyers took most of them.'
    ]
    for (const text of clean) expect(await pairs('repeated-words', text), text).toEqual([])
  })

  it('flags a sentence written twice in a row, removing the second copy and its space', async () => {
    const text = 'The council approved the budget on Monday night. The council approved the budget on Monday night. It adjourned.'
    expect(await lint(text)).toEqual([
      {
        rule: 'repeated-words',
        actual: ' The council approved the budget on Monday night.',
        expected: [''],
        level: 'warning',
        start: 48,
        end: 97
      }
    ])
    // Differing only in spacing and punctuation.
    expect(await pairs('repeated-words', 'The port reopened after the storm passed. The port reopened after the storm passed!')).toEqual([
      [' The port reopened after the storm passed!', '']
    ])
  })

  it('suggests removing the copy with its space, leaving one copy and single spaces, which --fix leaves to the editor', async () => {
    const text = 'Markets closed higher on strong bank earnings. Markets closed higher on strong bank earnings. Bonds fell.\n'
    const [found] = await lint(text)
    expect(found).toMatchObject({rule: 'repeated-words', expected: [''], level: 'warning'})
    expect(applyEdits(text, [{start: found!.start, end: found!.end, text: ''}])).toBe('Markets closed higher on strong bank earnings. Bonds fell.\n')
    const file = new VFile({path: 'copy.txt', value: text})
    await lintFile(file, resolveConfig(), true)
    expect(String(file.value)).toBe(text)
  })

  it('removes a copy that is its own paragraph with the break before it, which --fix leaves to the writer', async () => {
    const copy = 'The mayor signed the new law on Friday afternoon.'
    const text = `${copy}\n\n${copy}\n`
    expect(await lint(text)).toEqual([{rule: 'repeated-words', actual: `\n\n${copy}`, expected: [''], level: 'warning', start: 49, end: 100}])
    const file = new VFile({path: 'copy.txt', value: text})
    await lintFile(file, resolveConfig(), true)
    expect(String(file.value)).toBe(text)
  })

  it('removes a copy that opens a paragraph with the space after it', async () => {
    const copy = 'The mayor signed the new law on Friday afternoon.'
    expect(await pairs('repeated-words', `${copy}\n\n${copy} Then she left.\n`)).toEqual([[`${copy} `, '']])
  })

  it('flags a long paragraph pasted again further on, and a copy with the next sentence run onto it', async () => {
    const long =
      'The finance minister said that the revised budget would cut spending on roads and bridges by a fifth while raising the pay of teachers and nurses next year.'
    const text = `${long}\n\nOpposition leaders called the plan reckless.\n\nUnions welcomed it.\n\n${long}\n`
    expect(await pairs('repeated-words', text)).toEqual([[`\n\n${long}`, '']])
    const glued = `${long}\n\nUnions welcomed it.\n\n${long}The bill goes to a vote on Monday.\n`
    expect(await pairs('repeated-words', glued)).toEqual([[long, '']])
  })

  it('is quiet on a standfirst the lead restates with its own commas and quotes, and flags the same sentence pasted as it was', async () => {
    // trt.global's layout: a standfirst, a photo caption, then the lead.
    const standfirst = "Chairman of Sudan's Sovereign Council General Abdel Fattah al-Burhan has appointed former UN official, Kamil El-Tayib Idris, as prime minister."
    const lead = 'Chairman of Sudan’s Sovereign Council General Abdel Fattah al-Burhan has appointed former UN official Kamil El-Tayib Idris as prime minister.'
    const between = '\n\nThe army has been fighting the paramilitary Rapid Support Forces since mid-April 2023. / Photo: AP\n\n'
    expect(await pairs('repeated-words', standfirst + between + lead)).toEqual([])
    expect(await pairs('repeated-words', lead + between + lead)).toEqual([[`\n\n${lead}`, '']])
  })

  it('reads a word no dictionary has, doubled after a given name or on a byline, as a name; after a title or as a common word it is a slip', async () => {
    // sudanspost.com and the Lesotho Times: South Sudanese and Basotho names.
    expect(await pairs('repeated-words', 'Tefo Tefo\n\nBy Tefo Tefo\n\nMakuei replaces Maj. Gen. Philip Nyon Nyon, who has been elevated.')).toEqual([])
    expect(await pairs('repeated-words', 'Prime Minister Koizumi Koizumi spoke. Francis G. Escudero Amid Amid fallout spoke.')).toEqual([
      ['Koizumi Koizumi', 'Koizumi'],
      ['Amid Amid', 'Amid']
    ])
  })

  it('reads such a word doubled the same way twice in the story as a name written so on purpose', async () => {
    // Sowetan, 2024: South Africa's national team.
    expect(await pairs('repeated-words', 'The qualifier between Bafana Bafana and Uganda ended level. As Bafana Bafana prepare, fans wait.')).toEqual([])
    expect(await pairs('repeated-words', 'The qualifier between Bafana Bafana and Uganda ended level.')).toEqual([['Bafana Bafana', 'Bafana']])
  })

  it('is quiet on short refrains and on a speech refrain further on', async () => {
    const clean = [
      'No. No. We will fight. We will fight.',
      'We will not retreat from this fight. Our allies stand with us today. Our soldiers stand ready. We shall hold the line. We will not retreat from this fight.'
    ]
    for (const text of clean) expect(await pairs('repeated-words', text), text).toEqual([])
  })

  it('flags a verb whose object repeats its stem, naming the stem, with no fix', async () => {
    expect(await lint('The judge ordered the order to be enforced at once.')).toEqual([
      {rule: 'repeated-words', actual: 'ordered the order', expected: [], level: 'warning', start: 10, end: 27}
    ])
    expect(await pairs('repeated-words', 'The cabinet decided the decision after midnight.')).toEqual([['decided the decision', undefined]])
    expect(await pairs('repeated-words', 'Lawyers requested the request in writing.')).toEqual([['requested the request', undefined]])
  })

  it('drops the object before a clause the verb takes itself, not before a relative clause', async () => {
    expect(await lint('The ministry announced the announcement that fuel prices would rise.')).toEqual([
      {rule: 'repeated-words', actual: 'announced the announcement', expected: ['announced'], level: 'warning', start: 13, end: 39}
    ])
    expect(await pairs('repeated-words', 'The two leaders agreed the agreement to expand trade.')).toEqual([['agreed the agreement', undefined]])
    expect(await pairs('repeated-words', 'They agreed the agreements that were signed earlier.')).toEqual([['agreed the agreements', undefined]])
    expect(await pairs('repeated-words', 'She decided the decision that had been taken.')).toEqual([['decided the decision', undefined]])
  })

  it('is quiet on cognate objects and clauses', async () => {
    const clean = [
      'They live their lives in peace.',
      'She dreamed a dream of home.',
      'The charter states the state must pay.',
      'He presented the president with a medal.',
      'The union fought the good fight.'
    ]
    for (const text of clean) expect(await pairs('repeated-words', text), text).toEqual([])
  })

  it('offers no fix for a copy with markup inside it, which deleting would break', async () => {
    const copy = 'We talked with the mayor about the <b>new</b> budget today.'
    const file = new VFile({path: 'story.html', value: `<p>${copy} ${copy}</p>`})
    await lintFile(file, resolveConfig(), true)
    expect(String(file.value)).toBe(`<p>${copy} ${copy}</p>`)
    expect(file.messages.map((message) => [message.ruleId, message.expected ?? []])).toEqual([['repeated-words', []]])
  })
})

describe('repeated-words: doubles that are no slip', () => {
  it('leaves a preposition before a fixed phrase that opens with it, and an intensifier doubled in quoted speech', async () => {
    for (const quiet of [
      // https://polity.org.za/article/kenyas-president-ruto-nominates-new-police-chief-following-protests-2024-07-25 (tests/fixtures/real/new154)
      'The death toll from the protests countrywide stood at at least 50.',
      // http://tempo.com.ph/2020/07/16/palace-picking-new-afp-chief-an-important-task-for-duterte/ (tests/fixtures/real/new154)
      '“The President considers as very very important the appointment of the Chief-of-Staff,” he said.'
    ]) {
      expect(await pairs('repeated-words', quiet), quiet).toEqual([])
    }
    // Outside quotation marks the doubled intensifier, and before another word the doubled preposition, are slips.
    expect(await pairs('repeated-words', 'The very very tall man left.')).toEqual([['very very', 'very']])
    expect(await pairs('repeated-words', 'The toll stood at at 50.')).toEqual([['at at', 'at']])
  })
})

// Indonesian, French and Vietnamese pages (tests/fixtures/real, garbled tune pages and batch 181).
describe('repeated-words: words repeated in brackets right after themselves', () => {
  it('removes the brackets and their words, and leaves an acronym or a number in brackets alone', async () => {
    const found = (await lint("The ban covers Komodo National Park (Komodo National Park), and the People's Procuracy (Procuracy) responded.")).filter((f) => f.rule === 'repeated-words')
    expect(found.map((f) => [f.actual, f.expected, f.start, f.end])).toEqual([
      [' (Komodo National Park)', [''], 35, 58],
      [' (Procuracy)', [''], 86, 98]
    ])
    expect((await lint('The Democratic Party (DP) won under Section 5 (5) of the law.')).filter((f) => f.rule === 'repeated-words')).toEqual([])
  })
})

describe('repeated-words: a name of one word twice, written so three times', () => {
  it('leaves "Chan Chan" written doubled three times or more, and still flags a doubled name twice', async () => {
    // andina.pe (Peru): the pre-Columbian city of Chan Chan.
    const story = 'Chan Chan welcomed 30,000 visitors. Tourists visited Chan Chan this year. Chan Chan is an adobe city.'
    expect((await lint(story)).filter((f) => f.rule === 'repeated-words')).toEqual([])
    const twice = (await lint('Chan Chan welcomed visitors. Tourists visited Chan Chan this year.')).filter((f) => f.rule === 'repeated-words')
    expect(twice.map((f) => [f.actual, f.start])).toEqual([['Chan Chan', 0], ['Chan Chan', 46]])
  })
})

describe('repeated-words: a noun written twice, singular and plural', () => {
  it('keeps the singular after an ordinal or "this", else the plural', async () => {
    // Machine-translated pages in the tuning set (Taiwan, Kenya).
    const found = (await lint('It was the first time times he spoke. Thousands joined the rally rallies on Sunday.')).filter((f) => f.rule === 'repeated-words')
    expect(found.map((f) => [f.actual, f.expected, f.start, f.level])).toEqual([
      ['time times', ['time', 'times'], 17, 'warning'],
      ['rally rallies', ['rallies', 'rally'], 59, 'warning']
    ])
  })

  it('leaves a noun and its verb, an adjective and its noun, and a word on both sides of "by"', async () => {
    const quiet = ['The report reports that sales fell.', 'She wore short shorts.', 'He counted the votes vote by vote.', 'They were the only ones on the list.']
    for (const text of quiet) expect((await lint(text)).filter((f) => f.rule === 'repeated-words'), text).toEqual([])
  })
})

describe('repeated-words: a phrase written again after a comma', () => {
  const repeats = async (text: string) => (await lint(text)).filter((f) => f.rule === 'repeated-words').map((f) => [f.actual, f.expected, f.start, f.end])

  it('keeps the first copy of three to six words written twice with a comma between and a mark after', async () => {
    // https://www.tellerreport.com/tech/2021-10-16-the-first-cold-wave-warning-of-this-fall----cold-wave-advisory-for-the-first-time-in-11-years-in-seoul.SJ-HPRRwBY.html
    expect(await repeats('The Korea Meteorological Administration (KMA) has issued a cold wave warning, a cold wave warning, in all parts of the country.')).toEqual([
      ['a cold wave warning, a cold wave warning', ['a cold wave warning'], 57, 97]
    ])
    // https://timenews1.com/on-her-18th-birthday-princess-leonor-swears-allegiance-to-the-constitution/
    expect(await repeats('A presumptive heir to the Spanish throne is Leonor, Princess of Asturias, Princess of Asturias.')).toEqual([
      ['Princess of Asturias, Princess of Asturias', ['Princess of Asturias'], 52, 94]
    ])
  })

  it('leaves two words of rhetoric, a quotation, and a second copy the sentence goes on from', async () => {
    // Brown B08 and A25 (the precision corpus); a speaker's repetition quoted.
    const quiet = [
      'She had done it last year, and the year before, and the year before that.',
      'The members are Grace Duhagon, John P. Figone, John P. Figone Jr., and Stephen Mana.',
      'Never again, never again, she said.',
      '“We will fight, we will fight,” he said.'
    ]
    for (const text of quiet) expect(await repeats(text), text).toEqual([])
  })
})
