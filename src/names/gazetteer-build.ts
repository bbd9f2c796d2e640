import type {Entity} from '../data/entities.js'
import type {CaselessLevel, CaselessNode, FormOrigin, FormType, GazetteerIndex, NearIndex} from '../data/gazetteer-index.js'
import {packKeys, packTable} from '../data/key-table.js'
import {ItemLines, U32Words} from '../data/parts-file.js'
import {squash, straightApostrophes} from '../text/normalize.js'
import {nameConnectors, nameParticles} from '../data/name-words.js'
import {deletionAt, deletionPositions} from './distance.js'
import {soundKey} from './phonetic.js'

/** A form while the index is made: numbered once all are known. */
interface Form {
  entity: number
  form: string
  type: FormType
  squashed: string
  reading: FormOrigin
}

interface WordNode {
  next: Map<string, WordNode> | undefined
  forms: Form[] | undefined
}

/** Adds `value` to the list of `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function lowerWords(value: string): string[] {
  return straightApostrophes(value).toLowerCase().split(/\s+/)
}

/** Accepted forms compare with curly apostrophes straightened and a final period dropped (Jr., Inc.). */
export function acceptedKey(text: string): string {
  return straightApostrophes(text).replace(/\.$/, '')
}

/**
 * The gazetteer's lookups for `entities` (their Mandarin readings already
 * worked out): exact forms, accepted forms, caseless keys word by word, each
 * entity's whole names and the forms to match loosely. The build makes the
 * shipped gazetteer's; a run makes one only for a project's own entries.
 */
