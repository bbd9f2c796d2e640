/**
 * Japanese long vowels as copy writes them (dictionaries/romanization/
 * japanese-long-vowels.txt): "Kouno", "Kohno", "Koono" and "Kono" are one
 * name. Each line's spellings fold to its plain vowel; a spelling ending in
 * h only before a consonant or at the end, where it cannot start a syllable.
 */
export type LongVowels = ReadonlyArray<{vowel: string; pattern: RegExp}>

export function longVowelTable(lines: readonly string[]): LongVowels {
  return lines.flatMap((line) => {
    const [vowel, ...spellings] = line.toLowerCase().split(/\s+/)
    if (!vowel || spellings.length === 0) return []
    const alternatives = spellings.map((spelling) => (spelling.endsWith('h') ? `${spelling}(?![aeiouy])` : spelling))
    return [{vowel, pattern: new RegExp(alternatives.join('|'), 'g')}]
  })
}
