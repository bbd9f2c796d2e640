import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {countriesOf} from '../../names/countries.js'
import type {NamesContext} from './context.js'
import type {Entity} from '../../data/entities.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {capitalize} from '../../text/normalize.js'
import {sentenceBounds} from '../../text/sentence-start.js'
import {wholeWordsAt} from '../../text/whole-words.js'
import {wordStarts} from '../../text/word-starts.js'

/** A family name as its country romanizes it, with its character: what a Mandarin reading stands for. */
interface Family {
  name: string
  character: string
}

/** Mandarin reading of a family name → its country's families read so, by country ("jin" → Korea: Kim 金). */
export type MandarinReadings = ReadonlyMap<string, ReadonlyMap<string, readonly Family[]>>

/** The table of dictionaries/romanization/mandarin-surnames.txt, "Korea Kim 金 jin" a line. */
export function mandarinReadings(lines: readonly string[]): MandarinReadings {
  const table = new Map<string, Map<string, Family[]>>()
  for (const line of lines) {
    const [country, name, character, reading] = line.split(/\s+/)
    if (!country || !name || !character || !reading) throw new TypeError(`copydesk names: expected "country name character reading" in mandarin-surnames.txt, got ${quote(line)}`)
    const byCountry = table.get(reading) ?? new Map<string, Family[]>()
    byCountry.set(country, [...(byCountry.get(country) ?? []), {name, character}])
    table.set(reading, byCountry)
  }
  return table
}

/** The gazetteer's countries each line's country stands for. */
const countriesOfLine: Readonly<Record<string, readonly string[]>> = {Korea: ['South Korea', 'North Korea'], Vietnam: ['Vietnam']}

