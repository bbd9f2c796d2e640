import type {Entity} from '../data/entities.js'
import {compiledIndexes, own, type CaselessLevel, type CaselessNode, type FormType, type GazetteerIndex, type NearIndex} from '../data/gazetteer-index.js'
import {KeyTable, packedLookup} from '../data/key-table.js'
import {nameConnectors} from '../data/name-words.js'
import {squash, straightApostrophes} from '../text/normalize.js'
import {compareDeletion, deletes, editDistance} from './distance.js'
import {Memo} from '../text/memo.js'
import {soundKey} from './phonetic.js'
import {withReadings} from './readings.js'
import {acceptedKey, buildGazetteerIndex, buildNearIndex, lowerWords, orderlessKey, signature, strippedKey} from './gazetteer-build.js'
import {firstWhere} from '../first-where.js'

export type {FormType} from '../data/gazetteer-index.js'
export type {CaselessLevel, CaselessNode} from '../data/gazetteer-index.js'

export interface FormRef {
  entity: Entity
  /** The form as written in the gazetteer. */
  form: string
  type: FormType
  squashed: string
  /** A garble computed as the Mandarin reading of the entity's `native` name. */
  reading?: true
  /** A garble that is the name's words put into English ("RIA News" for RIA Novosti). */
  meaning?: true
}

export interface FuzzyHit {
  ref: FormRef
  distance: number
  /** distance / length: lower is closer. */
  score: number
  /** Near only as a whole name that keeps one of its words exactly ("Hiroichi Matsuno" for Hirokazu Matsuno): a match the caller must confirm from the story. */
  kept?: true
}

export interface SwapHit {
  entity: Entity
  /** Position of the one word that differs. */
  position: number
  expectedWord: string
}

/** A long organization name found by its words with one left out: its lowercase words and the position of the one left out. */
interface LongSlot {
  entity: Entity
  words: string[]
  position: number
}

const typeRank: Record<FormType, number> = {name: 0, variant: 1, garble: 1, surname: 2}

/** Appends to `into` the refs of `list` that `seen` does not hold yet, and notes them. */
function addUnseen(into: FormRef[], seen: Set<FormRef>, list: readonly FormRef[] | undefined) {
  if (list) for (const ref of list) if (!seen.has(ref)) (seen.add(ref), into.push(ref))
}

const gazetteers = new WeakMap<readonly Entity[], Gazetteer>()

/**
 * The gazetteer of a bundle's entries (src/data/ loads them as plain data),
 * once per list for every rule that matches names: the shipped list comes
 * with the index the build compiled for it; a project's entries get their
 * Mandarin readings and their index here.
 */
export function gazetteerOf(entities: Entity[]): Gazetteer {
  let gazetteer = gazetteers.get(entities)
  if (!gazetteer) {
    const compiled = compiledIndexes.get(entities)
    gazetteer = compiled ? new Gazetteer(entities, compiled) : new Gazetteer(withReadings(entities))
    gazetteers.set(entities, gazetteer)
  }
  return gazetteer
}

/**
 * The gazetteer's lookups, whose cost does not grow with its size: exact
 * forms, sound keys, one-deletion keys (typos), caseless word strings (case
 * slips) and one-word-out signatures of long organization names. The index
 * is plain data (compiled at build time for the shipped entries); a form's
 * `FormRef` is made on its first use and kept, so each is one object.
 */
const openingVowel = /^[aeiou]/

