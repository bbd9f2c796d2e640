import {createRequire} from 'node:module'
import type {Entity} from '../data/entities.js'
import {Countries} from './countries.js'
import {squash} from '../text/normalize.js'
import {dataPath} from '../data/root.js'
import {readWordList} from '../data/word-list.js'

/**
 * Machine translation of Chinese-language copy renders a Korean, Japanese or
 * Taiwanese name by the Mandarin reading of its characters: 尹錫悅 becomes
 * "Yin Xiyue", not Yoon Suk Yeol. No list of such garbles keeps up, so they
 * are computed from each person's `native` name: the pinyin of every
 * character, toneless, in the layouts and orders copy shows them in.
 *
 * The gazetteer compares names with case, spaces and hyphens ignored, so one
 * form per order stands for every spacing of it: "Yin Xiyue" is also
 * "Yin Xi Yue", "Yinxiyue" and "Yin Xi-yue".
 */

type PinyinFn = (text: string, options: {toneType: 'none'; type: 'array'; surname: 'head'}) => string[]

let pinyinFn: PinyinFn | undefined
/** pinyin-pro is loaded only when a name must be read (~90 ms): shipped names are read at build time. */
function pinyin(): PinyinFn {
  pinyinFn ??= (createRequire(import.meta.url)('pinyin-pro') as {pinyin: PinyinFn}).pinyin
  return pinyinFn
}

/** The family and given names of a `native` name: split at its space, or after the first character. */
export function splitNative(native: string): {family: string[]; given: string[]} {
  const chars = (text: string) => {
    const list = [...text]
    // 々 repeats the character before it (佐々木 is 佐佐木).
    list.forEach((char, i) => {
      if (char === '\u3005' && i > 0) list[i] = list[i - 1]!
    })
    return list
  }
  const space = native.indexOf(' ')
  if (space >= 0) return {family: chars(native.slice(0, space)), given: chars(native.slice(space + 1))}
  const all = chars(native)
  return {family: all.slice(0, 1), given: all.slice(1)}
}

/**
 * Toneless lowercase pinyin, one syllable a character, with ü written u as
 * English copy does; surname mode reads the leading family name as a
 * surname (单 is Shan, not Dan). Undefined when a character has no Mandarin
 * reading pinyin-pro knows (a Japanese-made kanji): half a reading would
 * only mislead.
 */
