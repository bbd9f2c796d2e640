import {ForeignStretches} from '../../text/foreign-sentences.js'
import {quote} from '../../message.js'
import {aloneName, isCountry, isListedAirline, titleWords, type Entity} from '../../data/entities.js'
import {countriesOf} from '../../names/countries.js'
import type {FormRef} from '../../names/gazetteer.js'
import {besideOtherNames, besidePatronymic, particleNameAfter, spanText, type NameToken} from '../../names/spans.js'
import {droppedLetterAt, editDistance, withoutVowels} from '../../names/distance.js'
import {parseKorean, sameSyllable} from '../../names/korean.js'
import {isAllCaps, squash, withoutAccents} from '../../text/normalize.js'
import {listedBeside, listNeighbours} from '../../text/listed-beside.js'
import {afterPlaceNoun, beforePlaceNoun} from '../../text/place-of.js'
import {joinedParticles, nameConnectors, nameParticles, nameSuffixes, patronymicEndings} from '../../data/name-words.js'
import {insideAddress} from '../../text/addresses.js'
import {before, wordStarts} from '../../text/word-starts.js'
import {wordBefore} from '../../text/word-before.js'
import {insideQuotation} from '../../text/quotation.js'
import type {Contender, NamesContext} from './context.js'
import {anchored, personAligned} from './person.js'
import {koreanReading} from './korean.js'
import {foldLongVowels, isJapanese} from '../../names/long-vowels.js'
import {readingKind} from '../../names/readings.js'
import {slotGarble} from './slot-garbles.js'
import {officeGarble} from './office-garbles.js'
import {reorderedAcronym} from './acronym-order.js'
import {officeBefore, officeWrittenHeld, ofStoryCountry, placeElsewhere, storyElsewhere, titleBefore} from './story-cues.js'
import {otherTitleBefore} from '../../names/story-people.js'
import {lineOf, translatedGiven} from './translated-given.js'
import {namesOtherBody, reordered, swapped} from './swapped.js'
import {pinyinGiven} from './read-in-mandarin.js'
import {afterPersonCue, isFirstName, isOtherNameWord, isUnknownWord, mayAnchorPerson, opensKnownName} from './words.js'
import {runOnWord} from '../../names/run-on.js'
import {otherArticleVowel, otherDialectSpelling, otherEzafe, sameLetters} from './layouts.js'
import {anotherRomanizedName, placeVowelsRomanized, cyrillicEnding, macronDoubled, ofTransliteratedCountry, otherRomanization, otherVowelsThroughout, romanizedLayout, sameGivenOtherAspirates, sameSurnameOtherVowels, surnameVowelDropped, transliterated} from './romanizations.js'
import {dataPath} from '../../data/root.js'
import {readWordList} from '../../data/word-list.js'
import {initials} from '../../text/initials.js'

/**
 * One span of a run of capitalized words, read: exact forms, swapped
 * organization names and near misses compete; `settle` lets the longest
 * span win, then an exact form over a near one, so "Han Duk-soo" is read as
 * one garbled name rather than the known surname "Han" and a stray word.
 */
export function judge(context: NamesContext, span: NameToken[], run: readonly NameToken[], value: string): Contender | undefined {
  const contender = read(context, span, run, value)
  // "Tolak upah murah": a word of a sentence quoted in another language is no misspelled name ("Tolak" is no To Lam).
  // Asked only of a finding: most spans are known names or none.
  if (contender?.candidate && foreignStretchesOf(context, value).contains(span[0]!.start, span.at(-1)!.end)) return undefined
  return contender
}

const innerCapital = /^\p{Lu}\p{Ll}+[A-Z]\p{Ll}/u
const numberedName = /^(.+)-\d+$/u
/** A monarch's or a pope's number in Roman figures, I to XXXIX. */
const regnalNumber = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u

/** `form` is `text` with a monarch's number or a generation's suffix after it ("Juan Carlos I", "Romeo Brawner Jr."). */
function numberedFormOf(text: string, form: string): boolean {
  if (!form.startsWith(`${text} `) || form.length <= text.length + 1) return false
  const after = form.slice(text.length + 1)
  return regnalNumber.test(after) || nameSuffixes.has(after.toLowerCase().replace(/\.$/, ''))
}

function read(context: NamesContext, span: NameToken[], run: readonly NameToken[], value: string): Contender | undefined {
  const {gazetteer} = context
  const text = spanText(span, value)
  // An initial is a word of its own, not part of a run-together or near
  // miss: "William S." glued together is the surname Williams.
  if (span.length > 1 && span.some((name) => name.text.length === 1) && !gazetteer.isAccepted(text)) return undefined
  // "Eli Remolona Jr.": a known name with a generational suffix after it is that person's.
  if (span.length > 2 && nameSuffixes.has(span.at(-1)!.text.toLowerCase()) && gazetteer.isAccepted(spanText(span.slice(0, -1), value))) return {span, rank: 0}
  // "King Frederik X": a known name with a monarch's or a pope's number after it is that person's.
  if (span.length > 1 && regnalNumber.test(span.at(-1)!.text) && gazetteer.isAccepted(spanText(span.slice(0, -1), value))) return {span, rank: 0}
  // "Dhaka-8", "Rossiya-1": a known name numbered after a hyphen is a constituency, a channel or a craft named after it.
  const numbered = numberedName.exec(text)
  if (numbered && gazetteer.isAccepted(numbered[1]!)) return {span, rank: 0}
  // An acronym matches only when written in capitals ("Does" is not DOE).
  const refs = gazetteer.lookup(text).filter((ref) => !isAllCaps(ref.form) || isAllCaps(text))
  // "the Trujillos", "the Obamas": a family named by a known name.
  if (refs.length === 0 && /[^s]s$/.test(text) && gazetteer.isAccepted(text.slice(0, -1))) return {span, rank: 0}
  // "SDP" for PSD in a story about Romania: a local body's acronym in English order.
  const englishOrder = reorderedAcronym(context, span, text, value)
  if (englishOrder) return englishOrder
  if (refs.length > 0) return exactReading(context, span, run, text, refs, value)
  // "Nakuru": a town too small for the gazetteer is a place of its own, no slip of a larger one ("Nauru").
  if (context.placeNames.has(text)) return {span, rank: 0, town: true}
  // "(Ezega.com)": a word of a web address is no name to read.
  if (insideAddress(value, span[0]!.start, span.at(-1)!.end)) return undefined
  // "the Liberal Democratic Party of Japan": a country's own body with the country's name after it.
  if (bodyOfItsCountry(context, text)) return {span, rank: 0}
  const korean = koreanReading(context, span, text, (entity) => ofStoryCountry(context, entity, value) && titleBefore(context, entity, span[0]!.start, value))
  if (korean) return korean
  const reversed = reversedName(context, span, run, text, value)
  if (reversed) return reversed
  // "the Hong Kong News Agency": a span that begins inside a known name ("Hong Kong") is no other body's words swapped.
  const swap = beginsInsidePlace(context, span, run, value) ? undefined : (reordered(context, span, text, run, value) ?? swapped(context, span, text, run, value))
  // Letters first; then a given name with words heard in place of the surname ("Marco Rubble").
  const reading = swap ? {span, rank: 0.5, candidate: swap} : span.length > 4 ? undefined : (nearReading(context, span, run, value, text) ?? slotGarble(context, span, run, value) ?? translatedGiven(context, span, value) ?? officeGarble(context, span, run, value))
  // "Faisal Ahmed, 36, Abdul Hamim, 50, Badruddoza, 30": a name in a list of three or more people each given an age is one of the
  // victims or suspects a story lists, no public figure a letter away.
  if (reading?.candidate && inListOfAges(value, span[0]!.start, span.at(-1)!.end)) return undefined
  // "The National People’s Congress Standing Committee": the end of a known name the words before it begin is no slip of another
  // (asked only of a reading, as most spans have none).
  return reading && endsKnownName(context, span[0]!.start, span.at(-1)!.end, value) ? undefined : reading
}

/**
 * "Tymoshenko Yulia": a known person's two-word name with the surname put
 * first, as Russian and Chinese lists write it ("Orbán Viktor" is Hungarian
 * order, which English copy turns too). Not for a person whose name has
 * Chinese characters (family first in English as well), and only as a whole
 * run of names.
 */
function reversedName(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[], text: string, value: string): Contender | undefined {
  // "to Smailov Alikhan Askhanovich": an official list's order, the father's name after the given name, ending the run.
  const at = run.indexOf(span[0]!)
  const core = span.length === 3 && patronymic.test(span[2]!.text) ? span.slice(0, 2) : span
  const father = run[at + core.length]
  const withPatronymic = core.length === 2 && father !== undefined && patronymic.test(father.text) && at + 3 === run.length && (at === 0 || /^\p{Ll}/u.test(run[at - 1]!.text))
  // A proclamation quoted as it was read ("… President of the Republic, Biya Paul") keeps its order.
  if (!withPatronymic && (span.length !== 2 || run.length !== 2)) return undefined
  if (insideQuotation(value, span[0]!.start)) return undefined
  const swappedText = `${core[1]!.text} ${core[0]!.text}`
  const ref = context.gazetteer.lookup(swappedText).find((hit) => hit.entity.kind === 'person' && hit.type !== 'garble' && hit.form === swappedText)
  if (!ref || ref.entity.native || ref.entity.surname !== core[0]!.text) return undefined
  const whole = withPatronymic ? [core[0]!, core[1]!, father] : [...span]
  const reason = withPatronymic
    ? `Unexpected ${quote(value.slice(core[0]!.start, father.end))}, the surname first and the father's name after; English writes ${quote(ref.entity.name)}`
    : `Unexpected ${quote(text)}, the surname first; English writes ${quote(ref.entity.name)}`
  return {span: whole, rank: 0.5, candidate: {span: whole, expected: [ref.entity.name], level: 'warning', reason, note: describe(ref)}}
}

