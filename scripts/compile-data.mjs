#!/usr/bin/env node
// Compiles copydesk's data once, at build time, into dist/data/compiled/:
// - the word forms of dictionary-en and dictionary-en-gb, expanded by nspell
//   (loading Hunspell affixes costs ~0.4 s a process; a word list loads in ~30 ms);
// - SUBTLEX-US word counts, to rank suggestions;
// - the shipped data as one JSON file a slice (src/data/compiled.ts), so a
//   run reads only the slices its rules use and parses no YAML: the gazetteer
//   (with the Mandarin readings of native names, so pinyin-pro is not loaded
//   at run time, the words of its names and its lookups, so a run builds no index), phrase rules, variant groups and
//   institutions, validated by the same loaders that read users' files, each
//   with a hash of its sources so a stale copy is never used.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import nspell from 'nspell'
import {compiledDir, shippedSources, slicePath, sourcesHash} from '../dist/data/compiled.js'
import {doubledWordsOf, loadEntities, nameWordsOf} from '../dist/data/entities.js'
import {loadInstitutions} from '../dist/data/institutions.js'
import {withReadings} from '../dist/names/readings.js'
import {buildGazetteerIndex, buildNearIndex, indexParts, writtenIndex} from '../dist/names/gazetteer-build.js'
import {Countries} from '../dist/names/countries.js'
import {loadPhraseRules, phraseForms, PhraseIndex} from '../dist/data/phrases.js'
import {loadVariantGroups} from '../dist/data/variants.js'
import {compileLexicon} from '../dist/data/lexicon.js'
import {ItemLines, writePartsFile} from '../dist/data/parts-file.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
mkdirSync(compiledDir, {recursive: true})

