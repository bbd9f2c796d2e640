import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it, vi} from 'vitest'
import {loadBundle, type Bundle} from '../src/data/bundle.js'
import {ruleDefinitions, ruleIds} from '../src/rules.js'

/** The slices of `bundle` still unread: their property is still the getter that reads them. */
function unread(bundle: Bundle): string[] {
  return Object.keys(Object.getOwnPropertyDescriptors(bundle)).filter((key) => Object.getOwnPropertyDescriptor(bundle, key)!.get)
}

describe('data slices', () => {
  it('a rule that runs alone loads only its own slices', async () => {
    // Modules of their own: other files in this thread have read slices of the shared bundle.
    vi.resetModules()
    const {lint} = await import('./lint.js')
    const fresh = await import('../src/data/bundle.js')
    const off = Object.fromEntries(ruleIds.filter((id) => id !== 'repeated-words').map((id) => [id, 'off' as const]))
    const found = await lint('The the council met on Tuesday.', {rules: off})
    expect(found.map((f) => [f.rule, f.actual])).toEqual([['repeated-words', 'The the']])
    const bundle = fresh.loadBundle()
    const read = Object.keys(bundle).filter((key) => !unread(bundle).includes(key))
    expect(read.sort()).toEqual(['clauseVerbs', 'demonstratives', 'doubledNames', 'entities'])
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
