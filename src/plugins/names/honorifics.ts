import type {VFile} from 'vfile'
import type {CourtesyTitleSexes} from '../../data/bundle.js'
import {quote, report} from '../../message.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {capitalize} from '../../text/normalize.js'
import {before} from '../../text/word-starts.js'
import {knownWomen, type KnownWomanData, type KnownWomen} from './known-women.js'
import type {Entity} from '../../data/entities.js'

export interface HonorificData extends KnownWomanData {
  /** Common first names, and of them the women's only. */
  firstNames: ReadonlySet<string>
  femaleFirstNames: ReadonlySet<string>
  titleSexes: CourtesyTitleSexes
}

/** A courtesy title and the capitalized word after it: "Mr. Takahashi", "Ms Lee". */
const titled = /(?<![\p{L}.])(\p{Lu}\p{Ll}{1,3})(\.?) (\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?![\p{L}-])/gu

/**
 * A man's courtesy title before a woman's surname ("Mr. Lindqvist" where the
 * story names Susan Lindqvist): languages whose honorifics say nothing of
 * sex (Japanese -san, Korean -ssi) leave machine translation to guess, and
 * it guesses "Mr.". The person's sex is read from the story's own full names
 * with that surname, by a first name that is only a woman's, or from the
 * gazetteer's women the story ties the surname to (known-women.ts); a story
 * that gives the surname a woman's title too is about a couple ("Mr. and
 * Mrs. Lindqvist"). Not the other way round: "Mrs. Benington" beside Coach
 * John Benington is his wife far more often than a slip.
 */
export function reportHonorifics(file: VFile, value: string, data: HonorificData): void {
  const titles = [...value.matchAll(titled)].filter((match) => sexOfTitle(match[1]!, data) !== undefined)
  if (titles.length === 0) return
  const flagged = flaggedSpans(file)
  for (const match of titles) {
    const [, title, dot, surname] = match as unknown as [string, string, string, string]
    if (sexOfTitle(title, data) !== 'male') continue
    if (titles.some((other) => other[3] === surname && sexOfTitle(other[1]!, data) === 'female')) continue
    const start = match.index
    const end = start + match[0].length
    if (overlapsFlagged(flagged, start, end)) continue
    const fixed = `${capitalize(data.titleSexes.male.get(title.toLowerCase())!)}${dot} ${surname}`
    const why = aWoman(surname, value, data) ? byFirstName(surname, value, data) : byGazetteer(knownWomen(surname, value, data), surname)
    if (!why) continue
    report(file, {ruleId: 'names', reason: `Unexpected ${quote(match[0])}: ${why.reason}, ${quote(fixed)}`, start, end, level: 'warning', expected: [fixed], note: why.note})
  }
}

const madeWomenOnly = new WeakMap<readonly Entity[], {female: ReadonlySet<string>; names: ReadonlySet<string>}>()

/**
 * The first names that are a woman's only, less those a person of the
 * gazetteer not recorded as a woman goes by: "Karen" is an Armenian man's
 * name, "Andrei" a Russian's, "Tiff" the Bank of Canada's governor's. The
 * gazetteer records the women whose sex is public record, so its other
 * persons bearing a name say the name is not only a woman's.
 */
export function womenOnly(female: ReadonlySet<string>, entities: readonly Entity[]): ReadonlySet<string> {
  const made = madeWomenOnly.get(entities)
  if (made?.female === female) return made.names
  const borneByOthers = new Set(entities.filter((entity) => entity.kind === 'person' && entity.sex !== 'female').map((entity) => entity.name.split(/\s+/)[0]!))
  const names = new Set([...female].filter((name) => !borneByOthers.has(name)))
  madeWomenOnly.set(entities, {female, names})
  return names
}

interface Why {
  reason: string
  note: string
}

function byFirstName(surname: string, value: string, data: HonorificData): Why {
  return {reason: `the story names a woman ${surname}`, note: `The story's ${surname} has a woman's first name: ${firstNamesOf(surname, value, data).join(', ')}.`}
}

function byGazetteer(known: KnownWomen | undefined, surname: string): Why | undefined {
  if (!known) return undefined
  const names = known.women.map((woman) => woman.name).join(' or ')
  const note = known.women.map((woman) => `${woman.name}${woman.title ? `, ${woman.title},` : ''} is a woman.`).join(' ')
  return known.country === undefined
    ? {reason: `the story's ${surname} is ${names}, a woman`, note}
    : {reason: `in a story about ${known.country}, ${surname} is ${names}, a woman`, note}
}

function sexOfTitle(title: string, data: HonorificData): 'female' | 'male' | undefined {
  const lower = title.toLowerCase()
  return data.titleSexes.female.has(lower) ? 'female' : data.titleSexes.male.has(lower) ? 'male' : undefined
}

/** The first names the story gives people of this surname, of the two words before it ("Susan" in "Senator Susan Lindqvist", "Susan M. Lindqvist"). */
function firstNamesOf(surname: string, value: string, data: HonorificData): string[] {
  const names = new Set<string>()
  for (const {match, at} of before(value, surname, namesBefore)) {
    if (value.charAt(at + surname.length) === '-') continue
    const given = match[1]!.split(' ').find((word) => data.firstNames.has(word))
    if (given) names.add(given)
  }
  return [...names]
}

const namesBefore = /(?<![\p{L}'’.-])((?:\p{Lu}\p{Ll}*\.? ){1,2})$/u

/** Every first name the story gives that surname is a woman's only ("Jean" is a man's too). */
function aWoman(surname: string, value: string, data: HonorificData): boolean {
  const given = firstNamesOf(surname, value, data)
  return given.length > 0 && given.every((word) => data.femaleFirstNames.has(word))
}
