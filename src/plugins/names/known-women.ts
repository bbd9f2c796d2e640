import {aloneName, type Entity} from '../../data/entities.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {countriesOf} from '../../names/countries.js'
import type {ReferenceData} from '../../names/second-references.js'
import {escapeRegExp} from '../../text/normalize.js'

export interface KnownWomanData {
  gazetteer: Gazetteer
  references: ReferenceData
  /** Common first names: one before the surname is a person of it ("Keith Lindqvist"). */
  firstNames: ReadonlySet<string>
  kinWords: ReadonlySet<string>
}

/** The gazetteer women a surname stands for in a story, and how the story ties them to it. */
export interface KnownWomen {
  women: Entity[]
  /** The country the story is about, when only it ties the surname to her. */
  country?: string
}

const bySurnames = new WeakMap<readonly Entity[], Map<string, Entity[]>>()

/** The gazetteer's persons by the name each goes by alone, made once per gazetteer. */
function personsBySurname(entities: readonly Entity[]): Map<string, Entity[]> {
  let map = bySurnames.get(entities)
  if (!map) {
    map = new Map()
    for (const entity of entities) {
      if (entity.kind !== 'person') continue
      const surname = aloneName(entity)
      const list = map.get(surname)
      if (list) list.push(entity)
      else map.set(surname, [entity])
    }
    bySurnames.set(entities, map)
  }
  return map
}

/**
 * The gazetteer women "Mr. <surname>" may stand for. Every person the story
 * ties to the surname must be a woman of the gazetteer: by a full name in any
 * accepted form ("Sanae Takaichi"), a title she holds before the surname
 * ("Prime Minister Takaichi"), or, where the story ties it to no one, by
 * being the one person of the gazetteer with that surname and of the
 * country the story is about. Anyone else the story names with it (a man, a
 * person of unknown sex, a title she does not hold: "Defense Minister Kim")
 * leaves the surname in doubt, and so does a word for her kin unless another
 * family's name stands beside it: her husband or father may be the "Mr.".
 */
export function knownWomen(surname: string, value: string, data: KnownWomanData): KnownWomen | undefined {
  const persons = personsBySurname(data.gazetteer.entities).get(surname) ?? []
  if (!persons.some((person) => person.sex === 'female')) return undefined
  const named = namedWith(surname, value, data)
  if (!named) return undefined
  const tied = new Set<Entity>(named)
  for (const title of titlesBefore(surname, value, data.references)) {
    const holders = persons.filter((person) => holds(person, title, data.references.titles))
    if (holders.length === 0 || holders.some((holder) => holder.sex !== 'female')) return undefined
    for (const holder of holders) tied.add(holder)
  }
  if (kinInDoubt(surname, value, data)) return undefined
  if (tied.size > 0) return {women: [...tied]}
  if (persons.length !== 1) return undefined
  const country = countriesOf(data.gazetteer.entities).storyCountryOf(persons[0]!, value)
  return country === undefined ? undefined : {women: persons, country}
}

/**
 * The persons the story names in full with the surname, in any accepted
 * form ("Sanae Takaichi", "Kim Keon Hee"), if all are known; undefined when
 * a name word before or after it is no known person's ("Hiroshi Takaichi",
 * "Tsai Chih-wei"): a given name is a first name or no English word, and
 * titles, determiners and nationalities are none.
 */
function namedWith(surname: string, value: string, data: KnownWomanData): Entity[] | undefined {
  const pattern = new RegExp(`(?<![\\p{L}'’.-])((?:\\p{Lu}[\\p{Ll}'’]+ ){0,2})${escapeRegExp(surname)}((?: \\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}*)?){0,2})(?![\\p{L}-])`, 'gu')
  const named: Entity[] = []
  for (const match of value.matchAll(pattern)) {
    const before = match[1]!.split(' ').filter(Boolean)
    const after = match[2]!.split(' ').filter(Boolean)
    const spans = [...after.map((_, n) => [surname, ...after.slice(0, n + 1)]), ...before.map((_, n) => [...before.slice(-1 - n), surname])]
    const person = spans.map((words) => personNamed(words.join(' '), data.gazetteer)).find((found) => found !== undefined)
    if (person) {
      if (person.sex !== 'female') return undefined
      named.push(person)
    } else if ([before.at(-1), after[0]].some((word) => word !== undefined && nameWord(word, data))) return undefined
  }
  return named
}

function personNamed(text: string, gazetteer: Gazetteer): Entity | undefined {
  return gazetteer.lookup(text).find((ref) => ref.entity.kind === 'person' && ref.type !== 'garble')?.entity
}

/** A word that may be part of a person's name: a first name or no English word, and no title, determiner or place. */
function nameWord(word: string, data: KnownWomanData): boolean {
  const lower = word.toLowerCase()
  const {titles, courtesyTitles, determiners, lexicon, gazetteer} = data.references
  if (titles.has(lower) || courtesyTitles.has(lower) || determiners.has(lower) || countriesOf(gazetteer.entities).names(word)) return false
  return data.firstNames.has(word) || !lexicon.hasLowercase(lower)
}

/**
 * The titles the story puts before the surname standing alone ("Prime
 * Minister Takaichi", not "President Tsai Ing-wen", a full name), each as
 * its words: the title word right before the surname and the capitalized
 * words that qualify it ("Prime", "Foreign", "Vice"), less names of places
 * and nationalities ("Japanese"). Courtesy titles say no office.
 */
function titlesBefore(surname: string, value: string, data: ReferenceData): string[][] {
  const countries = countriesOf(data.gazetteer.entities)
  const pattern = new RegExp(`(?<!\\p{L})((?:\\p{L}+ ){1,3})${escapeRegExp(surname)}(?![\\p{L}-]| \\p{Lu})`, 'gu')
  const found: string[][] = []
  for (const match of value.matchAll(pattern)) {
    const words = match[1]!.trim().split(' ')
    const head = words.at(-1)!.toLowerCase()
    if (!data.titles.has(head) || data.courtesyTitles.has(head)) continue
    const title = [head]
    for (const word of words.slice(0, -1).reverse()) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(word)) break
      if (!countries.names(word)) title.unshift(word.toLowerCase())
    }
    found.push(title)
  }
  return found
}

/**
 * The person's title in the gazetteer has the title's words in a row, not
 * after another title word: "Prime Minister" and "Minister" are Takaichi's
 * ("Prime Minister of Japan"), "President" is not a vice president's.
 */
function holds(person: Entity, title: readonly string[], titles: ReadonlySet<string>): boolean {
  const own = (person.title ?? '').toLowerCase().split(/[^\p{L}]+/u)
  return own.some((_, at) => title.every((word, n) => own[at + n] === word) && !(at > 0 && titles.has(own[at - 1]!)))
}

/**
 * A kin word ("her husband", "the daughter of") with no other family's
 * surname within a few words of it: the surname the story shares with
 * her may be her kin's.
 */
function kinInDoubt(surname: string, value: string, data: KnownWomanData): boolean {
  const surnames = personsBySurname(data.gazetteer.entities)
  for (const match of value.matchAll(/(?<![\p{L}-])\p{Ll}+(?:-in-law)?(?![\p{L}-])/gu)) {
    if (!data.kinWords.has(match[0])) continue
    const near = value.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60)
    const other = [...near.matchAll(/\p{Lu}\p{Ll}+/gu)].some(
      ([word]) => word !== surname && surnames.has(word) && !data.references.lexicon.hasLowercase(word.toLowerCase())
    )
    if (!other) return true
  }
  return false
}
