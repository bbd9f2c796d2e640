#!/usr/bin/env node
// Writes docs/rules/*.md from the rule registry (through dist/: run after
// `tsc`, as `npm run docs:rules` does). tests/rule-docs.test.ts fails when a
// page differs from what this writes, or a page has no rule.
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {renderRuleDocs} from '../dist/rules/docs.js'
import {ruleDefinitions} from '../dist/rules.js'

const dir = join(dirname(fileURLToPath(import.meta.url)), '../docs/rules')
mkdirSync(dir, {recursive: true})
const pages = renderRuleDocs(ruleDefinitions)
// A page whose rule is gone would be a dead end for an old message's link.
for (const name of readdirSync(dir)) {
  if (name.endsWith('.md') && !pages.has(name)) rmSync(join(dir, name))
}
for (const [name, text] of pages) writeFileSync(join(dir, name), text)
console.log(`docs/rules: ${pages.size} pages`)
