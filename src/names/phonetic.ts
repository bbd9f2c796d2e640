import {doubleMetaphone} from 'double-metaphone'
import {Memo} from '../text/memo.js'
import {editDistance} from './distance.js'

/** Keys already worked out: double metaphone is costly, and the same names come back. */
const keys = new Memo<string>()

/**
 * A coarse sound key: double metaphone, with the sounds that transliteration
 * swaps most often merged (sh/s, th/t, repeated letters), so "Hae Sheet" and
 * "Hassett" or "Handeoksu" and "Han Duck-soo" share a key.
 */
export function soundKey(squashed: string): string {
  let key = keys.get(squashed)
  if (key === undefined) {
    const [primary] = doubleMetaphone(squashed)
    key = primary.replace(/X/g, 'S').replace(/0/g, 'T').replace(/(.)\1+/g, '$1')
    keys.set(squashed, key)
  }
  return key
}

/**
 * Heard, not misspelled: the same first letter, and the same sound key, or
 * sound keys one sound apart with at most half the letters changed
 * ("Rubble" RPL for Rubio RP, "Month" for Moon; not "Tusk" for Trump).
 */
export function nearByEar(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || a[0] !== b[0]) return false
  const keyA = soundKey(a)
  const keyB = soundKey(b)
  // The same sound, unless most letters differ: "Ronoh" is no Ryan, though Soundex hears them alike.
  if (keyA === keyB) return editDistance(a, b) <= Math.ceil(Math.max(a.length, b.length) * 0.6)
  if (Math.min(keyA.length, keyB.length) < 2 || editDistance(keyA, keyB, 1) > 1) return false
  return editDistance(a, b) <= Math.ceil(Math.max(a.length, b.length) / 2)
}
