import type {VFile} from 'vfile'
import {titleHasWord, type Entity} from '../../data/entities.js'
import {quote, report} from '../../message.js'
import {countriesOf} from '../../names/countries.js'
import {editDistance} from '../../names/distance.js'
import {splitNative} from '../../names/readings.js'
import type {NamesContext} from './context.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {titleBefore} from './story-cues.js'
import {wordBefore} from '../../text/word-before.js'
import {wordStarts} from '../../text/word-starts.js'

/** A person read in Mandarin: the family name's syllable and the given name's, as `readings` writes them. */
interface Reading {
  entity: Entity
  family: string
  given: string[]
}

const made = new WeakMap<readonly Entity[], {byFamily: Map<string, Reading[]>; byGiven: Map<string, Reading[]>}>()

/**
 * The gazetteer's persons with a Mandarin reading of a one-character family
 * name, by that syllable ("yin" → Yoon Suk Yeol read Yin Xiyue), their given
 * names split into syllables: made once per gazetteer.
 */
function readingsOf(entities: readonly Entity[], syllables: ReadonlySet<string>): {byFamily: Map<string, Reading[]>; byGiven: Map<string, Reading[]>} {
  let index = made.get(entities)
  if (index) return index
  index = {byFamily: new Map(), byGiven: new Map()}
  const add = (map: Map<string, Reading[]>, key: string, reading: Reading) => map.set(key, [...(map.get(key) ?? []), reading])
  for (const entity of entities) {
    const words = entity.readings?.[0]?.toLowerCase().split(' ')
    if (!words || words.length !== 2 || !syllables.has(words[0]!)) continue
    const given = splitSyllables(words[1]!, syllables, 2)
    if (!given) continue
    const reading = {entity, family: words[0]!, given}
    add(index.byFamily, reading.family, reading)
    // Only a given name of two characters is read exactly enough to stand for the person with the family name
    // read another way: one read "xian" would match every Xian.
    if (splitNative(entity.native ?? '').given.length === 2) add(index.byGiven, given.join(''), reading)
  }
  made.set(entities, index)
  return index
}

/** `word` cut into `count` syllables of the table, the first cut that works ("xilie" → xi, lie). */
function splitSyllables(word: string, syllables: ReadonlySet<string>, count: number): string[] | undefined {
  if (count === 1) return syllables.has(word) ? [word] : undefined
  for (let at = 1; at < word.length; at++) {
    const head = word.slice(0, at)
    if (!syllables.has(head)) continue
    const rest = splitSyllables(word.slice(at), syllables, count - 1)
    if (rest) return [head, ...rest]
  }
  return undefined
}

/** One syllable the same, the other two letters from the person's at most ("lie" for yue, "zao" for zai; not "guan" for bing). */
function oneHeardOtherwise(own: readonly string[], read: readonly string[]): boolean {
  const odd = own.findIndex((syllable, index) => syllable !== read[index])
  return odd !== -1 && own.every((syllable, index) => index === odd || syllable === read[index]) && editDistance(own[odd]!, read[odd]!, 2) <= 2
}

/** At each capitalized word, it and the next as a family name and a given name of two syllables, joined or hyphenated: "Yin Xilie", "Li Zao-ming". */
const readName = /(?<![\p{L}'’-])(?=(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?=['’]s(?!\p{L})|(?![\p{L}'’-])))/gu

/**
 * A Korean, Japanese or Taiwanese person's name read in Mandarin with one
 * syllable of the given name heard otherwise ("Yin Xilie" for 尹錫悅, read
 * Yin Xiyue; "Li Zaoming" for Lee Jae-myung's Li Zaiming; "Lai Jingde" for
 * Lai Qingde), or its given name read exactly with the family name read
 * another way ("Kan Yiwei" for 菅義偉, read Jian Yiwei, 菅 as Japanese reads
 * it): machine translation of Chinese-language copy garbles the reading as
 * it garbles any word. The family syllable must be the person's, one given
 * syllable the person's own and the other two letters from it at most,
 * every syllable pinyin's; and since Chinese people carry such names too,
 * the story must be about the person's country or put the person's title
 * right before the name.
 */
export function reportMandarinGarbles(file: VFile, value: string, context: NamesContext): void {
  let flagged: Array<[number, number]> | undefined
  const read = new Map<string, Entity>()
  for (const match of value.matchAll(readName)) {
    const [, family, given] = match as unknown as [string, string, string]
    const text = `${family} ${given}`
    const lowerFamily = family.toLowerCase()
    const syllables = splitSyllables(given.toLowerCase().replace('-', ''), context.pinyinSyllables, 2)
    if (!syllables || !context.pinyinSyllables.has(lowerFamily) || context.gazetteer.lookup(text).length > 0) continue
    // Made on the first name read in Mandarin: it scans the gazetteer.
    const {byFamily, byGiven} = readingsOf(context.gazetteer.entities, context.pinyinSyllables)
    const start = match.index
    const end = start + text.length
    // The family syllable the person's with one given syllable heard otherwise; or the given name read exactly
    // with the family name read another way ("Kan Yiwei" for 菅義偉, Jian Yiwei: 菅 read as Japanese reads it).
    const near = [
      ...(byFamily.get(lowerFamily) ?? []).filter(({given: own}) => oneHeardOtherwise(own, syllables)),
      ...(byGiven.get(syllables.join('')) ?? []).filter((reading) => reading.family !== lowerFamily)
    ].map(({entity}) => entity)
    // Of the persons one syllable away, those whose title the word before the name is ("President Yin Xilie"), else
    // those the title before it fits, else those of the story's country.
    const head = wordBefore(value, start, true)
    const headed = near.filter((entity) => head.length >= 4 && titleHasWord(entity, head))
    const titled = headed.length > 0 ? headed : near.filter((entity) => titleBefore(context, entity, start, value))
    const persons = titled.length > 0 ? titled : near.filter((entity) => countriesOf(context.gazetteer.entities).storyCountryOf(entity, value) !== undefined)
    if (persons.length !== 1) continue
    const entity = persons[0]!
    flagged ??= flaggedSpans(file)
    if (overlapsFlagged(flagged, start, end)) continue
    flagged.push([start, end])
    read.set(family, entity)
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(text)}: ${entity.native ?? entity.name} read in Mandarin with a syllable heard otherwise (${quote(entity.readings![0]!)}); the person is ${quote(entity.name)}`,
      start,
      end,
      level: 'warning',
      expected: [entity.name]
    })
  }
  if (read.size > 0) reportReadFamilyNames(file, value, context, read, flagged!)
}

/**
 * "President Yin", "Mr. Yin": once the story's garbled reading is the
 * person, the family syllable alone after a title or a courtesy title is
 * the person's surname read the same way.
 */
function reportReadFamilyNames(file: VFile, value: string, context: NamesContext, read: ReadonlyMap<string, Entity>, flagged: Array<[number, number]>): void {
  for (const [family, entity] of read) {
    const surname = entity.surname ?? entity.name.split(/\s+/)[0]!
    for (const start of wordStarts(value, family)) {
      const end = start + family.length
      const title = wordBefore(value, start, true)
      if (!(context.titles.has(title) || context.courtesyTitles.has(title)) || /^ \p{Lu}/u.test(value.slice(end, end + 2)) || overlapsFlagged(flagged, start, end)) continue
      flagged.push([start, end])
      report(file, {
        ruleId: 'names',
        reason: `Unexpected ${quote(family)}: this story reads ${quote(entity.name)} in Mandarin, \`${surname}\` alone`,
        start,
        end,
        level: 'warning',
        expected: [surname]
      })
    }
  }
}
