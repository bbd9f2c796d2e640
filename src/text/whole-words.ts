/** A letter, an apostrophe or a hyphen: what goes on a name's word. */
export const nameChar = /[\p{L}'’-]/u

/** The character that ends right before `at`, a whole code point (a surrogate pair's two halves together). */
export function charBefore(value: string, at: number): string {
  if (at <= 0) return ''
  const unit = value.charCodeAt(at - 1)
  return unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? String.fromCodePoint(value.codePointAt(at - 2)!) : value[at - 1]!
}

/** The character that starts at `at`, a whole code point. */
export function charAt(value: string, at: number): string {
  return at >= value.length ? '' : String.fromCodePoint(value.codePointAt(at)!)
}

/**
 * Where `text` stands in `value` as whole words, left to right and not
 * overlapping: no character `edge` matches right before or after it. A
 * literal needs no pattern, and building one of Unicode classes for each
 * word asked costs about half a millisecond.
 */
export function wholeWordsAt(value: string, text: string, edge: RegExp = nameChar): number[] {
  const found: number[] = []
  if (text === '') return found
  let at = value.indexOf(text)
  while (at !== -1) {
    const before = charBefore(value, at)
    const after = charAt(value, at + text.length)
    if ((before === '' || !edge.test(before)) && (after === '' || !edge.test(after))) {
      found.push(at)
      at = value.indexOf(text, at + text.length)
    } else at = value.indexOf(text, at + 1)
  }
  return found
}
