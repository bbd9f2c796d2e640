import type {Entity} from '../../data/entities.js'
import {nameConnectors, nameParticles} from '../../data/name-words.js'
import {countriesOf} from '../../names/countries.js'
import {quote} from '../../message.js'
import {own, type CaselessLevel, type CaselessNode} from '../../data/gazetteer-index.js'
import type {FormRef} from '../../names/gazetteer.js'
import {capitalize, isAllCaps, isCapitalized, isSpace, straightApostrophes} from '../../text/normalize.js'
import {wordStarts} from '../../text/word-starts.js'
import type {Token} from '../../text/tokens.js'
import {contiguous, contiguousWords, oneSpaceApart, plainWord, possessiveEnd} from './adjacent.js'
import type {CaseContext, SentenceScan} from './context.js'
import {houseStyle, smallestName, writtenElsewhere} from './name-style.js'
import {isCountry} from '../../data/entities.js'
import {inTitleCaseLine} from '../../text/title-case-line.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import {capitalizedClosing, isDemonym} from './demonyms.js'

/** Whether the document writes the body's name capitalized elsewhere, not as part of a longer name ("National Unity" inside "Government of National Unity"). */
function writtenAloneElsewhere(value: string, form: string, except: number, abbreviations: ReadonlySet<string>): boolean {
  return writtenElsewhere(value, form, except, abbreviations, (at) => !continuesName(value, at))
}

/** Whether a capitalized word other than an article, perhaps with connectors after it ("Government of"), comes right before `at`. */
function continuesName(value: string, at: number): boolean {
  const words = value.slice(Math.max(0, at - 40), at).split(' ')
  // Only a name one space before: "(National Unity" opens a bracket of its own.
  if (words.pop() !== '') return false
  while (words.length > 0 && nameConnectors.has(words.at(-1)!)) words.pop()
  const word = words.at(-1)
  return word !== undefined && capitalizedName.test(word) && !articles.test(word)
}

