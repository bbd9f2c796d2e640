import type {Entity} from '../data/entities.js'
import {nameConnectors} from '../data/name-words.js'
import {squash, straightApostrophes} from '../text/normalize.js'
import {deletes, editDistance} from './distance.js'
import {Memo} from '../text/memo.js'
import {soundKey} from './phonetic.js'
import {withReadings} from './readings.js'

export type FormType = 'name' | 'variant' | 'surname' | 'garble'

export interface FormRef {
  entity: Entity
  /** The form as written in the gazetteer. */
  form: string
  type: FormType
  squashed: string
  /** A garble computed as the Mandarin reading of the entity's `native` name. */
  reading?: true
}

export interface FuzzyHit {
  ref: FormRef
  distance: number
  /** distance / length: lower is closer. */
  score: number
}

/** A word of caseless keys: the words that follow it, and the forms of the key that ends here. */
export interface CaselessNode {
  next: Map<string, CaselessNode> | undefined
  refs: FormRef[] | undefined
}

export interface SwapHit {
  entity: Entity
  /** Position of the one word that differs. */
  position: number
  expectedWord: string
}

/** Long organization names: by their words with one left out ("national * commission"), and by their words sorted. */
interface LongNames {
  slots: Map<string, Array<{entity: Entity; words: string[]; position: number}>>
  orderless: Map<string, Entity[]>
}

const typeRank: Record<FormType, number> = {name: 0, variant: 1, garble: 1, surname: 2}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Appends to `into` the refs of `list` that `seen` does not hold yet, and notes them. */
function addUnseen(into: FormRef[], seen: Set<FormRef>, list: readonly FormRef[] | undefined) {
  if (list) for (const ref of list) if (!seen.has(ref)) (seen.add(ref), into.push(ref))
}

function lowerWords(value: string): string[] {
  return straightApostrophes(value).toLowerCase().split(/\s+/)
}

const indexes = new WeakMap<readonly Entity[], Gazetteer>()

/**
 * The index of a bundle's entries (src/data/ loads them as plain data),
 * built once per list for every rule that matches names; a project's
 * entries get their Mandarin readings here, shipped ones at build time.
 */
export function gazetteerOf(entities: Entity[]): Gazetteer {
  let gazetteer = indexes.get(entities)
  if (!gazetteer) indexes.set(entities, (gazetteer = new Gazetteer(withReadings(entities))))
  return gazetteer
}

/**
 * The gazetteer compiled into lookups whose cost does not grow with its size:
 * exact forms, sound keys, one-deletion keys (typos), caseless word strings
 * (case slips) and one-word-out signatures of long organization names.
 */
export class Gazetteer {
  private readonly exact = new Map<string, FormRef[]>()
  /**
   * Sound and one-deletion keys of the forms long enough to match loosely,
   * built on the first fuzzy lookup (most of the constructor's cost otherwise)
   * from `fuzzyForms`, in the order the forms were added, so each key lists
   * its forms in the same order as if built up front.
   */
  private bySound: Map<string, FormRef[]> | undefined
  private byDelete: Map<string, FormRef[]> | undefined
  private readonly fuzzyForms: Array<{ref: FormRef; sound: boolean}> = []
  /** `closest` per text: a pure function of the text, asked again and again for the same names. */
  private readonly closestMemo = new Memo<FuzzyHit | undefined>()
  private readonly nearMemo = new Memo<FormRef[]>()
  private readonly nearWholeMemo = new Memo<FormRef[]>()
  /** The caseless keys word by word; its first level is the words a name can start with, so most spans are ruled out with one probe. */
  private readonly caselessTree = new Map<string, CaselessNode>()
  /** Long organization names by their one-word-out signatures and by their words in sorted order, built on first use. */
  private longNames: LongNames | undefined
  /** Surface forms that are right as written: "Han Duck-soo", "Hassett". */
  private readonly accepted = new Set<string>()
  /** Each entity's whole names (canonical and variants), to widen a match on one word. */
  private readonly wholeNames = new Map<Entity, FormRef[]>()
  readonly longestName: number