const dictionaries = {}
for (const [name, pkg] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
  const folder = dirname(fileURLToPath(import.meta.resolve(pkg)))
  const {readFileSync} = await import('node:fs')
  const checker = nspell({aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic'))})
  // A trie of lowercase keys with their casings, as typed arrays: loading is
  // one read, with nothing to parse or hash.
  const words = Object.keys(checker.data)
  dictionaries[name] = words
  const {trie, oddCase} = compileLexicon(words)
  writeFileSync(join(compiledDir, `${name}.trie`), trie)
  writeFileSync(join(compiledDir, `${name}.odd.txt`), oddCase)
  console.log(`${name}: ${words.length} word forms`)
}

// The words of SCOWL's larger lists (up to size 70, every spelling variant) that
// neither dictionary has: real but rare words ("dugong", "estuarine"), which the
// speller notes instead of flagging. Lowercase words only; names are the gazetteer's.
const {rareWords, rareWordsSource} = await import('./lib/rare-words.mjs')
const rare = rareWords(new Set([...dictionaries['en-US'], ...dictionaries['en-GB']]))
const rareLexicon = compileLexicon(rare)
writeFileSync(join(compiledDir, 'rare.trie'), rareLexicon.trie)
writeFileSync(join(compiledDir, 'rare.odd.txt'), rareLexicon.oddCase)
writeFileSync(join(compiledDir, 'rare.README.md'), `rare.trie: ${rare.length} words that dictionary-en and dictionary-en-gb lack.\nSource: ${rareWordsSource}.\n`)
console.log(`rare words: ${rare.length}`)

// SUBTLEX-US counts by lowercase word, as a trie: one read, no parsing.
const {compileFrequencies} = await import('../dist/data/frequencies.js')
writeFileSync(join(compiledDir, 'frequencies.trie'), compileFrequencies().serialize())

// Which prepositions follow which words in edited English (the collocations
// rule), counted from corpora that are devDependencies, so only a build has them.
const {countCollocations} = await import('./lib/collocations.mjs')
const collocations = countCollocations()
writeFileSync(join(compiledDir, 'collocations.json'), writePartsFile({}, collocations))
writeFileSync(
  join(compiledDir, 'collocations.README.md'),
  `collocations.json: ${Object.keys(collocations.heads).length} heads, ${Object.keys(collocations.forms).length} word forms.\nSource: ${collocations.source}.\n`
)
console.log(`collocations: ${Object.keys(collocations.heads).length} heads`)

// Words whose first sound is not their first letter's (the indefinite-article rule), from the CMU Pronouncing Dictionary.
const {articleSounds, articleSoundsSource} = await import('./lib/article-sounds.mjs')
const sounds = articleSounds()
writeFileSync(join(compiledDir, 'article-sounds.txt'), sounds.join('\n') + '\n')
writeFileSync(join(compiledDir, 'article-sounds.README.md'), `article-sounds.txt: ${sounds.length} words whose first sound is not what their first letter says, with the article they take (a, an, or either).\nSource: ${articleSoundsSource}.\n`)
console.log(`article sounds: ${sounds.length} words`)

// Word classes (the word-class rule), from the same corpora, WordNet and
// SUBTLEX-US, with dictionary-en's forms as the words there are.
const {countWordClasses} = await import('./lib/word-classes.mjs')
const {readWordList} = await import('../dist/data/word-list.js')
const endings = readWordList(join(root, 'dictionaries/noun-adjective-endings.txt')).map((line) => line.split(/\s+/))
const usWords = new Set(dictionaries['en-US'])
const wordList = (name) => new Set(readWordList(join(root, `dictionaries/${name}.txt`)))
const auxiliaries = {
  participleAuxiliaries: wordList('participle-auxiliaries'),
  baseAuxiliaries: wordList('base-auxiliaries'),
  doForms: wordList('do-forms'),
  idiomWords: wordList('bare-infinitive-idioms')
}
const wordClasses = countWordClasses({dictionary: usWords, endings, auxiliaries})
writeFileSync(join(compiledDir, 'word-classes.json'), writePartsFile({}, wordClasses))
writeFileSync(
  join(compiledDir, 'word-classes.README.md'),
  `word-classes.json: ${Object.keys(wordClasses.classes).length} words with a usual class, ${Object.keys(wordClasses.verbOnly).length} verb forms beside a plural noun, ${Object.keys(wordClasses.nounAdjectives).length} nouns beside an adjective, ${Object.keys(wordClasses.barePhrases).length} bare nouns after a preposition, ${Object.keys(wordClasses.modifierForms).length} modifier + noun pairs edited English writes with another form of the modifier, ${Object.keys(wordClasses.participles).length} base forms a form of "be" or "have" puts in its participle, ${Object.keys(wordClasses.bases).length} pasts a modal, "do" or "to" puts in their base form, ${Object.keys(wordClasses.pastParticiples).length} pasts a form of "be" or "have" puts in their own participle.\nSource: ${wordClasses.source}.\n`
)
console.log(`word classes: ${Object.keys(wordClasses.classes).length} words`)
// The usage rule's tables, from the same text (scripts/lib/usage.mjs).
const {countUsage} = await import('./lib/usage.mjs')
const usage = countUsage((word) => usWords.has(word))
writeFileSync(join(compiledDir, 'usage.json'), JSON.stringify(usage))
console.log(`usage: ${Object.keys(usage.thatVerbs).length} verbs before a that-clause, ${Object.keys(usage.massNouns).length} nouns without an article`)

const sources = shippedSources()
// Paths are stored relative to the package so the build can move.
const relative = (path) => path.slice(root.length + 1)
// Each table a part of its own (src/data/parts-file.ts), parsed by a run only when a rule reads it; `split` names objects whose tables are parts;
// `lines`, lists written an item a line, each item parsed when a run first reads it.
const writeSlice = (name, slice, split = [], lines = []) => {
  for (const list of Object.values(slice)) if (Array.isArray(list)) for (const item of list) if (typeof item?.file === 'string') item.file = relative(item.file)
  const written = Object.fromEntries(Object.entries(slice).map(([key, part]) => [key, lines.includes(key) ? new ItemLines(part) : part]))
  writeFileSync(slicePath(name), writePartsFile({hash: sourcesHash(sources[name])}, written, split))
}
const entities = withReadings(loadEntities(sources.entities))
const phraseRules = loadPhraseRules(sources.phrases)
const variantGroups = loadVariantGroups(sources.variants)
// The gazetteer's lookups, loose-match keys included, in the shape a run uses them: it builds none.
const gazetteer = buildGazetteerIndex(entities)
gazetteer.near = buildNearIndex(gazetteer)
// The countries of the entries' names and titles, as a run would find them reading every entry: made anew, as
// withReadings asked for the entries' countries while it was still adding variants to them.
gazetteer.countries = new Countries(entities).pack()
writeSlice('entities', {entities, nameWords: nameWordsOf(entities), doubledWords: doubledWordsOf(entities), gazetteer: writtenIndex(gazetteer)}, indexParts, ['entities'])
// The phrases' index as a run reads it: key tables, each entry parsed when a word first asks for it.
const forms = phraseForms(phraseRules)
const phraseIndex = PhraseIndex.build(phraseRules, new Map(forms)).pack()
writeSlice('phrases', {phraseRules, forms, index: {...phraseIndex, groups: new ItemLines(phraseIndex.groups), bases: new ItemLines(phraseIndex.bases)}}, ['index'])
writeSlice('variants', {variantGroups})
writeSlice('institutions', {institutions: loadInstitutions(sources.institutions[0])})
// The one bundle of earlier builds: gone, so a stale copy is not mistaken for data.
rmSync(join(compiledDir, 'data.json'), {force: true})
const readings = entities.reduce((sum, entity) => sum + (entity.readings?.length ?? 0), 0)
console.log(`data: ${entities.length} entities (${readings} computed readings: Mandarin, and Slavic names read back from Cyrillic), ${phraseRules.length} phrase rules, ${variantGroups.length} variant groups`)
