/** Curly and modifier apostrophes compare equal to the straight one. */
export function straightApostrophes(value: string): string {
  return value.replace(/[’ʼ‘`´]/g, "'")
}

/** Lowercase letters and digits only: "Han Duck-soo", "Handucksoo" and "han duck soo" meet. */
export function squash(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

export function isLowercaseWord(word: string): boolean {
  return /^[a-z]/.test(word)
}

export function isAllCaps(word: string): boolean {
  return /[A-Z]/.test(word) && word === word.toUpperCase()
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Gives `to` the casing pattern of `from`: "Dialog" → "Dialogue", "DIALOG" → "DIALOGUE". */
export function matchCase(from: string, to: string): string {
  if (from.length > 1 && isAllCaps(from)) return to.toUpperCase()
  if (isCapitalized(from)) return capitalize(to)
  return to
}
