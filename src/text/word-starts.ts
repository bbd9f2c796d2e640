const letter = /[\p{L}\p{M}]/u

/** Where `word` stands as a whole word in `value`: no letter (nor a letter's mark) right before or after it. */
export function wordStarts(value: string, word: string): number[] {
  const found: number[] = []
  for (let at = value.indexOf(word); at !== -1; at = value.indexOf(word, at + 1)) {
    if (!letter.test(value.charAt(at - 1)) && !letter.test(value.charAt(at + word.length))) found.push(at)
  }
  return found
}
