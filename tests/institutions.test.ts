import {describe, expect, it} from 'vitest'
import {loadInstitutions} from '../src/data/institutions.js'
import {DataError} from '../src/data/yaml-file.js'
import {lint} from './lint.js'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const found = async (text: string) => (await lint(text)).filter((f) => f.rule === 'institutions')

describe('institutions', () => {
  it("flags another country's chamber tied to a country by a possessive, a demonym or 'of'", async () => {
    expect(await found("The reform cleared Argentina's House of Commons late on Thursday.")).toEqual([
      {rule: 'institutions', actual: 'House of Commons', expected: ['Chamber of Deputies'], level: 'warning', start: 31, end: 47}
    ])
    expect((await found('Opposition parties control the Japanese Senate after the July vote.')).map((f) => [f.actual, f.expected])).toEqual([['Senate', ['House of Councillors']]])
    expect((await found('The speaker of the Congress of Germany resigned.')).map((f) => [f.actual, f.expected])).toEqual([['Congress', ['Bundestag']]])
  })

  it('fixes a chamber a unicameral country lacks to its whole legislature', async () => {
    expect((await found("South Korea's Senate will vote on the budget next week.")).map((f) => [f.actual, f.expected])).toEqual([['Senate', ['National Assembly']]])
  })

  it("reads an unbound institution as the story's when the story names one country and never the owner", async () => {
    const story = 'Iranian lawmakers met on Sunday. Six candidates were approved by the Constitutional Council on Monday, and the Majlis will convene next week.'
    expect((await found(story)).map((f) => [f.actual, f.expected])).toEqual([['Constitutional Council', ['Guardian Council']]])
  })

  it('reads "Congress" with no article, as American copy writes it, as the story’s, and gives the fix its article', async () => {
    // Machine-translated Korean and Vietnamese stories in the tuning set call the National Assembly "Congress".
    const korea = 'President Lee Jae-myung of South Korea sent the bill to Congress on Friday. Seoul officials said the vote was close.'
    expect((await found(korea)).map((f) => [f.actual, f.expected, f.start])).toEqual([['Congress', ['the National Assembly'], 56]])
    expect((await found('Vietnam’s leaders met in Hanoi on Monday. Congress passed the bill, officials in Hanoi said.')).map((f) => [f.actual, f.expected])).toEqual([['Congress', ['The National Assembly']]])
    // Bound by a possessive, the fix takes no article.
    expect((await found("Ecuador's Congress passed the budget. Officials in Quito said so.")).map((f) => [f.actual, f.expected])).toEqual([['Congress', ['National Assembly']]])
  })

  it("stays quiet on a country's own institutions, generic names, party names and stories about two countries", async () => {
    for (const text of [
      "Italy's Senate and the Senate of Poland both voted on Tuesday.",
      "Argentina's Congress approved the budget, and Japan's Diet passed its own.",
      'The Indian National Congress won 99 seats in the Lok Sabha.',
      'Modi said the Congress party had failed India for decades. India votes in May.',
      "Japan's Supreme Court and Israel's Parliament ruled on the same day.",
      'The House of Commons debated the Argentine proposal, British and Argentine officials said.',
      'Japanese officials in Tokyo met the Senate Majority Leader. Japan said talks went well.',
      'French President Emmanuel Macron asked the Constitutional Council to rule on the law.',
      // Kazakhstan's Constitutional Council, until the Constitutional Court replaced it in 2023 (kazakhstannewsgazette.com).
      'The senators approved the appointment to the position of member of the Constitutional Council for a new term. Kazakhstan’s Senate met in Astana.',
      // A party of the country named by the term last: "the Congress" in India is the party.
      'In India, opposition parties, including the Congress and the DMK, signed. The Congress has alleged that the Speaker erred. India voted.',
      // A country's own name before the term, not its people's adjective, names a party (bdnews24.com, 2020).
      'In Dhaka, Md Omar Faruk of the Bangladesh Congress drew 91 votes. Bangladesh votes again in May.',
      // A people's adjective before the first of two bodies binds both.
      'Chinese officials in Beijing praised the Congolese Parliament and Senate. China will fund both, Beijing said.',
      // A chamber's English gloss of its own name (asiaplustj.info, 2020).
      'Majlisi Milli (the National Assembly) is the upper chamber of Tajikistan’s parliament. Tajik senators met in Dushanbe.'
    ]) {
      expect(await found(text), text).toEqual([])
    }
  })

  it('rejects a profile without a legislature, naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-institutions-'))
    const path = join(dir, 'bad.yml')
    writeFileSync(path, 'source: test\ncountries:\n  - country: Atlantis\n    names: [Atlantis]\n    lower: [Assembly]\n')
    expect(() => loadInstitutions(path)).toThrow(DataError)
    expect(() => loadInstitutions(path)).toThrow(`${path}:3: country 1: Atlantis: missing \`legislature\``)
  })
})