export function buildGazetteerIndex(entities: readonly Entity[]): GazetteerIndex {
  const exact = new Map<string, Form[]>()
  const accepted = new Set<string>()
  const caseless = new Map<string, WordNode>()
  const whole = new Map<number, Form[]>()
  const fuzzy: Array<{form: Form; sound: boolean}> = []
  let longest = 1

  const addForm = (entity: number, form: string, type: FormType, loose = true, origin: FormOrigin = 0) => {
    const squashed = squash(form)
    if (!squashed) return
    const ref: Form = {entity, form, type, squashed, reading: origin}
    push(exact, squashed, ref)
    if (type === 'garble') return
    if (type !== 'surname') push(whole, entity, ref)
    accepted.add(acceptedKey(form))
    let level = caseless
    let node: WordNode | undefined
    for (const word of lowerWords(form)) {
      if (node) level = node.next ??= new Map()
      let child = level.get(word)
      if (!child) level.set(word, (child = {next: undefined, forms: undefined}))
      node = child
    }
    ;(node!.forms ??= []).push(ref)
    // Short forms are too easy to hit by accident to be matched loosely.
    if (squashed.length < 4 || !loose) return
    // "The Guardian" does not sound like "Teagarden": the article is not part of the sound.
    fuzzy.push({form: ref, sound: !/^the\s/i.test(form)})
  }

  entities.forEach((entity, index) => {
    const forms: Array<[string, FormType]> = [[entity.name, 'name']]
    for (const variant of entity.variants) forms.push([variant, 'variant'])
    if (entity.surname) forms.push([entity.surname, 'surname'])
    else if (entity.kind === 'person') {
      const last = entity.name.split(/\s+/).at(-1)
      if (last && last !== entity.name) forms.push([last, 'surname'])
    }
    // A variant spelling of a person's name brings its surname too ("Zelenskyy"): what follows the given name
    // the name has before its surname ("Itamar Ben Gvir": "Ben Gvir"), else its last word.
    if (entity.kind === 'person') {
      const given = entity.surname && entity.name.endsWith(` ${entity.surname}`) ? entity.name.slice(0, -entity.surname.length - 1) : undefined
      for (const variant of entity.variants) {
        const last = given !== undefined && variant.startsWith(`${given} `) ? variant.slice(given.length + 1) : variant.split(/\s+/).at(-1)
        if (last && last !== variant && !forms.some(([form]) => form === last)) forms.push([last, 'surname'])
      }
    }
    for (const garble of entity.garbles) forms.push([garble, 'garble'])
    for (const [form, type] of forms) addForm(index, form, type)
    // "RIA News", "Twilight News": machine translation puts a name it does not know into English word by word.
    for (const meaning of entity.meanings ?? []) addForm(index, meaning, 'garble', false, 2)
    // "Sharaa said": AP and much wire copy drop a surname's particle ("al-Sharaa") on second reference. Known
    // exactly, never a target a near word is read as: "Bruhan" is no slip for al-Burhan.
    if (entity.kind === 'person' && entity.surname) {
      const bare = particleDropped(entity.surname)
      if (bare !== undefined && !forms.some(([form]) => form === bare)) addForm(index, bare, 'surname', false)
    }
    longest = Math.max(longest, lowerWords(entity.name).length)
  })

  // The Mandarin readings of persons' native names, as garbles, after every
  // written form is known: a reading that is some entity's written form, or
  // the reading of two persons at once, says nothing about which is meant.
  const owners = new Map<string, Set<Entity>>()
  for (const entity of entities) {
    for (const form of entity.readings ?? []) {
      const key = squash(form)
      const set = owners.get(key) ?? new Set<Entity>()
      owners.set(key, set.add(entity))
    }
  }
  entities.forEach((entity, index) => {
    for (const form of entity.readings ?? []) {
      const squashed = squash(form)
      if (!squashed || owners.get(squashed)!.size > 1 || exact.has(squashed)) continue
      push(exact, squashed, {entity: index, form, type: 'garble', squashed, reading: 1})
    }
  })

  // Forms are numbered key by key, in the order the keys came.
  const numbers = new Map<Form, number>()
  const forms: GazetteerIndex['forms'] = []
  const exactStarts: number[] = []
  for (const list of exact.values()) {
    exactStarts.push(forms.length)
    for (const form of list) {
      numbers.set(form, forms.length)
      forms.push([form.entity, form.form, form.type, form.reading])
    }
  }
  const number = (form: Form) => numbers.get(form)!
  const node = (word: WordNode): CaselessNode => ({...(word.next ? {next: level(word.next)} : {}), ...(word.forms ? {refs: word.forms.map(number)} : {})})
  const level = (map: Map<string, WordNode>): CaselessLevel => {
    const out: CaselessLevel = Object.create(null)
    for (const [word, next] of map) out[word] = node(next)
    return out
  }
  return {
    forms,
    exact: packKeys([...exact.keys()]),
    exactStarts,
    accepted: packKeys([...accepted]),
    caseless: packKeys([...caseless.keys()]),
    caselessNodes: [...caseless.values()].map(node),
    whole: entities.map((_, index) => whole.get(index)?.map(number) ?? 0),
    fuzzy: fuzzy.map(({form, sound}) => (sound ? number(form) : ~number(form))),
    longestName: longest,
    personEdges: personEdges(entities, forms),
    ...strippedIndex(forms),
    ...longNamesIndex(entities),
    ...anchorsIndex(entities, forms),
    ...acronymsIndex(entities, forms)
  }
}

/**
 * Persons' names of two words or more cut in two, by the part a garble
 * keeps (src/plugins/names/slot-garbles.ts): given name first ("Marco
 * Rubio") by the given name, family name first ("Moon Jae-in") by the given
 * name of two syllables, each with the rest squashed; a person once a key.
 */
function anchorsIndex(entities: readonly Entity[], forms: GazetteerIndex['forms']): Pick<GazetteerIndex, 'givenFirst' | 'givenFirstAnchors' | 'familyFirst' | 'familyFirstAnchors'> {
  const givenFirst = new Map<string, Array<[number, string]>>()
  const familyFirst = new Map<string, Array<[number, string]>>()
  const add = (map: Map<string, Array<[number, string]>>, key: string, form: number, rest: string) => {
    const list = map.get(key)
    if (!list) map.set(key, [[form, rest]])
    else if (!list.some(([other]) => forms[other]![0] === forms[form]![0])) list.push([form, rest])
  }
  forms.forEach(([number, form, type, origin], n) => {
    const entity = entities[number]!
    if (entity.kind !== 'person' || origin === 1 || (type !== 'name' && type !== 'variant')) return
    const words = form.split(/\s+/)
    // Initials and one-word names anchor nothing.
    if (words.length < 2 || words.some((word) => word.replace(/\.$/, '').length < 2)) return
    const surname = entity.surname
    if (surname !== undefined && words[0] === surname) {
      // A given name of two syllables, not one short word ("Park Jin").
      const given = words.slice(1).join(' ')
      if (/[\s-]/.test(given)) add(familyFirst, squash(given), n, squash(surname))
    } else if (words.length === 2) add(givenFirst, squash(words[0]!), n, squash(words[1]!))
  })
  const [givenFirstKeys, givenFirstAnchors] = packTable(givenFirst)
  const [familyFirstKeys, familyFirstAnchors] = packTable(familyFirst)
  return {givenFirst: givenFirstKeys, givenFirstAnchors, familyFirst: familyFirstKeys, familyFirstAnchors}
}

