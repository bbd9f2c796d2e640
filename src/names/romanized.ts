import type {KoreanTables} from './korean.js'

/** A romanization whose syllables a name can be read in. */
export type SyllableSystem = 'korean' | 'pinyin' | 'wade-giles'

/** Each system's syllables, lowercase, without hyphens. */
export type SyllableSets = ReadonlyMap<SyllableSystem, ReadonlySet<string>>

/** The syllable sets of Korean (given-name syllables and family names), Hanyu Pinyin and Wade–Giles (pinyin respelled). */
export function syllableSets(korean: KoreanTables, pinyin: ReadonlySet<string>, wadeGiles: ReadonlyMap<string, string>): SyllableSets {
  const koreanSyllables = new Set<string>(korean.syllables.keys())
  for (const spelling of korean.surnames.keys()) koreanSyllables.add(spelling.toLowerCase())
  const wade = new Set<string>()
  for (const syllable of pinyin) wade.add(wadeGiles.get(syllable) ?? syllable)
  return new Map<SyllableSystem, ReadonlySet<string>>([
    ['korean', koreanSyllables],
    ['pinyin', pinyin],
    ['wade-giles', wade]
  ])
}

/**
 * The systems in which every word of a name is one to three syllables
 * ("Zhang Qingwei", "Liao Hsien-hsiang", "Choi Sang-mok"): a well-formed
 * name of that language, whoever it belongs to.
 */
export function romanizedIn(words: readonly string[], sets: SyllableSets): SyllableSystem[] {
  const parts = words.flatMap((word) => word.toLowerCase().split('-'))
  if (parts.length < 2 || parts.some((part) => !/^[a-z]+$/.test(part))) return []
  const systems: SyllableSystem[] = []
  for (const [system, syllables] of sets) {
    if (parts.every((part) => syllableCount(part, syllables) > 0)) systems.push(system)
  }
  return systems
}

/** How few syllables of the set `part` splits into, up to three; 0 when it does not. */
function syllableCount(part: string, syllables: ReadonlySet<string>): number {
  // fewest[i]: the fewest syllables that make part.slice(0, i).
  const fewest = new Array<number>(part.length + 1).fill(Infinity)
  fewest[0] = 0
  for (let end = 1; end <= part.length; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      if (fewest[start]! + 1 < fewest[end]! && syllables.has(part.slice(start, end))) fewest[end] = fewest[start]! + 1
    }
  }
  const count = fewest[part.length]!
  return count <= 3 ? count : 0
}
