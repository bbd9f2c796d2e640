import {describe, expect, it} from 'vitest'
import {loadBundle} from '../src/data/bundle.js'
import {readCompiledSlice, shippedSources} from '../src/data/compiled.js'
import type {Entity} from '../src/data/entities.js'
import {compiledIndexes, type GazetteerIndex} from '../src/data/gazetteer-index.js'
import {readPartsFile, writePartsFile} from '../src/data/parts-file.js'
import {buildGazetteerIndex, buildNearIndex, indexParts, writtenIndex} from '../src/names/gazetteer-build.js'
import {Gazetteer, gazetteerOf} from '../src/names/gazetteer.js'
import {Countries} from '../src/names/countries.js'
import {koreanPersons, type KoreanPerson} from '../src/names/korean.js'

const entity = (name: string, kind: Entity['kind'], more: Partial<Entity> = {}): Entity => ({
  name,
  kind,
  variants: [],
  garbles: [],
  surname: undefined,
  title: undefined,
  file: 'test.yml',
  ...more
})

/** An index read back as the build writes it (src/names/gazetteer-build.ts `writtenIndex`). */
const asWritten = (index: GazetteerIndex) => readPartsFile<{gazetteer: GazetteerIndex}>(writePartsFile({}, {gazetteer: writtenIndex(index)}, indexParts))!.value.gazetteer

/** A gazetteer over `entities` read from its index as the build writes it. */
const throughBuild = (entities: Entity[]) => new Gazetteer(entities, asWritten(buildGazetteerIndex(entities)))

