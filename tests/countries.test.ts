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
