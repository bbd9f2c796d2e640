import {isListedAirline, type Entity} from '../../data/entities.js'
import type {SwapHit} from '../../names/gazetteer.js'
import {quote} from '../../message.js'
import {countriesOf, type Countries} from '../../names/countries.js'
import {editDistance} from '../../names/distance.js'
import {spanText, type NameToken} from '../../names/spans.js'
import type {Candidate, NamesContext} from './context.js'
import {isUnknownWord} from './words.js'
import {dialectPair} from './layouts.js'
import {macronDoubled} from './romanizations.js'
import {inEitherDialect} from '../../data/lexicon.js'
import {storyElsewhere} from './story-cues.js'
import {initials} from '../../text/initials.js'

/** A long organization name with one word swapped: "National Economic Commission". */
export function swapped(context: NamesContext, span: NameToken[], text: string, run: readonly NameToken[], value: string): Candidate | undefined {
  const {gazetteer, titles, portfolioWords, creedWords} = context
  if (span.length < 3 || !bounded(context, span, run, value)) return undefined
  // "the National Council of Poland 2050": a name that goes on with a number is another, longer one.
  if (/^ \d/.test(value.slice(span.at(-1)!.end, span.at(-1)!.end + 2))) return undefined
  const countries = countriesOf(gazetteer.entities)
  const word = (hit: SwapHit) => span[hit.position]!.text
  // A title is a word of its own, not a slip ("Miss South Africa" is no Statistics South Africa): the "Minister of External
  // Affairs" heads the Ministry of External Affairs. Nor is a word that names
  // a place or a nationality ("Soviet Communist Party" is not the Chinese one,
  // the "Supreme Court of December" not of Korea, Oregon's Democratic Party not Korea's).
  let hits = gazetteer
    .swapped(span.map((name) => name.text))
    // "The Ministers of Foreign Affairs, Defence, Interior": a title's plural is the holders of several offices; "the Ministries
    // of Foreign Affairs and that of Labour": a body's noun in the plural is several bodies.
    .filter((hit) => !titles.has(word(hit).toLowerCase()) && !titles.has(word(hit).toLowerCase().replace(/s$/, '')) && !pluralOf(word(hit), hit.expectedWord, context.institutionWords) && !context.courtesyTitles.has(word(hit).toLowerCase()) && !namesPlace(context, countries, hit.expectedWord) && !namesPlace(context, countries, word(hit)))
    // A translation swaps in a word of its own language. A word no dictionary
    // of either dialect knows in place of the name's word, unless that word
    // mistyped, is another name: "Lokatantrik Samajwadi Party" beside the
    // Janata one, the "Kurdistan Region Peshmerga" beside its Parliament, an
    // "Arbitral Court of Justice" beside the Supreme one.
    .filter((hit) => !isUnknownWord(context, span[hit.position]!) || inEitherDialect(word(hit)) || misformed(word(hit), hit.expectedWord))
    // "World Health Organisation": the other dialect's spelling of the name's own word;
    // "Muttahida Qaumi Movement-Pakistan", "Solidarity-People Before Profit": the name's own word with an ally's or a faction's joined to it.
    .filter((hit) => !dialectPair(word(hit), hit.expectedWord) && !word(hit).startsWith(`${hit.expectedWord}-`) && !word(hit).endsWith(`-${hit.expectedWord}`))
    // "National Immigration Institute" beside the National Electoral Institute: a body named by another field is another body.
    .filter((hit) => !(portfolioWords.has(word(hit).toLowerCase()) && portfolioWords.has(hit.expectedWord.toLowerCase()) && !misformed(word(hit), hit.expectedWord)))
    // "Provincial Disaster Risk Reduction and Management Council" beside the National one: each level of government has its own body.
    .filter((hit) => !(context.levelWords.has(word(hit).toLowerCase()) && context.levelWords.has(hit.expectedWord.toLowerCase())))
    // "Agrarian Party of Turkmenistan" beside its Democratic Party: a party named by another creed is another party.
    .filter((hit) => !(creedWords.has(word(hit).toLowerCase()) && creedWords.has(hit.expectedWord.toLowerCase())))
    // "Te Paati Māori": the name's long vowel written doubled, not with its macron.
    .filter((hit) => !macronDoubled(word(hit), hit.expectedWord))
    // "Tokyo Electric Power Co.", "Reliance Industries Ltd": the name's word abbreviated, as wires write a company's.
    .filter((hit) => !(abbreviates(word(hit), hit.expectedWord) && (word(hit).length === 2 || !context.lexicon.hasLowercase(word(hit).toLowerCase()) || value[span[hit.position]!.end] === '.')))
    // "Hyundai Motor Co." beside the Hyundai Motor Group: the words before a last one that names another known company say
    // the name is that company's, with its legal form after it.
    .filter((hit) => !(hit.position === span.length - 1 && otherOrgNamed(context, spanText(span.slice(0, -1), value), hit.entity)))
    // "59 Pheu Thai MPs": an acronym's plural after the name is the body's members, no word of its name.
    .filter((hit) => !acronymPlural.test(word(hit)))
    // "the Japanese Komeito Party": a word that is another known body's whole name says which body it is.
    .filter((hit) => !namesOtherBody(context, word(hit), hit.entity))
    // "Greenpeace New Zealand" is no ACT New Zealand: a name of its own the dictionary has, and no place's, opening the name says
    // whose branch the body is.
    .filter((hit) => !(hit.position === 0 && context.lexicon.isProperOnly(word(hit).toLowerCase()) && !context.gazetteer.lookup(word(hit)).some((ref) => ref.entity.kind === 'place' || ref.entity.kind === 'demonym')))
    // "the Special Investigation Unit" of a directorate in Karachi is no Special Investigating Unit of South Africa: another
    // common word a letter or two from the name's, or in another form, in a story about other countries than the body's,
    // names a body of those, if the name has no word of its own ("Inkatha Free Party" is still the Inkatha Freedom Party).
    .filter((hit) => !(inEitherDialect(word(hit)) && misformed(word(hit), hit.expectedWord) && span.every((name) => name.connector || inEitherDialect(name.text.toLowerCase())) && storyElsewhere(context, hit.entity, value, span)))
    // "TAP News Agency" is no TT News Agency: outlets share their nouns, and each is written as its page sets it.
    .filter((hit) => hit.entity.kind !== 'outlet' && !isListedAirline(hit.entity))
    // "South African Parliament" is no South African Airways, nor the "Army Air Service" the Skagway one: a noun that
    // names a kind of public body, at the name's edge where the name has a word of no such kind, says the body is of its own kind.
    // Inside a name that opens with its country's too: the "Ghana Police Service" is no Ghana Statistical Service.
    .filter((hit) => !((hit.position === 0 || hit.position === span.length - 1 || namesPlace(context, countries, span[0]!.text)) && context.institutionWords.has(word(hit).toLowerCase()) && !context.institutionWords.has(hit.expectedWord.toLowerCase()) && !misformed(word(hit), hit.expectedWord)))
    // "New England Triptych" is no New England Airlines: a name whose last word names no kind of public body is a company's or a
    // thing's, and another last word, no slip of it, names another.
    .filter((hit) => !(hit.position === span.length - 1 && !context.institutionWords.has(hit.expectedWord.toLowerCase()) && !misformed(word(hit), hit.expectedWord)))
    // "New Zealand Football", "New Zealand Refining": a country's or place's name and a noun after it names that place's body
    // of the noun, no slip for its Parliament.
    .filter((hit) => !(hit.position === span.length - 1 && namesPlace(context, countries, spanText(span.slice(0, -1), value)) && !misformed(word(hit), hit.expectedWord) && swapStrength(context, word(hit), hit.expectedWord) === 0))
  // "the State Security Service of Ukraine": the country named after the name says whose body it is, and another country's
  // body one word away is no fix for it (Russia's Federal Security Service); a word of the name misformed still is.
  // So does a country's possessive before it ("Australia’s Department of Foreign Affairs" is no Korean ministry).
  const ownCountry =
    /^ of (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u.exec(value.slice(span.at(-1)!.end, span.at(-1)!.end + 40))?.[1] ??
    /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})['’]s $/u.exec(value.slice(Math.max(0, span[0]!.start - 40), span[0]!.start))?.[1]
  const named = ownCountry === undefined ? undefined : countries.in(ownCountry)
  if (named && named.size > 0) hits = hits.filter((hit) => misformed(word(hit), hit.expectedWord) || [...countries.of(hit.entity)].some((country) => named.has(country)))
  // One in brackets spelling the name as written defines it, whatever body the gazetteer has by that acronym ("Federal Democratic
  // Party (FDP)" is not the Free Democratic Party); only a word of the name misformed is still a slip ("Maldivian Democrat Party (MDP)").
  if (definingAcronym(span, value) !== undefined) hits = hits.filter((hit) => misformed(word(hit), hit.expectedWord))
  // An acronym in brackets after the name says which body it is ("Chinese Nationalist Party (KMT)").
  const acronym = acronymAfter(context, span, value)
  if (acronym) {
    hits = hits.filter((hit) => acronym.includes(hit.entity))
    if (hits.length !== 1) return undefined
    // "League of Independent Social Democrats (SNSD)": an acronym of the name in its own language says the writer
    // translated the name, and a noun of the same family ("Savez": league or alliance) is that translation's choice.
    const own = hits[0]!
    const translated = !misformed(word(own), own.expectedWord) && swapStrength(context, word(own), own.expectedWord) === 2 && bracketedAfter(span, value) !== initials(own.entity.name.split(' '))
    return finding(span, text, own, word(own), translated ? 'info' : 'warning')
  }
  // One the gazetteer does not know, in the name's own language, says the body is not one whose acronym is on record:
  // "the Hungarian Coalition Party (SMK)" of Slovakia is no Hungarian Socialist Party (MSZP).
  const bracketed = bracketedAfter(span, value)
  if (bracketed !== undefined) hits = hits.filter((hit) => !otherAcronymOnRecord(hit.entity, bracketed))
  // One the gazetteer does not know, spelling the name as written, defines
  // it: "Central Election Commission (CEC)" is no Central Military Commission.
  const defined = definingAcronym(span, value)
  if (defined) hits = hits.filter((hit) => initials(hit.entity.name.split(' ')) === defined)
  const strength = (hit: SwapHit) => (misformed(word(hit), hit.expectedWord) ? 2 : swapStrength(context, word(hit), hit.expectedWord))
  const best = Math.max(0, ...hits.map(strength))
  const strongest = hits.filter((hit) => strength(hit) === best)
  // Of the bodies one word away, the one of the country the story is about
  // ("National Power Party" in a story about South Korea is the People Power Party).
  const local = strongest.length === 1 && best >= 1 ? undefined : ofStoryCountry(countries, hits, value)
  const hit = local ?? (strongest.length === 1 ? strongest[0] : undefined)
  if (!hit) return undefined
  // "the centrist Democratic Movement Party" in a story about Brazil is no slip for its Democratic Labour Party: the name's own
  // words, its generic nouns aside, are all words of another known body's name (the Brazilian Democratic Movement), whose English it is.
  if (!misformed(word(hit), hit.expectedWord) && wordsOfOtherBody(context, countries, span.map((name) => name.text), word(hit), hit.entity)) return undefined
  // "the Cabinet of Trinidad and Tobago", "the High Court of Malawi": a body's noun, or a word before its noun, then "of" and a
  // place is that country's body of that kind, no slip for its Parliament or its Constitutional Court. A noun swapped before
  // "of" after other words is the spinner's ("Democratic Occasion of Korea").
  const of = span.findIndex((name) => name.text === 'of')
  if ((of === 1 ? hit.position === 0 : hit.position < of - 1) && !misformed(word(hit), hit.expectedWord) && namesPlace(context, countries, spanText(span.slice(of + 1), value).replace(/^the /, ''))) return undefined
  // The same name used again and again is deliberate: the name of another
  // body, unless it is the only such body of the story's country.
  const repeated = value.split(text).length - 1 >= 2
  return finding(span, text, hit, word(hit), local || (best >= 2 && !repeated) ? 'warning' : 'info')
}