/** A capitalized patronymic ("Askhanovich", "Tokayuly"; dictionaries/patronymic-endings.txt). */
const patronymic = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${patronymicEndings.join('|')})$`, 'u')

/**
 * "Hai Phong" for Haiphong, "Da Nang" for Danang: a place's one-word name
 * written syllable by syllable, as its country's own romanization spaces
 * it, is the place.
 */
function syllablesSpaced(ref: FormRef, text: string): boolean {
  const words = text.split(' ')
  return ref.entity.kind === 'place' && !/[ -]/.test(ref.form) && words.length > 1 && words.every((word) => word.length <= 5) && squash(text) === squash(ref.form)
}

/**
 * Whether a span of short syllables stands inside a longer name of them in
 * its run: a short word before it that is no title, determiner, place,
 * people's adjective or known body ("Do | Van Ve"), or a short unknown word
 * after it ("Tran Ngoc | Vinh").
 */
function insideSyllableName(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[]): boolean {
  if (span.some((name) => name.text.length > 5)) return false
  const at = run.indexOf(span[0]!)
  const [before, after] = [run[at - 1], run[at + span.length]]
  const syllable = (name: NameToken | undefined): name is NameToken => name !== undefined && !name.connector && name.text.length <= 4
  return (syllable(before) && !notNameWord(context, before)) || (syllable(after) && isUnknownWord(context, after))
}

/** The text with the form's own given name for its first word (another form of it on one cognates line) reads as the form but for layout or one vowel. */
function cognateGivenVariant(context: NamesContext, text: string, form: string): boolean {
  const [first, ...rest] = text.split(' ')
  const own = form.split(' ')[0]!
  if (rest.length === 0 || first === own || lineOf(context, first!) === undefined || lineOf(context, first!) !== lineOf(context, own)) return false
  const [a, b] = [squash([own, ...rest].join(' ')).toLowerCase(), squash(form).toLowerCase()]
  if (a === b) return true
  // One vowel dropped or added ("Daglo" for Dagalo): the longer is the shorter with a vowel put in.
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1) return false
  for (let at = 0; at < long.length; at++) if (/[aeiou]/u.test(long[at]!) && long.slice(0, at) + long.slice(at + 1) === short) return true
  return false
}

/** The adjective English makes of a place's one-word name: "Sardinian", "Bavarian", "Tibetan", "Sudanese". */
function adjectiveOfPlace(text: string, form: string): boolean {
  if (form.includes(' ') !== text.includes(' ') || !text.startsWith(form.slice(0, -1))) return false
  const stem = form.replace(/[aeioy]$/u, '')
  return [`${form}n`, `${form}an`, `${stem}ian`, `${stem}an`, `${form}ese`, `${stem}ese`].includes(text)
}

/** The hyphen and capitalized word that end the text where the person's name does not end so ("-Gibran" of "Prabowo Subianto-Gibran"), or ''. */
function ticketTail(text: string, form: string): string {
  const tail = /-\p{Lu}\p{L}+$/u.exec(text)?.[0]
  if (tail === undefined || form.endsWith(tail)) return ''
  // Before the hyphen stands a whole name of as many words as the person's, its last no particle ("Al-Ghanem" is one surname).
  const head = text.slice(0, -tail.length).split(' ')
  const last = head.at(-1)!
  const formLast = form.split(' ').at(-1)!
  // "Ngozi Okonjo-Iwela": a hyphened surname slipped after its hyphen is one surname, no ticket.
  if (formLast.includes('-') || editDistance(last.toLowerCase(), formLast.toLowerCase(), 2) > 1) return ''
  return head.length === form.split(' ').length && head.length > 1 && last.length >= 4 && !nameParticles.includes(last.toLowerCase()) ? tail : ''
}

/** A title, courtesy title, determiner, place, people's adjective or known body. */
function notNameWord(context: NamesContext, name: NameToken): boolean {
  const lower = name.text.toLowerCase()
  if (context.titles.has(lower) || context.courtesyTitles.has(lower) || context.determiners.has(lower)) return true
  return context.gazetteer.lookup(name.text).some((ref) => ref.entity.kind === 'place' || ref.entity.kind === 'demonym' || ref.entity.kind === 'org')
}

/** Whether the span's first and last words are a known person's two-word name as written ("John Enoh" of "John Owan Enoh"). */
function withMiddleName(context: NamesContext, span: readonly NameToken[]): boolean {
  const ends = `${span[0]!.text} ${span.at(-1)!.text}`
  return context.gazetteer.lookup(ends).some((ref) => ref.entity.kind === 'person' && ref.type !== 'garble' && ref.form === ends)
}

/**
 * The span keeps a Korean family name of the form and puts another real
 * syllable in its given name, two letters off or more: "Il-houng" against
 * In-young has il for in, each a syllable of its own; "Kun-hee" for
 * Keon-hee spells one syllable two ways.
 */
function koreanFamilyKept(context: NamesContext, span: readonly NameToken[], form: string): boolean {
  const words = form.split(/\s+/)
  if (span[0]!.text !== words[0] || !context.korean.surnames.has(words[0]!)) return false
  const text = parseKorean(span.map((name) => name.text), context.korean, false)
  const own = parseKorean(words, context.korean, true)
  if (!text || !own || text.given.length !== own.given.length) return false
  // One letter off ("Park Geun-hee" for Geun-hye) is a slip whatever the syllables.
  if (editDistance(text.given.join(''), own.given.join(''), 2) < 2) return false
  return text.given.some((syllable, index) => context.korean.syllables.has(syllable) && !sameSyllable(syllable, own.given[index]!, context.korean))
}

/** The surname kept as the person's, shared by three known persons or more, and a given name two letters off or more in other consonants. */
function commonSurnameKept(context: NamesContext, span: readonly NameToken[], form: string): boolean {
  const words = form.split(/\s+/)
  if (span.length !== 2 || words.length !== 2 || span[1]!.text !== words[1]) return false
  const [given, own] = [squash(span[0]!.text), squash(words[0]!)]
  // "Rajeev Kumar" for Rajiv Kumar keeps the given name's consonants: the same name in other vowels, still the person's.
  if (editDistance(given, own, 2) < 2 || withoutVowels(given) === withoutVowels(own)) return false
  const persons = new Set(context.gazetteer.lookup(words[1]!).filter((ref) => ref.type === 'surname' && ref.entity.kind === 'person').map((ref) => ref.entity))
  return persons.size >= sharedSurname
}

/** Known persons who share a family name, from which it no longer tells who is meant. */
const sharedSurname = 3

/** A state, province or region of a country ("State of India"): its title names the country it is part of. */
function isDivision(entity: Entity): boolean {
  const title = entity.title ?? ''
  return entity.kind === 'place' && ((/ of /.test(title) && !title.startsWith('Capital of')) || title === 'US state')
}

/** The same length with other letters: one letter changed for another, not lost, added or swapped. */
function letterChanged(text: string, form: string): boolean {
  const [a, b] = [squash(text), squash(form)]
  return a.length === b.length && [...a].sort().join('') !== [...b].sort().join('')
}

/** One consonant changed for another, the other letters in place ("Kannur" for Kanpur; not "Estanbul" for Istanbul). */
function consonantChanged(text: string, form: string): boolean {
  const [a, b] = [squash(text).toLowerCase(), squash(form).toLowerCase()]
  if (a.length !== b.length) return false
  const changed = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]))
  return changed.length === 1 && [a[changed[0]!]!, b[changed[0]!]!].every((letter) => !/[aeiouy]/.test(letter))
}

/** A short capitalized word with no vowel: an abbreviated honorific ("Hj", "Pg"). */
const vowelless = /^[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,2}$/

/** A near miss of a known name, by letters or by sound, with what vetoes one. */
function nearReading(context: NamesContext, span: NameToken[], run: readonly NameToken[], value: string, text: string): Contender | undefined {
  const {gazetteer, titles} = context
  // "The Trinamool Congress": a sentence's "The" before a name is no word of it; the span after it is read alone.
  if (span.length > 1 && context.determiners.has(span[0]!.text.toLowerCase())) return undefined
  // "Sultan Haitham Bin Tariq Al Said": a span ending in a particle stops short of the word the particle belongs to.
  if (span.length > 1 && nameParticles.includes(span.at(-1)!.text.toLowerCase())) return undefined
  // "Hj Sani", "Pg Hjh Zety": a short capitalized word with no vowel is an abbreviated honorific, no letters of a name to match.
  if (span.length > 1 && span.some((name) => vowelless.test(name.text))) return undefined
  const unknownWord = span.some((name) => isUnknownWord(context, name))
  if (!unknownWord && (span.length === 1 || !mayAnchorPerson(context, span))) return undefined
  // "by von der Leyen": lowercase connectors before the span may begin a known name that the span ends.
  if (endsParticleName(context, span[0]!.start, text, value)) return {span, rank: 0}
  // "John Owan Enoh": a known person's given name and surname with a middle name between them is the person.
  if (span.length > 2 && span.length < 5 && withMiddleName(context, span)) return {span, rank: 0}
  const lost = lostLetters(context, span, text, value)
  if (lost) return lost
  const hit = gazetteer.closest(text)
  if (!hit) return undefined
  const formWords = hit.ref.form.split(' ')
  // "Daniel Noboaannounced": the name run into the word after it is the spacing rule's to split, no garble to replace.
  if (runOnWord(context.lexicon, span.at(-1)!.text, formWords.at(-1)!)) return undefined
  // "Lahore Electric Supply Company (Lesco)": a word in brackets opening with the initials of the name before it is that name's short form.
  // Settled here, so no other short form a letter away ("(Pesco)") reads as its second spelling.
  if (span.length === 1 && shortFormInBrackets(value, span[0]!)) return {span, rank: 0}
  // "President Xi (Jinping)": a word in brackets that completes the name before it into a known person's is that person's.
  if (span.length === 1 && value[span[0]!.start - 1] === '(' && completesKnownName(context, value, span[0]!)) return {span, rank: 0}
  // "villages, including Gabardin, Tonban, Karvan and Khaldin": a people's adjective stands in no list of names but one of other
  // peoples' adjectives ("Chinese, Japanes and Korean" is still a slip).
  if (hit.ref.entity.kind === 'demonym' && span.length === 1 && demonymOutOfList(context, span[0]!, value)) return undefined
  // "a Sardinian villa", "South Ossetian forces": a place's adjective is no slip for the place.
  if (hit.ref.entity.kind === 'place' && adjectiveOfPlace(text, hit.ref.form)) return {span, rank: 0}
  // "Prabowo Subianto-Gibran Rakabuming Raka": a person's name hyphened to another name is a ticket of two; the fix, if any, is the first name's alone.
  const ticket = hit.ref.entity.kind === 'person' ? ticketTail(text, hit.ref.form) : ''
  if (ticket && text === `${hit.ref.form}${ticket}`) return {span, rank: 0}
  // "Joh Sung Wook" is no Joshua Wong: a name of more syllable-long words than the person's has words, none of them the person's,
  // its letters two or more off, is a Korean, Chinese or Vietnamese name of its own ("Jerome Pow Ell", its letters kept, is still a slip).
  if (hit.ref.entity.kind === 'person' && hit.distance >= 2 && span.length > formWords.length && span.every((name) => name.text.length <= 4 && !formWords.includes(name.text))) return undefined
  // "Maha Sangha" in a story about Sri Lanka is no Mi Hazánk: a body two letters off or more, none of its words written, of a country the story is not about, is another body.
  // A body's generic noun written is none of its own words: "China Huaneng Group" is no Hanwha Group.
  if (hit.ref.entity.kind === 'org' && hit.distance >= 2 && !span.some((name) => formWords.includes(name.text) && !context.institutionWords.has(name.text.toLowerCase())) && storyElsewhere(context, hit.ref.entity, value, span)) return undefined
  // "the Keran sector" in a story about Kashmir is no Kerman: a place of a country the story is not about, its letters off, is another place.
  if (hit.ref.entity.kind === 'place' && placeElsewhere(context, hit.ref.entity, value, span)) return undefined
  // "the Japanese Komeito Party" is no Japanese Communist Party: a span holding another known body's name as one of its words names that body.
  if (hit.ref.entity.kind === 'org' && span.length > 1 && span.some((name) => namesOtherBody(context, name.text, hit.ref.entity))) return undefined
  // "the Hà Nội Party Committee" is no HUN Party: an acronym of a body's name is mistyped in capitals, not heard in words written in small letters.
  if (hit.ref.entity.kind === 'org' && span.length > 1 && formWords.some((word) => word.length > 1 && isAllCaps(word)) && !span.some((name) => isAllCaps(name.text))) return undefined
  // "Unión" is no slip for UNIAN: a word written in lower case after its capital is no acronym mistyped.
  if (isAllCaps(hit.ref.form) && !isAllCaps(text)) return undefined
  // "MalaysiaNow" is no Malaysian: a word with a capital inside it is a brand written as its owner writes it, or two words run together, the spacing rule's.
  if (span.length === 1 && innerCapital.test(text) && !innerCapital.test(hit.ref.form)) return undefined
  // An outlet is named in credits and bylines as each page sets it ("Politika" is no Politico): no other name's slip.
  // Nor is one of the generated list's small airlines ("Deniz Okyay" is no Dennis Sky).
  if (hit.ref.entity.kind === 'outlet' || isListedAirline(hit.ref.entity)) return undefined
  // And "Miss Bouton" is not Boston, nor "Ahmed Saad" Ahmedabad: a given name opening the span makes it a person's.
  if (hit.ref.entity.kind !== 'person' && (afterPersonCue(context, span[0]!.start, value) || (span.length > 1 && isFirstName(context, span[0]!.text)))) return undefined
  // Nor is "Aaron Beng Yao Cheng" Yancheng: a run of capitalized words opened by a given name is someone's name throughout.
  if (hit.ref.entity.kind !== 'person' && insideGivenNamesRun(context, span, run)) return undefined
  // "Davao del Norte" is no Norway: a lone word after a Capitalized word and a connector of another language ends a name of its own.
  if (hit.ref.entity.kind !== 'person' && span.length === 1 && afterForeignConnector(context, span[0]!.start, value)) return undefined
  // "Yin Weimin" is no Weixin: a lone word of pinyin syllables right after a one-syllable surname is a Chinese person's given name.
  if (hit.ref.entity.kind !== 'person' && span.length === 1 && pinyinGivenAfterSurname(context, span[0]!, run)) return undefined
  // "Datuk Wan Shaharuddin Wan Ladin" is no Latin: a lone word after a word of a person's name no dictionary knows is that name's.
  if (hit.ref.entity.kind !== 'person' && span.length === 1 && run.some((name) => name.end <= span[0]!.start && isUnknownWord(context, name) && isOtherNameWord(context, name.text))) return undefined
  // "Nguyen Hanh Phuc" is no Nguyen Hai Ninh: a span shorter than the person's name, with the run going on after it, is the start of a longer name of its own.
  if (hit.ref.entity.kind === 'person' && formWords.length > span.length && opensLongerName(span.at(-1)!, run)) return undefined
  // "Nguyen Huynh", "Nguyen Thi Nhu Phuong" are no Nguyen Hai Ninh or Nguyen Thanh Phong: Vietnamese given names come from a small
  // stock of syllables, and a name two letters or more from a known person's, under the same family name, is as often someone else's.
  if (hit.ref.entity.kind === 'person' && hit.distance >= 2 && span.length > 1 && span[0]!.text === formWords[0] && context.vietnameseSurnames.has(withoutAccents(span[0]!.text).toLowerCase())) return undefined
  // Nor is "Nguyen Thi Huong Lan" Nguyen Thi Hong: a name of three syllables or more goes on with a short one after it.
  if (hit.ref.entity.kind === 'person' && hit.distance > 0 && span.length >= 3 && syllableAfter(context, span, run)) return undefined
  // "Koh Ker", "Wadi Rum": a span opening with another language's word for an island, a hill or a valley is a place, no person heard in it.
  if (hit.ref.entity.kind === 'person' && span.length > 1 && context.placeNameHeads.has(span[0]!.text.toLowerCase()) && !formWords.some((word) => word.toLowerCase() === span[0]!.text.toLowerCase())) return undefined
  // "Basman Palace": a word that names a building or a square with the common noun after it is no place's slip.
  if (hit.ref.entity.kind === 'place' && span.length === 1 && featureAfter(context, span[0]!, run)) return undefined
  // "Lubya parish", "Kiambu county": a word before a lowercase noun of a kind of place names a place of its own.
  if (hit.ref.entity.kind === 'place' && beforePlaceNoun(value, span.at(-1)!.end, context.placeKindNouns)) return undefined
  // "the western region of Pskov" is no Peskov: a word after such a noun and "of" names the place.
  if (hit.ref.entity.kind === 'person' && span.length === 1 && afterPlaceNoun(value, span[0]!.start, context.placeKindNouns)) return undefined
  // Every word a dictionary word ("Christine La Guard"): only with a word
  // of the name itself to anchor it, the given name or the surname.
  if (!unknownWord && (hit.ref.entity.kind !== 'person' || !anchored(span, hit.ref.form))) return undefined
  // "Do Van Ve" is not "Van Ve" read as Vance: a Vietnamese name of short syllables does not begin inside its run,
  // after a syllable that is no title, place or people's adjective.
  if (hit.ref.entity.kind === 'person' && span.length > 1 && insideSyllableName(context, span, run)) return undefined
  // Another accepted romanization of a person from another script ("Nazarbaev", "Vorachit", "Yoon Ho-jung"; src/plugins/names/romanizations.ts).
  if (otherRomanization(context, span, text, hit.ref)) return {span, rank: 0, ref: hit.ref}
  // "Aleksandr Lukashenko" for Alexander: a romanized person's given name in another romanization of the same name (one line of the
  // cognates table), the surname kept, is the person; a Russian form of a Ukrainian name is a reading the gazetteer has, caught before.
  if (hit.ref.entity.kind === 'person' && !hit.ref.reading && ofTransliteratedCountry(context, hit.ref.entity) && otherLanguageGiven(context, span, hit.ref.form)) return {span, rank: 0, ref: hit.ref}
  // "Mohamed bin Abdulrahman al-Thani", "Mohammed Hamdan Daglo": another romanization of a transliterated person's given name, and the rest in
  // another layout or with one vowel dropped or added, are two variants of one name, not a slip.
  if (hit.ref.entity.kind === 'person' && !hit.ref.reading && transliterated(context, hit.ref.entity) && cognateGivenVariant(context, text, hit.ref.form)) return {span, rank: 0, ref: hit.ref}
  // "Chan Wing-kwong" is no slip for Chen Wenqing: a mainland name is written in pinyin, and a hyphenated given name is a Hong Kong, Taiwanese or Korean one's own.
  if (hit.ref.entity.kind === 'person' && hit.distance >= 2 && hyphenatedGiven.test(text) && countriesOf(gazetteer.entities).of(hit.ref.entity).has('China') && !hit.ref.form.includes('-')) return undefined
  // "Erick Tsang Kwok-wai" for Erick Tsang: Hong Kong copy writes the English given name, the surname and then the Chinese given name.
  if (hit.ref.entity.kind === 'person' && text.startsWith(`${hit.ref.form} `) && hyphenatedGiven.test(text) && text.split(' ').length === formWords.length + 1) return {span, rank: 0}
  // "Beida" in a story about Libya is no slip for Beira, a city of Mozambique: a lone word near a town needs the town's country in the story, or a story of no country.
  if (hit.ref.entity.kind === 'place' && span.length === 1 && !isCountry(hit.ref.entity.title) && storyElsewhere(context, hit.ref.entity, value, span)) return undefined
  // Nor is "Juntos" in a story about Peru a slip for Junts, a Catalan party: a body of one country needs its country or a story of none.
  if (hit.ref.entity.kind === 'org' && span.length === 1 && storyElsewhere(context, hit.ref.entity, value, span)) return undefined
  // "Sonoma, Calif." is no slip for Sonora, a state of Mexico: a lone word near a country's division needs a story about
  // that country, and a letter lost, added or swapped ("Uttrakhand"), not one changed: a town's name is as often one letter from a state's.
  // A letter added to or lost from a long name in plain letters ("Illiniois") is a slip in a story of no other country: no town is
  // named so near a state. One written with another language's letters is that language's place ("Çağlayan" is no Cagayan).
  const longSlip = () => hit.distance === 1 && text.length >= 8 && text.length !== hit.ref.form.length && /^[A-Za-z]+$/.test(text) && !storyElsewhere(context, hit.ref.entity, value, span)
  if (span.length === 1 && isDivision(hit.ref.entity) && ((!ofStoryCountry(context, hit.ref.entity, value) && !longSlip()) || letterChanged(text, hit.ref.form))) return undefined
  // "Shah Jahan" is no Japan: a lone word after another capitalized word of its run ends that name (a people's adjective
  // may still be another language's form in a name translated word by word: "the Federation Boliviana").
  if (span.length === 1 && isCountry(hit.ref.entity.title) && nameWordBefore(context, span[0]!, run)) return undefined
  // "from Malda in West Bengal" is no Malta: a place said to be in another known place is a town of that place, and a country is in none.
  if (span.length === 1 && isCountry(hit.ref.entity.title) && inOtherPlace(context, hit.ref.entity, span[0]!.end, value)) return undefined
  // "tributaries such as the Chire and the Revobue": after "the", a lone word near a country that takes no article ("Chile") names a river or a region.
  if (span.length === 1 && isCountry(hit.ref.entity.title) && /(?:^|[^\p{L}])the $/u.test(value.slice(Math.max(0, span[0]!.start - 5), span[0]!.start)) && !takesArticle(hit.ref.entity)) return undefined
  // "Sheikhupura" for the gazetteer's Shekhupura: a place of an abjad or Indic country in another romanization of its vowels.
  if (placeVowelsRomanized(context, text, hit.ref)) return {span, rank: 0, ref: hit.ref}
  // "Kannur" in a story about Kerala is no Kanpur: a town's name is as often one consonant from another town's as a slip of it.
  if (span.length === 1 && hit.ref.entity.kind === 'place' && !isCountry(hit.ref.entity.title) && consonantChanged(text, hit.ref.form)) return undefined
  // "the Yellow, Huaihe and Haihe rivers": a name listed beside the one it would be fixed to is another of the list.
  if (listedBeside(value, span[0]!.start, span.at(-1)!.end, hit.ref.form)) return undefined
  // "President Samia" after "Samia Suluhu Hassan": a word the story writes inside a known name is that name's.
  if (span.length === 1 && inKnownNameElsewhere(context, span[0]!, value)) return undefined
  // "the Lepep Alliance", "his Alliance Lepep coalition" are no Le Pen: a lone word beside a body's noun names the body.
  if (span.length === 1 && hit.ref.entity.kind === 'person' && (bodyNounAfter(context, span[0]!, run) || bodyNounBefore(context, span[0]!, run))) return undefined
  // "Secretary General Dasanayake" is no President Dissanayake: a lone word two letters off or more, after a title the person's
  // office lacks, is someone else ("Speaker Volodina", a letter off, is still Volodin, whose office says "Chairman").
  if (span.length === 1 && hit.ref.entity.kind === 'person' && hit.distance >= 2 && otherTitleBefore(context.titles, context.courtesyTitles, hit.ref.entity.title, span[0]!.start, value)) return undefined
  // "Foreign Minister Asaad al-Shaibani" is no Assad: a lone word before a particle's name is a given name of a longer name.
  if (span.length === 1 && hit.ref.entity.kind === 'person' && particleNameAfter(value, span[0]!.end)) return undefined
  // "Sheikh Bandar Bin Mohammed", "bin Bandar bin Abdul Aziz": a word beside "bin" is a forebear's name in one person's longer name.
  if (span.length === 1 && hit.ref.entity.kind === 'person' && besidePatronymic(value, span)) return undefined
  // "John Bande" is no Joyce Banda: a lone word the story writes after another given name than the person's is that other person's surname.
  if (span.length === 1 && hit.ref.entity.kind === 'person' && afterOtherGiven(context, span[0]!.text, hit.ref.entity, value)) return undefined
  // "Roberto Fico" in a story about Naples: another language's form of the person's given name, with no story about their country, is someone of that language.
  if (hit.ref.entity.kind === 'person' && otherLanguageGiven(context, span, hit.ref.form) && !ofStoryCountry(context, hit.ref.entity, value)) return undefined
  // A whole name that keeps only its surname or its given name ("Chief Cabinet Secretary: Hiroichi Matsuno") is the person's only in a story about their country, after a word of their title.
  const confirmed = hit.ref.entity.kind === 'person' && ofStoryCountry(context, hit.ref.entity, value) && titleBefore(context, hit.ref.entity, span[0]!.start, value)
  // Every capitalized word of the office before it must be theirs: "Minister of Education El-Helaly El-Sherbiny" is no Housing Minister El-Sherbiny.
  if (hit.kept && !(confirmed && officeWrittenHeld(context, hit.ref.entity, span[0]!.start, value))) return undefined
  // "Speaker Mohamed Aslam" in a story about the Maldives is no sound-alike of Iran's Mohammad Eslami: a match by sound needs the person's country, or a story of no country.
  // So does a common given name kept before a surname a letter off ("Ahmed Nazim" in a story about the Maldives is no Ahmed Nazif of Egypt),
  // unless the story writes the person's surname elsewhere ("Javier Miley" … "Milei wrote").
  // The person's own title right before ("Secretary of State Antony Blink In" in a story from Cairo) says who it is wherever the story is.
  if (hit.ref.entity.kind === 'person' && (hit.distance > 1 || (commonGivenKept(context, span, hit.ref.form) && !value.includes(aloneName(hit.ref.entity)))) && storyElsewhere(context, hit.ref.entity, value, span) && !officeBefore(context, hit.ref.entity, span[0]!.start, value)) return undefined
  // A name in the Latin script is spelled one way; a transliterated one ("Kim Geon-hee") has variants no list holds.
  const ownSpelling = hit.ref.entity.kind === 'person' && !transliterated(context, hit.ref.entity) && ofStoryCountry(context, hit.ref.entity, value)
  // "Maria Delgado" is not Mario Delgado: a Romance given name in the other sex's ending before the same surname is another person
  // (a slip of one letter elsewhere, "Keri Starmer", "Olav Scholz", still is one).
  if (hit.ref.entity.kind === 'person' && otherGivenSameSurname(context, span, hit.ref.form)) return undefined
  // "Michael Pompeo" for Mike Pompeo, "Samuel Matekane" for Sam Matekane: a usual short or full form of the person's given name, the rest kept, is the person as written.
  if (hit.ref.entity.kind === 'person' && shortFormOfGiven(context, span, hit.ref.form, value)) return undefined
  // Confirmed by the story, a name two letters off or more is a garble; one letter off, it may be the variant a romanization makes ("Kim Geon-hee").
  // A common English given name of its own ("Olga Scholz") still says another person,
  const ownGiven = span.some((name) => isFirstName(context, name.text) && !formWords.includes(name.text))
  // Unless the person's own office is written right before, every capitalized word of it theirs ("British Prime Minister Keith Starmer").
  const heldOffice = () => officeBefore(context, hit.ref.entity, span[0]!.start, value) && officeWrittenHeld(context, hit.ref.entity, span[0]!.start, value)
  if (hit.ref.entity.kind === 'person' && !(hit.distance >= 2 && ((confirmed && !ownGiven) || heldOffice())) && !personAligned(context, span, hit.ref.form, ownSpelling)) return undefined
  // "Lin Teh-fu (林德夫)" is no Lin Te-fu (林德福): characters the story gives after the name that are not the person's say someone else.
  if (hit.ref.entity.kind === 'person' && otherCharactersAfter(hit.ref.entity, span.at(-1)!.end, value)) return undefined
  // "Lee Il-houng" is no Lee In-young: a Korean family name kept says little (one Korean in five is a Kim, one in seven a Lee),
  // so a given name two letters off or more is another person's, unless the office stands before it.
  if (hit.ref.entity.kind === 'person' && koreanFamilyKept(context, span, hit.ref.form) && !officeBefore(context, hit.ref.entity, span[0]!.start, value)) return undefined
  // So says any family name three known persons share ("AKM Shahidur Rahman" is no Shafiqur Rahman): only the given name tells them apart.
  if (hit.ref.entity.kind === 'person' && commonSurnameKept(context, span, hit.ref.form) && !officeBefore(context, hit.ref.entity, span[0]!.start, value)) return undefined
  // "Bushra al-Assad, the president's sister" is no Bashar al-Assad: the surname kept, another given name, and a family tie said
  // right after the name make a relative.
  if (hit.ref.entity.kind === 'person' && relativeOf(context, span, hit.ref.form, value)) return undefined
  // "CEO and President Kim Hyun-seok" is no Kim Hyun-sook, a minister: a Korean name even a letter off, after a title the person's office lacks, is someone else's.
  if (hit.ref.entity.kind === 'person' && context.korean.surnames.has(span[0]!.text) && otherTitleBefore(context.titles, context.courtesyTitles, hit.ref.entity.title, span[0]!.start, value)) return undefined
  // "Lee Dong-jun" is no Dong Jun of China: a hyphenated given name after a Korean family name is a Korean's.
  if (hit.ref.entity.kind === 'person' && koreanGivenAlone(context, span, text, hit.ref.form, value)) return undefined
  // Inside a longer name only a span that keeps the person's given name ("… Keir Starmmer") is theirs: after another
  // name word, a kept surname with another given name is someone with a longer given name ("Ali Akbar Salehi").
  if (hit.ref.entity.kind === 'person' && ((insideLongerName(context, span, run) && !keepsGiven(span, hit.ref.form)) || ownOrthography(text, hit.ref.form))) return undefined
  // "Mohammed Bin Saoud" is not Mohammed bin Zayed, nor "Abdel Fattah el-Burhan" el-Sisi: after the same particle another word is another family.
  if (hit.ref.entity.kind === 'person' && otherWordAfterParticle(text, hit.ref.form)) return undefined
  // "Sanae Takashi" for Sanae Takaichi: a Japanese person's given name or surname kept is that person, whatever Chinese or Korean syllables the rest also spells.
  if (hit.ref.entity.kind === 'person' && !hit.ref.reading && !(hit.kept && confirmed) && !(isJapanese(hit.ref.entity) && anchored(span, hit.ref.form)) && anotherRomanizedName(context, span, hit.ref.form)) return undefined
  // A title or an acronym at the edge belongs to the sentence, not the name ("JPMorgan Chase CEO").
  if (span.length > 1 && [span[0]!, span.at(-1)!].some((name) => isAllCaps(name.text) || titles.has(name.text.toLowerCase()))) return undefined
  // A one-word name alone, next to other name words, is part of someone
  // else's name ("Hiroshi Tanabe" is not Tinubu, "Paul Creston" not Preston).
  // Two letters swapped inside a word no list knows is a slip of the hand,
  // not another name, even inside someone else's full name: there it is
  // as sure as a surname after a title.
  const insideName = span.length === 1 && besideOtherNames(value, span[0]!, (word) => isOtherNameWord(context, word), (word) => context.titles.has(word.toLowerCase()))
  // So is an accented letter lost on the way ("Rodrguez", "Markovi"): a page's encoding drops it, no writer. Not in a given name's
  // place, opening a run that goes on ("Filipe Batiwale" is no Filipče).
  const previous = run[run.indexOf(span[0]!) - 1]
  const givenPlace = span.length === 1 && opensLongerName(span[0]!, run) && (previous === undefined || titles.has(previous.text.toLowerCase()) || context.lexicon.hasLowercase(previous.text.toLowerCase()))
  // Nor is a surname's letters swapped in a given name's place ("Saeid Farajpuri" is no Kais Saied), unless the surname is a given name too ("Gabirel").
  const swapped = hit.ref.entity.kind === 'person' && ((!givenPlace && lostAccentedLetter(text, hit.ref.form)) || (insideName && swappedLetters(text, hit.ref.form) && !(givenPlace && hit.ref.type === 'surname' && !isFirstName(context, hit.ref.form))))
  if (insideName && !swapped) return undefined
  const target = hit.ref.form
  // "Martín" for Martin: the same letters but for accents is the same name in another language;
  // "Organisation" for Organization the same name in the other dialect; "Zine al-Abidine" for Zine El Abidine the Arabic article in its other romanization.
  // "King Juan Carlos" for Juan Carlos I, "Romeo Brawner" for Romeo Brawner Jr.: the name without its number is the same person.
  if (squash(text) === squash(target) || numberedFormOf(text, target) || otherDialectSpelling(text, target) || otherArticleVowel(text, target) || otherEzafe(text, target) || macronDoubled(text, target) || cyrillicEnding(text, target)) return {span, rank: 0}
  // "Mustafa Madbouly" for Mostafa Madbouly: the surname kept, the given name
  // transliterated with other vowels (Arabic, Persian and Urdu names reach
  // English so), is the same person; an English given name ("Donuld") or a
  // Japanese one ("Shinzu Abe") is a typo.
  if (hit.ref.entity.kind === 'person' && !hit.ref.entity.native && !isJapanese(hit.ref.entity) && transliterated(context, hit.ref.entity) && (sameSurnameOtherVowels(context, span, target, hit.ref.entity.surname) || sameGivenOtherAspirates(span, target) || otherVowelsThroughout(span, target) || surnameVowelDropped(context, hit.ref.entity, span, target))) return {span, rank: 0}
  // A Japanese long vowel written another accepted way ("Taro Kohno", "Shinzou Abe") is the same name.
  if (isJapanese(hit.ref.entity) && foldLongVowels(squash(text), context.longVowels) === foldLongVowels(squash(target), context.longVowels)) return {span, rank: 0}
  // "Baghdadi", "Shirazi": a place's name with the Arabic and Persian "-i" of origin is an adjective or a family name, no slip of the place.
  if (hit.ref.entity.kind === 'place' && text === `${target}i`) return undefined
  // "Foreign Minister Yair" ends where "Yair Lapid", a known name, goes on: no body's garble.
  if (splitsKnownName(context, span, run, value)) return undefined
  // A variant in another layout than the name ("Kao Hung-an" beside Ann Kao, "Nishimura Yasutoshi") is the form the writer meant: it comes first; a spelling variant of the same words ("Zelenskiy") after the name.
  const expected = (hit.ref.type !== 'variant' ? [target] : sameShape(target, hit.ref.entity.name) ? [hit.ref.entity.name, target] : [target, hit.ref.entity.name]).map((form) => form + ticket)
  // Words run together into a one-word name ("Ta Kav" for Takao) are judged as that lone word would be.
  const loneWord =
    !target.includes(' ')
      ? {
          entity: hit.ref.entity,
          surname: hit.ref.type === 'surname',
          // "Governor Tawes" in a story about Maryland is no Tawee, Thailand's justice minister: the title must be the person's, or the story their country's.
          afterTitle: previous !== undefined && titles.has(previous.text.toLowerCase()) && (hit.ref.entity.kind !== 'person' || titleBefore(context, hit.ref.entity, span[0]!.start, value) || ofStoryCountry(context, hit.ref.entity, value)),
          swapped,
          addressed: hit.ref.entity.kind === 'person' && ofStoryCountry(context, hit.ref.entity, value) && (context.courtesyTitles.has(wordBefore(value, span[0]!.start, true)) || officeInStory(hit.ref.entity, value))
        }
      : undefined
  return {
    span,
    rank: 1 + hit.score,
    candidate: {
      span,
      expected,
      level: 'warning',
      reason: `Unexpected ${quote(text)}, did you mean ${quote(target + ticket)}?`,
      note: describe(hit.ref),
      ...(loneWord ? {loneWord} : {}),
      ...(span.length > 1 && target.includes(' ') && hit.ref.entity.kind === 'person' ? {fullName: {entity: hit.ref.entity}} : {})
    }
  }
}

/**
 * The same letters with two neighbours swapped, neither the first letter nor
 * the last ("Sharfi" is a name of its own), in a word of five letters or more ("Stramer" for Starmer): the one edit that
 * makes no other real name so much as a slip of the hand.
 */
/** Whether the story names the person's office: every word of the title on record but connectors and years ("mayor", "Tehran" of "Mayor of Tehran (2021–)"). */
function officeInStory(entity: Entity, value: string): boolean {
  const words = titleWords(entity.title).filter((word) => word.length > 2 && !nameConnectors.has(word))
  if (words.length < 2) return false
  const lower = value.toLowerCase()
  return words.every((word) => wordStarts(lower, word).length > 0)
}

/** Whether a Capitalized word and a name's connector that is no English word ("del", "dos", "de la") stand right before `start`. */
function afterForeignConnector(context: NamesContext, start: number, value: string): boolean {
  const words = /\p{Lu}[\p{L}'’-]*((?: \p{Ll}+){1,2}) $/u.exec(value.slice(Math.max(0, start - 40), start))?.[1]?.trim().split(' ') ?? []
  return words.length > 0 && words.every((word) => nameConnectors.has(word) && !context.lexicon.hasLowercase(word))
}

function swappedLetters(text: string, form: string): boolean {
  if (text.length !== form.length || text.length < 5) return false
  let at = 1
  while (at < text.length && text[at] === form[at]) at++
  if (text[0] !== form[0] || at >= text.length - 2) return false
  return text[at] === form[at + 1] && text[at + 1] === form[at] && text.slice(at + 2) === form.slice(at + 2)
}

/** The known form with one letter of no English word (í, ć, ş) taken out, nothing else changed. */
function lostAccentedLetter(text: string, form: string): boolean {
  const at = droppedLetterAt(text, form)
  return at >= 0 && /[^\x00-\x7F]/.test(form[at]!) && /\p{L}/u.test(form[at]!)
}

/** The next word of the run is a short capitalized word that is no title, determiner, place or body: another syllable of the name. */
function syllableAfter(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[]): boolean {
  const next = run[run.indexOf(span.at(-1)!) + 1]
  return next !== undefined && !next.connector && next.text.length <= 4 && !isAllCaps(next.text) && !notNameWord(context, next)
}

/** The next word of the run is a capitalized word, no connector: the name goes on. */
function opensLongerName(name: NameToken, run: readonly NameToken[]): boolean {
  const next = run[run.indexOf(name) + 1]
  return next !== undefined && !next.connector
}

/** The next word of the run is a noun that names a kind of body ("Alliance", "Party", "Movement"). */
function bodyNounAfter(context: NamesContext, name: NameToken, run: readonly NameToken[]): boolean {
  const next = run[run.indexOf(name) + 1]
  return next !== undefined && !next.connector && context.institutionWords.has(next.text.toLowerCase())
}

/** The word before `name` in its run is a body's noun ("Alliance Lepep", as French names its parties). */
function bodyNounBefore(context: NamesContext, name: NameToken, run: readonly NameToken[]): boolean {
  const before = run[run.indexOf(name) - 1]
  return before !== undefined && !before.connector && context.institutionWords.has(before.text.toLowerCase())
}

/** The word before `name` in its run is one pinyin syllable, and `name` is one or two ("Yin Weimin"). */
function pinyinGivenAfterSurname(context: NamesContext, name: NameToken, run: readonly NameToken[]): boolean {
  const before = run[run.indexOf(name) - 1]
  return before !== undefined && !before.connector && context.pinyinSyllables.has(before.text.toLowerCase()) && pinyinGiven(name.text.toLowerCase(), context.pinyinSyllables)
}

/** The next word of the run is a capitalized common noun ("Palace", "Square"): the span names a feature of its own. */
function featureAfter(context: NamesContext, name: NameToken, run: readonly NameToken[]): boolean {
  const next = run[run.indexOf(name) + 1]
  return next !== undefined && !next.connector && /^\p{Lu}\p{Ll}+$/u.test(next.text) && context.lexicon.hasLowercase(next.text.toLowerCase()) && !context.titles.has(next.text.toLowerCase())
}

/** The word before `name` in its run, one space apart, is a capitalized word of a name: no determiner, word opening the sentence ("The", "In") or title ("President Samia"). */
function nameWordBefore(context: NamesContext, name: NameToken, run: readonly NameToken[]): boolean {
  const previous = run[run.indexOf(name) - 1]
  const lower = previous?.text.toLowerCase() ?? ''
  return previous !== undefined && !previous.connector && previous.end === name.start - 1 && !context.determiners.has(lower) && !nameConnectors.has(lower) && !context.titles.has(lower)
}

/** "in" and a known place after the word, of a country other than `country`. */
function inOtherPlace(context: NamesContext, country: Entity, end: number, value: string): boolean {
  const place = /^ in (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u.exec(value.slice(end, end + 50))?.[1]
  if (place === undefined) return false
  const refs = context.gazetteer.lookup(place).filter((ref) => ref.entity.kind === 'place' && ref.type !== 'garble' && ref.entity !== country)
  const countries = countriesOf(context.gazetteer.entities)
  return refs.length > 0 && refs.every((ref) => !countries.of(ref.entity).has(country.name))
}

/** Whether a country's forms on record write it with "the" ("The Gambia", "Republic of the Philippines"). */
function takesArticle(entity: Entity): boolean {
  return [entity.name, ...entity.variants].some((form) => form.includes(`the ${entity.name}`) || form.includes(`The ${entity.name}`))
}

/** An age right after a name: ", 50," or " (50)". */
const ageAfter = /^(?:, \d{1,3}(?=[,;.)]| and\b)| \(\d{1,3}\))/u
/** Another name with its age, in the same stretch of text. */
const namedAge = /\p{Lu}[\p{L}'’-]+(?:, \d{1,3}[,;.]| \(\d{1,3}\))/gu

/** Whether the name at `start`..`end` has an age after it, in a sentence that gives two other names an age too. */
function inListOfAges(value: string, start: number, end: number): boolean {
  if (!ageAfter.test(value.slice(end, end + 8))) return false
  const from = Math.max(0, value.lastIndexOf('.', start - 2) + 1, value.lastIndexOf('\n', start) + 1)
  const line = value.indexOf('\n', end)
  const stretch = value.slice(from, Math.min(line < 0 ? value.length : line, end + 160))
  return (stretch.match(namedAge)?.length ?? 0) >= 3
}

/** Whether the story writes `word` after a common given name that is not the person's own, a letter from it or its form in another language. */
function afterOtherGiven(context: NamesContext, word: string, entity: Entity, value: string): boolean {
  const own = entity.name.split(/\s+/)[0]!.toLowerCase()
  for (const {match, at} of before(value, word, givenBefore)) {
    const given = match[1]!
    // A given name known only as the start of another known person's name counts where the word ends the name ("Viktor Bondar,"); inside a longer one the word may be a slip of the hand ("Oksana Shymhal Kovalenko").
    const endsName = !/^ \p{Lu}/u.test(value.slice(at + word.length, at + word.length + 2))
    // Another language's form of the person's own ("Simon" for Szymon) is still the person.
    if ((isFirstName(context, given) || (endsName && givenName(context, given))) && editDistance(given.toLowerCase(), own, 1) > 1 && (lineOf(context, given) === undefined || lineOf(context, given) !== lineOf(context, own))) return true
  }
  return false
}

const givenBefore = /(?<!\p{L})(\p{Lu}\p{Ll}+) $/u

/** A given name of the list, or one that opens a known person's name and is no common word, title or Korean family name ("Viktor", "Taras"). */
function givenName(context: NamesContext, word: string): boolean {
  if (isFirstName(context, word)) return true
  const lower = word.toLowerCase()
  return opensKnownName(context, word) && !context.lexicon.hasLowercase(lower) && !context.titles.has(lower) && !context.korean.surnames.has(word)
}

/** The span opens with the known name's own given name, a common one. */
function commonGivenKept(context: NamesContext, span: readonly NameToken[], form: string): boolean {
  return span.length > 1 && span[0]!.text === form.split(/\s+/)[0] && isFirstName(context, span[0]!.text)
}

const hyphenatedGiven = /\s\p{Lu}\p{Ll}+-\p{Ll}+$/u
const charactersAfter = /^ ?[(（]([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana} ]+)[)）]/u

/** The CJK characters in brackets right after the name, where the person's own are on record and differ. */
function otherCharactersAfter(entity: Entity, end: number, value: string): boolean {
  const written = charactersAfter.exec(value.slice(end, end + 24))?.[1]
  return written !== undefined && entity.native !== undefined && written.replace(/ /g, '') !== entity.native.replace(/ /g, '')
}

const loneHyphenatedGiven = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u

/** "Lee Dong-jun" is no Dong Jun of China: a lone hyphenated given name right after a Korean family name is a Korean's. */
function koreanGivenAlone(context: NamesContext, span: readonly NameToken[], text: string, form: string, value: string): boolean {
  if (span.length !== 1 || !loneHyphenatedGiven.test(text) || form.includes('-')) return false
  const before = /(\p{Lu}\p{Ll}*) $/u.exec(value.slice(Math.max(0, span[0]!.start - 20), span[0]!.start))?.[1]
  return before !== undefined && context.korean.surnames.has(before)
}

/** Whether up to four words right before `start` (a possessive's apostrophe allowed) and the text to `end` are a name the gazetteer accepts. */
function endsKnownName(context: NamesContext, start: number, end: number, value: string): boolean {
  const before = value.slice(Math.max(0, start - 60), start)
  if (!/[\p{L}'’] $/u.test(before)) return false
  const words = before.trimEnd().split(' ')
  for (let count = 1; count <= Math.min(4, words.length); count++) {
    const from = start - words.slice(-count).join(' ').length - 1
    if (!/^\p{Lu}/u.test(value.slice(from, from + 1))) continue
    if (context.gazetteer.isAccepted(value.slice(from, end).replace(/’/g, "'"))) return true
  }
  return false
}

/** Whether the story writes the word elsewhere as a word of a name the gazetteer knows ("Samia Suluhu Hassan"). */
function inKnownNameElsewhere(context: NamesContext, name: NameToken, value: string): boolean {
  const {text} = name
  for (let at = value.indexOf(text); at >= 0; at = value.indexOf(text, at + text.length)) {
    if (at === name.start) continue
    // The runs of capitalized words near this use: one holds the word if it is part of a longer name.
    for (const run of value.slice(Math.max(0, at - 40), at + text.length + 40).match(capitalizedRun) ?? []) {
      const words = run.split(' ')
      if (words.includes(text) && knownSubName(context, words, text)) return true
    }
  }
  return false
}

const capitalizedRun = /\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+/gu

/** Whether some two words or more of the run, the word among them, are a name the gazetteer accepts. */
function knownSubName(context: NamesContext, words: readonly string[], word: string): boolean {
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 2; to <= Math.min(words.length, from + 4); to++) {
      const part = words.slice(from, to)
      if (part.includes(word) && context.gazetteer.isAccepted(part.join(' '))) return true
    }
  }
  return false
}

/** As many words, each beginning as its counterpart does: spellings of one layout ("Volodymyr Zelenskiy", "Volodymyr Zelensky"). */
function sameShape(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/)
  const y = b.toLowerCase().split(/\s+/)
  return x.length === y.length && x.every((word, i) => word.slice(0, 3) === y[i]!.slice(0, 3))
}

/** Whether the story writes `word` after a courtesy title or a given name somewhere. */
function personElsewhere(context: NamesContext, word: string, value: string): boolean {
  for (let at = value.indexOf(word); at >= 0; at = value.indexOf(word, at + word.length)) {
    if (afterPersonCue(context, at, value)) return true
  }
  return false
}

/** One or two lowercase name connectors right before `start` make, with `text`, a name the gazetteer knows. */
function endsParticleName(context: NamesContext, start: number, text: string, value: string): boolean {
  const before = /(?:^|[^\p{L}])((?:\p{Ll}+ ){1,2})$/u.exec(value.slice(Math.max(0, start - 16), start))?.[1]
  if (before === undefined) return false
  const words = before.trim().split(' ')
  return words.some((_, at) => words.slice(at).every((word) => nameConnectors.has(word)) && context.gazetteer.isAccepted(`${words.slice(at).join(' ')} ${text}`))
}

/** The span is the person's surname after another language's form of their given name ("Roberto" for Robert). */
function otherLanguageGiven(context: NamesContext, span: readonly NameToken[], form: string): boolean {
  const words = form.split(/\s+/)
  if (span.length !== 2 || words.length !== 2 || squash(span[1]!.text) !== squash(words[1]!) || squash(span[0]!.text) === squash(words[0]!)) return false
  const line = lineOf(context, span[0]!.text)
  return line !== undefined && line === lineOf(context, words[0]!)
}

/** "<a known body> of <a country>", the body being that country's. */
function bodyOfItsCountry(context: NamesContext, text: string): boolean {
  const parts = /^(.+) of ((?:the )?\p{Lu}.*)$/u.exec(text)
  if (!parts) return false
  const countries = countriesOf(context.gazetteer.entities)
  const named = countries.in(parts[2]!)
  if (named.size === 0) return false
  return context.gazetteer.lookup(parts[1]!).some((ref) => ref.entity.kind !== 'person' && [...countries.of(ref.entity)].some((country) => named.has(country)))
}

/**
 * "Vui" for Vučić, "Ivica Dai" for Ivica Dačić: a known name with its
 * letters outside English's alphabet dropped, as copy passed through a
 * broken encoding loses them. Only for a person or place of the story's
 * country, or one the story writes in full elsewhere.
 */
function lostLetters(context: NamesContext, span: NameToken[], text: string, value: string): Contender | undefined {
  const refs = context.gazetteer.lostLetters(text).filter((ref) => ref.type !== 'garble' && (value.includes(ref.form) || ofStoryCountry(context, ref.entity, value)))
  const entities = new Set(refs.map((ref) => ref.entity))
  if (entities.size !== 1) return undefined
  const ref = refs[0]!
  // "Andrea Papi … Papi’s family" is no Igor Papič: a lone word the story writes after another given name is that person's surname.
  if (span.length === 1 && ref.entity.kind === 'person' && afterOtherGiven(context, text, ref.entity, value)) return undefined
  return {
    span,
    rank: 1,
    candidate: {
      span,
      expected: [ref.form],
      level: 'warning',
      reason: `Unexpected ${quote(text)}, ${quote(ref.form)} with its letters outside English’s alphabet dropped`,
      note: describe(ref)
    }
  }
}

/** The word after a name particle ("bin Zayed", "el-Sisi"), lowercased, by particle. */
function afterParticles(name: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of name.toLowerCase().matchAll(wordAfterParticle)) found.set(match[1]!, squash(match[2]!))
  return found
}

const wordAfterParticle = new RegExp(`(?<![\\p{L}])(${nameParticles.join('|')})[\\s-]+(\\p{L}+)`, 'gu')

/** Both names have a particle with a word after it that differs in more than a third of its letters ("Saoud" and "Zayed"; "Sibani" for Shaibani is a garble). */
function otherWordAfterParticle(text: string, form: string): boolean {
  const written = afterParticles(text)
  for (const [particle, word] of afterParticles(form)) {
    const other = written.get(particle)
    if (other !== undefined && editDistance(other, word) * 3 > Math.max(other.length, word.length)) return true
    // "Al Saif" is no al-Said: a short family name with another consonant is another family, whatever its vowels.
    if (other !== undefined && Math.max(other.length, word.length) <= 4 && withoutVowels(other) !== withoutVowels(word)) return true
  }
  return false
}

/** The span opens with the person's given name as the name writes it. */
function keepsGiven(span: readonly NameToken[], form: string): boolean {
  return span.length >= 2 && form.includes(' ') && span[0]!.text.toLowerCase() === form.split(/\s+/)[0]!.toLowerCase()
}

/**
 * Two words or more with another name word right before or after them in
 * the run ("Chang Lih Kang", "Tengku Abdul Aziz"): part of a longer name,
 * not a near miss of a shorter one. A title ("Secretary-General"), an
 * acronym or a common word beside them is no name word.
 */
function insideLongerName(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[]): boolean {
  if (span.length < 2) return false
  const at = run.indexOf(span[0]!)
  return [run[at - 1], run[at + span.length]].some((name) => name !== undefined && !name.connector && !isAllCaps(name.text) && isOtherNameWord(context, name.text) && !name.text.split('-').every((part) => context.lexicon.hasLowercase(part.toLowerCase())))
}

/**
 * A name written with letters only its own orthography has (Vietnamese
 * "Nguyễn Hạnh Phúc", "Trọng Đức"): the writer had the name in front of
 * them, so it is someone's own, not a near miss of a known person's
 * unless it is that person's name but for the marks.
 */
function ownOrthography(text: string, form: string): boolean {
  return ownLetters.test(text) && squash(text) !== squash(form)
}

const ownLetters = /[\u1EA0-\u1EF9ĐđƠơƯư]/u

/** Whether the span's first word ends a known place's name with the word before it in the run ("Hong" before "Kong News Agency"). */
function beginsInsidePlace(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[], value: string): boolean {
  const before = run[run.indexOf(span[0]!) - 1]
  return before !== undefined && context.gazetteer.lookup(spanText([before, span[0]!], value)).some((ref) => ref.entity.kind === 'place')
}

/** Whether the span's first or last word makes a known name with the word before or after it in the run. */
function splitsKnownName(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[], value: string): boolean {
  const at = run.indexOf(span[0]!)
  const before = run[at - 1]
  const after = run[at + span.length]
  return (
    (after !== undefined && context.gazetteer.isAccepted(spanText([span.at(-1)!, after], value))) ||
    (before !== undefined && context.gazetteer.isAccepted(spanText([before, span[0]!], value)))
  )
}

/** How many spaces and hyphens part the name's words. */
function separators(form: string): number {
  return form.split(/[ -]/).length - 1
}

/** The span goes on, word after capitalized word, a run that a common given name opens. */
function insideGivenNamesRun(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[]): boolean {
  const at = run.indexOf(span[0]!)
  if (at < 1) return false
  const before = run.slice(0, at)
  return isFirstName(context, before[0]!.text) && before.every((name) => name.capitalized && !name.connector)
}

/**
 * Whether the form hyphens a connector between two words ("Anwaar-ul-Haq", "Fazl-ur-Rehman") and the text keeps apart
 * every word of it but that connector. A connector the form spaces stays a word of its own: "Vonderleyen", "Dasilva"
 * and "el Sisi" for el-Sisi are slips.
 */
function connectorJoined(form: string, text: string): boolean {
  const inner = form.split(' ').flatMap((word) => word.split('-').slice(1, -1))
  if (!inner.some((part) => nameConnectors.has(part))) return false
  const words = form.split(/[ -]/).filter((part) => !nameConnectors.has(part))
  return text.split(/[ -]/).length >= words.length
}

/** A particle that may be joined (dictionaries/joined-particles.txt), spaced or hyphened before a capitalized word. */
const apartParticle = new RegExp(`(^|\\s)(${joinedParticles.map((particle) => `[${particle[0]!.toUpperCase()}${particle[0]}]${particle.slice(1)}`).join('|')})[ -](\\p{Lu})`, 'gu')

/** The form with each such particle joined to the word after it, one capital for both ("Al Zayani" → "Alzayani"). */
function particleJoined(form: string): string {
  return form.replace(apartParticle, (_, space: string, particle: string, capital: string) => space + particle[0]!.toUpperCase() + particle.slice(1).toLowerCase() + capital.toLowerCase())
}

/** Whether two of the entity's own forms are the same letters spaced or hyphened otherwise. */
function layoutsVary(entity: Entity): boolean {
  const plain = [entity.name, ...entity.variants].map(withoutAccents)
  return plain.some((form, i) => plain.some((other, j) => j > i && form.toLowerCase() !== other.toLowerCase() && squash(form) === squash(other)))
}

/** Whether `text` ends, word for word as written, some known person's name or variant. */
function closesKnownName(context: NamesContext, text: string): boolean {
  const ending = ` ${text}`
  return context.gazetteer.entities.some((entity) => entity.kind === 'person' && [entity.name, ...entity.variants].some((form) => form.endsWith(ending)))
}

/** A span the gazetteer has as written, ignoring case: a known name, or a known misspelling or variant. */
function exactReading(context: NamesContext, span: NameToken[], run: readonly NameToken[], text: string, refs: readonly FormRef[], value: string): Contender | undefined {
  const accepted = refs.filter((ref) => ref.type !== 'garble')
  if (context.gazetteer.isAccepted(text) || isAllCaps(text) || sameLetters(accepted, text) || accepted.some((ref) => otherDialectSpelling(text, ref.form) || romanizedLayout(context, ref.entity, ref.form, text) || syllablesSpaced(ref, text))) {
    // Known as written, or only its case is off (the case rule says that better).
    return {span, rank: 0, ref: accepted[0] ?? refs[0]!}
  }
  const ref = accepted[0] ?? refs[0]!
  // "Maulana Fazl-ur-Rehman": the gazetteer writing the person's name in two layouts of the same letters ("Fazl-ur-Rehman",
  // "Fazlur Rehman"), any layout of those letters is the person's.
  // The words kept apart, though: "Leejaemyung" run together is still a slip.
  if (ref.entity.kind === 'person' && ref.type !== 'garble' && layoutsVary(ref.entity) && accepted.some((known) => (known.type === 'name' || known.type === 'variant') && squash(known.form) === squash(text) && separators(text) >= separators(known.form))) return {span, rank: 0, ref}
  // "Abdullatif bin Rashid Alzayani" for Al Zayani: the Arabic article joined to the name, as Gulf states' own English writes it.
  if (ref.entity.kind === 'person' && ref.type !== 'garble' && accepted.some((known) => particleJoined(known.form) === text)) return {span, rank: 0, ref}
  // "Anwaarul Haq Kakar" for Anwaar-ul-Haq Kakar: a connector hyphened into the name, joined to a word or spaced, is the same name.
  if (ref.entity.kind === 'person' && ref.type !== 'garble' && accepted.some((known) => squash(known.form) === squash(text) && connectorJoined(known.form, text))) return {span, rank: 0, ref}
  // "Joy News", "Post Courier", "La Sexta", "the East African country": an outlet's words spaced or hyphened as the page likes; only its name run together ("DailyTrust") is a slip.
  if (ref.entity.kind === 'outlet' && ref.type !== 'garble' && (text.includes(' ') || !ref.form.includes(' ') || insideAddress(value, span[0]!.start, span.at(-1)!.end))) return {span, rank: 0, ref}
  // "Emir Al Thani": a family name with its particle, as it closes another known person's full name (Tamim bin Hamad Al Thani), is that family's.
  if (span.length > 1 && nameParticles.includes(span[0]!.text.toLowerCase()) && closesKnownName(context, text)) return {span, rank: 0, ref}
  // "Hongkong International Terminals", "Hongkong Post": a place's name run together opening a longer name is that body's own spelling.
  if (ref.entity.kind === 'place' && ref.type !== 'garble' && span.length === 1 && ref.form.includes(' ') && opensLongerName(span[0]!, run)) return {span, rank: 0, ref}
  // "Dehradun" for GeoNames' "Dehra Dūn": a place written with letters English lacks has its English spelling, spaced or run together as English writes it.
  if (ref.entity.kind === 'place' && ref.type !== 'garble' && nonAscii.test(ref.form) && !nonAscii.test(text)) return {span, rank: 0, ref}
  // "Brussels Morning Newspaper": a body's name put into English opens its name; after another capitalized word (not "The") it ends that other name.
  if (ref.meaning && run.some((name) => name.end <= span[0]!.start && !context.determiners.has(name.text.toLowerCase()))) return undefined
  // Right after "Mr." or a given name comes a person's name: "Frank
  // SanAntonio" is not San Antonio (asked only of a finding about to be raised).
  if (ref.entity.kind !== 'person' && afterPersonCue(context, span[0]!.start, value)) return undefined
  // Nor is a word the story gives a person elsewhere ("Joel Villanueva" …
  // "Villanueva said"): Villa Nueva run together is his surname.
  if (ref.entity.kind !== 'person' && span.length === 1 && personElsewhere(context, text, value)) return undefined
  // A street named after someone ("12 DeSoto St.") is the street's name as its city writes it.
  if (ref.entity.kind === 'person' && streetAfter(value.slice(span.at(-1)!.end, span.at(-1)!.end + 12))) return undefined
  // "Green Left Party" in a story about Turkey: a body's words joined or apart as another country's body writes them is this country's own.
  if (ref.entity.kind === 'org' && storyElsewhere(context, ref.entity, value, span)) return undefined
  // Part of someone's longer name ("Tengku Abdul Aziz" is no Abdulaziz bin Salman).
  if (ref.entity.kind === 'person' && ref.type !== 'garble' && insideLongerName(context, span, run)) return undefined
  if (ref.entity.kind === 'person' && ref.type !== 'garble' && koreanGivenAlone(context, span, text, ref.form, value)) return undefined
  // "Rod Blagojevich" is no Marko Blagojević read back from Cyrillic: after another given name a lone surname is that person's.
  if (ref.reading && span.length === 1 && ref.entity.kind === 'person' && afterOtherGiven(context, text, ref.entity, value)) return undefined
  // A lone surname read back from Cyrillic ("Shimechka") is the surname.
  const target = ref.reading && !ref.entity.native && !/\s/.test(ref.form) ? aloneName(ref.entity) : ref.entity.name
  return {
    span,
    rank: 0,
    candidate: {
      span,
      expected: [...new Set([target, ref.type === 'garble' ? target : ref.form])],
      level: 'warning',
      reason: ref.reading
        ? ref.entity.native
          ? `Unexpected ${quote(text)}, the Mandarin reading of ${ref.entity.native.replace(' ', '')}; the person is written ${quote(target)}`
          : readingKind(ref.entity) === 'russian'
            ? `Unexpected ${quote(text)}, the name as Russian spells it; the ${ref.entity.kind === 'place' ? 'place' : 'person'} is written ${quote(target)}`
            : `Unexpected ${quote(text)}, the name read back from Cyrillic; the person is written ${quote(target)}`
        : ref.meaning
          ? `Unexpected ${quote(text)}, the ${ref.entity.kind === 'outlet' ? 'outlet' : ref.entity.kind === 'place' ? 'place' : 'body'}'s own name put into English; it is written ${quote(target)}`
          : ref.type === 'garble'
          ? `Unexpected ${quote(text)}, a known misspelling of ${quote(target)}`
          : `Unexpected ${quote(text)}, write ${quote(target)}`,
      note: describe(ref)
    }
  }
}

