import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadBundle, type Bundle} from '../src/data/bundle.js'
import {ruleDefinitions, ruleIds} from '../src/rules.js'
import {lint} from './lint.js'

/** The slices of `bundle` still unread: their property is still the getter that reads them. */
function unread(bundle: Bundle): string[] {
  return Object.keys(Object.getOwnPropertyDescriptors(bundle)).filter((key) => Object.getOwnPropertyDescriptor(bundle, key)!.get)
}

describe('data slices', () => {
  it('a rule that runs alone loads only its own slices', async () => {
    // A data set no other test has read (an empty project word list of its own) is a bundle of its own;
    // resetting modules instead would make every later file in this thread load copydesk again.
    const words = join(mkdtempSync(join(tmpdir(), 'copydesk-slices-')), 'words.txt')
    writeFileSync(words, '')
    const bundle = loadBundle({words: [words]})
    const read = () => Object.keys(bundle).filter((key) => !unread(bundle).includes(key)).sort()
    // A project's word list is read at once (a broken one fails the configuration), with the names it joins; the set of
    // them all (`personal`) is made when a rule first asks.
    const atOnce = read()
    expect(atOnce).toEqual(['firstNames'])
    const off = Object.fromEntries(ruleIds.filter((id) => id !== 'repeated-words').map((id) => [id, 'off' as const]))
    const found = await lint('The the council met on Tuesday.', {rules: off, data: {words: [words]}})
    expect(found.map((f) => [f.rule, f.actual])).toEqual([['repeated-words', 'The the']])
    expect(read().filter((key) => !atOnce.includes(key))).toEqual(['baseAuxiliaries', 'clauseOpeners', 'clauseVerbs', 'collocations', 'conjunctions', 'coordinatedIdioms', 'deliberateDoubles', 'demonstratives', 'determiners', 'doubledNames', 'entities', 'functionWords', 'indefiniteDeterminers', 'lexicon', 'objectPronouns', 'ordinalWords', 'placeKindNouns', 'predeterminers', 'reduplicatingWords', 'singularDeterminers', 'subjectAuxiliaries', 'subjectPronouns', 'titles', 'wordClasses'])
  })

  it('each rule reads exactly the slices it declares', () => {
    const bundle = loadBundle({words: []})
    for (const rule of ruleDefinitions) {
      const asked = new Set<string>()
      const watched = new Proxy(bundle, {
        get(target, key, receiver) {
          if (typeof key === 'string') asked.add(key)
          return Reflect.get(target, key, receiver)
        }
      })
      rule.attach(watched, {dialect: 'en-US', options: {}})
      expect([...asked].sort(), rule.id).toEqual([...rule.data].sort())
    }
  })

  it('the data layer imports nothing from the name matching', () => {
    const folder = new URL('../src/data/', import.meta.url)
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(10)
    const crossing = files.flatMap((name) => {
      const source = readFileSync(new URL(name, folder), 'utf8')
      // Static and dynamic imports, and require(): every module specifier in the file.
      const specifiers = [...source.matchAll(/(?:from|import\(|require\()\s*'([^']+)'/g)].map((match) => match[1]!)
      return specifiers.filter((specifier) => /(^|\/)names\//.test(specifier)).map((specifier) => `${name}: ${specifier}`)
    })
    expect(crossing).toEqual([])
  })
})