const acronymPlural = /^\p{Lu}{2,}s$/u

/** Whether `actual` is the plural of `expected`, a noun that names a kind of public body ("Ministries", "Councils"). */
function pluralOf(actual: string, expected: string, institutionWords: ReadonlyMap<string, number>): boolean {
  const [a, e] = [actual.toLowerCase(), expected.toLowerCase()]
  return institutionWords.has(e) && (a === `${e}s` || (e.endsWith('y') && a === `${e.slice(0, -1)}ies`))
}

/** A word that is another known body's whole name as written ("Komeito"), no common word. */
export function namesOtherBody(context: NamesContext, word: string, entity: Entity): boolean {
  if (context.lexicon.hasLowercase(word.toLowerCase())) return false
  return context.gazetteer.lookup(word).some((ref) => ref.entity !== entity && ref.entity.kind === 'org' && ref.type !== 'garble' && ref.form === word)
}

/** Whether `words` are, as written, the name of a known body other than `entity`. */
function otherOrgNamed(context: NamesContext, words: string, entity: Entity): boolean {
  return context.gazetteer.lookup(words).some((ref) => ref.entity !== entity && ref.entity.kind === 'org' && ref.type !== 'garble' && ref.form === words)
}

/** A short word of the other's letters in order, opening with its first ("Co" of Company, "Ltd" of Limited, "Intl" of International); "Free" for Freedom is a word, not an abbreviation, and the caller asks the dictionary. */
function abbreviates(actualWord: string, expectedWord: string): boolean {
  const [a, b] = [actualWord.toLowerCase(), expectedWord.toLowerCase()]
  if (a.length < 2 || a.length > 4 || b.length < a.length + 2 || a[0] !== b[0]) return false
  let at = 0
  for (const letter of a) {
    at = b.indexOf(letter, at) + 1
    if (at === 0) return false
  }
  return true
}

