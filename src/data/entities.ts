import {Reader, readYaml} from './yaml-file.js'

export const entityKinds = ['person', 'org', 'place', 'outlet', 'demonym'] as const
export type EntityKind = (typeof entityKinds)[number]

export const sexes = ['female', 'male'] as const
export type Sex = (typeof sexes)[number]

export interface Entity {
  name: string
  kind: EntityKind
  variants: string[]
  garbles: string[]
  /** The name used alone: "Hassett", "Yoon". */
  surname: string | undefined
  title: string | undefined
  /** The name's words put into English, as machine translation renders a name it does not know ("RIA News" for RIA Novosti). */
  meanings?: string[] | undefined
  /** The name in Chinese characters, family name first ("尹錫悅", "石破 茂"). */
  native?: string | undefined
  /** Mandarin readings of `native` that are not the person's name, computed from it (src/names/readings.ts). */
  readings?: string[] | undefined
  /** A person's sex where public record is sure of it: which courtesy title fits ("Ms. Takaichi"). */
  sex?: Sex | undefined
  /** The Mandarin reading of the family name in `native`, a syllable a character ("shi", "po" for 石破). */
  familyReading?: string[] | undefined
  file: string
}

/** The name a person goes by alone: the entry's `surname`, else the last word of the name. */
export function aloneName(entity: Entity): string {
  return entity.surname ?? entity.name.split(' ').at(-1)!
}

/** Whether the entity's title on record has `word` (lowercase) among its words ("president" in "President of South Korea"). */
export function titleHasWord(entity: Entity, word: string): boolean {
  return titleWords(entity.title).includes(word)
}

/**
 * An airline of the generated list (titled "Airline (Country)"), hundreds of
 * them small: known so that its own spelling is no slip ("EgyptAir"), never
 * the fix for another name ("Deniz Okyay" is no Dennis Sky).
 */
export function isListedAirline(entity: Entity): boolean {
  return entity.kind === 'org' && entity.title?.startsWith('Airline (') === true
}

/** Countries are named so in the generated gazetteer's titles ("Country (North America)"). */
export function isCountry(title: string | undefined): boolean {
  return title?.startsWith('Country') ?? false
}

/** A title's words, lowercase ("president", "of", "south", "korea"). */
export function titleWords(title: string | undefined): string[] {
  return (title ?? '').toLowerCase().split(/[^\p{L}]+/u)
}

const fileKeys = ['source', 'kind', 'entries']
const entryKeys = ['name', 'kind', 'variants', 'garbles', 'meanings', 'surname', 'title', 'native', 'sex']

/**
 * A name in Chinese characters (Hanja, Kanji, Hanzi, with the Japanese
 * repeat mark 々), two characters or more: a space, if any, ends the family
 * name, as Japanese writes it ("石破 茂"); without one the family name is
 * the first character, as in most Korean and Chinese names.
 */
const nativeName = /^(?=.{2})[\p{Script=Han}\u3005]+(?: [\p{Script=Han}\u3005]+)?$/u

/**
 * Loads gazetteer files in order; an entry whose name and kind repeat an
 * earlier file's replaces it, so a project's own file can correct ours.
 */
export function loadEntities(paths: readonly string[]): Entity[] {
  const byKey = new Map<string, Entity>()
  for (const path of paths) {
    const yaml = readYaml(path)
    const top = Reader.of(path, 1, 'file', yaml.value)
    top.keys(fileKeys)
    top.string('source')
    const fileKind = top.value.kind === undefined ? undefined : top.oneOf('kind', entityKinds)
    const seen = new Set<string>()
    top.list('entries').forEach((raw, index) => {
      const line = yaml.itemLine('entries', index)
      const first = Reader.of(path, line, `entry ${index + 1}`, raw)
      const name = first.string('name')
      const entry = new Reader(path, line, `entry \`${name}\``, first.value)
      entry.keys(entryKeys)
      const kind = entry.oneOf('kind', entityKinds, fileKind)
      const key = kind + '\u0000' + name
      if (seen.has(key)) entry.fail('duplicate entry in this file')
      seen.add(key)
      const variants = entry.strings('variants')
      const garbles = entry.strings('garbles')
      for (const garble of garbles) {
        if (garble === name || variants.includes(garble)) {
          entry.fail(`\`${garble}\` is listed both as accepted and as a garble`)
        }
      }
      const meanings = entry.strings('meanings')
      for (const meaning of meanings) {
        if (kind === 'person') entry.fail('`meanings` are for bodies, outlets and places: a person\'s name is not translated')
        if (meaning === name || variants.includes(meaning)) entry.fail(`\`${meaning}\` is listed both as accepted and as a meaning`)
        // One word ("Truth", "Freedom") is too common to be read as the name wherever it is capitalized.
        if (!/\s/.test(meaning.trim())) entry.fail(`a meaning must have two words or more, not \`${meaning}\``)
      }
      const native = entry.string('native', true)
      if (native !== undefined) {
        if (kind !== 'person') entry.fail('`native` is for persons')
        if (!nativeName.test(native)) {
          entry.fail(`\`native\` must be the name in Chinese characters, family name first, with at most one space after the family name, not \`${native}\``)
        }
      }
      const sex = entry.value.sex === undefined ? undefined : entry.oneOf('sex', sexes)
      if (sex !== undefined && kind !== 'person') entry.fail('`sex` is for persons')
      byKey.set(key, {
        name,
        kind,
        variants,
        garbles,
        ...(meanings.length === 0 ? {} : {meanings}),
        surname: entry.string('surname', true),
        title: entry.string('title', true),
        ...(native === undefined ? {} : {native}),
        ...(sex === undefined ? {} : {sex}),
        file: path
      })
    })
  }
  return [...byKey.values()]
}

/** A project's entries added to ours; one with the same name and kind replaces ours. */
export function mergeEntities(base: readonly Entity[], overrides: readonly Entity[]): Entity[] {
  const byKey = new Map(base.map((entity) => [entity.kind + '\u0000' + entity.name, entity]))
  for (const entity of overrides) byKey.set(entity.kind + '\u0000' + entity.name, entity)
  return [...byKey.values()]
}

/** The doubled words of the entries' names and variants ("sirhan sirhan", "bora bora"), lowercase: no repeat to flag. */
export function doubledWordsOf(entities: readonly Entity[]): string[] {
  const doubled = new Set<string>()
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.variants]) {
      const parts = name.toLowerCase().split(/[\s-]+/)
      for (let i = 1; i < parts.length; i++) if (parts[i] === parts[i - 1]) doubled.add(`${parts[i]} ${parts[i]}`)
    }
  }
  return [...doubled]
}

/** Every word of every accepted name, so the speller knows "Hassett" and "Archynetys". */
export function nameWordsOf(entities: readonly Entity[]): string[] {
  const words = new Set<string>()
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.variants, ...(entity.surname ? [entity.surname] : [])]) {
      for (const word of form.split(/[\s]+/)) {
        const clean = word.replace(/^[("“]+|[)",.;:”]+$/g, '')
        if (/\p{L}/u.test(clean)) words.add(clean)
      }
    }
  }
  return [...words]
}
