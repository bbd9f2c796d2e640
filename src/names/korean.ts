import type {Entity} from '../data/entities.js'
import {editDistance} from './distance.js'

/**
 * Korean names as a romanization system rather than a list of spellings: a
 * family name (its group in korean-surnames.txt) and given-name syllables,
 * each with its group in korean-syllables.txt. Revised Romanization,
 * McCune–Reischauer and newspaper spellings of one syllable are the same
 * syllable, so every combination of them is the same name without anyone
 * listing it.
 */
export interface KoreanTables {
  /** Family-name spelling → every spelling of that family name (Yoon → {Yoon, Yun, Youn}). */
  surnames: ReadonlyMap<string, ReadonlySet<string>>
  /** Lowercase syllable spelling → the lines it stands on. */
  syllables: ReadonlyMap<string, readonly number[]>
}

export interface KoreanName {
  family: string
  given: string[]
}

/** A Korean person of the gazetteer, by their canonical name. */
export interface KoreanPerson {
  entity: Entity
  name: KoreanName
}

export type KoreanReading = {kind: 'variant'; entity: Entity} | {kind: 'garble'; entity: Entity; odd: string}

/**
 * A family name and a given name of one to three syllables, spaced,
 * hyphenated or joined ("Suk Yeol", "Suk-yeol", "Sukyeol"). Joined syllables
 * are split only where both halves are in the table. `strict` asks that
 * every syllable be in the table (for the gazetteer's names); a span read
 * from copy may hold one syllable no table has, the garbled one.
 */
export function parseKorean(words: readonly string[], tables: KoreanTables, strict: boolean): KoreanName | undefined {
  const [family, ...rest] = words
  if (family === undefined || !tables.surnames.has(family) || rest.length === 0 || rest.length > 3) return undefined
  let given = rest.flatMap((word) => word.toLowerCase().split('-'))
  if (given.length === 1) given = splitJoined(given[0]!, tables) ?? given
  if (given.length > 3 || given.some((syllable) => !/^\p{Ll}+$/u.test(syllable))) return undefined
  const known = given.filter((syllable) => tables.syllables.has(syllable)).length
  if (known < given.length - (strict ? 0 : 1) || known === 0) return undefined
  return {family, given}
}

function splitJoined(word: string, tables: KoreanTables): string[] | undefined {
  for (let at = 1; at < word.length; at++) {
    const head = word.slice(0, at)
    const tail = word.slice(at)
    if (tables.syllables.has(head) && tables.syllables.has(tail)) return [head, tail]
  }
  return undefined
}

/**
 * A name of copy read as Korean, every syllable in the table: its family
 * name's usual spelling and its count of given syllables ("Jang Seong Gyu":
 * "Jang 2"), under which two romanizations of one name meet.
 */
export function koreanKey(form: string, tables: KoreanTables): string | undefined {
  const name = parseKorean(form.split(' '), tables, true)
  if (!name) return undefined
  return `${[...tables.surnames.get(name.family)!][0]} ${name.given.length}`
}

/** Two names of copy that are one Korean name in two romanizations, syllable by syllable ("Jang Seong Gyu", "Jang Sung Kyu"). */
export function sameKoreanName(a: string, b: string, tables: KoreanTables): boolean {
  const [x, y] = [parseKorean(a.split(' '), tables, true), parseKorean(b.split(' '), tables, true)]
  if (!x || !y || x.given.length !== y.given.length || !tables.surnames.get(x.family)!.has(y.family)) return false
  return x.given.every((syllable, index) => sameSyllable(syllable, y.given[index]!, tables))
}

/** The gazetteer's persons whose name reads as a Korean name, every syllable known. */
export function koreanPersons(entities: readonly Entity[], tables: KoreanTables): KoreanPerson[] {
  const persons: KoreanPerson[] = []
  for (const entity of entities) {
    if (entity.kind !== 'person') continue
    // Chinese and Taiwanese names share spellings with Korean ones ("Cho Jung-tai"):
    // a native name, if given, must read as a Korean one (family name of one character, no space).
    if (entity.native !== undefined && (entity.native.includes(' ') || entity.native.length > 4)) continue
    const name = parseKorean(entity.name.split(/\s+/), tables, true)
    if (name && name.given.length >= 2) persons.push({entity, name})
  }
  return persons
}

/** Two spellings of one syllable: equal, or on one line of the table. */
export function sameSyllable(a: string, b: string, tables: KoreanTables): boolean {
  if (a === b) return true
  const lines = tables.syllables.get(a)
  const other = tables.syllables.get(b)
  return lines !== undefined && other !== undefined && lines.some((line) => other.includes(line))
}

/**
 * A name in copy against the Korean persons: every syllable another
 * romanization of one person's is that person (a variant); all but one, the
 * odd one no spelling of the syllable but a letter or two from one, is that
 * person garbled ("Yoon Seok-yue": seok is suk, yue is no spelling of yeol).
 * Two persons at once say nothing.
 */
export function readKorean(name: KoreanName, persons: readonly KoreanPerson[], tables: KoreanTables, realSyllables = false): KoreanReading | undefined {
  const family = tables.surnames.get(name.family)!
  const variants = new Set<Entity>()
  const garbles = new Map<Entity, string>()
  for (const person of persons) {
    if (!family.has(person.name.family) || person.name.given.length !== name.given.length) continue
    const odd = name.given.flatMap((syllable, i) => (sameSyllable(syllable, person.name.given[i]!, tables) ? [] : [i]))
    if (odd.length === 0) variants.add(person.entity)
    else if (odd.length === 1 && name.given.length >= 2) {
      const at = odd[0]!
      if (nearSyllable(name.given[at]!, person.name.given[at]!, tables, realSyllables)) garbles.set(person.entity, name.given[at]!)
    }
  }
  if (variants.size > 0) return variants.size === 1 ? {kind: 'variant', entity: [...variants][0]!} : undefined
  if (garbles.size !== 1) return undefined
  const [entity, odd] = [...garbles][0]!
  return {kind: 'garble', entity, odd}
}

/**
 * A garbled syllable is no spelling of any syllable (a real one may make
 * another person's name, and is left to the letter matcher, unless the
 * story confirms the person: `realSyllables`), and is one
 * letter from a spelling of the known syllable, or two with the same first
 * letter ("yue" for yeol/yul).
 */
function nearSyllable(odd: string, known: string, tables: KoreanTables, realSyllables: boolean): boolean {
  if ((!realSyllables && tables.syllables.has(odd)) || odd.length < 2) return false
  const spellings = [known, ...[...tables.syllables.keys()].filter((spelling) => sameSyllable(spelling, known, tables))]
  return spellings.some((spelling) => {
    const distance = editDistance(odd, spelling, 2)
    return distance <= 1 || (distance === 2 && odd[0] === spelling[0] && Math.min(odd.length, spelling.length) >= 3)
  })
}