/** A word a letter or two off ("Fond" for Fund, "Affair" for Affairs) is a typo in the name: as strong a sign as a swapped institution noun. */
function typo(actualWord: string, expectedWord: string): boolean {
  return editDistance(actualWord.toLowerCase(), expectedWord.toLowerCase(), 2) <= 2
}

/**
 * The name's word with another ending ("Revolution" for Revolutionary,
 * "Nationalistic" for Nationalist): a translation picks the adjective for
 * the noun, or the noun for it. The shorter, of five letters or more, is the
 * longer but for its last letter and up to four more; of four letters, the
 * longer's whole opening ("Free" for Freedom).
 */
function reinflected(actualWord: string, expectedWord: string): boolean {
  const [a, b] = [actualWord.toLowerCase(), expectedWord.toLowerCase()]
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  // "Free" for Freedom: four letters will do when the whole of the shorter opens the longer.
  return short !== long && long.length - short.length <= 4 && ((short.length >= 5 && long.startsWith(short.slice(0, -1))) || (short.length >= 4 && long.startsWith(short)))
}

/** A typo or another ending of the name's own word: a slip in the name. */
export function misformed(actualWord: string, expectedWord: string): boolean {
  return typo(actualWord, expectedWord) || reinflected(actualWord, expectedWord)
}

