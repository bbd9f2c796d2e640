import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {countriesOf} from '../../names/countries.js'
import type {NamesContext} from './context.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'

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
 * otherwise. Machine translation through Chinese leaves names so; the
 * person's own romanization needs the source. Not in a sentence about China,
 * Taiwan or Hong Kong, whose people are written in Mandarin or Cantonese,
 * nor a name the gazetteer knows.
 */
export function reportReadInMandarin(file: VFile, value: string, context: NamesContext, readings: MandarinReadings): void {
  if (readings.size === 0) return
  const countries = countriesOf(context.gazetteer.entities)
  const story = countries.storyOf(value)
  const lines = Object.entries(countriesOfLine).filter(([, names]) => names.some((name) => story.has(name))).map(([line]) => line)
  if (lines.length === 0) return
  const flagged = flaggedSpans(file)
  for (const match of value.matchAll(twoWords)) {
    const whole = match[0]
    const family = match[1]!
    const given = match[2]!
    const start = match.index
    const byCountry = readings.get(family.toLowerCase())
    const line = lines.find((each) => byCountry?.has(each))
    if (!line || !pinyinGiven(given.toLowerCase(), context.pinyinSyllables) || context.lexicon.hasLowercase(given.toLowerCase())) continue
    if (context.gazetteer.lookup(whole).length > 0 || overlapsFlagged(flagged, start, start + whole.length)) continue
    if (aboutChina(countries, sentenceAround(value, start)) || bylineBefore.test(value.slice(Math.max(0, start - 40), start))) continue
    const families = byCountry!.get(line)!
    const read = families.map((each) => `${each.character}, ${each.name}`).join(' or ')
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(whole)}: a name read in Mandarin (${quote(family)} for ${read}); write it as ${line === 'Korea' ? 'Korean' : 'Vietnamese'} copy romanizes it`,
      start,
      end: start + whole.length,
      level: 'warning'
    })
    flagged.push([start, start + whole.length])
  }
}

/** "(Reporter Du Baiyu and Lu Rui)": the Chinese outlet's own reporters, in its byline. */
const bylineBefore = /\b(?:[Rr]eporters?|[Cc]orrespondents?)\b[^()\n.]*$/u

/** One or two pinyin syllables of two letters or more ("shangzu", "rong"). */
function pinyinGiven(word: string, syllables: ReadonlySet<string>): boolean {
  if (word.length < 2) return false
  if (syllables.has(word)) return true
  for (let at = 2; at <= word.length - 2; at++) if (syllables.has(word.slice(0, at)) && syllables.has(word.slice(at))) return true
  return false
}

/** The sentence around `at`, to the nearest full stop, question mark or line break. */
function sentenceAround(value: string, at: number): string {
  const from = Math.max(value.lastIndexOf('. ', at), value.lastIndexOf('\n', at)) + 1
  const stops = [value.indexOf('. ', at), value.indexOf('\n', at)].filter((index) => index >= 0)
  return value.slice(from, stops.length > 0 ? Math.min(...stops) : value.length)
}

/** Whether the sentence names China, Taiwan or Hong Kong, whose people's names are written in Chinese readings. */
function aboutChina(countries: ReturnType<typeof countriesOf>, sentence: string): boolean {
  const named = countries.in(sentence)
  return named.has('China') || named.has('Taiwan') || named.has('Hong Kong')
}