const nonAscii = /[^\x00-\x7F]/u

/** The capitalized word before the bracket and `word` are a known person's name ("Xi (Jinping)"). */
function completesKnownName(context: NamesContext, value: string, word: NameToken): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*) $/u.exec(value.slice(Math.max(0, word.start - 40), word.start - 1))?.[1]
  return before !== undefined && context.gazetteer.lookup(`${before} ${word.text}`).some((ref) => ref.entity.kind === 'person' && ref.type !== 'garble')
}

/** The capitalized words of a name right before the bracket that holds `word`, their initials opening it (three letters at least). */
function shortFormInBrackets(value: string, word: NameToken): boolean {
  if (value[word.start - 1] !== '(' || value[word.end] !== ')') return false
  const before = /((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|and|for|the|de|du)\s+)?){3,})$/u.exec(value.slice(Math.max(0, word.start - 120), word.start - 1))?.[1]
  if (!before) return false
  const letters = initials(before.split(/\s+/u)).toLowerCase()
  return letters.length >= 3 && word.text.toLowerCase().startsWith(letters)
}

function describe(ref: FormRef): string {
  const {entity} = ref
  return `${entity.name} (${entity.kind}${entity.title ? ', ' + entity.title : ''}).`
}

/** The same surname after the other sex's form of a Romance given name, -a for -o ("Maria Delgado" for Mario Delgado), both given names people have. */
function otherGivenSameSurname(context: NamesContext, span: readonly NameToken[], form: string): boolean {
  const words = form.split(/\s+/)
  if (span.length !== words.length || span.length < 2 || squash(span.at(-1)!.text) !== squash(words.at(-1)!)) return false
  const [given, own] = [squash(span[0]!.text), squash(words[0]!)]
  const sexes = given.slice(0, -1) === own.slice(0, -1) && given.length >= 4 && /^[ao]$/.test(given.at(-1)!) && /^[ao]$/.test(own.at(-1)!) && given !== own
  return sexes && isFirstName(context, span[0]!.text) && isFirstName(context, words[0]!)
}

