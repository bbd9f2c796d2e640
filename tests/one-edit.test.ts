import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {forEachKeyOneEditAway} from '../src/data/one-edit.js'
import {WordTrie} from '../src/data/word-trie.js'

const trieOf = (words: readonly string[]) => WordTrie.build([...new Set(words)].sort().map((word, i) => [word, i + 1] as const))
const visits = (trie: WordTrie, word: string) => {
  const seen: Array<[string, number]> = []
  forEachKeyOneEditAway(trie, word, (key, value) => seen.push([key, value]))
  return seen
}
const letters = "abcdefghijklmnopqrstuvwxyz'"

/** Every string one edit away, in the order the keys must come: position by position; deletion, swap, then each letter's replacement and insertion. */
function spelledOut(word: string): string[] {
  const edits: string[] = []
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) edits.push(word.slice(0, i) + word.slice(i + 1))
    if (i + 1 < word.length) edits.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
    for (const letter of letters) {
      if (i < word.length && letter !== word[i]) edits.push(word.slice(0, i) + letter + word.slice(i + 1))
      edits.push(word.slice(0, i) + letter + word.slice(i))
    }
  }
  return edits
}

describe('forEachKeyOneEditAway', () => {
  it('gives the keys one edit away with their values, in the order of the edits', () => {
    const trie = trieOf(['act', 'at', 'bat', 'ca’t', "ca't", 'cart', 'cat', 'cats', 'coat', 'cot', 'dog', 'café'])
    // In code-unit order: 'act' 1, 'at' 2, 'bat' 3, "ca't" 4, 'café' 5, 'cart' 6, 'cat' 7, 'cats' 8, 'ca’t' 9, 'coat' 10, 'cot' 11, 'dog' 12.
    // The apostrophe is the last letter put in; the curly one and "é" never are.
    expect(visits(trie, 'cat')).toEqual([['at', 2], ['act', 1], ['bat', 3], ['cot', 11], ['coat', 10], ['cart', 6], ["ca't", 4], ['cats', 8]])
  })

  it('puts in only English letters and the apostrophe', () => {
    expect(visits(trieOf(['café', 'cafe']), 'caf')).toEqual([['cafe', 1]])
  })

  it('gives a key as often as edits reach it, and the word itself when a swap of equal letters does', () => {
    expect(visits(trieOf(['book']), 'book')).toEqual([['book', 1]])
    expect(visits(trieOf(['bok']), 'book')).toEqual([['bok', 1], ['bok', 1]])
  })

  it('matches spelling out every edit and looking each up', () => {
    const word = fc.stringMatching(/^[a-d']{0,5}$/)
    fc.assert(
      fc.property(fc.uniqueArray(word, {maxLength: 30}), word, (keys, probe) => {
        const trie = trieOf(keys)
        const expected = spelledOut(probe).flatMap((edit) => (trie.get(edit) === 0 ? [] : [[edit, trie.get(edit)]]))
        expect(visits(trie, probe)).toEqual(expected)
      })
    )
  })
})
