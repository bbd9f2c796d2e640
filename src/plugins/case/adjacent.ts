import type {Token} from '../../text/tokens.js'

// How a multi-word name's words sit in the text: a name is looked up only
// over words one plain space apart.

/**
 * Written in the text as the token has it, with no space in it and no letter
 * whose lowercase depends on its neighbours (Greek sigma): its lowercase form
 * is its part of a caseless key.
 */
export function plainWord(value: string, token: Token): boolean {
  const word = token.value
  const start = token.start
  if (token.end - start !== word.length) return false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code !== value.charCodeAt(start + i)) return false
    if (code <= 0x20 || code === 0xa0 || (code >= 0x370 && code !== 0x2018 && code !== 0x2019)) return false
  }
  return true
}

/** Next words with one space between them, in the text and in the tokens. */
export function oneSpaceApart(tokens: readonly Token[], value: string, a: Token, b: Token): boolean {
  return b.index === a.index + 2 && tokens[a.index + 1]!.value === ' ' && b.start === a.end + 1 && value.charCodeAt(a.end) === 32
}

/** /['’]s$/ */
export function possessiveEnd(word: string): boolean {
  const at = word.length - 2
  return at >= 0 && word.charCodeAt(at + 1) === 115 && (word.charCodeAt(at) === 39 || word.charCodeAt(at) === 0x2019)
}

/** `contiguous` for `words[from]` and the `length - 1` words after it, without taking them out. */
export function contiguousWords(tokens: readonly Token[], words: readonly Token[], from: number, length: number): boolean {
  for (let k = from + 1; k < from + length; k++) {
    const a = words[k - 1]!
    if (words[k]!.index !== a.index + 2 || tokens[a.index + 1]!.value !== ' ') return false
  }
  return true
}

export function contiguous(tokens: readonly Token[], span: readonly Token[]): boolean {
  for (let k = 1; k < span.length; k++) {
    const a = span[k - 1]!
    const b = span[k]!
    if (b.index !== a.index + 2 || tokens[a.index + 1]!.value !== ' ') return false
  }
  return true
}
