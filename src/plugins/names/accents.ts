import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {withoutAccents} from '../../text/normalize.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {wordStarts} from '../../text/word-starts.js'
import {rightAfterSentenceEnd} from '../../text/sentence-start.js'
import type {FormRef} from '../../names/gazetteer.js'
import type {Entity} from '../../data/entities.js'
import type {NameToken} from '../../names/spans.js'

/** A capitalized word, with the word after it when one follows a space apart. */
const capitalizedWords = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}])(?=(?: (\p{Lu}[\p{L}\p{M}]*))?)/gu
const plainLetters = /^[A-Za-z]+$/
const accented = /[^\p{ASCII}]/u
/**
 * A mark a style that drops accents also drops. Ç and ñ are letters of their
 * alphabets that such copy often keeps ("François Bayrou" beside "Gerald
 * Darmanin", "Otarola Peñaranda"): no sign of a style that keeps the accents.
 */
const keptMark = /[^\p{ASCII}çñÇÑ]/u

/**
 * A name the story writes with its accents and, elsewhere, without them
 * ("Muñoz" … "Munoz") or with the accented letter lost ("Belém" … "Belm",
 * "Luís" … "Lus"): copy pasted through a system that drops what it cannot
 * encode. The accented form is the person's own; nobody adds an accent by
 * mistake. A common given name ("Angela", "Maria") is another person's
 * unless the word after it is the same in both, and a place's English name
 * ("Montreal" beside "Université de Montréal") is English. Where the story
 * writes the name without accents three times or more, and more often than
 * with them, that is its house style (AP's, which drops them): a note, not
 * a warning.
 */
export function reportAccentSlips(file: VFile, value: string, isFirstName: (word: string) => boolean, isPlace: (word: string) => boolean, isWord: (lower: string) => boolean): void {
  if (!accented.test(value)) return
  const own = new Map<string, {word: string; next: Set<string>}>()
  const plain: Array<{word: string; next: string | undefined; start: number}> = []
  for (const match of value.matchAll(capitalizedWords)) {
    const word = match[1]!
    const next = match[2]
    if (accented.test(word)) {
      for (const key of [withoutAccents(word), ...lostLetters(word)]) {
        const entry = own.get(key) ?? {word, next: new Set<string>()}
        if (entry.word !== word) continue
        if (next !== undefined) entry.next.add(withoutAccents(next))
        own.set(key, entry)
      }
    } else if (word.length >= 3 && plainLetters.test(word)) plain.push({word, next, start: match.index})
  }
  if (own.size === 0) return
  const flagged = flaggedSpans(file)
  const count = (word: string) => plain.filter((use) => use.word === word).length
  for (const {word, next, start} of plain) {
    const entry = own.get(word)
    if (!entry || (isFirstName(word) && (next === undefined || !entry.next.has(next))) || isPlace(word)) continue
    // "That session was held": a common word opening a sentence, no capitalized word after it, is the word, not "Thất" of a place's name.
    if (next === undefined && isWord(word.toLowerCase()) && rightAfterSentenceEnd(value, start)) continue
    // "Garda" beside "Gardaí": two words the dictionaries know, singular and plural, not one with a letter lost.
    if (isWord(word.toLowerCase()) && isWord(entry.word.toLowerCase())) continue
    const end = start + word.length
    if (overlapsFlagged(flagged, start, end)) continue
    flagged.push([start, end])
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(word)}, the story writes ${quote(entry.word)} elsewhere`,
      start,
      end,
      // "Ilham" beside "İlham": English writes the Turkic alphabets' dotted capital as I (Istanbul), even where it keeps accents; a note.
      level: entry.word.replace(/İ/gu, 'I') === word || houseStyle(count(word), wordStarts(value, entry.word).length) ? 'info' : 'warning',
      expected: [entry.word],
      note: `${quote(word)} is ${quote(entry.word)} with its accents lost.`
    })
  }
}

/** The word with one of its accented letters dropped ("Belém" → "Belm"), where what is left is plain letters. */
function lostLetters(word: string): string[] {
  const letters = [...word.normalize('NFC')]
  const out: string[] = []
  letters.forEach((letter, index) => {
    if (!accented.test(letter)) return
    const rest = [...letters.slice(0, index), ...letters.slice(index + 1)].join('')
    if (rest.length >= 3 && plainLetters.test(rest)) out.push(rest)
  })
  return out
}

/** Unaccented forms written often enough, and more often than the accented, to be the story's own style. */
function houseStyle(plain: number, accented: number): boolean {
  return plain >= 3 && plain > accented
}

/** How many letters outside ASCII a word has. */
function marksIn(word: string): number {
  let count = 0
  for (const letter of word.normalize('NFC')) if (accented.test(letter)) count++
  return count
}

/**
 * "Ozgur Özel" for Özgür Özel, "Kılıçdaroglu" for Kılıçdaroğlu: a known name
 * with its accents kept in one word or letter and lost in another. A house style that drops accents drops them all;
 * a name half without them went through a keyboard or a system that lost
 * some, and the person's own form is the fix wherever the story writes it.
 */
export function reportPartialAccents(file: VFile, value: string, known: ReadonlyArray<{span: NameToken[]; ref: FormRef}>): void {
  const flagged = flaggedSpans(file)
  for (const {span, ref} of known) {
    if (ref.entity.kind !== 'person') continue
    const start = span[0]!.start
    const end = span.at(-1)!.end
    const text = value.slice(start, end)
    const words = text.split(' ')
    const own = ref.form.split(' ')
    if (text === ref.form || words.length !== own.length || withoutAccents(text) !== withoutAccents(ref.form)) continue
    const kept = words.some((word) => accented.test(word))
    // A word with fewer marks than the person's own, in a name that keeps some ("Ozgur Özel", "Kılıçdaroglu").
    const lost = words.some((word, index) => word !== own[index] && marksIn(word) < marksIn(own[index]!))
    // "Ekrem Imamoğlu": only a capital set bare, as type often sets capitals ("İ", "Ó").
    if (!kept || !lost || onlyCapitalAccents(ref.form, text) || overlapsFlagged(flagged, start, end)) continue
    flagged.push([start, end])
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(text)}, the name with its accents lost in part; the person is written ${quote(ref.form)}`,
      start,
      end,
      level: keyboardHabit(text, ref.form) ? 'info' : 'warning',
      expected: [ref.form]
    })
  }
}

