import type {FormRef} from '../../names/gazetteer.js'
import {compoundNameHeads, nameParticles} from '../../data/name-words.js'
import {squash, straightApostrophes} from '../../text/normalize.js'
import {lexiconFor} from '../../data/lexicon.js'
import {editDistance} from '../../names/distance.js'

/**
 * The same name in another layout: case, accents ("Martín", "Sanchez"), and
 * how the syllables of a romanized given name are joined ("Choi Sang Mok",
 * "Choi Sangmok" for Choi Sang-mok). A name run together whole
 * ("Handucksoo"), a one-part name split ("Jerome Pow Ell") or a double
 * given name or surname unhyphenated ("Karine Jean Pierre") is a slip;
 * middle names are hyphenated or spaced as each paper likes.
 */
export function sameLetters(refs: readonly FormRef[], text: string): boolean {
  return refs.some((ref) => {
    if (syllables.test(ref.form)) return layoutKey(ref.form) === layoutKey(text)
    if (squashWords(ref.form) === squashWords(text)) return true
    // "Abdul Aziz bin Salman" for Abdulaziz bin Salman: a compound given name joined or apart.
    if (compoundsJoined(squashWords(ref.form)) === compoundsJoined(squashWords(text))) return true
    // A body's name with its words split by hyphens, dashes or brackets
    // instead ("Communist Party of Nepal-Unified Marxist Leninist") is the
    // same name; a person's is not ("Karine Jean Pierre").
    if (ref.entity.kind === 'org' && bodyWords(ref.form) === bodyWords(text)) return true
    // "Emilia Romagna" for Emilia-Romagna, "Nuwara-Eliya" for Nuwara Eliya: a region's or a town's hyphen written as a space,
    // or a space as a hyphen, is its layout (ANSA's, the Daily Mirror's); a country's or a capital's is a slip ("Guinea
    // Bissau", "Port au Prince"), as a person's is ("Karine Jean Pierre").
    if (ref.entity.kind === 'place' && !/^(?:Country|Capital)/u.test(ref.entity.title ?? '') && ref.form !== text && ref.form.replace(/-/g, ' ') === text.replace(/-/g, ' ')) return true
    // "JP Morgan" for JPMorgan: a company's name spaced or joined is its layout (a person's run together is a slip, "Handucksoo").
    if (ref.entity.kind === 'org' && squash(ref.form) === squash(text)) return true
    // A person's middle names hyphenated or apart between the same given name and surname ("Emmanuel
    // Armah Kofi Buah" for Armah-Kofi Buah): papers differ. A double given name or surname apart
    // ("Frank Walter Steinmeier", "Karine Jean Pierre") is still a slip.
    if (ref.entity.kind === 'person' && middleNamesSpaced(ref.form, text)) return true
    // A name with a particle ("Abdel Fattah el-Sisi", "bin Salman") is
    // hyphenated or spaced as each newsroom likes: "Abdel-Fattah El-Sisi".
    // "Al-Nahyan" for Al Nahyan: a particle the name writes apart may be hyphenated to the word after it;
    // one the name hyphenates may be spaced with its capital ("Al Sudani"), not small ("el Sisi" for El-Sisi is a slip).
    // "Mohammed Shia Sudani" for Mohammed Shia al-Sudani: AP drops the particle of an Arabic surname.
    if (ref.entity.kind === 'person' && squashWords(particleDroppedName(ref.form)) === squashWords(text) && text.includes(' ')) return true
    return withParticle.test(ref.form.toLowerCase()) && (squashWords(unhyphenated(ref.form)) === squashWords(unhyphenated(text)) || squashWords(ref.form) === squashWords(particlesSpaced(text)) || (capitalParticleSpaced(text) && squashWords(particlesSpaced(ref.form)) === squashWords(text)))
  })
}

function middleNamesSpaced(form: string, text: string): boolean {
  const formWords = form.split(/\s+/)
  const textWords = text.split(/\s+/)
  const middle = formWords.slice(1, -1).join(' ')
  if (formWords.length < 3 || !middle.includes('-') || formWords[0] !== textWords[0] || squash(formWords.at(-1)!) !== squash(textWords.at(-1)!)) return false
  return squashWords(unhyphenated(middle)) === squashWords(unhyphenated(textWords.slice(1, -1).join(' ')))
}

/**
 * "Al Sudani" for al-Sudani: a particle capitalized and spaced is the layout
 * of Gulf and Iraqi papers; spaced and small ("el Sisi") it is a slip.
 */
function capitalParticleSpaced(text: string): boolean {
  for (const match of text.matchAll(spacedParticle)) if (/^\p{Lu}/u.test(match[1]!)) return true
  return false
}

const spacedParticle = new RegExp(`(?<![\\p{L}])(${nameParticles.join('|')}) (?=\\p{Lu})`, 'giu')

/** The name with a particle hyphenated to its last word left out ("Bashar al-Assad" → "Bashar Assad"). */
function particleDroppedName(name: string): string {
  return name.replace(lastParticle, ' ')
}

