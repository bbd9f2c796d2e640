import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {loadEntities, type Entity} from '../src/data/entities.js'
import {Gazetteer} from '../src/names/gazetteer.js'
import {familyReading, mandarinReadings, splitNative} from '../src/names/readings.js'
import {wadeGilesTable} from '../src/data/romanization.js'
import {foldLongVowels} from '../src/names/long-vowels.js'
import {longVowelTable} from '../src/data/long-vowels.js'
import {readWordList} from '../src/data/word-list.js'
import {dataPath} from '../src/data/root.js'
import {createProcessor} from '../src/processor.js'
import {lint, warnings} from './lint.js'

const dir = mkdtempSync(join(tmpdir(), 'copydesk-cjk-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

/** The names rule's findings as [text, first fix, start, end]. */
const names = async (text: string, config = {}) =>
  (await lint(text, config)).filter((f) => f.rule === 'names').map((f) => [f.actual, f.expected[0], f.start, f.end])

/** What a finding on `phrase` (its first occurrence) must be. */
const at = (text: string, phrase: string, fix: string) => {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`${phrase} is not in the sentence`)
  return [phrase, fix, start, start + phrase.length]
}

describe('Mandarin readings of Korean, Japanese and Taiwanese names', () => {
  it('flags a reading in each layout, with the person’s name as the fix', async () => {
    const text =
      'Officials said Yin Xiyue and Yin Xi Yue were the same man, and Yinxiyue and Yin Xi-yue too. ' +
      'Tokyo sources named Shi Po Mao, Shipomao and Mao Shipo, then Kishida Wenxiong and Wenxiong Kishida. ' +
      'Takaichi Zaomiao replied after Abe Jinsan died, and Lai Qingde thanked Li Jiachao.'
    expect(await names(text)).toEqual([
      at(text, 'Yin Xiyue', 'Yoon Suk Yeol'),
      at(text, 'Yin Xi Yue', 'Yoon Suk Yeol'),
      at(text, 'Yinxiyue', 'Yoon Suk Yeol'),
      at(text, 'Yin Xi-yue', 'Yoon Suk Yeol'),
      at(text, 'Shi Po Mao', 'Shigeru Ishiba'),
      at(text, 'Shipomao', 'Shigeru Ishiba'),
      at(text, 'Mao Shipo', 'Shigeru Ishiba'),
      at(text, 'Kishida Wenxiong', 'Fumio Kishida'),
      at(text, 'Wenxiong Kishida', 'Fumio Kishida'),
      at(text, 'Takaichi Zaomiao', 'Sanae Takaichi'),
      at(text, 'Abe Jinsan', 'Shinzo Abe'),
      at(text, 'Lai Qingde', 'Lai Ching-te'),
      at(text, 'Li Jiachao', 'John Lee')
    ])
  })

  it('flags a reading with a possessive, at a sentence start and inside “the X government”', async () => {
    const text =
      'Wen Zaiyin said on Monday that Cao Guo’s lawyers had met An Zhexiu. ' +
      'Critics of the An Tian Wenxiong government and the Yin Xiyue government marched in Seoul.'
    expect(await names(text)).toEqual([
      at(text, 'Wen Zaiyin', 'Moon Jae-in'),
      at(text, 'Cao Guo', 'Cho Kuk'),
      at(text, 'An Zhexiu', 'Ahn Cheol-soo'),
      at(text, 'An Tian Wenxiong', 'Fumio Kishida'),
      at(text, 'Yin Xiyue', 'Yoon Suk Yeol')
    ])
  })

  it('says the form is the Mandarin reading of the native name', async () => {
    const processor = createProcessor({})
    const vfile = new VFile({path: 'test.txt', value: 'Seoul braced as Yin Xiyue spoke.'})
    await processor.run(processor.parse(vfile), vfile)
    const reasons = vfile.messages.filter((m) => m.ruleId === 'names').map((m) => m.reason)
    expect(reasons).toEqual(['Unexpected `Yin Xiyue`, the Mandarin reading of 尹錫悅; the person is written `Yoon Suk Yeol`'])
  })

  // One layout a document: two layouts of one name in one story are a consistency finding.
  it.each([
    'Xi Jinping hosted Li Qiang and Wang Yi in Beijing on Tuesday.',
    'Yoon Suk Yeol and Lee Jae-myung spoke in Seoul, as did Moon Jae-in and Cho Kuk.',
    'Yoon Suk-yeol and Lee Jae Myung spoke in Seoul, as did Moon Jae In and Kim Jong Un.',
    'Fumio Kishida and Shigeru Ishiba met Sanae Takaichi and Shinzo Abe’s widow.',
    'Kishida Fumio and Ishiba Shigeru met Takaichi Sanae in Tokyo.',
    'Lai Ching-te, Tsai Ing-wen and Chen Shui-bian met John Lee and Ho Iat Seng in Taipei.'
  ])('is quiet on mainland names and correct names in accepted layouts: %s', async (text) => {
    expect(await warnings(text)).toEqual([])
  })
})

describe('readings are computed from the native name', () => {
  const person = (name: string, native: string, surname: string, variants: string[] = []): Entity => ({
    name,
    kind: 'person',
    variants,
    garbles: [],
    surname,
    title: undefined,
    native,
    file: 'test.yml'
  })

  it('splits the family name at the space, or after one character, and repeats 々', () => {
    expect(splitNative('尹錫悅')).toEqual({family: ['尹'], given: ['錫', '悅']})
    expect(splitNative('佐々木 希')).toEqual({family: ['佐', '佐', '木'], given: ['希']})
  })

  it('reads the family name a syllable a character, for second references', () => {
    expect(familyReading(person('Shigeru Ishiba', '石破 茂', 'Ishiba'))).toEqual(['shi', 'po'])
    expect(familyReading(person('Yoon Suk Yeol', '尹錫悅', 'Yoon'))).toEqual(['yin'])
  })

  it('spells a pinyin syllable in Wade–Giles from the table, apostrophes dropped', () => {
    const table = wadeGilesTable(readWordList(dataPath('dictionaries/romanization/wade-giles.txt')))
    expect(['shi', 'cao', 'xi', 'zhong', 'qie', 'ri', 'si', 'guo', 'ma'].map((syllable) => table.get(syllable) ?? syllable)).toEqual(['shih', 'tsao', 'hsi', 'chung', 'chieh', 'jih', 'ssu', 'kuo', 'ma'])
  })

  it('leaves out readings that are the person’s own names', () => {
    expect(mandarinReadings(person('Xi Jinping', '习近平', 'Xi'))).toEqual([])
    expect(mandarinReadings(person('Lai Ching-te', '賴清德', 'Lai'))).toEqual(['Lai Qingde'])
    expect(mandarinReadings(person('Fumio Kishida', '岸田 文雄', 'Kishida', ['Kishida Fumio']))).toEqual([
      'Antian Wenxiong',
      'Kishida Wenxiong',
      'Wenxiong Antian',
      'Wenxiong Kishida'
    ])
  })

  it('drops a reading that is another entity’s name or two persons’ reading', () => {
    const pak = person('Pak Min-ji', '朴敏智', 'Pak')
    const other = {...person('Piao Minzhi', '', 'Piao'), native: undefined}
    const twinA = person('Han Seo-yeon', '韓書妍', 'Han')
    const twinB = person('Han Suh-yun', '韓書妍', 'Han')
    const entities = [pak, other, twinA, twinB].map((entity) => ({...entity, readings: mandarinReadings(entity)}))
    const gazetteer = new Gazetteer(entities)
    expect(gazetteer.lookup('Piao Minzhi').map((ref) => [ref.entity.name, ref.type])).toEqual([['Piao Minzhi', 'name']])
    expect(gazetteer.lookup('Pak Minzhi').map((ref) => [ref.entity.name, ref.reading])).toEqual([['Pak Min-ji', true]])
    expect(gazetteer.lookup('Han Shuyan')).toEqual([])
  })

  it('reads a project’s own native names when it loads them', async () => {
    const path = file('entities.yml', 'source: Desk\nentries:\n  - name: Pak Min-ji\n    kind: person\n    surname: Pak\n    native: 朴敏智\n')
    const text = 'Council member Piao Minzhi voted no.'
    expect(await names(text, {data: {entities: [path]}})).toEqual([at(text, 'Piao Minzhi', 'Pak Min-ji')])
  })
})

describe('the native field is validated', () => {
  it.each([
    ['Latin letters', 'Yoon Suk Yeol', 4],
    ['one character', '尹', 4],
    ['two spaces', '岸田 文 雄', 4]
  ])('rejects %s with the file and entry named', (_, native) => {
    const path = file('bad.yml', `source: test\nkind: person\nentries:\n  - name: Yoon Suk Yeol\n    native: ${native}\n`)
    expect(() => loadEntities([path])).toThrow(
      `${path}:4: entry \`Yoon Suk Yeol\`: \`native\` must be the name in Chinese characters, family name first, with at most one space after the family name, not \`${native}\``
    )
  })

  it('rejects a native name on an entity that is not a person', () => {
    const path = file('org.yml', 'source: test\nentries:\n  - name: Bank of Korea\n    kind: org\n    native: 韓國銀行\n')
    expect(() => loadEntities([path])).toThrow(`${path}:3: entry \`Bank of Korea\`: \`native\` is for persons`)
  })
})

describe('Japanese long vowels', () => {
  it('reads a long vowel written ou, oh or doubled as the same name, not a garble', async () => {
    for (const text of ['Foreign Minister Taro Kouno spoke.', 'Foreign Minister Taro Kohno spoke.', 'Former Prime Minister Shinzou Abe spoke.', 'Former Prime Minister Shinzoo Abe spoke.']) {
      expect(await names(text), text).toEqual([])
    }
  })

  it('still fixes a vowel that is no long-vowel spelling', async () => {
    expect(await names('Former Prime Minister Shinzu Abe spoke.')).toEqual([['Shinzu Abe', 'Shinzo Abe', 22, 32]])
  })

  it('folds h only where it cannot start a syllable', () => {
    const table = longVowelTable(['o ou oh oo', 'u uu uh'])
    expect(['kohno', 'itoh', 'ohara', 'yuuko', 'kouno'].map((word) => foldLongVowels(word, table))).toEqual(['kono', 'ito', 'ohara', 'yuko', 'kono'])
  })
})
