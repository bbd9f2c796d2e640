/** The first letters of the capitalized words, in order ("Libya Political Agreement" → "LPA"); lowercase words ("of") add none. */
export function initials(words: readonly string[]): string {
  return words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
}