const lastParticle = new RegExp(`\\s(?:${nameParticles.join('|')})-(?=\\p{Lu}[^\\s]*$)`, 'iu')

/** The name with each particle's hyphen to the word after it spaced ("Al-Nahyan" → "Al Nahyan"). */
function particlesSpaced(name: string): string {
  return name.replace(particleThenWord, '$1 ')
}

const particleThenWord = new RegExp(`(?<![\\p{L}])(${nameParticles.join('|')})-(?=\\p{L})`, 'giu')

/** The name with its hyphens spaced but a particle's ("Abdel Fattah El-Sisi"): "el Sisi" stays a slip. */
function unhyphenated(name: string): string {
  return name.replace(/(\p{L}+)-/gu, (whole, word: string) => (nameParticles.includes(word.toLowerCase()) ? whole : `${word} `))
}

/** A particle word of a name, lowercased, joined by a hyphen or a space ("el-sisi", "al assad", "bin salman"). */
const withParticle = new RegExp(`(?:^|[\\s-])(?:${nameParticles.join('|')})[\\s-]\\p{L}`, 'u')

/**
 * A given name of romanized syllables, hyphenated in lowercase ("Sang-mok",
 * "Bi-khim"): newsrooms space or join them as they like. A capital after the
 * hyphen is a double name ("Kramp-Karrenbauer", "Jean-Pierre"), not a layout.
 */
const syllables = /\s\p{Lu}\p{Ll}*-\p{Ll}/u

/** A name's words, whatever marks split them. */
function bodyWords(name: string): string {
  return name.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean).map(squash).join(' ')
}

/** The words of a name (as `squashWords` gives them) with each compound name's head joined to the word after it. */
function compoundsJoined(words: string): string {
  return words.replace(compoundHeadThenWord, '$1')
}

const compoundHeadThenWord = new RegExp(`(?<![\\p{L}])(${compoundNameHeads.join('|')}) (?=\\p{L})`, 'gu')

function squashWords(name: string): string {
  return straightApostrophes(name).split(/\s+/).map(squash).join(' ')
}

function layoutKey(name: string): string {
  const [first = '', ...rest] = straightApostrophes(name).split(/\s+/)
  return rest.length === 0 ? squash(first) : `${squash(first)} ${squash(rest.join(''))}`
}

/**
 * The same name in the other dialect's spelling ("World Health Organisation",
 * "Defence Ministry"): each word that differs is a word of one dialect and the
 * known word of the other, a letter or two apart.
 */
export function otherDialectSpelling(text: string, form: string): boolean {
  const words = text.split(/\s+/)
  const known = form.split(/\s+/)
  if (words.length !== known.length || words.length < 2) return false
  let differs = false
  for (const [index, word] of words.entries()) {
    const other = known[index]!
    if (word.toLowerCase() === other.toLowerCase()) continue
    differs = true
    if (!dialectPair(word, other)) return false
  }
  return differs
}

/** One word in each dialect's spelling ("Organisation", "Organization"), a letter or two apart. */
export function dialectPair(word: string, other: string): boolean {
  const [a, b] = [word.toLowerCase(), other.toLowerCase()]
  if (a === b || editDistance(a, b, 2) > 2) return false
  // Each a word of one dialect only: "heath" and "health" are words of both.
  const british = (x: string) => lexiconFor('en-GB').correct(x) && !lexiconFor('en-US').correct(x)
  const american = (x: string) => lexiconFor('en-US').correct(x) && !lexiconFor('en-GB').correct(x)
  return (british(a) && american(b)) || (american(a) && british(b))
}

/**
 * The Arabic article romanized "al" where the name has "el", or the other way
 * ("Zine al-Abidine Ben Ali" for Zine El Abidine): Egyptian and Maghrebi
 * papers write the vowel they say, others the classical one.
 */
export function otherArticleVowel(text: string, form: string): boolean {
  return alikeFolded(text, form, arabicArticle, 'al')
}

const arabicArticle = /(?<![\p{L}])[AaEe]l(?=[- ]\p{L})/gu

/**
 * "Aiwan-i-Sadr" for Aiwan-e-Sadr, "Jamaat-i-Islami": the Persian and Urdu
 * ezafe joining a name's words is romanized -e- or -i- (ALA-LC Urdu writes
 * -i-, Pakistani papers mostly -e-).
 */
export function otherEzafe(text: string, form: string): boolean {
  return alikeFolded(text, form, ezafe, '-e-')
}

const ezafe = /(?<=\p{L})-[ei]-(?=\p{Lu})/gu

/** Whether the text writes one of `variants` and reads as the form once every one is written `one` in both. */
function alikeFolded(text: string, form: string, variants: RegExp, one: string): boolean {
  return text.search(variants) !== -1 && squash(text.replace(variants, one)) === squash(form.replace(variants, one))
}
