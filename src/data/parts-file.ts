import {words} from './key-table.js'
import {lazyItems} from './lazy-items.js'

/**
 * A compiled data file whose parts are parsed one by one, on first read: a
 * header line of JSON (the caller's fields and where each part lies), then
 * the parts' JSON back to back. A run that asks a slice for one table pays
 * for that table: parsing JSON is cheap per byte, but making the objects of
 * a large graph (and collecting the garbage of making them) is what a
 * one-line file waited for when the gazetteer's slice was one document.
 */

/**
 * Where one part lies: its path of keys ("gazetteer.exact"), its first and
 * last byte after the header line, and `lines` for a list written an item a
 * line, `u32` for 32-bit words written as bytes.
 */
type PartPlace = [path: string, start: number, end: number, form?: 'lines' | 'u32']

/**
 * A list to write an item a line, each line its item's JSON: read back, each
 * item is parsed when it is first read (src/data/lazy-items.ts), for a list
 * of which a run reads few.
 */
export class ItemLines {
  constructor(readonly items: readonly unknown[]) {}
}

/**
 * Unsigned 32-bit numbers to write as their little-endian bytes: read back,
 * a Uint32Array of them, with no text to parse or decode (the gazetteer's
 * 285,000 deletion keys were base64 in JSON, decoded number by number).
 */
export class U32Words {
  constructor(readonly words: Uint32Array) {}
}

interface Header {
  parts: PartPlace[]
  [field: string]: unknown
}

/**
 * `value` as a parts file: each key of `value` is a part, and each key of
 * the objects named in `split` ("gazetteer", "gazetteer.near") is a part of
 * its own, so that one can be read without the others.
 */
export function writePartsFile(fields: Record<string, unknown>, value: Record<string, unknown>, split: readonly string[] = []): Buffer {
  const parts: PartPlace[] = []
  const bodies: Buffer[] = []
  let offset = 0
  const add = (path: string, part: unknown) => {
    if (split.includes(path)) {
      for (const [inner, innerPart] of Object.entries(part as Record<string, unknown>)) add(`${path}.${inner}`, innerPart)
      return
    }
    let body: Buffer
    if (part instanceof U32Words) {
      body = Buffer.alloc(part.words.length * 4)
      part.words.forEach((word, n) => body.writeUInt32LE(word, n * 4))
      parts.push([path, offset, offset + body.length, 'u32'])
    } else if (part instanceof ItemLines) {
      // JSON has no raw line break: each item is one line.
      body = Buffer.from(part.items.map((item) => JSON.stringify(item) ?? 'null').join('\n'))
      parts.push([path, offset, offset + body.length, 'lines'])
    } else {
      body = Buffer.from(JSON.stringify(part) ?? 'null')
      parts.push([path, offset, offset + body.length])
    }
    bodies.push(body)
    offset += body.length
  }
  for (const [key, part] of Object.entries(value)) add(key, part)
  return Buffer.concat([Buffer.from(JSON.stringify({...fields, parts}) + '\n'), ...bodies])
}

/**
 * The header's fields of a parts file and the value it holds, or undefined
 * for bytes that are not a whole parts file (a header that does not parse,
 * parts that do not end where the file does). Each part is parsed (then
 * `prepare`d) when its property is first read, and kept: a property of its
 * own from then on, which a caller may also set. A part written as
 * `ItemLines` is a list whose items are parsed (then `prepareItem`ed) one by
 * one as they are read.
 */
export function readPartsFile<T>(
  bytes: Buffer,
  prepare: (part: unknown) => unknown = (part) => part,
  prepareItem: (item: unknown) => unknown = (item) => item
): {fields: Record<string, unknown>; value: T} | undefined {
  const body = bytes.indexOf(10) + 1
  let header: Header
  try {
    header = JSON.parse(bytes.toString('utf8', 0, body)) as Header
  } catch {
    return undefined
  }
  if (body === 0 || !Array.isArray(header?.parts) || body + (header.parts.at(-1)?.[2] ?? 0) !== bytes.length) return undefined
  const value: Record<string, unknown> = {}
  const parseItem = (text: string) => prepareItem(JSON.parse(text))
  for (const [path, start, end, form] of header.parts) {
    // A copy of the part's own bytes, so that a parsed part's bytes go with
    // its getter: a shared buffer stayed whole (3.9 MB for the entities) for
    // as long as any one part of it (the archive: 65 KB) was left unread.
    const own = Buffer.from(bytes.subarray(body + start, body + end))
    const keys = path.split('.')
    let target = value
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>
    const key = keys.at(-1)!
    const keep = (part: unknown) => (Object.defineProperty(target, key, {value: part, writable: true, enumerable: true, configurable: true}), part)
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (form === 'u32') return keep(words(own))
        if (form !== 'lines') return keep(prepare(JSON.parse(own.toString('utf8'))))
        // Where each line starts, found in the bytes: a line is decoded only when its item is read.
        const starts = lineStarts(own)
        const textAt = (n: number) => own.toString('utf8', starts[n], n + 1 < starts.length ? starts[n + 1]! - 1 : own.length)
        return keep(lazyItems(starts.length, textAt, parseItem))
      },
      set: keep
    })
  }
  const {parts: _, ...fields} = header
  return {fields, value: value as T}
}

/** The offset each line of `bytes` starts at, split at line feeds (none for no bytes). */
function lineStarts(bytes: Buffer): number[] {
  if (bytes.length === 0) return []
  const starts = [0]
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) starts.push(at + 1)
  return starts
}
