/**
 * Whether the story writes `word` after a lowercase word and before a
 * capitalized one ("star An Se-young"): there it opens a name, so the same
 * capital mid-sentence elsewhere ("world number two An made") is that name
 * alone, not a stray capital.
 */
export function opensNameMidSentence(value: string, word: string): boolean {
  // "at The Hague": an article opening a place's name is never the name alone.
  if (word.toLowerCase() === 'the') return false
  for (let at = value.indexOf(` ${word} `); at >= 0; at = value.indexOf(` ${word} `, at + 1)) {
    if (/\p{Ll}/u.test(value[at - 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(value.slice(at + word.length + 2, at + word.length + 4))) return true
  }
  return false
}