  constructor(readonly entities: readonly Entity[]) {
    let longest = 1
    for (const entity of entities) {
      const forms: Array<[string, FormType]> = [[entity.name, 'name']]
      for (const variant of entity.variants) forms.push([variant, 'variant'])
      if (entity.surname) forms.push([entity.surname, 'surname'])
      else if (entity.kind === 'person') {
        const last = entity.name.split(/\s+/).at(-1)
        if (last && last !== entity.name) forms.push([last, 'surname'])
      }
      // A variant spelling of a person's name brings its surname too ("Zelenskyy").
      if (entity.kind === 'person') {
        for (const variant of entity.variants) {
          const last = variant.split(/\s+/).at(-1)
          if (last && last !== variant && !forms.some(([form]) => form === last)) forms.push([last, 'surname'])
        }
      }
      for (const garble of entity.garbles) forms.push([garble, 'garble'])
      for (const [form, type] of forms) this.addForm(entity, form, type)
      longest = Math.max(longest, lowerWords(entity.name).length)
    }
    this.longestName = longest
    this.addReadings(entities)
  }

  /**
   * The Mandarin readings of persons' native names, as garbles, after every
   * written form is known: a reading that is some entity's written form, or
   * the reading of two persons at once, says nothing about which is meant.
   */
  private addReadings(entities: readonly Entity[]) {
    const owners = new Map<string, Set<Entity>>()
    for (const entity of entities) {
      for (const form of entity.readings ?? []) {
        const key = squash(form)
        const set = owners.get(key) ?? new Set<Entity>()
        owners.set(key, set.add(entity))
      }
    }
    for (const entity of entities) {
      for (const form of entity.readings ?? []) {
        const squashed = squash(form)
        if (!squashed || owners.get(squashed)!.size > 1 || this.exact.has(squashed)) continue
        push(this.exact, squashed, {entity, form, type: 'garble', squashed, reading: true})
      }
    }
  }

  private addForm(entity: Entity, form: string, type: FormType) {
    const squashed = squash(form)
    if (!squashed) return
    const ref: FormRef = {entity, form, type, squashed}
    push(this.exact, squashed, ref)
    if (type === 'garble') return
    if (type !== 'surname') push(this.wholeNames, entity, ref)
    this.accepted.add(acceptedKey(form))
    const words = lowerWords(form)
    let level = this.caselessTree
    let node: CaselessNode | undefined
    for (const word of words) {
      if (node) level = node.next ??= new Map()
      let child = level.get(word)
      if (!child) level.set(word, (child = {next: undefined, refs: undefined}))
      node = child
    }
    ;(node!.refs ??= []).push(ref)
    // Short forms are too easy to hit by accident to be matched loosely.
    if (squashed.length < 4) return
    // "The Guardian" does not sound like "Teagarden": the article is not part of the sound.
    this.fuzzyForms.push({ref, sound: !/^the\s/i.test(form)})
  }

  /** The indexes of long organization names, built on the first lookup of a long span. */
  private long(): LongNames {
    if (!this.longNames) {
      const slots: LongNames['slots'] = new Map()
      const orderless: LongNames['orderless'] = new Map()
      for (const entity of this.entities) {
        if (entity.kind !== 'org' && entity.kind !== 'outlet') continue
        const words = lowerWords(entity.name)
        if (words.length < 3) continue
        words.forEach((word, position) => {
          if (nameConnectors.has(word)) return
          push(slots, signature(words, position), {entity, words, position})
        })
        push(orderless, orderlessKey(words), entity)
      }
      this.longNames = {slots, orderless}
    }
    return this.longNames
  }

