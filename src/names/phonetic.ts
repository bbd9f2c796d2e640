import {doubleMetaphone} from 'double-metaphone'
import {Memo} from '../text/memo.js'

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

