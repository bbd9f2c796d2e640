import {doubleMetaphone} from 'double-metaphone'

/**
 * A coarse sound key: double metaphone, with the sounds that transliteration
 * swaps most often merged (sh/s, th/t, repeated letters), so "Hae Sheet" and
 * "Hassett" or "Handeoksu" and "Han Duck-soo" share a key.
 */
export function soundKey(squashed: string): string {
  const [primary] = doubleMetaphone(squashed)
  return primary.replace(/X/g, 'S').replace(/0/g, 'T').replace(/(.)\1+/g, '$1')
}
