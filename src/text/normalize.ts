const apostrophe = /[’ʼ‘`´]/
const apostrophes = /[’ʼ‘`´]/g

/** Curly and modifier apostrophes compare equal to the straight one. */
export function straightApostrophes(value: string): string {
  // Asked for every token: most have none, and are given back as they are.
  return apostrophe.test(value) ? value.replace(apostrophes, "'") : value
}

const nonAlphanumeric = /[^a-z0-9]/g

/**
 * Latin letters with a stroke or no dot, which Unicode gives no decomposition, so that taking marks off leaves them:
 * copy that drops accents writes them as the plain letter ("Kidawa-Blonska" for Kidawa-Błońska, "Dukanovic", "Sorensen").
 */
const strokedLetters = /[łŁđĐøØıħĦ]/g
const plainOfStroked: Readonly<Record<string, string>> = {ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ı: 'i', ħ: 'h', Ħ: 'H'}
const plainLetter = (letter: string) => plainOfStroked[letter]!

/** The text with its letters' accents taken off, case kept: "José" is "Jose", "Błońska" "Blonska". */
export function withoutAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{Mn}/gu, '').replace(strokedLetters, plainLetter)
}

/** Lowercase letters and digits only: "Han Duck-soo", "Handucksoo" and "han duck soo" meet. */
export function squash(value: string): string {
  // Plain ASCII, most of what is asked, is left as it is by normalization.
  let ascii = true
  for (let i = 0; i < value.length && ascii; i++) ascii = value.charCodeAt(i) < 0x80
  if (ascii) return value.toLowerCase().replace(nonAlphanumeric, '')
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(strokedLetters, plainLetter)
    .toLowerCase()
    .replace(nonAlphanumeric, '')
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

/** `text` matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Words as one alternation of a regular expression, longest first, so that "Middle East" wins over a shorter word it starts with. */
export function longestFirst(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
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

/** `/\s/` for one UTF-16 code unit (false past the end). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