  /** The sound and deletion indexes, built once on the first fuzzy lookup. */
  private fuzzyIndexes(): [bySound: Map<string, FormRef[]>, byDelete: Map<string, FormRef[]>] {
    if (!this.bySound || !this.byDelete) {
      const bySound = new Map<string, FormRef[]>()
      const byDelete = new Map<string, FormRef[]>()
      for (const {ref, sound} of this.fuzzyForms) {
        if (sound) push(bySound, soundKey(ref.squashed), ref)
        if (ref.squashed.length >= 5) for (const key of deletes(ref.squashed)) push(byDelete, key, ref)
      }
      this.bySound = bySound
      this.byDelete = byDelete
    }
    return [this.bySound, this.byDelete]
  }

  /** Is this exact text (case and hyphens included) an accepted form? */
  isAccepted(text: string): boolean {
    return this.accepted.has(acceptedKey(text))
  }

  /** Forms equal to `text` once case, spaces and hyphens are ignored. */
  lookup(text: string): FormRef[] {
    return this.exact.get(squash(text)) ?? []
  }

  /** Every form of every entity, garbles included. */
  *allForms(): Iterable<FormRef> {
    for (const refs of this.exact.values()) yield* refs
  }

  /** Accepted forms whose words equal `text` ignoring case. */
  lookupCaseless(text: string): FormRef[] {
    let level: ReadonlyMap<string, CaselessNode> | undefined = this.caselessTree
    let node: CaselessNode | undefined
    for (const word of lowerWords(text)) {
      node = level?.get(word)
      if (!node) return []
      level = node.next
    }
    return node?.refs ?? []
  }

  /**
   * The caseless keys as a tree of their words: a span's words are followed
   * down it one by one, with no key string built, and the search stops at
   * the first word no key continues with. A node reached by all of a key's
   * words holds what `lookupCaseless` gives for it.
   */
  caselessWords(): ReadonlyMap<string, CaselessNode> {
    return this.caselessTree
  }

  /** Can a name (ignoring case) start with this lowercase word? */
  startsName(lowerWord: string): boolean {
    return this.caselessTree.has(lowerWord)
  }

  /**
   * The accepted form closest to `text`, if it is close enough to be a slip:
   * one edit on a word of five letters or more, two on nine or more, or the
   * same sound key with under half the letters changed.
   */
  closest(text: string): FuzzyHit | undefined {
    const memo = this.closestMemo
    const known = memo.get(text)
    if (known !== undefined || memo.has(text)) return known
    const hit = this.findClosest(text)
    memo.set(text, hit)
    return hit
  }

  private findClosest(text: string): FuzzyHit | undefined {
    const squashed = squash(text)
    if (squashed.length < 5) return undefined
    const seen = new Set<FormRef>()
    const candidates: FormRef[] = []
    addUnseen(candidates, seen, this.near(squashed))
    // Each word of a longer span may be near one word of a known name
    // ("Denis Shmygal": Shmygal ~ Shmyhal); the whole names of those entities
    // are then compared with the whole span.
    const multiWord = /\s/.test(text.trim())
    const words = text.split(/\s+/).map(squash).filter((word) => word.length >= 5)
    if (words.length > 1 || (words.length === 1 && words[0] !== squashed)) {
      for (const word of words) addUnseen(candidates, seen, this.nearWhole(word))
    }

    const textSound = soundKey(squashed)
    let best: FuzzyHit | undefined
    for (const ref of candidates) {
      if (ref.squashed === squashed) continue
      const longer = Math.max(ref.squashed.length, squashed.length)
      const shorter = Math.min(ref.squashed.length, squashed.length)
      const limit = Math.ceil(longer * 0.45)
      const distance = editDistance(squashed, ref.squashed, limit)
      if (distance > limit) continue
      const sameStart = ref.squashed[0] === squashed[0]
      // Slips keep the first letter far more often than not (Pampa is not Tampa).
      const typo = sameStart && ((distance === 1 && shorter >= 5) || (distance === 2 && shorter >= 9))
      // Unknown place names sound like known ones all the time (Gyeongju, Gwangju): places need a typo.
      // A lone short word shares its sound key with too many others (Schuman, Samoan).
      const longEnough = shorter >= (multiWord ? 6 : 8)
      // Split words may sound like a whole name only with the rest of it there
      // ("Kevin Hae Sheet"), not alone ("De Gaulle" is not Dagalo).
      const splitAlone = multiWord && !/\s/.test(ref.form)
      // One word sounding like a name must also share most of its letters (Kaminsky is not Kim Min-seok).
      const closeEnough = multiWord || !/\s/.test(ref.form) || distance <= Math.ceil(longer * 0.35)
      const sound =
        sameStart &&
        longEnough &&
        closeEnough &&
        !splitAlone &&
        ref.entity.kind !== 'place' &&
        !(ref.entity.kind === 'demonym' && !multiWord && shorter < 9) &&
        soundKey(ref.squashed) === textSound
      // A demonym is one word: "Al Bandish" is a person, not Ålandish.
      if (multiWord && ref.entity.kind === 'demonym') continue
      if (!typo && !sound) continue
      const hit = {ref, distance, score: distance / longer}
      if (!best || better(hit, best)) best = hit
    }
    return best
  }

