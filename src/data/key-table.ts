/**
 * A set of string keys compiled into the shape a run reads without building
 * anything: the keys as one text, a key a line, and an open-addressing hash
 * table of their line numbers as base64. Reading it is a split and a decode;
 * a Map of the gazetteer's 23,000 squashed keys took a one-line file 5 to
 * 10 ms to make, before a word was looked up.
 */
export interface PackedKeys {
  /** The keys, a line each, in their numbered order. */
  keys: string
  /** Slots of key number + 1 (0 for empty), found from a key's hash by linear probing: little-endian unsigned 32-bit words in base64. */
  slots: string
}

/** The keys, numbered in the order given (each key once), as a table. */
export function packKeys(keys: readonly string[]): PackedKeys {
  const slots = new Uint32Array(slotCount(keys.length))
  const mask = slots.length - 1
  keys.forEach((key, n) => {
    if (key.includes('\n')) throw new TypeError(`packKeys: a key holds a line break: ${JSON.stringify(key)}`)
    let slot = hash(key) & mask
    while (slots[slot] !== 0) {
      if (keys[slots[slot]! - 1] === key) throw new TypeError(`packKeys: ${JSON.stringify(key)} is given twice`)
      slot = (slot + 1) & mask
    }
    slots[slot] = n + 1
  })
  return {keys: keys.join('\n'), slots: Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength).toString('base64')}
}

/** A map's keys packed, and its values in the keys' order: what `packedLookup` reads back. */
export function packTable<T>(map: ReadonlyMap<string, T>): [keys: PackedKeys, values: T[]] {
  return [packKeys([...map.keys()]), [...map.values()]]
}

/** Packed keys as read: each key's number, or -1 for a string that is none of them. */
export class KeyTable {
  readonly keys: readonly string[]
  private readonly slots: Uint32Array
  private readonly mask: number

  constructor(packed: PackedKeys) {
    this.keys = packed.keys === '' ? [] : packed.keys.split('\n')
    this.slots = words(Buffer.from(packed.slots, 'base64'))
    this.mask = this.slots.length - 1
    if (this.slots.length !== slotCount(this.keys.length)) throw new TypeError(`KeyTable: ${this.slots.length} slots for ${this.keys.length} keys`)
  }

  get size(): number {
    return this.keys.length
  }

  indexOf(key: string): number {
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!
      if (entry === 0) return -1
      if (this.keys[entry - 1] === key) return entry - 1
    }
  }

  has(key: string): boolean {
    return this.indexOf(key) !== -1
  }
}

/** At most half the slots full, so a probe for a missing key (most words asked) ends at once; a power of two. */
function slotCount(keys: number): number {
  let count = 2
  while (count < keys * 2) count *= 2
  return count
}

/** FNV-1a over UTF-16 code units: the table is written and read by this one function. */
function hash(key: string): number {
  let value = 0x811c9dc5
  for (let i = 0; i < key.length; i++) value = Math.imul(value ^ key.charCodeAt(i), 0x01000193)
  return value >>> 0
}

/** Little-endian 32-bit words of `bytes`, viewed in place where the bytes are aligned and the machine little-endian. */
export function words(bytes: Buffer): Uint32Array {
  const count = bytes.length >>> 2
  if (bytes.byteOffset % 4 === 0 && littleEndian) return new Uint32Array(bytes.buffer, bytes.byteOffset, count)
  const out = new Uint32Array(count)
  for (let n = 0; n < count; n++) out[n] = bytes.readUInt32LE(n * 4)
  return out
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/** A lookup by key: a Map, or a packed table read as it is asked (`packedLookup`). */
export interface Lookup<T> {
  get(key: string): T | undefined
}

/**
 * A packed key table's entries, each made from its packed value (its place
 * in `values`) the first time its key is asked for. The keys and the values
 * are read on the first question, so a compiled part is parsed only then.
 */
export function packedLookup<Packed, T>(keys: () => PackedKeys, values: () => readonly Packed[], make: (value: Packed) => T): Lookup<T> {
  let table: KeyTable | undefined
  const made: Array<T | undefined> = []
  return {
    get(key) {
      const n = (table ??= new KeyTable(keys())).indexOf(key)
      if (n === -1) return undefined
      return (made[n] ??= make(values()[n]!))
    }
  }
}