function finding(span: NameToken[], text: string, hit: SwapHit, actualWord: string, level: Candidate['level']): Candidate {
  return {
    span,
    expected: [hit.entity.name],
    level,
    reason: `Unexpected ${quote(text)}, did you mean ${quote(hit.entity.name)}?`,
    note: `The known body is the ${hit.entity.name}; ${quote(actualWord)} looks ${typo(actualWord, hit.expectedWord) ? 'mistyped' : reinflected(actualWord, hit.expectedWord) ? 'misformed' : 'swapped'} for ${quote(hit.expectedWord)}.`
  }
}

function namesPlace(context: NamesContext, countries: Countries, word: string): boolean {
  const place = (part: string) => countries.names(part) || context.gazetteer.lookup(part).some((ref) => (ref.entity.kind === 'place' || ref.entity.kind === 'demonym') && ref.type !== 'garble')
  // "Japan-ROK Security Dialogue", "US-China Economic Forum": places joined by a hyphen name the two countries' own body.
  return place(word) || (word.includes('-') && word.split('-').every(place))
}

/** The bodies an acronym in brackets right after the span is known for, if it is one. */
function acronymAfter(context: NamesContext, span: readonly NameToken[], value: string): Entity[] | undefined {
  const acronym = bracketedAfter(span, value)
  if (!acronym) return undefined
  const entities = context.gazetteer.lookup(acronym).filter((ref) => ref.form === acronym).map((ref) => ref.entity)
  return entities.length > 0 ? entities : undefined
}

