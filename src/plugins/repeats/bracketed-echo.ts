import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'

/** Brackets holding words, the first a letter: "(Komodo National Park)", not "(5)" or "(2023)". */
const bracketed = /\(\p{L}[^()\n]{0,79}\)/gu

/**
 * Runs of `count` words ending a stretch, one regex per count: building a
 * pattern of Unicode classes costs about half a millisecond, so a page of
 * bracketed glosses paid for it once per bracket.
 */
const wordRuns: RegExp[] = []
function wordRun(count: number): RegExp {
  wordRuns[count] ??= new RegExp(`(?:^|[^\\p{L}\\p{N}'’-])(${Array.from({length: count}, () => "[\\p{L}\\p{N}'’.-]+").join('\\s+')})\\s$`, 'u')
  return wordRuns[count]
}

/**
 * "Komodo National Park (Komodo National Park)", "the People's Procuracy
 * (Procuracy)": a translation that kept a name's original in brackets, where
 * the original came out as the same English words. The brackets repeat the
 * words right before them, letter for letter but for case.
 */
export function bracketedEchoes(file: VFile, value: string): void {
  for (const match of value.matchAll(bracketed)) {
    const at = match.index!
    if (value[at - 1] !== ' ') continue
    const inner = match[0].slice(1, -1).trim()
    const words = inner.split(/\s+/u)
    // The same number of words right before the brackets, with nothing between.
    const before = wordRun(words.length).exec(value.slice(Math.max(0, at - inner.length - 8), at))?.[1]
    if (before === undefined || before.toLowerCase() !== words.join(' ').toLowerCase()) continue
    report(file, {
      ruleId: 'repeated-words',
      reason: `Unexpected ${quote(inner)} repeated in brackets, remove the brackets`,
      start: at - 1,
      end: at + match[0].length,
      level: 'warning',
      expected: ['']
    })
  }
}