/** The person's surname after another given name, with a word of a family tie in the phrase set off after the name ("…, the president's sister"). */
function relativeOf(context: NamesContext, span: readonly NameToken[], form: string, value: string): boolean {
  const words = form.split(/\s+/)
  if (span.length !== 2 || words.length !== 2 || squash(span[1]!.text) !== squash(words[1]!) || squash(span[0]!.text) === squash(words[0]!)) return false
  const after = /^,((?: [\p{L}'’]+){1,4})/u.exec(value.slice(span[1]!.end, span[1]!.end + 60))?.[1]
  return after !== undefined && after.split(' ').some((word) => context.kinWords.has(word.toLowerCase()))
}

/** A street's designator right after a name: "DeSoto St.", "Marcos Avenue" (dictionaries/street-designators.txt, read when first asked). */
let streetPattern: RegExp | undefined
function streetAfter(text: string): boolean {
  streetPattern ??= new RegExp(`^ (?:${readWordList(dataPath('dictionaries/street-designators.txt')).join('|')})\\b`)
  return streetPattern.test(text)
}

/** The stretches in another language of a text judged, kept for the last few texts on the context. */
function foreignStretchesOf(context: NamesContext, value: string): ForeignStretches {
  let stretches = context.foreign.get(value)
  if (!stretches) {
    if (context.foreign.size >= 4) context.foreign.delete(context.foreign.keys().next().value!)
    context.foreign.set(value, (stretches = new ForeignStretches(value, (word) => context.lexicon.correct(word))))
  }
  return stretches
}

/** Whether the span is the form with its first word, a given name, in a usual short or full form of it, and the rest as the form writes it. */
function shortFormOfGiven(context: NamesContext, span: readonly NameToken[], form: string, value: string): boolean {
  const words = form.split(' ')
  if (span.length !== words.length || span.length < 2) return false
  if (spanText(span.slice(1), value) !== words.slice(1).join(' ')) return false
  return context.givenNameShortForms.get(span[0]!.text.toLowerCase())?.has(words[0]!.toLowerCase()) === true
}

/** Whether the word is an item of a list of names whose other items beside it are no peoples' adjectives. */
function demonymOutOfList(context: NamesContext, word: NameToken, value: string): boolean {
  const neighbours = listNeighbours(value, word.start, word.end)
  return neighbours.length > 0 && neighbours.every((other) => !context.gazetteer.lookup(other).some((ref) => ref.entity.kind === 'demonym'))
}
