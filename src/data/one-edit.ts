import type {WordTrie} from './word-trie.js'

/** What an edit may put in: the letters of English words and the apostrophe. */
const letters = "abcdefghijklmnopqrstuvwxyz'"
const letterCodes = Array.from(letters, (letter) => letter.charCodeAt(0))

/**
 * Calls `visit` with each key of `keys` one deletion, swap of neighbours,
 * replacement or insertion (of `letters`) from `word`, and its value, in the
 * order the edits are made: position by position, and at each the deletion,
 * the swap, then each letter's replacement and insertion (a key reached by
 * two edits comes twice). Each edit walks on from the node of the letters
 * before it, and the edits after letters no key starts with are not made:
 * a key's text is built only when it is there, where spelling out every
 * edit of a ten-letter word made some 600 strings to look up.
 */
export function forEachKeyOneEditAway(keys: WordTrie, word: string, visit: (key: string, value: number) => void) {
  let head = 0
  for (let i = 0; i <= word.length; i++) {
    if (i > 0) head = keys.child(head, word.charCodeAt(i - 1))
    if (head === -1) return
    let value = i < word.length ? keys.valueAt(keys.follow(head, word, i + 1)) : 0
    if (value !== 0) visit(word.slice(0, i) + word.slice(i + 1), value)
    if (i + 1 < word.length) {
      const swapped = keys.child(keys.child(head, word.charCodeAt(i + 1)), word.charCodeAt(i))
      value = keys.valueAt(keys.follow(swapped, word, i + 2))
      if (value !== 0) visit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), value)
    }
    for (let l = 0; l < letterCodes.length; l++) {
      const code = letterCodes[l]!
      const next = keys.child(head, code)
      if (next === -1) continue
      if (i < word.length && code !== word.charCodeAt(i)) {
        value = keys.valueAt(keys.follow(next, word, i + 1))
        if (value !== 0) visit(word.slice(0, i) + letters[l] + word.slice(i + 1), value)
      }
      value = keys.valueAt(keys.follow(next, word, i))
      if (value !== 0) visit(word.slice(0, i) + letters[l] + word.slice(i), value)
    }
  }
}
