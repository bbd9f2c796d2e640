// Romanization tables (dictionaries/romanization/): each line the spellings
// of one Korean family name or given-name syllable, or a pinyin syllable and
// its Wade–Giles spelling, read into lookups.

/** Groups of family-name spellings (one a line) keyed by each spelling. */
export function surnameGroups(lines: readonly string[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>()
  for (const line of lines) {
    const group = new Set(line.split(/\s+/))
    for (const spelling of group) groups.set(spelling, group)
  }
  return groups
}

/** Lines of the syllable table, keyed by each spelling on them. */
export function syllableTable(lines: readonly string[]): Map<string, number[]> {
  const table = new Map<string, number[]>()
  lines.forEach((line, index) => {
    for (const spelling of line.toLowerCase().split(/\s+/)) {
      const list = table.get(spelling)
      if (list) list.push(index)
      else table.set(spelling, [index])
    }
  })
  return table
}

/** Pinyin syllable → its Wade–Giles spelling, from lines of "pinyin wade-giles"; a syllable not listed is spelled alike. */
export function wadeGilesTable(lines: readonly string[]): Map<string, string> {
  const table = new Map<string, string>()
  for (const line of lines) {
    const [pinyin, wadeGiles] = line.toLowerCase().split(/\s+/)
    if (pinyin && wadeGiles) table.set(pinyin, wadeGiles)
  }
  return table
}
