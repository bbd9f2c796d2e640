import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {englishLexicon, Lexicon} from '../src/data/lexicon.js'
import {WordTrie} from '../src/data/word-trie.js'
import {plainDistance as distance} from './plain-distance.js'

const sorted = (words: Iterable<string>) => [...new Set(words)].sort()
const words = ['a', 'an', 'and', 'ant', 'bee', 'been', 'beer', 'don’t', 'naïve', 'the', 'then', 'these', 'they']

describe('WordTrie', () => {
  const trie = WordTrie.build(words.map((word, i) => [word, (i % 7) + 1]))

  it('answers membership with each word’s value, and 0 for prefixes and strangers', () => {
    words.forEach((word, i) => expect(trie.get(word)).toBe((i % 7) + 1))
    for (const other of ['', 'b', 'be', 'thes', 'antler', 'naive', 'dont']) expect(trie.get(other)).toBe(0)
  })

  it('lists its words in code-unit order', () => {
    const listed: string[] = []
    trie.forEach((word) => listed.push(word))
    expect(listed).toEqual(words)
  })

  it('finds the words within one or two edits, swaps counting one, in order', () => {
    expect(trie.within('thes', 1).map(([word]) => word)).toEqual(['the', 'then', 'these', 'they'])
    expect(trie.within('teh', 1).map(([word]) => word)).toEqual(['the'])
    expect(trie.within('bere', 2)).toEqual([
      ['bee', 5],
      ['been', 6],
      ['beer', 7]
    ])
  })

  it('agrees with a plain edit distance on random words', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 7})
    fc.assert(
      fc.property(fc.uniqueArray(word, {minLength: 1, maxLength: 40}), word, fc.integer({min: 1, max: 2}), (list, query, limit) => {
        const keys = sorted(list)
        const random = WordTrie.build(keys.map((key) => [key, 1]))
        expect(random.within(query, limit).map(([key]) => key)).toEqual(keys.filter((key) => distance(query, key) <= limit))
      }),
      {seed: 20261128, numRuns: 300}
    )
  })

  it('survives serialization, from aligned and unaligned bytes', () => {
    const bytes = trie.serialize()
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    for (const copy of [WordTrie.deserialize(bytes), WordTrie.deserialize(shifted.subarray(1))]) {
      expect(copy).toBeDefined()
      words.forEach((word, i) => expect(copy!.get(word)).toBe((i % 7) + 1))
      expect(copy!.within('thes', 1)).toEqual(trie.within('thes', 1))
    }
  })

  it('refuses bytes that are not a trie, and words out of order', () => {
    expect(WordTrie.deserialize(new Uint8Array(3))).toBeUndefined()
    expect(WordTrie.deserialize(trie.serialize().subarray(0, 40))).toBeUndefined()
    expect(() => WordTrie.build([['b', 1], ['a', 1]])).toThrow('word trie: "a" is out of order')
    expect(() => WordTrie.build([['a', 0]])).toThrow('word trie: value of "a" must be a whole number from 1 to 4294967295')
    expect(WordTrie.build([['the', 1501908]]).get('the')).toBe(1501908)
  })
})

describe('Lexicon over the trie', () => {
  it('keeps Hunspell’s casings: lowercase entries allow Capitalized and UPPER, proper nouns do not go lowercase', () => {
    const lexicon = Lexicon.fromForms(['dialogue', 'Korea', 'McDonald', 'NATO', 'sheet'])
    expect(['dialogue', 'Dialogue', 'DIALOGUE', 'Korea', 'KOREA', 'McDonald', 'NATO', 'sheet’s', 'Sheet'].filter((word) => !lexicon.correct(word))).toEqual([])
    expect(['korea', 'Mcdonald', 'mcdonald', 'nato', 'DiaLogue'].filter((word) => lexicon.correct(word))).toEqual([])
    expect(lexicon.isProperOnly('korea')).toBe(true)
    expect(lexicon.suggest('dialogeu')).toEqual(['dialogue'])
    expect(lexicon.oneEditAway('mcdonalds')).toEqual(['McDonald'])
  })

  it('built from the compiled trie, answers as one built from the word forms', () => {
    const compiled = englishLexicon()
    const probes = ['Thes', 'goverment', 'othre', 'Korea', 'korea', 'iPhone', 'AA’s', 'unemployement', 'inflationery', 'colour']
    const rebuilt = Lexicon.fromForms(['the', 'these', 'they', 'then', 'government', 'other', 'Korea', 'iPhone', 'AA'])
    expect(probes.map((word) => compiled.correct(word))).toEqual([false, false, false, true, false, true, true, false, false, false])
    expect(compiled.suggest('goverment')[0]).toBe('government')
    expect(compiled.suggest('unemployement')).toContain('unemployment')
    expect(rebuilt.suggest('goverment')).toEqual(['government'])
    expect(rebuilt.suggest('thes')).toEqual(['the', 'they', 'then', 'these'])
  })
})
