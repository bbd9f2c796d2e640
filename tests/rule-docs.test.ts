import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ruleUrl} from '../src/message.js'
import {ruleDefinitions} from '../src/rules.js'
import {renderRuleDocs} from '../src/rules/docs.js'

const dir = new URL('../docs/rules/', import.meta.url)
const pages = renderRuleDocs(ruleDefinitions)

describe('docs/rules', () => {
  it('has a page for every rule and no page without one', () => {
    for (const rule of ruleDefinitions) {
      expect(pages.has(`${rule.id}.md`), rule.id).toBe(true)
      expect(rule.url).toBe(ruleUrl(rule.id))
      expect(rule.url.endsWith(`/docs/rules/${rule.id}.md`)).toBe(true)
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.md')).sort()).toEqual([...pages.keys()].sort())
  })

  for (const [name, text] of pages) {
    it(`${name} is up to date with the registry (npm run docs:rules)`, () => {
      expect(readFileSync(new URL(name, dir), 'utf8')).toBe(text)
    })
  }
})