/** An acronym's letters sorted: the key of the acronyms of the same letters in any order. */
export function lettersOf(text: string): string {
  return [...text].sort().join('')
}

/**
 * Bodies' acronyms of three to six capitals by their letters sorted
 * (garbles aside), and the acronyms that open a longer name of a body
 * ("CPN" of "CPN-UML", "CPN (Maoist Centre)").
 */
function acronymsIndex(entities: readonly Entity[], forms: GazetteerIndex['forms']): Pick<GazetteerIndex, 'acronymLetters' | 'acronymForms' | 'acronymStems'> {
  const byLetters = new Map<string, number[]>()
  const stems = new Set<string>()
  forms.forEach(([number, form, type], n) => {
    if (entities[number]!.kind !== 'org') return
    const stem = /^(\p{Lu}{3,6})(?:-| \()/u.exec(form)?.[1]
    if (stem) stems.add(stem)
    if (type === 'garble' || !/^\p{Lu}{3,6}$/u.test(form)) return
    push(byLetters, lettersOf(form), n)
  })
  const [acronymLetters, acronymForms] = packTable(byLetters)
  return {acronymLetters, acronymForms, acronymStems: packKeys([...stems])}
}

/** Letters outside ASCII, which a broken encoding drops. */
const outsideAscii = /[^\x00-\x7f]/

/** A text as a broken encoding leaves it: lowercase, its letters outside ASCII dropped ("Dačić" → "dai"). */
export function strippedKey(text: string): string {
  return text.toLowerCase().replace(/[^\x00-\x7f]/g, '').replace(/\s+/g, ' ').trim()
}

/** The forms with letters outside ASCII by their stripped key, keys of fewer than three letters aside. */
function strippedIndex(forms: GazetteerIndex['forms']): Pick<GazetteerIndex, 'stripped' | 'strippedForms'> {
  const byKey = new Map<string, number[]>()
  forms.forEach(([, form], n) => {
    if (!outsideAscii.test(form)) return
    const key = strippedKey(form)
    if (key.replace(/[^a-z]/g, '').length >= 3) push(byKey, key, n)
  })
  const [stripped, strippedForms] = packTable(byKey)
  return {stripped, strippedForms}
}

export function orderlessKey(words: readonly string[]): string {
  return [...words].sort().join(' ')
}

/** The words with the one at `position` as "*", joined by spaces (asked per word of every long span: no arrays made). */
export function signature(words: readonly string[], position: number): string {
  let key = position === 0 ? '*' : words[0]!
  for (let i = 1; i < words.length; i++) key += i === position ? ' *' : ' ' + words[i]!
  return key
}

/** Organizations' and outlets' names of three words or more, by their words with one left out and by their words sorted. */
function longNamesIndex(entities: readonly Entity[]): Pick<GazetteerIndex, 'longSlots' | 'longSlotEntries' | 'longOrderless' | 'longOrderlessEntities'> {
  const slots = new Map<string, Array<[number, number]>>()
  const orderless = new Map<string, number[]>()
  entities.forEach((entity, n) => {
    if (entity.kind !== 'org' && entity.kind !== 'outlet') return
    const words = lowerWords(entity.name)
    if (words.length < 3) return
    words.forEach((word, position) => {
      if (!nameConnectors.has(word)) push(slots, signature(words, position), [n, position])
    })
    push(orderless, orderlessKey(words), n)
  })
  const [longSlots, longSlotEntries] = packTable(slots)
  const [longOrderless, longOrderlessEntities] = packTable(orderless)
  return {longSlots, longSlotEntries, longOrderless, longOrderlessEntities}
}

/**
 * The first and the last words, lowercase, of persons' names of two words
 * or more, as written (a computed reading anchors nothing: its words, "An",
 * "Li", are too common).
 */
function personEdges(entities: readonly Entity[], forms: GazetteerIndex['forms']): GazetteerIndex['personEdges'] {
  const first = new Set<string>()
  const last = new Set<string>()
  for (const [entity, form, , origin] of forms) {
    if (entities[entity]!.kind !== 'person' || origin === 1) continue
    const words = form.toLowerCase().split(/\s+/)
    if (words.length < 2) continue
    first.add(words[0]!)
    last.add(words.at(-1)!)
  }
  return {first: packKeys([...first]), last: packKeys([...last])}
}

/**
 * The loose-match keys of an index's `fuzzy` forms (sound keys of those
 * matched by sound, deletion keys of those of five letters or more), each
 * key's forms in the order `fuzzy` has them: the build compiles the shipped
 * gazetteer's, so a run works out no sound key and hashes no deletion key.
 */
export function buildNearIndex(index: Pick<GazetteerIndex, 'forms' | 'fuzzy'>): NearIndex {
  const sound = new Map<string, number[]>()
  const entries: Array<{key: string; form: number; position: number}> = []
  let stride = 1
  for (const code of index.fuzzy) {
    const form = code < 0 ? ~code : code
    const squashed = squash(index.forms[form]![1])
    if (code >= 0) push(sound, soundKey(squashed), form)
    if (squashed.length < 5) continue
    stride = Math.max(stride, squashed.length + 1)
    entries.push({key: squashed, form, position: -1})
    for (const position of deletionPositions(squashed)) entries.push({key: deletionAt(squashed, position), form, position})
  }
  if (index.forms.length * stride >= 2 ** 32) throw new Error(`gazetteer: ${index.forms.length} forms of up to ${stride - 1} letters are too many to index`)
  // A stable sort: equal keys keep the order of `fuzzy`. Keys compare by
  // UTF-16 code units, as the search at run time compares them.
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const deletions = new Uint32Array(entries.length)
  entries.forEach(({form, position}, n) => (deletions[n] = form * stride + position + 1))
  const [soundKeys, soundForms] = packTable(sound)
  return {soundKeys, soundForms, deletions, stride}
}

/** The surname without its particle and hyphen ("al-Sharaa" → "Sharaa"), if it opens with one. */
function particleDropped(surname: string): string | undefined {
  const hyphen = surname.indexOf('-')
  if (hyphen < 1 || !nameParticles.includes(surname.slice(0, hyphen).toLowerCase())) return undefined
  const rest = surname.slice(hyphen + 1)
  return /^\p{Lu}\p{Ll}{2,}$/u.test(rest) ? rest : undefined
}

/** The objects of an index written as parts of their own (src/data/parts-file.ts), under the slice's `gazetteer`. */
export const indexParts = ['gazetteer', 'gazetteer.near']

/**
 * The index as the build writes it: a form, a caseless key's node, an
 * entity's whole names and the entries of the packed tables an item a line,
 * each read when a name asks for it; the numbers of each key's first form
 * and the loose-match keys' deletion entries as bytes, and a sound key's
 * forms a line each.
 */
export function writtenIndex(index: GazetteerIndex): Record<string, unknown> {
  const lines = (['forms', 'caselessNodes', 'whole', 'strippedForms', 'longSlotEntries', 'longOrderlessEntities', 'givenFirstAnchors', 'familyFirstAnchors', 'acronymForms'] as const).map((table) => [table, new ItemLines(index[table])])
  const near = index.near && {...index.near, soundForms: new ItemLines(index.near.soundForms), deletions: new U32Words(index.near.deletions)}
  return {...index, ...Object.fromEntries(lines), exactStarts: new U32Words(Uint32Array.from(index.exactStarts)), ...(near ? {near} : {})}
}