export class Gazetteer {
  /** Made on the first ref: the compiled forms are parsed only when a name is found. */
  private refs: Array<FormRef | undefined> | undefined
  /**
   * The squashed keys, the accepted keys and the caseless keys' first words
   * as the index packs them (src/data/key-table.ts), read on the first
   * lookup. A key's forms become refs the first time it is found.
   */
  private exactKeys: KeyTable | undefined
  private exactRefs: Array<FormRef[] | undefined> | undefined
  private acceptedKeys: KeyTable | undefined
  private firstWords: KeyTable | undefined
  private personEdges: {first: KeyTable; last: KeyTable} | undefined
  /** The index's tables made by the build from every entry and form (src/names/gazetteer-build.ts), each key's entries made on its first lookup. */
  private readonly anchorsBy = {
    givenFirst: packedLookup(() => this.index.givenFirst, () => this.index.givenFirstAnchors, (anchors) => this.anchorsOf(anchors)),
    familyFirst: packedLookup(() => this.index.familyFirst, () => this.index.familyFirstAnchors, (anchors) => this.anchorsOf(anchors))
  }
  private readonly acronymsBy = packedLookup(() => this.index.acronymLetters, () => this.index.acronymForms, (forms) => forms.map((form) => this.ref(form)))
  private acronymStems: KeyTable | undefined
  private readonly strippedBy = packedLookup(() => this.index.stripped, () => this.index.strippedForms, (forms) => forms.map((form) => this.ref(form)))
  private readonly longSlots = packedLookup(() => this.index.longSlots, () => this.index.longSlotEntries, (entries) =>
    entries.map(([n, position]): LongSlot => {
      const entity = this.entities[n]!
      return {entity, words: lowerWords(entity.name), position}
    })
  )
  private readonly longOrderless = packedLookup(() => this.index.longOrderless, () => this.index.longOrderlessEntities, (entries) => entries.map((n) => this.entities[n]!))
  private readonly caselessRefs = new Map<CaselessNode, FormRef[]>()
  /** The forms of each sound key, made on its first lookup. */
  private readonly soundBy = packedLookup(() => this.looseKeys().soundKeys, () => this.looseKeys().soundForms, (forms) => forms.map((form) => this.ref(form)))
  /** Each entity's whole names (canonical and variants), to widen a match on one word, made per entity as asked. */
  private readonly wholeNames = new Map<Entity, FormRef[]>()
  private entityNumbers: Map<Entity, number> | undefined
  /** The numbers of the entries refs were made for. */
  private refNumbers: Map<Entity, number> | undefined
  /** `closest` per text: a pure function of the text, asked again and again for the same names. */
  private readonly closestMemo = new Memo<FuzzyHit | undefined>()
  private readonly nearMemo = new Memo<FormRef[]>()
  private readonly nearWholeMemo = new Memo<FormRef[]>()
  readonly longestName: number

  constructor(
    readonly entities: readonly Entity[],
    private readonly index: GazetteerIndex = buildGazetteerIndex(entities)
  ) {
    this.longestName = index.longestName
  }

  /** Form number `n` as a ref, made once. */
  private ref(n: number): FormRef {
    this.refs ??= new Array<FormRef | undefined>(this.index.forms.length)
    let ref = this.refs[n]
    if (!ref) {
      const [entity, form, type, origin] = this.index.forms[n]!
      const squashed = squash(form)
      ref = {entity: this.entities[entity]!, form, type, squashed, ...(origin === 1 ? {reading: true as const} : origin === 2 ? {meaning: true as const} : {})}
      // An entry reached by a ref keeps its number, so its whole names are found without numbering every entry.
      ;(this.refNumbers ??= new Map()).set(ref.entity, entity)
      this.refs[n] = ref
    }
    return ref
  }

  private anchorsOf(anchors: ReadonlyArray<readonly [form: number, rest: string]>): Array<{ref: FormRef; rest: string}> {
    return anchors.map(([form, rest]) => ({ref: this.ref(form), rest}))
  }

  /** The loose-match keys: the compiled ones, or for a project's entries ones made now. */
  private looseKeys(): NearIndex {
    return (this.index.near ??= buildNearIndex(this.index))
  }

  /** The forms that sound like `key` (a sound key), in the order they were added. */
  private bySound(key: string): FormRef[] | undefined {
    return this.soundBy.get(key)
  }

  /**
   * The forms with the deletion key `key`, in the order they were added: the
   * first entry not below it found by halves, then the run of entries equal
   * to it, each entry's key compared from its form without being made.
   */
  private byDeletion(key: string): FormRef[] {
    const {deletions, stride} = this.looseKeys()
    const formOf = (n: number) => this.ref(Math.floor(deletions[n]! / stride))
    const order = (n: number) => compareDeletion(formOf(n).squashed, (deletions[n]! % stride) - 1, key)
    let low = firstWhere(deletions.length, (n) => order(n) >= 0)
    const refs: FormRef[] = []
    for (; low < deletions.length && order(low) === 0; low++) refs.push(formOf(low))
    return refs
  }

  private wholeNamesOf(entity: Entity): FormRef[] | undefined {
    let refs = this.wholeNames.get(entity)
    if (!refs) {
      let number = this.refNumbers?.get(entity)
      if (number === undefined) number = (this.entityNumbers ??= new Map(this.entities.map((each, n) => [each, n]))).get(entity)!
      const forms = this.index.whole[number]
      if (!forms) return undefined
      this.wholeNames.set(entity, (refs = forms.map((form) => this.ref(form))))
    }
    return refs
  }