/** The person's letters the text kept with their marks and those it lost, letter for letter; undefined when the two do not line up. */
function marksKeptAndLost(text: string, form: string): {kept: string[]; lost: string[]} | undefined {
  const a = text.normalize('NFC')
  const b = form.normalize('NFC')
  if (a.length !== b.length) return undefined
  const kept: string[] = []
  const lost: string[] = []
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      if (a.charCodeAt(i) > 0x7f) kept.push(a[i]!)
    } else lost.push(b[i]!)
  }
  return {kept, lost}
}

/**
 * A habit of fonts and keyboards, worth a note: edited copy sets š, ž and č
 * and drops only ć ("Slobodan Miloševic"), or keeps its own keyboard's
 * Latin-1 letters and drops the rest ("Dilan Yesilgöz" in Dutch copy).
 */
function keyboardHabit(text: string, form: string): boolean {
  const marks = marksKeptAndLost(text, form)
  if (!marks || marks.lost.length === 0) return false
  if (marks.lost.every((letter) => letter.toLowerCase() === 'ć')) return true
  return marks.lost.every((letter) => letter.charCodeAt(0) > 0xff) && marks.kept.every((letter) => letter.charCodeAt(0) <= 0xff)
}

/** The names differ only in a capital's accent ("Óscar", "Éric"): type often sets capitals bare. */
function onlyCapitalAccents(form: string, text: string): boolean {
  const words = form.split(' ')
  const plain = text.split(' ')
  return words.every((word, index) => word === plain[index] || word.slice(1) === plain[index]!.slice(1))
}

/**
 * "Alvaro Uribe" in a story that writes "Iván Duque", "Calderon" beside
 * "Andrés Manuel López Obrador": a known person written without the accents
 * the story gives other known names of the same country, twice or more and
 * no less often than it drops them. A house style that drops a country's
 * accents drops them all (AP's captions: "Francois Bayrou"); one that keeps
 * them lost these on the way. Places keep their English names ("Montreal"),
 * and a place's accents kept say nothing of people's.
 */
export function reportAccentsLostAmongAccented(file: VFile, value: string, known: ReadonlyArray<{span: NameToken[]; ref: FormRef}>, countriesOf: (entity: Entity) => ReadonlySet<string>): void {
  const textOf = (span: readonly NameToken[]) => value.slice(span[0]!.start, span.at(-1)!.end)
  const count = (tally: Map<string, number>, entity: Entity) => {
    for (const country of countriesOf(entity)) tally.set(country, (tally.get(country) ?? 0) + 1)
  }
  const kept = new Map<string, number>()
  const lost = new Map<string, number>()
  const plain = known.filter(({span, ref}) => {
    const text = textOf(span)
    if (!accented.test(ref.form)) return false
    // Only people's names tell the style: a page may keep a town's accents ("Junín") and set a minister's name bare.
    if (text === ref.form && keptMark.test(text) && ref.entity.kind === 'person') count(kept, ref.entity)
    const isPlain = ref.entity.kind === 'person' && !accented.test(text) && withoutAccents(ref.form) === text && !onlyCapitalAccents(ref.form, text)
    if (isPlain) count(lost, ref.entity)
    return isPlain
  })
  if (plain.length === 0 || kept.size === 0) return
  // Two names of the country with their accents, and no more written without: a style that keeps them.
  const keeps = (country: string) => (kept.get(country) ?? 0) >= 2 && (lost.get(country) ?? 0) <= (kept.get(country) ?? 0)
  const flagged = flaggedSpans(file)
  for (const {span, ref} of plain) {
    const text = textOf(span)
    if (![...countriesOf(ref.entity)].some(keeps)) continue
    const start = span[0]!.start
    const end = span.at(-1)!.end
    if (overlapsFlagged(flagged, start, end)) continue
    flagged.push([start, end])
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(text)} without its accents in a story that writes other names of the country with theirs; the person is written ${quote(ref.form)}`,
      start,
      end,
      level: 'warning',
      expected: [ref.form]
    })
  }
}
