import type {FormRef} from '../../names/gazetteer.js'
import {nameParticles} from '../../data/name-words.js'
import {squash, straightApostrophes} from '../../text/normalize.js'

/**
 * The same name in another layout: case, accents ("Martín", "Sanchez"), and
 * how the syllables of a romanized given name are joined ("Choi Sang Mok",
 * "Choi Sangmok" for Choi Sang-mok). A name run together whole
 * ("Handucksoo"), a one-part name split ("Jerome Pow Ell") or a double name
 * unhyphenated ("Karine Jean Pierre") is a slip.
 */
export function sameLetters(refs: readonly FormRef[], text: string): boolean {
  return refs.some((ref) => {
    if (syllables.test(ref.form)) return layoutKey(ref.form) === layoutKey(text)
    if (squashWords(ref.form) === squashWords(text)) return true
    // A body's name with its words split by hyphens, dashes or brackets
    // instead ("Communist Party of Nepal-Unified Marxist Leninist") is the
    // same name; a person's is not ("Karine Jean Pierre").
    if (ref.entity.kind === 'org' && bodyWords(ref.form) === bodyWords(text)) return true
    // A name with a particle ("Abdel Fattah el-Sisi", "bin Salman") is
    // hyphenated or spaced as each newsroom likes: "Abdel-Fattah El-Sisi".
    return withParticle.test(ref.form.toLowerCase()) && squashWords(unhyphenated(ref.form)) === squashWords(unhyphenated(text))
  })
}

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

function squashWords(name: string): string {
  return straightApostrophes(name).split(/\s+/).map(squash).join(' ')
}

function layoutKey(name: string): string {
  const [first = '', ...rest] = straightApostrophes(name).split(/\s+/)
  return rest.length === 0 ? squash(first) : `${squash(first)} ${squash(rest.join(''))}`
}