/** Two capitalized words alone: a family name and a given name of one or two syllables. */
const twoWords = /(?<![\p{L}\p{M}'’-]|\p{Lu}\p{Ll}* )(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-]| \p{Lu})/gu

/**
 * "Jin Shangzu", "Guo Zhonggen" in a story about Korea, "Chen Guowang" in one
 * about Vietnam: a person named in Mandarin, a family name's reading and a
 * given name of pinyin syllables, where the story's country writes its names
 * otherwise; and a Taiwanese name in mainland pinyin ("Xie Guoliang"), where
 * Taiwan writes Wade–Giles. Machine translation through Chinese leaves names
 * so; the person's own romanization needs the source. Not in a sentence
 * about China, whose people are written in pinyin, nor in a Chinese outlet's
 * byline, nor a name the gazetteer knows.
 */
export function reportReadInMandarin(file: VFile, value: string, context: NamesContext, readings: MandarinReadings): void {
  if (readings.size === 0) return
  // The story's countries are read at the first name that may be read in Mandarin: a story without one (most) never builds them.
  let story: {countries: ReturnType<typeof countriesOf>; lines: string[]; taiwan: boolean} | undefined
  const storyOf = () => {
    if (story) return story
    const countries = countriesOf(context.gazetteer.entities)
    const named = countries.storyOf(value)
    const lines = Object.entries(countriesOfLine).filter(([, names]) => names.some((name) => named.has(name))).map(([line]) => line)
    // Taiwan writes its people in Wade–Giles ("Hsieh Kuo-liang"): a name in mainland pinyin, with a spelling Wade–Giles never has, is read through Beijing's copy.
    return (story = {countries, lines, taiwan: mentions(value, formsOf(context.gazetteer.entities, 'Taiwan')) >= 2})
  }
  let flagged: Array<[number, number]> | undefined
  const reasons = new Map<string, string>()
  for (const match of value.matchAll(twoWords)) {
    const whole = match[0]
    const family = match[1]!
    const given = match[2]!
    const start = match.index
    const byCountry = readings.get(family.toLowerCase())
    if ((!byCountry && !pinyinOnly.test(family) && !pinyinOnly.test(given)) || !pinyinGiven(given.toLowerCase(), context.pinyinSyllables)) continue
    const {countries, lines, taiwan} = storyOf()
    if (lines.length === 0 && !taiwan) return
    const line = lines.find((each) => byCountry?.has(each)) ?? (taiwan && mainlandPinyin(family, given, context) ? 'Taiwan' : undefined)
    if (!line || context.lexicon.hasLowercase(given.toLowerCase())) continue
    flagged ??= flaggedSpans(file)
    if (context.gazetteer.lookup(whole).length > 0 || overlapsFlagged(flagged, start, start + whole.length)) continue
    if (aboutChina(context, countries, sentenceAround(value, start)) || bylineBefore.test(value.slice(Math.max(0, start - 40), start))) continue
    // "his garment factory in Myanmar, Li Dongliang": a sentence about another country only is about someone of that country, or of China.
    if (aboutOtherCountry(countries, sentenceAround(value, start), line === 'Taiwan' ? ['Taiwan'] : countriesOfLine[line]!)) continue
    const families = byCountry?.get(line) ?? []
    // "Han Kang": a family name the country writes the same way is its own, unless the given name has a spelling pinyin alone has.
    if (families.some((each) => each.name === family) && !pinyinOnly.test(given)) continue
    const read = families.map((each) => `${each.character}, ${each.name}`).join(' or ')
    const reason =
      line === 'Taiwan'
        ? `Unexpected ${quote(whole)}: a Taiwanese name in mainland pinyin; Taiwan writes its names in Wade–Giles or the person's own spelling (for example ${quote(inWadeGiles(family, given, context))})`
        : `Unexpected ${quote(whole)}: a name read in Mandarin (${quote(family)} for ${read}); write it as ${line === 'Korea' ? 'Korean' : 'Vietnamese'} copy romanizes it`
    report(file, {
      ruleId: 'names',
      reason,
      start,
      end: start + whole.length,
      level: 'warning'
    })
    flagged.push([start, start + whole.length])
    reasons.set(whole, reason)
  }
  // "Zhang Zhongmou was born in Ningbo": the person once read so is the same person wherever the story writes the name,
  // in a sentence about another country too.
  for (const [whole, reason] of reasons) {
    for (const start of wholeWordsAt(value, whole)) {
      if (overlapsFlagged(flagged!, start, start + whole.length)) continue
      report(file, {ruleId: 'names', reason, start, end: start + whole.length, level: 'warning'})
      flagged!.push([start, start + whole.length])
    }
  }
}

/** Whether the sentence names a country and none of `own`. */
function aboutOtherCountry(countries: ReturnType<typeof countriesOf>, sentence: string, own: readonly string[]): boolean {
  const named = countries.in(sentence)
  return named.size > 0 && !own.some((country) => named.has(country))
}

/** "(Reporter Du Baiyu and Lu Rui)": the Chinese outlet's own reporters, in its byline. */
const bylineBefore = /\b(?:[Rr]eporters?|[Cc]orrespondents?)\b[^()\n.]*$/u

/** Spellings pinyin has and Wade–Giles never writes: x, q, zh, and z or c opening a syllable ("Xie", "Qichen", "Zhuo", "Cai"). */
const pinyinOnly = /^(?:x|q|zh|z|c(?!h))|[^c]h?x|q|zh/iu

/** Both words pinyin, one of them in a spelling of pinyin alone, and neither a place the gazetteer knows ("Taipei Zhongzheng"). */
function mainlandPinyin(family: string, given: string, context: NamesContext): boolean {
  if (!pinyinGiven(family.toLowerCase(), context.pinyinSyllables) || context.lexicon.hasLowercase(family.toLowerCase())) return false
  if (!pinyinOnly.test(family) && !pinyinOnly.test(given)) return false
  return !context.gazetteer.lookup(family).some((ref) => ref.entity.kind === 'place')
}

/** The name in Wade–Giles, syllable by syllable, the given name's syllables hyphenated ("Xie Guoliang" → "Hsieh Kuo-liang"). */
function inWadeGiles(family: string, given: string, context: NamesContext): string {
  const read = (syllable: string) => context.wadeGiles.get(syllable) ?? syllable
  const lower = given.toLowerCase()
  const written = (syllablesOf(lower, context.pinyinSyllables) ?? [lower]).map(read).join('-')
  return `${capitalize(read(family.toLowerCase()))} ${capitalize(written)}`
}

/** A word's pinyin syllables, two letters or more each: the whole word, or cut in two ("shangzu" → shang, zu); none when it is no such word. */
function syllablesOf(word: string, syllables: ReadonlySet<string>): string[] | undefined {
  if (word.length < 2) return undefined
  if (syllables.has(word)) return [word]
  for (let at = 2; at <= word.length - 2; at++) if (syllables.has(word.slice(0, at)) && syllables.has(word.slice(at))) return [word.slice(0, at), word.slice(at)]
  return undefined
}

/** One or two pinyin syllables of two letters or more ("shangzu", "rong"). */
export function pinyinGiven(word: string, syllables: ReadonlySet<string>): boolean {
  return syllablesOf(word, syllables) !== undefined
}

/** The sentence around `at` (src/text/sentence-start.ts). */
function sentenceAround(value: string, at: number): string {
  return value.slice(...sentenceBounds(value, at))
}

/** Whether the sentence names China, whose people's names are written in pinyin, or a place in China ("Jilin University"). */
function aboutChina(context: NamesContext, countries: ReturnType<typeof countriesOf>, sentence: string): boolean {
  if (countries.in(sentence).has('China')) return true
  for (const [word] of sentence.matchAll(capitalized)) {
    if (context.gazetteer.lookup(word).some((ref) => ref.type !== 'garble' && ref.entity.kind === 'place' && countries.of(ref.entity).has('China'))) return true
  }
  return false
}

const capitalized = /(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu

const territoryForms = new WeakMap<readonly Entity[], Map<string, readonly string[]>>()

/** The names a territory the country list leaves out goes by: its own and variants, its people's and its capital's ("Taiwan", "Taiwanese", "Taipei"). */
function formsOf(entities: readonly Entity[], territory: string): readonly string[] {
  const made = territoryForms.get(entities) ?? new Map<string, readonly string[]>()
  territoryForms.set(entities, made)
  let forms = made.get(territory)
  if (!forms) {
    forms = entities.flatMap((entity) =>
      (entity.kind === 'place' && entity.name === territory) || entity.title === `Demonym: ${territory}` || entity.title === `Capital of ${territory}` ? [entity.name, ...entity.variants] : []
    )
    made.set(territory, forms)
  }
  return forms
}

/** How many times the text writes one of the forms as a word. */
function mentions(value: string, forms: readonly string[]): number {
  let count = 0
  for (const form of forms) count += wordStarts(value, form).length
  return count
}
