/**
 * The whole-word occurrences in a text of a set of literal forms ("South
 * Korea", "Seoul", "Korean"), found as one pattern of them all would find
 * them, /(?<!\p{L})(?:longest|…|shortest)(?!\p{L})/gu: left to right, at each
 * place the longest form that fits, no two overlapping. Such a pattern of some
 * thousands of alternatives, tried at every character of every document,
 * cost about a second on the bench's 11 MB archive; here a character no form
 * starts with is passed over at the cost of one array read.
 */
export class WholeForms {
  /** 1 for a UTF-16 code unit some form starts with. */
  private readonly starts = new Uint8Array(0x10000)
  /** Forms by their first two code units (a one-unit form under its unit and `single`), longest first. */
  private readonly byStart = new Map<number, string[]>()

  constructor(forms: Iterable<string>) {
    // An empty form would match between any two non-letters: no name is empty.
    const sorted = [...new Set(forms)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length)
    for (const form of sorted) {
      const first = form.charCodeAt(0)
      this.starts[first] = 1
      const key = keyOf(first, form.length > 1 ? form.charCodeAt(1) : single)
      const list = this.byStart.get(key)
      if (list) list.push(form)
      else this.byStart.set(key, [form])
    }
  }

  /** The forms the text holds, in order of their places, a form once for each place. */
  in(text: string): string[] {
    const found: string[] = []
    this.scan(text, (form) => found.push(form))
    return found
  }

  /** `in`, with where each form starts. */
  placesIn(text: string): Array<{form: string; at: number}> {
    const found: Array<{form: string; at: number}> = []
    this.scan(text, (form, at) => found.push({form, at}))
    return found
  }

  private scan(text: string, found: (form: string, at: number) => void): void {
    const {starts, byStart} = this
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at)
      if (starts[code] === 0 || (isLow(code) && at > 0 && isHigh(text.charCodeAt(at - 1))) || letterBefore(text, at)) continue
      const form =
        (at + 1 < text.length ? fitting(byStart.get(keyOf(code, text.charCodeAt(at + 1))), text, at) : undefined) ??
        fitting(byStart.get(keyOf(code, single)), text, at)
      if (form === undefined) continue
      found(form, at)
      at += form.length - 1
    }
  }
}

/** Past every second code unit: the key of a one-unit form. */
const single = 0x10000

function keyOf(first: number, second: number): number {
  return first * 0x10001 + second
}

/** The first (longest) of the forms written at `at` with no letter right after it. */
function fitting(forms: readonly string[] | undefined, text: string, at: number): string | undefined {
  if (forms === undefined) return undefined
  for (const form of forms) {
    if (text.startsWith(form, at) && !letterAt(text, at + form.length)) return form
  }
  return undefined
}

const letter = /\p{L}/uy

function letterAt(text: string, at: number): boolean {
  if (at >= text.length) return false
  const code = text.charCodeAt(at)
  // The letters of ASCII are A to Z and a to z; the pattern reads the rest.
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  letter.lastIndex = at
  return letter.test(text)
}

/** Whether the character (a whole code point, as /u reads it) before `at` is a letter. */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false
  let from = at - 1
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from--
  return letterAt(text, from)
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