  /**
   * Forms that read as `text` once their letters outside ASCII are dropped,
   * as a broken encoding drops them ("Vui" for Vučić, "Ivica Dai" for Ivica
   * Dačić). Keys of fewer than three letters say too little, and a text
   * with a Latin letter of its own the form lacks lost none ("Rašić" is no
   * Raši; "Vuќi", a Cyrillic letter for č and ć lost, is Vučić).
   */
  lostLetters(text: string): FormRef[] {
    const own = text.match(latinOutsideAscii) ?? []
    const found = this.strippedBy.get(strippedKey(text)) ?? []
    return own.length === 0 ? found : found.filter((ref) => own.every((letter) => ref.form.includes(letter)))
  }

  /** The persons whose name, cut in two, keeps `key` (a squashed given name), given name first or family name first, each with the rest squashed. */
  anchors(order: 'givenFirst' | 'familyFirst', key: string): ReadonlyArray<{ref: FormRef; rest: string}> | undefined {
    return this.anchorsBy[order].get(key)
  }

  /** Bodies' acronyms of the same letters as `letters` (sorted), garbles aside. */
  acronymsWithLetters(letters: string): readonly FormRef[] | undefined {
    return this.acronymsBy.get(letters)
  }

  /** Whether a body's acronym opens a longer name of it ("CPN" of "CPN-UML"). */
  opensBodyName(acronym: string): boolean {
    return (this.acronymStems ??= new KeyTable(this.index.acronymStems)).has(acronym)
  }

  /** Whether some known person's name of two words or more opens (`first`) or ends (`last`) with this lowercase word. */
  personEdge(edge: 'first' | 'last', lowerWord: string): boolean {
    const tables = (this.personEdges ??= {first: new KeyTable(this.index.personEdges.first), last: new KeyTable(this.index.personEdges.last)})
    return tables[edge].has(lowerWord)
  }

  /** Is this exact text (case and hyphens included) an accepted form? */
  isAccepted(text: string): boolean {
    return (this.acceptedKeys ??= new KeyTable(this.index.accepted)).has(acceptedKey(text))
  }

  /** Forms equal to `text` once case, spaces and hyphens are ignored. */
  lookup(text: string): FormRef[] {
    const keys = (this.exactKeys ??= new KeyTable(this.index.exact))
    const key = keys.indexOf(squash(text))
    if (key === -1) return []
    const refs = (this.exactRefs ??= new Array<FormRef[] | undefined>(keys.size))
    let found = refs[key]
    if (found === undefined) {
      const starts = this.index.exactStarts
      const end = key + 1 < starts.length ? starts[key + 1]! : this.index.forms.length
      found = []
      for (let form = starts[key]!; form < end; form++) found.push(this.ref(form))
      refs[key] = found
    }
    return found
  }

  /** Every form of every entity, garbles included. */
  *allForms(): Iterable<FormRef> {
    for (let n = 0; n < this.index.forms.length; n++) yield this.ref(n)
  }

  /** Accepted forms whose words equal `text` ignoring case. */
  lookupCaseless(text: string): FormRef[] {
    let level: CaselessLevel | undefined
    let node: CaselessNode | undefined
    for (const word of lowerWords(text)) {
      node = level ? own(level, word) : this.caselessStart(word)
      if (!node) return []
      level = node.next ?? {}
    }
    return this.caselessRefsOf(node)
  }

  /** The forms of the key a node of the caseless keys' tree ends ([] where none ends there). */
  caselessRefsOf(node: CaselessNode | undefined): FormRef[] {
    if (!node?.refs) return []
    let refs = this.caselessRefs.get(node)
    if (!refs) this.caselessRefs.set(node, (refs = node.refs.map((form) => this.ref(form))))
    return refs
  }

  /**
   * The entities one of whose accepted forms opens with the lowercase word
   * (ignoring case), each once: the caseless keys under the word's node,
   * with no entry of another read.
   */
  entitiesOpenedBy(lowerWord: string): Entity[] {
    const entities = new Set<Entity>()
    const pending = [this.caselessStart(lowerWord)]
    for (let node = pending.pop(); node; node = pending.pop()) {
      for (const ref of this.caselessRefsOf(node)) entities.add(ref.entity)
      if (node.next) for (const word in node.next) pending.push(node.next[word])
    }
    return [...entities]
  }

  /** Can a name (ignoring case) start with this lowercase word? */
  startsName(lowerWord: string): boolean {
    return this.caselessStart(lowerWord) !== undefined
  }