  /**
   * The forms that sound like `key`, then those sharing a deletion key with
   * it, each once, in that order: remembered per key (bounded), since the
   * words of names come back in span after span.
   */
  private near(key: string): FormRef[] {
    let refs = this.nearMemo.get(key)
    if (refs === undefined) {
      const [bySound, byDelete] = this.fuzzyIndexes()
      const seen = new Set<FormRef>()
      refs = []
      addUnseen(refs, seen, bySound.get(soundKey(key)))
      for (const k of deletes(key)) addUnseen(refs, seen, byDelete.get(k))
      this.nearMemo.set(key, refs)
    }
    return refs
  }

  /** The whole names of the entities with a form near `word`, each once, in the order `near` finds them. */
  private nearWhole(word: string): FormRef[] {
    let refs = this.nearWholeMemo.get(word)
    if (refs === undefined) {
      const seen = new Set<FormRef>()
      refs = []
      for (const ref of this.near(word)) {
        addUnseen(refs, seen, this.wholeNames.get(ref.entity))
      }
      this.nearWholeMemo.set(word, refs)
    }
    return refs
  }

  /** Long organization names of the same words as `words` in another order ("United Judaism Torah"). */
  reordered(words: readonly string[]): Entity[] {
    if (words.length < 3) return []
    const lower = words.map((word) => straightApostrophes(word).toLowerCase())
    const inOrder = lower.join(' ')
    return (this.long().orderless.get(orderlessKey(lower)) ?? []).filter((entity) => lowerWords(entity.name).join(' ') !== inOrder)
  }

  /** Long organization names one word away from `words` ("National Economic Commission"). */
  swapped(words: readonly string[]): SwapHit[] {
    if (words.length < 3) return []
    const lower = words.map((word) => straightApostrophes(word).toLowerCase())
    const found = new Map<Entity, SwapHit>()
    lower.forEach((word, position) => {
      if (nameConnectors.has(word)) return
      for (const slot of this.long().slots.get(signature(lower, position)) ?? []) {
        if (slot.words[position] === word) continue
        // One shared word ("Federation of Labor", "Department of Labor") is too little to go on.
        const shared = slot.words.filter((other, i) => i !== position && !nameConnectors.has(other))
        if (shared.length < 2) continue
        found.set(slot.entity, {
          entity: slot.entity,
          position,
          expectedWord: slot.entity.name.split(/\s+/)[position]!
        })
      }
    })
    return [...found.values()]
  }
}

function orderlessKey(words: readonly string[]): string {
  return [...words].sort().join(' ')
}

/** Accepted forms compare with curly apostrophes straightened and a final period dropped (Jr., Inc.). */
function acceptedKey(text: string): string {
  return straightApostrophes(text).replace(/\.$/, '')
}

function signature(words: readonly string[], position: number): string {
  return words.map((word, i) => (i === position ? '*' : word)).join(' ')
}

function better(a: FuzzyHit, b: FuzzyHit): boolean {
  if (a.score !== b.score) return a.score < b.score
  return typeRank[a.ref.type] < typeRank[b.ref.type]
}