/** The acronym in brackets right after the span when its letters are the initials of the span's capitalized words. */
function definingAcronym(span: readonly NameToken[], value: string): string | undefined {
  const acronym = bracketedAfter(span, value)
  return acronym !== undefined && acronym === initials(span.map((name) => name.text)) ? acronym : undefined
}

/** An acronym in brackets right after the span ("(KMT)"), if one is there. */
function bracketedAfter(span: readonly NameToken[], value: string): string | undefined {
  const end = span.at(-1)!.end
  return /^ ?\((\p{Lu}{2,6})\)/u.exec(value.slice(end, end + 10))?.[1]
}

/** The body has acronyms on record and `acronym` is none of them. */
function otherAcronymOnRecord(entity: Entity, acronym: string): boolean {
  const own = (entity.variants ?? []).filter((variant) => /^\p{Lu}{2,8}$/u.test(variant))
  return own.length > 0 && !own.includes(acronym)
}

/** The one hit whose body belongs to a country the story names, if only one does. */
function ofStoryCountry(countries: Countries, hits: readonly SwapHit[], value: string): SwapHit | undefined {
  if (hits.length === 0) return undefined
  const story = countries.inDocument(value)
  if (story.size === 0) return undefined
  const local = hits.filter((hit) => [...countries.of(hit.entity)].some((country) => story.has(country)))
  return local.length === 1 ? local[0] : undefined
}

/** The same words as a long organization's name in another order: "United Judaism Torah". */
export function reordered(context: NamesContext, span: NameToken[], text: string, run: readonly NameToken[], value: string): Candidate | undefined {
  if (span.length < 3 || !bounded(context, span, run, value)) return undefined
  const hits = context.gazetteer.reordered(span.map((name) => name.text)).filter((entity) => entity.kind !== 'outlet')
  if (hits.length !== 1) return undefined
  const {name} = hits[0]!
  // "Ministry of Finance and Economy" in a story about Brunei is Brunei's own, not South Korea's Ministry of Economy and Finance.
  const countries = countriesOf(context.gazetteer.entities)
  if (countries.of(hits[0]!).size > 0 && countries.storyOf(value).size > 0 && countries.storyCountryOf(hits[0]!, value) === undefined) return undefined
  return {
    span,
    expected: [name],
    level: 'warning',
    reason: `Unexpected ${quote(text)}, did you mean ${quote(name)}?`,
    note: `The known body is the ${name}; the words are the same, in another order.`
  }
}

/**
 * A span that is a whole name in its run: part of a longer name ("Temporary
 * National Economic Committee") is another body, and so is one numbered
 * ("the 13th National Party Congress" is a party's congress, not the
 * National Congress Party).
 */
function bounded(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[], value: string): boolean {
  const {gazetteer, titles, determiners} = context
  if (/\d(?:st|nd|rd|th) +$/.test(value.slice(Math.max(0, span[0]!.start - 8), span[0]!.start))) return false
  const at = run.indexOf(span[0]!)
  const before = run[at - 1]
  const after = run[at + span.length]
  const boundedBefore =
    !before ||
    determiners.has(before.text.toLowerCase()) ||
    titles.has(before.text.toLowerCase()) ||
    gazetteer.isAccepted(before.text) ||
    (at >= 2 && gazetteer.isAccepted(spanText([run[at - 2]!, before], value)))
  return boundedBefore && (!after || after.connector)
}

/** 2 for a swap within one family of institution nouns, 1 across families, 0 otherwise. */
function swapStrength(context: NamesContext, a: string, b: string): number {
  const x = context.institutionWords.get(a.toLowerCase())
  const y = context.institutionWords.get(b.toLowerCase())
  return x === undefined || y === undefined ? 0 : x === y ? 2 : 1
}

/**
 * Whether another known body of the same country has a name, or a variant, holding the swapped word and every other word of
 * `words` but the nouns bodies are named with ("Party").
 */
function wordsOfOtherBody(context: NamesContext, countries: Countries, words: readonly string[], swappedWord: string, entity: Entity): boolean {
  const own = words.filter((word) => word === swappedWord || !context.institutionWords.has(word.toLowerCase()))
  if (own.length < 2) return false
  for (const country of countries.of(entity)) {
    for (const other of countries.orgsOf(country)) {
      if (other === entity) continue
      if ([other.name, ...other.variants].some((form) => own.every((word) => form.split(' ').includes(word)))) return true
    }
  }
  return false
}