  /**
   * The caseless keys as a tree of their words: its node for the first word
   * `lowerWord`, if a key starts with it. A span's words are followed down
   * from here one by one (`own(node.next, word)`), with no key string built,
   * and the search stops at the first word no key continues with; a node
   * reached by all of a key's words holds its forms (`caselessRefsOf`).
   */
  caselessStart(lowerWord: string): CaselessNode | undefined {
    const key = (this.firstWords ??= new KeyTable(this.index.caseless)).indexOf(lowerWord)
    return key === -1 ? undefined : this.index.caselessNodes[key]
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
      // Slips keep the first letter far more often than not (Pampa is not Tampa); a place's opening vowel is the
      // exception, which other languages write otherwise ("Estanbul" for Istanbul, Spanish Estambul).
      const vowelOpening = ref.entity.kind === 'place' && openingVowel.test(ref.squashed) && openingVowel.test(squashed) && distance === 1 && shorter >= 7 && ref.squashed.slice(1) === squashed.slice(1)
      // Words split and a letter changed are two slips at once: "Baha Mar" (a resort) is no Bahamas.
      const splitWord = multiWord && !/[\s-]/.test(ref.form)
      const typo = !splitWord && ((sameStart && ((distance === 1 && shorter >= 5) || (distance === 2 && shorter >= 9))) || vowelOpening)
      // Unknown place names sound like known ones all the time (Gyeongju, Gwangju): places need a typo.
      // A lone short word shares its sound key with too many others (Schuman, Samoan).
      const longEnough = shorter >= (multiWord ? 6 : 8)
      // Split words may sound like a whole name only with the rest of it there
      // ("Kevin Hae Sheet"), not alone ("De Gaulle" is not Dagalo).
      const splitAlone = multiWord && !/\s/.test(ref.form)
      // One word sounding like a whole name of several words is that name run together only two letters off at most (Kaminsky is not Kim Min-seok, Martenka not Márton Nagy).
      const closeEnough = multiWord || !/\s/.test(ref.form) || distance <= 2
      const sound =
        sameStart &&
        longEnough &&
        closeEnough &&
        !splitAlone &&
        ref.entity.kind !== 'place' &&
        !(ref.entity.kind === 'demonym' && !multiWord && shorter < 9) &&
        soundKey(ref.squashed) === textSound &&
        // The key keeps four sounds: past them a span may go on with a whole other word ("El-Helaly El-Sherbiny" is no El Sherbini).
        distance <= Math.ceil(shorter / 2)
      // A demonym is one word: "Al Bandish" is a person, not Ålandish.
      if (multiWord && ref.entity.kind === 'demonym') continue
      const kept = !typo && !sound && multiWord && ref.entity.kind === 'person' && keepsOneWord(text, ref.form)
      if (!typo && !sound && !kept) continue
      const hit: FuzzyHit = kept ? {ref, distance, score: distance / longer, kept: true} : {ref, distance, score: distance / longer}
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
      const seen = new Set<FormRef>()
      refs = []
      addUnseen(refs, seen, this.bySound(soundKey(key)))
      for (const k of deletes(key)) addUnseen(refs, seen, this.byDeletion(k))
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
        addUnseen(refs, seen, this.wholeNamesOf(ref.entity))
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
    return (this.longOrderless.get(orderlessKey(lower)) ?? []).filter((entity) => lowerWords(entity.name).join(' ') !== inOrder)
  }

  /** Long organization names one word away from `words` ("National Economic Commission"). */
  swapped(words: readonly string[]): SwapHit[] {
    if (words.length < 3) return []
    const lower = words.map((word) => straightApostrophes(word).toLowerCase())
    const found = new Map<Entity, SwapHit>()
    lower.forEach((word, position) => {
      if (nameConnectors.has(word)) return
      for (const slot of this.longSlots.get(signature(lower, position)) ?? []) {
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

const latinOutsideAscii = /(?=\p{Script=Latin})[^\x00-\x7f]/gu

/**
 * Two words against two, one the same and of five letters or more, the
 * other beginning with the same two letters ("Hiroichi Matsuno", "Hamada
 * Yasushi" for Hamada Yasukazu).
 */
function keepsOneWord(text: string, form: string): boolean {
  const a = text.trim().toLowerCase().split(/\s+/)
  const b = form.toLowerCase().split(/\s+/)
  if (a.length !== 2 || b.length !== 2) return false
  for (const [same, other] of [[0, 1], [1, 0]] as const) {
    // Kept, or kept but for one letter in a long word ("Abdanasser Hemati" for Abdolnaser Hemmati).
    const keptWord = a[same] === b[same] ? a[same]!.length >= 5 : a[same]!.length >= 6 && editDistance(a[same]!, b[same]!, 1) <= 1
    if (keptWord && a[other] !== b[other] && a[other]!.length >= 4 && a[other]!.slice(0, 2) === b[other]!.slice(0, 2)) return true
  }
  return false
}

function better(a: FuzzyHit, b: FuzzyHit): boolean {
  if (a.score !== b.score) return a.score < b.score
  return typeRank[a.ref.type] < typeRank[b.ref.type]
}
