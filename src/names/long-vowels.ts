import type {Entity} from '../data/entities.js'
import type {LongVowels} from '../data/long-vowels.js'

export type {LongVowels}

/** A squashed (lowercase, unaccented) name with its long vowels written plain. */
export function foldLongVowels(squashed: string, table: LongVowels): string {
  let folded = squashed
  for (const {vowel, pattern} of table) folded = folded.replace(pattern, vowel)
  return folded
}

/** A Japanese person: the gazetteer writes the native name family name, a space, given name (石破 茂). */
export function isJapanese(entity: Entity): boolean {
  return entity.kind === 'person' && entity.native?.includes(' ') === true
}
