import {describe, expect, it} from 'vitest'
import type {Entity} from '../src/data/entities.js'
import {Countries} from '../src/names/countries.js'

const entity = (name: string, kind: Entity['kind'], title: string, variants: string[] = []): Entity => ({name, kind, variants, garbles: [], surname: undefined, title, file: 'test.yml'})

const countries = new Countries([
  entity('South Korea', 'place', 'Country (Eastern Asia)', ['Republic of Korea']),
  entity('North Korea', 'place', 'Country (Eastern Asia)'),
  entity('Türkiye', 'place', 'Country (Western Asia)', ['Turkey']),
  entity('South Korean', 'demonym', 'Demonym: South Korea'),
  entity('Korean', 'demonym', 'Demonym: North Korea; South Korea'),
  entity('Ankara', 'place', 'Capital of Türkiye'),
  entity('Han Duck-soo', 'person', 'Prime Minister of South Korea (2022–2025)', ['Han Duck Soo']),
  entity('Nationalist Movement Party', 'org', 'political party (Turkey)', ['MHP']),
  entity('Korean Air', 'org', 'Airline of South Korea'),
  entity('Six-Party Talks', 'org', 'Talks on North Korea; South Korea')
])

describe('the countries a story is about', () => {
  it('reads a body of one country named in full as its country, not its acronym nor a body of two', () => {
    expect([...countries.inStory('The Nationalist Movement Party voted no.')]).toEqual(['Türkiye'])
    expect([...countries.inStory('The MHP voted no. Six-Party Talks resumed.')]).toEqual([])
    expect([...countries.inStory('Korean Air flew to Ankara.')]).toEqual(['North Korea', 'South Korea', 'Türkiye'])
    expect([...countries.in('The Nationalist Movement Party voted no.')]).toEqual([])
  })
})

describe('the countries a text names', () => {
  it('reads names, nationalities, capitals and a person of the government named in full, longest form first', () => {
    expect([...countries.in('A South Korean court ruled.')]).toEqual(['South Korea'])
    expect([...countries.in('Korean media said so in Ankara.')]).toEqual(['North Korea', 'South Korea', 'Türkiye'])
    expect([...countries.in('Han Duck Soo spoke; Han said little.')]).toEqual(['South Korea'])
    expect([...countries.in('Hangzhou and Turkeys are neither.')]).toEqual([])
  })

  it('reads an entity’s countries from its title, and knows a place word from a person’s name', () => {
    const party = entity('Nationalist Movement Party', 'org', 'political party (Turkey)')
    expect([...countries.of(party)]).toEqual(['Türkiye'])
    expect([countries.names('Korean'), countries.names('Ankara'), countries.names('Han Duck-soo')]).toEqual([true, true, false])
  })
})

describe('the countries as the build packs them', () => {
  const entries = [
    entity('South Korea', 'place', 'Country (Eastern Asia)', ['Republic of Korea']),
    entity('Türkiye', 'place', 'Country (Western Asia)', ['Turkey']),
    entity('South Korean', 'demonym', 'Demonym: South Korea'),
    entity('Ankara', 'place', 'Capital of Türkiye'),
    entity('Han Duck-soo', 'person', 'Prime Minister of South Korea (2022–2025)', ['Han Duck Soo']),
    entity('Lee Jae-myung', 'person', 'President of South Korea; rival of Han Duck-soo'),
    entity('Nationalist Movement Party', 'org', 'political party (Turkey)', ['MHP']),
    entity('Korean Air', 'org', 'Airline of South Korea')
  ]

  it('answer as the countries read from every entry', () => {
    const built = new Countries(entries)
    const packed = new Countries(entries, JSON.parse(JSON.stringify(new Countries(entries).pack())))
    const text = 'Han Duck Soo met Lee Jae-myung in Ankara. The Nationalist Movement Party and Korean Air were there.'
    for (const countries of [built, packed]) {
      expect([...countries.inStory(text)].sort()).toEqual(['South Korea', 'Türkiye'])
      expect([...countries.storyOutside(text, 0, 41)].sort()).toEqual(['South Korea', 'Türkiye'])
      expect([...countries.storyOutside(text, text.indexOf('Ankara'), text.length)]).toEqual(['South Korea'])
      expect(countries.orgsOf('South Korea').map((org) => org.name)).toEqual(['Korean Air'])
      // A person's title is read by the names of countries alone, not by another person's name in it.
      expect([...countries.of(entries[5]!)]).toEqual(['South Korea'])
      expect(countries.names('Ankara')).toBe(true)
      expect(countries.names('Han Duck Soo')).toBe(false)
    }
    expect(packed.pack()).toEqual(built.pack())
  })
})

describe('the countries of entries given their readings', () => {
  it('are made from the entries as they end up, the variants the readings add included', async () => {
    const {withReadings} = await import('../src/names/readings.js')
    const {countriesOf} = await import('../src/names/countries.js')
    const list = withReadings([
      entity('North Macedonia', 'place', 'Country (Southern Europe)'),
      entity('Hristijan Mickoski', 'person', 'Prime Minister of North Macedonia'),
      entity('Timčo Mucunski', 'person', 'Minister of Foreign Affairs of North Macedonia')
    ])
    expect(list[2]!.variants).toContain('Timcho Mucunski')
    expect([...countriesOf(list).inStory('Timcho Mucunski spoke on Monday.')]).toEqual(['North Macedonia'])
  })
})