describe('the gazetteer index', () => {
  it('is compiled by the build as a run would build it from the shipped entries', () => {
    const slice = readCompiledSlice('entities', shippedSources().entities)!
    const built = buildGazetteerIndex(slice.entities)
    built.near = buildNearIndex(built)
    // The countries as a run would find them reading every entry: a Countries made from the entries alone.
    built.countries = new Countries(slice.entities).pack()
    // Numbers written as bytes come back as typed arrays: compared as plain lists.
    const plain = (index: unknown) => JSON.parse(JSON.stringify(index, (_, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as Uint32Array) : value)))
    expect(plain(slice.gazetteer)).toEqual(plain(built))
    expect(slice.gazetteer.forms.length).toBeGreaterThan(slice.entities.length)
  })

  it('comes with the shipped entries of a bundle, and not with a project’s', () => {
    const shipped = loadBundle().entities
    expect(compiledIndexes.has(shipped)).toBe(true)
    const yoon = gazetteerOf(shipped).lookup('Yin Xiyue')
    expect(yoon.map((ref) => [ref.entity.name, ref.type, ref.reading])).toEqual([['Yoon Suk Yeol', 'garble', true]])
    expect(gazetteerOf(shipped).lookup('Yin Xiyue')[0]).toBe(yoon[0])
    expect(compiledIndexes.has(loadBundle({entities: []}).entities)).toBe(false)
  })

  it('numbers forms key by key, each key’s in the order they came', () => {
    const gazetteer = throughBuild([
      entity('Han Duck-soo', 'person', {variants: ['Han Duk-soo'], garbles: ['Han Dok-su']}),
      entity('Handucksoo', 'org')
    ])
    expect([...gazetteer.allForms()].map((ref) => [ref.form, ref.type])).toEqual([
      ['Han Duck-soo', 'name'],
      ['Handucksoo', 'name'],
      ['Han Duk-soo', 'variant'],
      ['Duck-soo', 'surname'],
      ['Duk-soo', 'surname'],
      ['Han Dok-su', 'garble']
    ])
    expect(gazetteer.lookup('han duck soo').map((ref) => [ref.form, ref.entity.kind])).toEqual([
      ['Han Duck-soo', 'person'],
      ['Handucksoo', 'org']
    ])
    expect(gazetteer.lookupCaseless('han duk-soo').map((ref) => ref.form)).toEqual(['Han Duk-soo'])
  })

  it('takes words that name properties of an object as words', () => {
    const gazetteer = throughBuild([entity('__proto__ Holdings', 'org'), entity('Acme Constructor', 'org')])
    expect(gazetteer.lookupCaseless('__proto__ holdings').map((ref) => ref.form)).toEqual(['__proto__ Holdings'])
    expect(gazetteer.startsName('__proto__')).toBe(true)
    expect(gazetteer.startsName('constructor')).toBe(false)
    expect(gazetteer.startsName('tostring')).toBe(false)
    expect(gazetteer.lookupCaseless('acme hasownproperty')).toEqual([])
    expect(gazetteer.isAccepted('constructor')).toBe(false)
    expect(gazetteer.isAccepted('Acme Constructor')).toBe(true)
  })

  it('looks up names from forms and caseless nodes written a line each, as the build writes them, as from the index built', () => {
    const entities = [
      entity('United States', 'place'),
      entity('United States Forces Korea', 'org', {variants: ['USFKA', 'USFKA (Korea)']}),
      entity('__proto__ Holdings', 'org'),
      entity('Acme Constructor', 'org'),
      entity('Ivica Dačić', 'person')
    ]
    const index = buildGazetteerIndex(entities)
    const packed = new Gazetteer(entities, asWritten(index))
    const tree = new Gazetteer(entities, index)
    expect(packed.lookup('united-states').map((ref) => ref.form)).toEqual(['United States'])
    expect(packed.lookup('UNITED STATES')).toBe(packed.lookup('united states'))
    expect(packed.lookup('United States Forces')).toEqual([])
    expect(packed.isAccepted('Acme Constructor')).toBe(true)
    expect(['ivica', 'dačić', 'united'].map((word) => [packed.personEdge('first', word), packed.personEdge('last', word)])).toEqual([[true, false], [false, true], [false, false]])
    expect(packed.lostLetters('Ivica Dai').map((ref) => ref.form)).toEqual(['Ivica Dačić'])
    expect(packed.lostLetters('Ivica Dai')).toEqual(tree.lostLetters('Ivica Dai'))
    expect(packed.anchors('givenFirst', 'ivica')?.map(({ref, rest}) => [ref.form, rest])).toEqual([['Ivica Dačić', 'dacic']])
    expect(packed.anchors('givenFirst', 'ivica')).toBe(packed.anchors('givenFirst', 'ivica'))
    expect(packed.anchors('familyFirst', 'ivica')).toBeUndefined()
    expect(packed.acronymsWithLetters('AFKSU')?.map((ref) => ref.form)).toEqual(['USFKA'])
    expect(packed.opensBodyName('USFKA')).toBe(true)
    expect(packed.opensBodyName('ACME')).toBe(false)
    expect(packed.swapped(['United', 'States', 'Forces', 'Japan']).map((hit) => [hit.entity.name, hit.expectedWord])).toEqual([['United States Forces Korea', 'Korea']])
    expect(packed.reordered(['States', 'United', 'Forces', 'Korea']).map((entity) => entity.name)).toEqual(['United States Forces Korea'])
    const texts = ['united states', 'United States forces korea', 'united states forces', '__proto__ holdings', 'acme constructor', 'acme', 'constructor', 'korea', '']
    const forms = (gazetteer: Gazetteer) => texts.map((text) => gazetteer.lookupCaseless(text).map((ref) => ref.form))
    expect(forms(packed)).toEqual([['United States'], ['United States Forces Korea'], [], ['__proto__ Holdings'], ['Acme Constructor'], [], [], [], []])
    expect(forms(packed)).toEqual(forms(tree))
    for (const word of ['united', '__proto__', 'constructor', 'tostring', 'korea']) expect(packed.caselessStart(word), word).toEqual(tree.caselessStart(word))
    expect(packed.caselessStart('united')).toBe(packed.caselessStart('united'))
  })

  it('matches loosely from its compiled keys as from keys made on the first loose lookup', () => {
    const entities = [
      entity('Volodymyr Zelensky', 'person', {variants: ['Volodymyr Zelenskyy']}),
      entity('Zelenskiy Holdings', 'org'),
      entity('Denys Shmyhal', 'person'),
      entity('The Guardian', 'outlet')
    ]
    const index = buildGazetteerIndex(entities)
    index.near = buildNearIndex(index)
    const compiled = new Gazetteer(entities, asWritten(index))
    const made = new Gazetteer(entities)
    for (const text of ['Zelenskiy', 'Zelensky', 'Denis Shmygal', 'Shmygal', 'Teagarden', 'Zelenskky Holdings']) {
      const hit = (gazetteer: Gazetteer) => {
        const found = gazetteer.closest(text)
        return found && [found.ref.form, found.ref.type, found.distance]
      }
      expect(hit(compiled)).toEqual(hit(made))
    }
    expect(compiled.closest('Zelenskky Holdings')).toMatchObject({ref: {form: 'Zelenskiy Holdings', type: 'name'}, distance: 1})
    expect(compiled.closest('Denis Shmygal')).toMatchObject({ref: {form: 'Denys Shmyhal', type: 'name'}, distance: 2})
    expect(compiled.closest('Teagarden')).toBeUndefined()
  })
})

describe('the entities a word opens', () => {
  it('holds every Korean person of a family, so that reading those entries alone reads what reading all did', () => {
    const bundle = loadBundle()
    const tables = {surnames: bundle.surnameGroups, syllables: bundle.koreanSyllables}
    const gazetteer = gazetteerOf(bundle.entities)
    const all = koreanPersons(bundle.entities, tables)
    expect(all.length).toBeGreaterThan(100)
    for (const [family, spellings] of tables.surnames) {
      const opened = new Set([...spellings].flatMap((spelling) => gazetteer.entitiesOpenedBy(spelling.toLowerCase())))
      const names = (persons: KoreanPerson[]) => persons.filter((person) => spellings.has(person.name.family)).map((person) => person.entity.name).sort()
      expect(names(koreanPersons([...opened], tables)), family).toEqual(names(all))
    }
    expect(gazetteer.entitiesOpenedBy('yoon').map((entity) => entity.name)).toContain('Yoon Suk Yeol')
    expect(gazetteer.entitiesOpenedBy('no-such-word')).toEqual([])
  })
})
