import {describe, expect, it} from 'vitest'
import {readCompiledSlice, shippedSources} from '../src/data/compiled.js'
import {KeyTable} from '../src/data/key-table.js'
import {loadPhraseRules, PhraseIndex} from '../src/data/phrases.js'

describe('the phrase rules’ index (src/data/phrases.ts)', () => {
  const slice = readCompiledSlice('phrases', shippedSources().phrases)!
  const built = PhraseIndex.build(slice.phraseRules, new Map(slice.forms))

  it('is packed by the build as a run would build it from the shipped rules', () => {
    expect(JSON.parse(JSON.stringify(slice.index))).toEqual(JSON.parse(JSON.stringify(built.pack())))
  })

  it('answers every word from the packed index as from the index built', () => {
    const packed = PhraseIndex.fromPacked(slice.phraseRules, slice.index)
    const described = (index: PhraseIndex, form: string) => {
      const group = index.byFirst.get(form)
      return group && [group.always.map(({rule, order}) => [rule.id, order]), [...group.bySecond].map(([second, list]) => [second, list.map(({order}) => order)])]
    }
    const firsts = new KeyTable(slice.index.first).keys
    expect(firsts.length).toBeGreaterThan(1000)
    for (const form of [...firsts, 'zzyzx', 'constructor']) expect(described(packed, form), form).toEqual(described(built, form))
    for (const form of [...new KeyTable(slice.index.forms).keys, 'zzyzx', '__proto__']) expect(packed.basesOf(form), form).toEqual(built.basesOf(form))
    expect(packed.byFirst.get('baited')!.always.length + packed.byFirst.get('baited')!.bySecond.size).toBeGreaterThan(0)
    expect(packed.byFirst.get('baited')).toBe(packed.byFirst.get('baited'))
    expect(packed.realises('baited', 'baited')).toBe('')
  })

  it('is made from a project’s rules when they come with no packed index', () => {
    const index = PhraseIndex.build(loadPhraseRules(shippedSources().phrases.slice(0, 1)))
    expect(() => index.pack()).not.toThrow()
    expect(() => PhraseIndex.fromPacked(slice.phraseRules, slice.index).pack()).toThrow('only a built index is packed')
  })
})
