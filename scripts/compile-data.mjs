#!/usr/bin/env node
// Compiles copydesk's data once, at build time, into dist/data/compiled/:
// - the word forms of dictionary-en and dictionary-en-gb, expanded by nspell
//   (loading Hunspell affixes costs ~0.4 s a process; a word list loads in ~30 ms);
// - SUBTLEX-US word counts, to rank suggestions;
// - the shipped gazetteer (with the Mandarin readings of native names, so
//   pinyin-pro is not loaded at run time), phrase rules and variant groups, validated by the
//   same loaders that read users' files, as JSON, with a hash of their sources
//   so a stale copy is never used.
import {mkdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import nspell from 'nspell'
import {compiledDir, shippedSources, sourcesHash} from '../dist/data/compiled.js'
import {loadEntities} from '../dist/data/entities.js'
import {withReadings} from '../dist/names/readings.js'
import {loadPhraseRules} from '../dist/data/phrases.js'
import {loadVariantGroups} from '../dist/data/variants.js'
import {compileLexicon} from '../dist/data/lexicon.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
mkdirSync(compiledDir, {recursive: true})

for (const [name, pkg] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
  const folder = dirname(fileURLToPath(import.meta.resolve(pkg)))
  const {readFileSync} = await import('node:fs')
  const checker = nspell({aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic'))})
  // A trie of lowercase keys with their casings, as typed arrays: loading is
  // one read, with nothing to parse or hash.
  const words = Object.keys(checker.data)
  const {trie, oddCase} = compileLexicon(words)
  writeFileSync(join(compiledDir, `${name}.trie`), trie)
  writeFileSync(join(compiledDir, `${name}.odd.txt`), oddCase)
  console.log(`${name}: ${words.length} word forms`)
}

// SUBTLEX-US counts by lowercase word, as a trie: one read, no parsing.
const {compileFrequencies} = await import('../dist/data/frequencies.js')
writeFileSync(join(compiledDir, 'frequencies.trie'), compileFrequencies().serialize())

const sources = shippedSources()
const data = {
  hash: sourcesHash(sources),
  entities: withReadings(loadEntities(sources.entities)),
  phraseRules: loadPhraseRules(sources.phrases),
  variantGroups: loadVariantGroups(sources.variants)
}
// Paths are stored relative to the package so the build can move.
const relative = (path) => path.slice(root.length + 1)
for (const list of [data.entities, data.phraseRules, data.variantGroups]) for (const item of list) item.file = relative(item.file)
writeFileSync(join(compiledDir, 'data.json'), JSON.stringify(data))
const readings = data.entities.reduce((sum, entity) => sum + (entity.readings?.length ?? 0), 0)
console.log(`data: ${data.entities.length} entities (${readings} Mandarin readings of native names), ${data.phraseRules.length} phrase rules, ${data.variantGroups.length} variant groups`)