const capitalizedName = /^\p{Lu}[\p{L}'’-]*$/u

/** Whether a capitalized word of two letters or more, other than an article, stands one space before `at`, with no connector between ("Hanamasaki Port"). */
function nameWordBefore(value: string, at: number): boolean {
  const word = /(?:^|\s)(\S+) $/u.exec(value.slice(Math.max(0, at - 40), at))?.[1]
  return word !== undefined && word.length >= 2 && capitalizedName.test(word) && !articles.test(word)
}

const articles = /^(?:The|A|An)$/

/** "a" or "an" right before a span: a kind of body, not the one body. */
const afterIndefinite = /(?:^|[^\p{L}])an? $/iu

/** The nodes of the gazetteer's tree of caseless keys a span's first words lead through (reused). */
const trail: CaselessNode[] = []

/** The word as the name writes it but for a joined particle's capital ("Al-Samaani" for al-Samaani). */
function particleCapitalOnly(written: string, expected: string): boolean {
  return written !== expected && /^\p{Ll}+-\p{Lu}/u.test(expected) && written === expected[0]!.toUpperCase() + expected.slice(1)
}

/**
 * A multi-word name starting at `words[i]` with a lowercase slip in it, the
 * longest first: its finding added to `scan.raised`, and its length
 * returned (0 if none). `words` are the sentence's words as tokens.
 */
export function multiWordNameAt(context: CaseContext, scan: SentenceScan, words: readonly Token[], i: number): number {
  const {gazetteer} = context
  const {sentence, value} = scan
  const longest = Math.min(gazetteer.longestName, 8)
  const most = Math.min(longest, words.length - i)
  // Words written in the text as their tokens have them, one space apart:
  // for these a span's caseless key is their lowercase forms joined by
  // spaces, so it is looked up word by word down the gazetteer's tree of
  // keys, without taking the text apart, and no longer span can be a name
  // once its first words start no key. `trail[k - 1]` is the node of the
  // first k words while they start one; spans up to `fast` words are looked up
  // so, longer ones up to `limit` words (if any) from the text as before.
  // Written by index, never emptied: an emptied array gives up its store.
  let fast = most
  let limit = most
  let level: CaselessLevel | undefined
  for (let k = 0; k < most; k++) {
    const next = words[i + k]!
    if (!plainWord(value, next) || (k > 0 && !oneSpaceApart(sentence.tokens, value, words[i + k - 1]!, next))) {
      fast = k
      break
    }
    const node: CaselessNode | undefined = k === 0 ? gazetteer.caselessStart(next.lower) : own(level, next.lower)
    if (!node) {
      fast = k + 1
      // Any longer span's key would start with these words and a space; the
      // span ending here has this word's key too, unless it is a possessive.
      if (isSpace(value.charCodeAt(next.end))) limit = possessiveEnd(next.value) ? k + 1 : k
      break
    }
    trail[k] = node
    level = node.next
  }
  for (let length = limit; length >= 2; length--) {
    let found: FormRef[] | undefined
    if (length <= fast) {
      const last = words[i + length - 1]!
      found = gazetteer.caselessRefsOf(own(trail[length - 2]!.next, possessiveEnd(last.value) ? last.lower.slice(0, -2) : last.lower))
      if (found.length === 0) continue
    } else if (!contiguousWords(sentence.tokens, words, i, length)) continue
    if (nameSlip(context, scan, words.slice(i, i + length), found)) return length
  }
  return 0
}

/**
 * Whether the span of words, read as a known name (`found` when the walk
 * looked it up), has a lowercase slip: its finding added to `scan.raised`.
 * Apart from the walk over every word, which makes no closure: a function
 * that makes one allocates its variables' context on every call.
 */
function nameSlip(context: CaseContext, scan: SentenceScan, span: Token[], found: FormRef[] | undefined): boolean {
  const {gazetteer, lexicon, abbreviations} = context
  const {sentence, value} = scan
  if (!contiguous(sentence.tokens, span)) return false
  // "north korea's": the name is looked up without the possessive.
  const possessive = /['’]s$/.exec(span.at(-1)!.value)?.[0] ?? ''
  const text = value.slice(span[0]!.start, span.at(-1)!.end - possessive.length)
  const refs = found ?? gazetteer.lookupCaseless(text)
  // Headings in capitals are a typographic choice, not a case slip.
  if (refs.length === 0 || gazetteer.isAccepted(text) || isAllCaps(text)) return false
  const ref = refs[0]!
  const expectedWords = ref.form.split(/\s+/)
  const wrong = span.flatMap((token, k) => {
    const expected = expectedWords[k]! + (k === span.length - 1 ? possessive : '')
    return straightApostrophes(token.value) === straightApostrophes(expected) ? [] : [k]
  })
  // "Dela Rosa’s revelation": a surname standing alone may capitalize its particle, as styles do.
  if (ref.entity.kind === 'person' && ref.type === 'surname' && wrong.length === 1 && wrong[0] === 0 && !isCapitalized(expectedWords[0]!)) return false
  // "Walid Al-Samaani": a person's joined particle capitalized is a house style where the story never writes that name with it small.
  if (ref.entity.kind === 'person' && wrong.every((k) => particleCapitalOnly(span[k]!.value, expectedWords[k]!) && wordStarts(value, expectedWords[k]!).length === 0)) return false
  // "the National" for the outlet The National: articles and connectors
  // follow the sentence; but a connector capitalized inside a name that
  // writes it in lowercase ("Bank Of Korea") is a slip, outside a heading
  // in title case.
  if (wrong.every((k) => nameConnectors.has(span[k]!.lower))) {
    const inside = wrong.every((k) => k > 0 && k < span.length - 1 && isCapitalized(span[k]!.value) && !isCapitalized(expectedWords[k]!))
    if (!inside || inTitleCaseLine(value, span[0]!.start)) return false
    // "Azimio La Umoja", "Frente De Todos": a connector of the name's own language capitalized is how its own press often sets it.
    if (wrong.every((k) => context.foreignFunctionWords.has(span[k]!.lower))) return false
    // "Mohammed Bin Salman": a person's particle capitalized is a house style where the story never writes that name with it small.
    if (ref.entity.kind === 'person' && wrong.every((k) => wordStarts(value, `${span[k]!.lower} ${span[k + 1]!.value}`).length === 0)) return false
  }
  // An all-lowercase phrase is a name only when a word of it is proper,
  // it names a person or a country ("united states"), or it is a place or
  // body the document writes capitalized elsewhere ("house of representatives"
  // beside "the House of Representatives"), unless an indefinite article makes
  // it a kind ("calls a government of national unity"); "foreign policy" is not the magazine.
  const allLower = span.every((token) => !isCapitalized(token.value))
  const properWord = span.some((token) => lexicon.isProperOnly(token.lower.replace(/'s$/, '')))
  if (
    allLower &&
    !properWord &&
    ref.entity.kind !== 'person' &&
    !isCountry(ref.entity.title) &&
    // "the grand mosque" beside "Istiqlal Grand Mosque": the name inside a longer one is that one's words, no name of its own here.
    (ref.entity.kind === 'place'
      ? !writtenAloneElsewhere(value, ref.form, span[0]!.start, abbreviations)
      : ref.entity.kind !== 'org' || !writtenAloneElsewhere(value, ref.form, span[0]!.start, abbreviations) || afterIndefinite.test(value.slice(Math.max(0, span[0]!.start - 4), span[0]!.start)))
  ) {
    return false
  }
  // "At Hanamasaki Port said": a name's first word right after another capitalized word ends that other name, and a word
  // lowercase after it is the sentence's, no word of this name ("Port Said").
  // A person's name is not one of these: "Yoon Suk yeol" is one name with a lowercase word.
  if (ref.entity.kind !== 'person' && wrong.every((k) => k > 0 && !isCapitalized(span[k]!.value)) && isCapitalized(span[0]!.value) && nameWordBefore(value, span[0]!.start)) return false
  // "The bottom of the sea": a place named by an article and common words ("The Bottom", "The Valley") is those words where only
  // the sentence's start capitalizes the article, unless the story writes the name elsewhere.
  if (span[0]!.lower === 'the' && isSentenceStart(value, span[0]!.start, abbreviations) && span.slice(1).every((token) => !isCapitalized(token.value) && lexicon.hasLowercase(token.lower)) && !writtenElsewhere(value, ref.form, span[0]!.start, abbreviations)) return false
  // "the Congress party", "Yonhap news agency", "the liberal Democratic
  // Party": a common word at the edge of a body's name, around a part that
  // is a name itself, describes the body. It is no slip, and no other
  // body's name is a fix for it.
  // "the state Duma": a word lowercase before the body's own short name is
  // the rest of its name ("the liberal Democratic Party" describes another body's).
  // "the Gulf state of Qatar", "the kingdom of Saudi Arabia": a common noun small before "of" and a country's name describes the country.
  if (wrong.length === 1 && wrong[0] === 0 && span.length >= 3 && span[1]!.lower === 'of' && !isCapitalized(span[0]!.value) && context.lexicon.hasLowercase(span[0]!.lower) && countriesOf(context.gazetteer.entities).names(value.slice(span[2]!.start, span.at(-1)!.end))) return false
  const ownName = ref.entity.kind === 'org' && leadsOwnName(context, span, wrong, value, ref.entity)
  const reading = ownName || ref.entity.kind === 'place' || ref.entity.kind === 'person' ? 'name' : readName(context, span, wrong, value, ref.entity)
  if (reading === 'description') return false
  // "sub-Saharan Africa", "pan-African": a prefix keeps its lowercase before a hyphen and a name, inside a name too.
  if (wrong.every((k) => prefixedName(span[k]!.value, context.prefixes))) return false
  // "SALVADOR Illa, the leader …": a lead's first word set in capitals, as many papers open a story.
  if (wrong.length === 1 && wrong[0] === 0 && isAllCaps(span[0]!.value) && (span[0]!.start === 0 || value[span[0]!.start - 1] === '\n')) return false
  // "the 'Union Sacrée'": English copy sets a name of another language in title case; a word it
  // capitalizes that English has in no lowercase form is that language's, no slip.
  // A person's name is not one of these: "Lee Jae-Myung" is a Korean given name's second syllable capitalized, a slip.
  if (ref.entity.kind !== 'person' && wrong.every((k) => isCapitalized(span[k]!.value) && !lexicon.hasLowercase(span[k]!.lower) && value[span[k]!.start - 1] !== '-')) return false
  // And the other way: "La France insoumise" lowercases a word after the first, as French writes its names; a word English has
  // no lowercase form of, past the name's first word, is that language's capitals kept.
  if (ref.entity.kind !== 'person' && wrong.every((k) => k > 0 && !isCapitalized(span[k]!.value) && !lexicon.hasLowercase(span[k]!.lower) && !lexicon.correct(capitalize(span[k]!.value)))) return false
  // A common word lowercase at the edge of a name, written so throughout,
  // is a house style ("the Democratic party", "southern Africa"): worth a note, not a warning.
  const edgesOnly = wrong.every((k) => k === 0 || k === span.length - 1)
  const commonWrong = wrong.every((k) => lexicon.hasLowercase(span[k]!.lower.replace(/'s$/, '')))
  // Report the smallest part of the name around the slip that is a name
  // itself ("korea" in "United States Forces korea", "United states" in
  // "United states Forces Korea"), else the slip's words alone.
  const [from, to] = smallestName(gazetteer, expectedWords, wrong)
  const actual = value.slice(span[from]!.start, span[to]!.end)
  const style = ownName ? value.slice(span[0]!.start, span.at(-1)!.end) : actual
  // Read as the name only through the story's country ("European solidarity"
  // in a Ukraine story), the words are also ordinary English: a warning only
  // when the story writes the name in its own capitals elsewhere.
  const ordinary = reading === 'country' && !value.includes(ref.form)
  // "the Korean peninsula": a people's adjective and a common noun of the land describe the place, as many house styles write it.
  const described = ref.entity.kind === 'place' && wrong.length === 1 && wrong[0] === span.length - 1 && span.length === 2 && commonWrong && isDemonym(context, span[0]!.value)
  // "His Excellency Paul BIYA": a surname in capitals after the given name is how French and Francophone official copy sets it.
  const frenchSurname = ref.entity.kind === 'person' && wrong.every((k) => k > 0 && isAllCaps(span[k]!.value) && span[k]!.value.length > 1)
  // A person's surname in lowercase is no house style, however often written so ("Donald trump").
  const styled = ref.entity.kind !== 'person' && !allLower && edgesOnly && commonWrong && houseStyle(value, style, context.directionWords)
  // "Mohammed Al-Halbousi": a particle capitalized is how Gulf and Iraqi papers write it, a house style.
  const particleCapital = ref.entity.kind === 'person' && wrong.every((k) => particleCaseOnly(span[k]!.value, expectedWords[k]!))
  // "the French defense ministry": a body written small after a people's adjective is that country's, described, as AP writes it.
  const national = ref.entity.kind === 'org' && allLower && commonWrong && isDemonym(context, capitalizedClosing(value.slice(Math.max(0, span[0]!.start - 30), span[0]!.start)) ?? '')
  const level = ordinary || described || frenchSurname || styled || particleCapital || national ? 'info' : 'warning'
  let expected = expectedWords.slice(from, to + 1).join(' ') + (to === span.length - 1 ? possessive : '')
  if (actual.includes('’')) expected = expected.replace(/'/g, '’')
  scan.raised.push({
    start: span[from]!.start,
    end: span[to]!.end,
    expected,
    reason: `Unexpected ${quote(actual)} in the name ${quote(ref.form)}, expected ${quote(expected)}`,
    level
  })
  return true
}

/**
 * How a span with wrong capitals reads: a description (common words at its
 * edges around a known name), the name itself, or the name only because the
 * story is about its body's country.
 */
function readName(context: CaseContext, span: readonly Token[], wrong: readonly number[], value: string, entity: Entity): 'description' | 'name' | 'country' {
  let first = 0
  let last = span.length - 1
  while (first <= last && wrong.includes(first)) first++
  while (last >= first && wrong.includes(last)) last--
  if (first > last || wrong.some((k) => k >= first && k <= last)) return 'name'
  if (!wrong.every((k) => context.lexicon.hasLowercase(span[k]!.lower))) return 'name'
  const inner = value.slice(span[first]!.start, span[last]!.end)
  const innerRefs = context.gazetteer.lookup(inner)
  if (innerRefs.length > 0 && context.gazetteer.isAccepted(inner)) {
    // "European solidarity" after a nationality or region is ordinary English,
    // unless the story is about the country of the body of that name.
    if (first === 0 && innerRefs.every((ref) => ref.entity.kind === 'demonym') && aboutCountryOf(context, entity, value)) return 'country'
    return 'description'
  }
  // Only words after the name ("the Congress party"), and the name ends in a
  // capitalized word: "Ministry of foreign affairs" is a slip inside the name.
  const rest = span.slice(first, last + 1)
  return first === 0 && isCapitalized(rest.at(-1)!.value) && rest.every((token) => isCapitalized(token.value) || nameConnectors.has(token.lower)) ? 'description' : 'name'
}

/** Whether the wrong words are the first of the span and the words after them a short name of `entity` ("Duma" of the State Duma). */
function leadsOwnName(context: CaseContext, span: readonly Token[], wrong: readonly number[], value: string, entity: Entity): boolean {
  const first = wrong.length
  if (first === 0 || first === span.length || wrong.some((k, i) => k !== i)) return false
  if (!wrong.every((k) => context.lexicon.hasLowercase(span[k]!.lower))) return false
  return context.gazetteer.lookup(value.slice(span[first]!.start, span.at(-1)!.end)).some((ref) => ref.entity === entity && ref.type !== 'garble')
}

/** Whether the story names a country the body's title names (the body of one country only). */
function aboutCountryOf(context: CaseContext, entity: Entity, value: string): boolean {
  const countries = countriesOf(context.gazetteer.entities)
  return countries.of(entity).size === 1 && countries.storyCountryOf(entity, value) !== undefined
}

/** The same word but for the case of its opening particle ("Al-Halbousi's" for "al-Halbousi"). */
function particleCaseOnly(word: string, expected: string): boolean {
  const [w, e] = [word.replace(/['’]s$/u, ''), expected.replace(/['’]s$/u, '')]
  const hyphen = w.indexOf('-')
  return hyphen > 0 && nameParticles.includes(w.slice(0, hyphen).toLowerCase()) && w.toLowerCase() === e.toLowerCase() && w.slice(hyphen) === e.slice(hyphen)
}

/** A lowercase prefix, a hyphen and a capitalized word ("sub-Saharan", "anti-American"). */
function prefixedName(word: string, prefixes: ReadonlySet<string>): boolean {
  const hyphen = word.indexOf('-')
  return hyphen > 0 && prefixes.has(word.slice(0, hyphen)) && /^\p{Lu}/u.test(word.slice(hyphen + 1))
}
