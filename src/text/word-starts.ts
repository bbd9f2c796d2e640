const letter = /[\p{L}\p{M}]/u

/** Where `word` stands as a whole word in `value`: no letter (nor a letter's mark) right before or after it. */
export function wordStarts(value: string, word: string): number[] {
  const found: number[] = []
  for (let at = value.indexOf(word); at !== -1; at = value.indexOf(word, at + 1)) {
    if (!letter.test(value.charAt(at - 1)) && !letter.test(value.charAt(at + word.length))) found.push(at)
  }
  return found
}

/**
 * What `tail` (a pattern anchored at its end, `$`) finds right before each
 * place `word` stands as a whole word: "(\p{Lu}\p{Ll}+) $" gives the
 * capitalized word before each. A search for the word, then a look at the
 * few characters before it, where one pattern over the whole text cost a
 * scan of the story for every name asked about.
 */
export function before(value: string, word: string, tail: RegExp, reach = 80): Array<{match: RegExpExecArray; at: number}> {
  const found: Array<{match: RegExpExecArray; at: number}> = []
  for (const at of wordStarts(value, word)) {
    const from = Math.max(0, at - reach)
    const match = tail.exec(value.slice(from, at))
    if (match) found.push({match, at})
  }
  return found
}
