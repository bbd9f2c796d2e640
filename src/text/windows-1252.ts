import {dataPath} from '../data/root.js'
import {readWordList} from '../data/word-list.js'

/** Characters of bytes 0x80–0x9F by character, read when a story first has mojibake (dictionaries/windows-1252.txt). */
let bytesOf: Map<string, number> | undefined

function table(): Map<string, number> {
  if (!bytesOf) {
    bytesOf = new Map()
    for (const line of readWordList(dataPath('dictionaries/windows-1252.txt'))) {
      const [byte, character] = line.split(/\s+/).map((hex) => Number.parseInt(hex, 16)) as [number, number]
      bytesOf.set(String.fromCodePoint(character), byte)
    }
  }
  return bytesOf
}

/** `text` as the Windows-1252 bytes it was read from, or undefined where a character has none. */
export function windows1252Bytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length)
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    // Bytes below 0x80 and from 0xA0 are the Latin-1 characters of their number.
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : table().get(text.charAt(at))
    if (byte === undefined) return undefined
    bytes[at] = byte
  }
  return bytes
}

/** UTF-8 text misread as Windows-1252 ("Ã©" for "é"), read again as UTF-8, or undefined where it is no such text. */
export function utf8Again(text: string): string | undefined {
  const bytes = windows1252Bytes(text)
  if (!bytes) return undefined
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}
