import {withoutAccents} from '../text/normalize.js'
import {editDistance} from './distance.js'

/** Runs of capitalized words, hyphens inside a word allowed ("Sheikh Adan Madobe", "Kim Jong-un"). */
const runs = /(?=\p{Lu})(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}]*)*(?: \p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}]*)*)+(?![\p{L}'’-])/gu

/** One name written two ways in a story: the form written less often, where it is, and the story's usual form. */
export interface FormClash {
  start: number
  end: number
  actual: string
  expected: string
  /** The expected form is the person's or body's own name, which the story writes less often. */
  own?: boolean
}

export interface NameFormWords {
  /** Whether the word is an English word (lowercase in the dictionary): a name of common words has no layout of its own. */
  isWord: (word: string) => boolean
  /** Whether the word is a common given name: two of them a letter apart are two people (Julia, Julie). */
  isGivenName: (word: string) => boolean
  /** Whether the form is a known person's or body's own name or listed variant. */
  isKnownName?: (form: string) => boolean
  /**
   * Korean romanizations: the family name's usual spelling and the number of
   * syllables of a Korean-shaped name ("jang 3" for Jang Seong Gyu), and
   * whether two such names are one in two romanizations (Seong and Sung, Gyu
   * and Kyu). Undefined for a name of other shape.
   */
  korean?: {key: (form: string) => string | undefined; same: (a: string, b: string) => boolean}
}

/**
 * A full name a story writes one way at least twice and another way less
 * often: the same letters spaced or hyphenated otherwise ("Hassan Abdinur"
 * … "Hassan Abdi Nur"), or the same surname after a given name one letter
 * off that is no common given name of its own ("Adan Madobe" … "Aden
 * Madobe"), or one Korean name in two romanizations ("Jang Seong Gyu" …
 * "Jang Sung Kyu"). Names of English words are left to the case and consistency
 * rules; a form written as often as the other gives no ground to choose.
 */
export function nameFormClashes(value: string, words: NameFormWords): FormClash[] {
  const uses = new Map<string, number[]>()
  for (const match of value.matchAll(runs)) {
    const names = match[0].replace(/['’]s$/u, '').split(' ')
    if (names.length > 6) continue
    // Each two or three words of the run: "Adan Madobe" inside "Sheikh Adan Madobe".
    let at = match.index
    for (let from = 0; from < names.length; at += names[from]!.length + 1, from++) {
      for (let length = 2; length <= 3 && from + length <= names.length; length++) {
        const form = names.slice(from, from + length).join(' ')
        const list = uses.get(form)
        if (list) list.push(at)
        else uses.set(form, [at])
      }
    }
  }
  const forms = [...uses.keys()].filter((form) => form.split(/[ -]/).some((word) => !words.isWord(word.toLowerCase())))
  // Only forms that may be one name are compared (a long story has thousands of forms):
  // those of the same letters, and two words of the same surname after a given name of one length and first letter.
  const buckets = new Map<string, number[]>()
  const keysOf = (form: string): string[] => {
    const parts = form.split(' ')
    const korean = words.korean?.key(form)
    return [squash(form), ...(parts.length === 2 ? [`${parts[1]} ${parts[0]!.length} ${parts[0]![0]}`] : []), ...(korean === undefined ? [] : [`korean ${korean}`])]
  }
  forms.forEach((form, index) => {
    for (const key of keysOf(form)) {
      const list = buckets.get(key)
      if (list) list.push(index)
      else buckets.set(key, [index])
    }
  })
  const clashes: FormClash[] = []
  for (const form of forms) {
    const count = uses.get(form)!.length
    // The first such form of the story, as it first wrote it.
    const candidates = [...new Set(keysOf(form).flatMap((key) => buckets.get(key)!))].sort((a, b) => a - b)
    const alike = candidates.map((index) => forms[index]!).filter((other) => other !== form && sameName(form, other, words))
    // "Stanely Zvorwadza" … "Stanley Zvorwadza", once each: a common given name beats a letter-off one that is none, whatever the count.
    const usual = alike.find((other) => uses.get(other)!.length >= 2 && uses.get(other)!.length > count) ?? alike.find((other) => uses.get(other)!.length >= count && commonGivenOf(other, words))
    if (usual === undefined) continue
    // The person's own name written less often than a look-alike ("Shehbaz Sharif" once, "Shahbaz Sharif" thrice) is still right: the look-alike is fixed to it.
    if (words.isKnownName?.(form) && !words.isKnownName(usual)) {
      // "Lopez Obrador" four times beside one "López Obrador": a house that drops accents (AP's), which the accent check notes.
      if (withoutAccents(form) === usual && uses.get(usual)!.length >= 3) continue
      for (const start of uses.get(usual)!) clashes.push({start, end: start + usual.length, actual: usual, expected: form, own: true})
      continue
    }
    for (const start of uses.get(form)!) clashes.push({start, end: start + form.length, actual: form, expected: usual})
  }
  return clashes
}

function sameName(form: string, other: string, words: NameFormWords): boolean {
  const a = form.split(' ')
  const b = other.split(' ')
  // Spaced or hyphenated otherwise ("Abdi Nur", "Abdinur"; "Jong-un", "Jong Un"), never only capitalized otherwise.
  if (squash(form) === squash(other)) return form.toLowerCase() !== other.toLowerCase()
  // "Jang Seong Gyu" … "Jang Sung Kyu": one Korean name in two romanizations.
  const korean = words.korean?.key(form)
  if (korean !== undefined && korean === words.korean!.key(other)) return words.korean!.same(form, other)
  if (a.length !== 2 || b.length !== 2 || a[1] !== b[1] || words.isWord(a[1]!.toLowerCase())) return false
  const [given, usual] = [a[0]!, b[0]!]
  return given.length >= 4 && given.length === usual.length && given[0] === usual[0] && editDistance(given, usual, 1) === 1 && !words.isGivenName(given)
}

/** Whether a two-word form opens with a common given name. */
function commonGivenOf(form: string, words: NameFormWords): boolean {
  const parts = form.split(' ')
  return parts.length === 2 && words.isGivenName(parts[0]!)
}

const squash = (text: string) => text.toLowerCase().replace(/[ -]/g, '')