export function syllables(chars: readonly string[], family: number): {family: string[]; given: string[]} | undefined {
  const read = pinyin()(chars.join(''), {toneType: 'none', type: 'array', surname: 'head'})
  if (read.length !== chars.length) return undefined
  const clean = read.map((syllable) => syllable.replace(/ü/g, 'u'))
  if (!clean.every((syllable) => /^[a-z]+$/.test(syllable))) return undefined
  return {family: clean.slice(0, family), given: clean.slice(family)}
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/**
 * The Mandarin readings of a person's `native` name that copy may carry in
 * place of the name: family name first ("Yin Xiyue", "Shipo Mao"); given
 * name first as well when the person's own name puts the surname last
 * ("Mao Shipo"); and mixed, the person's own surname with the read given
 * name ("Kishida Wenxiong", "Wenxiong Kishida"). A reading that is already
 * one of the person's accepted names (Lai Qingde's own surname, any mainland
 * name) is left out.
 */
export function mandarinReadings(entity: Entity): string[] {
  if (!entity.native) return []
  const {family, given} = splitNative(entity.native)
  if (family.length === 0 || given.length === 0) return []
  const read = syllables([...family, ...given], family.length)
  if (!read) return []
  const familyWord = cap(read.family.join(''))
  const givenWord = cap(read.given.join(''))
  const own = entity.surname ?? entity.name.split(/\s+/)[0]!
  const words = entity.name.split(/\s+/)
  const surnameLast = words.length > 1 && words.at(-1) === own
  const forms = [`${familyWord} ${givenWord}`, `${own} ${givenWord}`]
  if (surnameLast) forms.push(`${givenWord} ${familyWord}`, `${givenWord} ${own}`)
  const taken = new Set([entity.name, ...entity.variants, ...entity.garbles].map(squash))
  const readings: string[] = []
  for (const form of forms) {
    const key = squash(form)
    if (taken.has(key)) continue
    taken.add(key)
    readings.push(form)
  }
  return readings
}

/** The Mandarin syllables of the family name in a person's `native` name: empty when a character has none. */
export function familyReading(entity: Entity): string[] {
  if (!entity.native) return []
  const {family, given} = splitNative(entity.native)
  return syllables([...family, ...given], family.length)?.family ?? []
}

/** Entities with the readings of their `native` names, computed for those not read yet (a project's own). */
export function withReadings(entities: Entity[]): Entity[] {
  // The entries' countries as they stand before the variants added here: made for this loop alone, so the list's
  // countries (countriesOf) are made later from its entries as they end up.
  let countries: Countries | undefined
  const countriesNow = () => (countries ??= new Countries(entities))
  for (const entity of entities) {
    if (entity.native && entity.readings === undefined) entity.readings = mandarinReadings(entity)
    else if (entity.kind === 'person' && entity.readings === undefined && slavicLetters().test(entity.name)) {
      // A person of a country that writes in Cyrillic has the digraph form as a variant of their name, not a garble ("Timcho Mucunski").
      if (ofCyrillicCountry(entity, countriesNow())) (entity.variants = [...new Set([...(entity.variants ?? []), ...cyrillicReadings(entity).filter((form) => form.includes(' '))])]), (entity.readings = [])
      else entity.readings = cyrillicReadings(entity)
    }
    else if (entity.kind === 'person' && entity.readings === undefined && ukrainian.test(entity.title ?? '')) entity.readings = russianReadings(entity)
    else if (entity.kind === 'place' && entity.readings === undefined && ukrainian.test(entity.title ?? '')) entity.readings = russianPlaceNames().get(entity.name) ?? []
    if (entity.native && entity.familyReading === undefined) entity.familyReading = familyReading(entity)
  }
  return entities
}

let cyrillicCountries: ReadonlySet<string> | undefined

/** Whether the person's country, as the gazetteer reads it from the title, writes in Cyrillic (dictionaries/romanization/cyrillic-script-countries.txt). */
function ofCyrillicCountry(entity: Entity, countries: Countries): boolean {
  cyrillicCountries ??= new Set(readWordList(dataPath('dictionaries/romanization/cyrillic-script-countries.txt')))
  for (const country of countries.of(entity)) if (cyrillicCountries.has(country)) return true
  return false
}

let digraphs: Map<string, string> | undefined
let slavic: RegExp | undefined

function slavicLetters(): RegExp {
  if (!slavic) {
    digraphs = new Map(readWordList(dataPath('dictionaries/romanization/cyrillic-back-transliteration.txt')).map((line) => line.split(/\s+/) as [string, string]))
    slavic = new RegExp(`[${[...digraphs.keys()].join('')}]`, 'iu')
  }
  return slavic
}

/**
 * A Latin-script Slavic name as it comes back through Russian: each letter
 * with a háček or acute written as the Cyrillic letter's English digraph
 * ("Michal Šimečka" → "Michal Shimechka", and the surname "Shimechka"
 * alone), the person's full name and surname; with a j as Russian writes it
 * too ("Spajić" → "Spaich").
 */
function cyrillicReadings(entity: Entity): string[] {
  const back = (text: string) => [...text].map((letter) => {
    const digraph = digraphs!.get(letter.toLowerCase())
    if (digraph === undefined) return letter
    return letter === letter.toLowerCase() ? digraph : digraph[0]!.toUpperCase() + digraph.slice(1)
  }).join('')
  const surname = entity.surname ?? entity.name.split(/\s+/).at(-1)!
  const forms = [back(entity.name), back(surname)]
  // Russian writes a South Slavic j as й, which English copy gives as y, or drops before i ("Spajić" → "Spaich").
  for (const form of [...forms]) if (/j/i.test(form)) forms.push(form.replace(/(?<=[aeiou])j(?=i)/g, '').replace(/j/g, 'y').replace(/J/g, 'Y'))
  return [...new Set(forms)].filter((form) => form !== entity.name && form !== surname && slavicLetters().test(form) === false)
}

/** How an entity's computed readings were read: Mandarin from its `native` name, back from Cyrillic from its háčeks, or Russian for a Ukrainian official or city. */
export function readingKind(entity: Entity): 'mandarin' | 'cyrillic' | 'russian' {
  if (entity.native) return 'mandarin'
  return slavicLetters().test(entity.name) ? 'cyrillic' : 'russian'
}

/** A person whose office is Ukrainian, or a place of Ukraine, by the gazetteer's title ("Energy Minister of Ukraine (2025)", "City in Ukraine"). */
const ukrainian = /\bUkrain/u

let russianPlaces: Map<string, string[]> | undefined

/** A Ukrainian city's name → its Russian name's spellings (dictionaries/romanization/ukrainian-places-russian.txt). */
function russianPlaceNames(): Map<string, string[]> {
  if (!russianPlaces) {
    russianPlaces = new Map()
    for (const line of readWordList(dataPath('dictionaries/romanization/ukrainian-places-russian.txt'))) {
      const [own, russian] = line.split('|').map((side) => side.trim())
      russianPlaces.set(own!, russian!.split(/\s*,\s*/))
    }
  }
  return russianPlaces
}

let russianGiven: Map<string, string[]> | undefined

/** Ukrainian given name → the Russian name's spellings (dictionaries/romanization/ukrainian-given-names-russian.txt). */
function russianGivenNames(): Map<string, string[]> {
  if (!russianGiven) {
    russianGiven = new Map()
    for (const line of readWordList(dataPath('dictionaries/romanization/ukrainian-given-names-russian.txt'))) {
      const [own, russian] = line.split('|').map((side) => side.trim().split(/\s+/))
      for (const name of own!) russianGiven.set(name, russian!)
    }
  }
  return russianGiven
}

const consonant = 'bcdfghjklmnpqrstvwxz'
const innerY = new RegExp(`(?<=[${consonant}])y(?=[${consonant}])`, 'g')

/**
 * A Ukrainian surname as Russian-language copy spells it: the adjectival
 * ending -yi or -ii written -y ("Syrskyi" → "Syrsky"), Ukrainian h (г)
 * written g ("Hrynchuk" → "Grinchuk"), and y (и) between consonants written
 * i, where Russian has и; both with and without the last, as Russian ы stays y
 * ("Shmyhal" → "Shmygal", "Kamyshin").
 */
function russianSurnames(surname: string): string[] {
  const lower = surname.toLowerCase()
  const ending = lower.replace(/(?:yi|yy|ii|iy)$/, 'y')
  const hard = ending.replace(/(?<![kzsc])h/g, 'g')
  const forms = [ending, hard, ending.replace(innerY, 'i'), hard.replace(innerY, 'i')]
  return [...new Set(forms)].map(cap)
}

/**
 * A Ukrainian official's name as copy translated from Russian carries it:
 * the Russian counterpart of the given name with the surname spelled the
 * Russian way ("Svetlana Grinchuk" for Svitlana Hrynchuk, "Alexey Kuleba"
 * for Oleksii Kuleba). Full names only: a surname alone may well be a
 * Russian's own.
 */
function russianReadings(entity: Entity): string[] {
  const words = entity.name.split(/\s+/)
  if (words.length !== 2) return []
  const [given, surname] = words as [string, string]
  const givens = [given, ...(russianGivenNames().get(given) ?? [])]
  const taken = new Set([entity.name, ...entity.variants, ...entity.garbles].map(squash))
  const readings: string[] = []
  for (const first of givens) {
    for (const last of russianSurnames(surname)) {
      const form = `${first} ${last}`
      if (taken.has(squash(form))) continue
      taken.add(squash(form))
      readings.push(form)
    }
  }
  return readings
}
