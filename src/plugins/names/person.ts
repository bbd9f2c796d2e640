import {editDistance} from '../../names/distance.js'
import {soundKey} from '../../names/phonetic.js'
import type {NameToken} from '../../names/spans.js'
import {squash} from '../../text/normalize.js'
import type {NamesContext} from './context.js'
import {edgesKnownName, isFirstName, isUnknownWord} from './words.js'

/**
 * A near miss of a person's name that keeps one part of it exactly must get
 * the other part nearly right by sound, and a kept given name needs a new
 * surname that is unknown or split ("Kevin Hae Sheet"): "John Dane" is not
 * John Thune; a kept surname needs a given name that is no other common one:
 * "Joe Sullivan" is not John Sullivan.
 */
export function personAligned(context: NamesContext, span: readonly NameToken[], form: string, ofStoryCountry = false): boolean {
  const words = form.split(/\s+/)
  if (span.length < 2 || words.length < 2) return true
  const firstSame = span[0]!.text.toLowerCase() === words[0]!.toLowerCase()
  const lastSame = span.at(-1)!.text.toLowerCase() === words.at(-1)!.toLowerCase()
  if (firstSame) {
    const rest = span.slice(1)
    const split = rest.length > words.length - 1
    // A rare given name kept ("Hiromasa Nagano" for Hiromasa Nakano) anchors a surname a letter off, even a known word.
    const oneOff = editDistance(squash(rest.map((name) => name.text).join('')), squash(words.slice(1).join('')), 1) <= 1
    // A rare given name kept, or any kept in a story about the person's country ("Dean McPherson" in South Africa's), anchors it.
    const rare = (ofStoryCountry || (!isFirstName(context, span[0]!.text) && !context.lexicon.has(span[0]!.text))) && oneOff
    // "Than Zaw" is no Than Shwe: a word that opens or ends other known people's names, more than a letter off, is another person's.
    if (!oneOff && rest.length === 1 && edgesKnownName(context, rest[0]!.text)) return false
    // A common given name says little: with it, a surname of a syllable more or less, more than two letters off, is another
    // person's ("Vladimir Potanin" is not Vladimir Putin); one as long is the name misheard ("Dina Bullwart" for Boluarte).
    if (!split && rest.length === 1 && isFirstName(context, span[0]!.text) && otherSurname(squash(rest[0]!.text), squash(words.slice(1).join('')))) return false
    return rare || ((split || rest.some((name) => isUnknownWord(context, name))) && near(rest.map((name) => name.text), words.slice(1)))
  }
  // A given name of its own ("Joe" beside John) is another person of the same surname.
  if (lastSame) return !otherGivenName(context, span[0]!.text, words[0]!) && !womansForm(span[0]!.text, words[0]!) && near(span.slice(0, -1).map((name) => name.text), words.slice(0, -1))
  // Neither part kept: both must be near, so that a shared given name
  // ("Pete Rodino" and Peter Dutton) does not carry a different surname.
  // And the whole no further than a third of its letters, unless the story is about the person's country:
  // "Riikka Purra" in a story about Finland only sounds like Rick Perry; "Maki Sol" in one about Senegal is Macky Sall.
  if (span.length === words.length) return near([span[0]!.text], [words[0]!]) && near(span.slice(1).map((name) => name.text), words.slice(1)) && (ofStoryCountry || closeOverall(span, form))
  return true
}

/** Two surnames two letters or more apart in length and more than two letters off each other. */
function otherSurname(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) >= 2 && editDistance(a, b, 3) > 2
}

/**
 * `given` is a common given name more than a letter from the known person's
 * own: "Joe" is not John, but "Olav" and "Keri" are slips for Olaf and Keir.
 */
function otherGivenName(context: NamesContext, given: string, own: string): boolean {
  return isFirstName(context, given) && editDistance(given.toLowerCase(), own.toLowerCase(), 1) > 1
}

/** A woman's given name made from a man's with a final a ("Aleema" from Aleem, "Karima" from Karim): a sister, not a slip. */
function womansForm(given: string, own: string): boolean {
  const [a, b] = [given.toLowerCase(), own.toLowerCase()]
  // The man's ends in a consonant: "Abiya" for Abiy is a slip.
  const feminine = (woman: string, man: string) => man.length >= 4 && /[b-df-hj-np-tv-xz]$/.test(man) && (woman === man + 'a' || woman === man + 'ah')
  return feminine(a, b) || feminine(b, a)
}

/** The whole span no further than a third of its letters from the person's name. */
function closeOverall(span: readonly NameToken[], form: string): boolean {
  const a = squash(span.map((name) => name.text).join(''))
  const b = squash(form)
  const most = Math.ceil(Math.max(a.length, b.length) * 0.3)
  return editDistance(a, b, most) <= most
}

/** Two parts of names are near: same sound, or the same first letter and under half the letters changed. */
function near(parts: readonly string[], target: readonly string[]): boolean {
  const a = squash(parts.join(''))
  const b = squash(target.join(''))
  // The same sound, unless most letters differ: "Ronoh" is no Ryan, though Soundex hears them alike.
  if (soundKey(a) === soundKey(b)) return editDistance(a, b, 9) <= Math.ceil(Math.max(a.length, b.length) * 0.6)
  return a[0] === b[0] && editDistance(a, b, 9) <= Math.ceil(Math.max(a.length, b.length) * 0.45)
}

/** The span keeps the given name or the surname of `form` exactly. */
export function anchored(span: readonly NameToken[], form: string): boolean {
  const words = form.toLowerCase().split(/\s+/)
  if (span.length < 2 || words.length < 2) return false
  return span[0]!.text.toLowerCase() === words[0] || span.at(-1)!.text.toLowerCase() === words.at(-1)
}
