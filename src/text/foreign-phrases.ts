import {withoutAccents} from './normalize.js'

/**
 * Foreign phrases whose words are fine inside them ("per diem", "de
 * facto", "bête noire") and only there: a test of whether a word, at its
 * offset in the text, is part of one of them as written around it.
 */
export function foreignPhraseTest(phrases: Iterable<string>): (value: string, word: string, start: number) => boolean {
  // word → the phrases it may stand in, as lowercase word lists
  const byWord = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const words = normal(phrase).split(/\s+/)
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), words])
  }
  return (value, word, start) => {
    // A hyphenated word ("avant-garde") is looked up by its first part; the
    // text around it is then compared with hyphens read as spaces.
    const key = normal(word).split('-')[0]!
    const candidates = byWord.get(key)
    if (!candidates) return false
    return candidates.some((words) => {
      const before = words.slice(0, words.indexOf(key)).join(' ')
      const from = start - (before ? before.length + 1 : 0)
      const text = normal(value.slice(Math.max(0, from), from + words.join(' ').length)).replace(/-/g, ' ')
      return from >= 0 && text === words.join(' ')
    })
  }
}

/**
 * Lowercase, straight apostrophes, no accents: the list is written as AP
 * style writes these phrases ("coup d'etat"), and copy may keep the accents
 * ("coup d'état"). Folding keeps the length of Latin letters, so offsets hold.
 */
function normal(text: string): string {
  return withoutAccents(text.toLowerCase().replace(/’/g, "'"))
}
