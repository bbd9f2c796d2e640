import type {FormRef} from './gazetteer.js'
import {afterPlaceNoun} from '../text/place-of.js'
import {besidePatronymic, type NameToken} from './spans.js'
import {inTitleCaseLine} from '../text/title-case-line.js'
import {isAllCaps, squash, straightApostrophes, withoutAccents} from '../text/normalize.js'
import {deletes, editDistance, vowelsMoved} from './distance.js'
import {soundKey} from './phonetic.js'
import {nameParticles, particleJoinedName} from '../data/name-words.js'
import {isSentenceStart} from '../text/sentence-start.js'
import {mixesScripts} from '../text/scripts.js'
import {isCountry} from '../data/entities.js'

/** A capital right after a lowercase letter: "NetBlocks", "WhatsApp". */
const innerCapital = /\p{Ll}\p{Lu}/u

const digit = /\d/

export interface Clash {
  span: NameToken[]
  actual: string
  majority: string
  actualCount: number
  majorityCount: number
}

interface Group {
  spellings: Map<string, NameToken[][]>
  /** Spelling to prefer on a tie, if any. */
  preferred?: string
  /** The one spelling written in a full name ("Phichit Chuenban"), which the lone mentions follow whatever their count. */
  reference?: string | undefined
  /** The spellings that are the entity's own forms as the gazetteer writes them: never fixed to one that is not. */
  own?: ReadonlySet<string>
}

/**
 * A particle-joined name opening a sentence ("Al-Bakhit was designated") is
 * spelled as the story writes it mid-sentence ("al-Bakhit"): the capital is
 * the sentence's. A story that writes "Al-Mudhaf" mid-sentence too keeps it.
 */
function sentenceCapital(text: string, start: number, value: string): string {
  const lowered = text[0]!.toLowerCase() + text.slice(1)
  return lowered !== text && particleJoinedName.test(lowered) && isSentenceStart(value, start) && value.includes(lowered) ? lowered : text
}

/**
 * Each spelling written only before a surname, and no surname like another's
 * ("Fazail Ibrahimli", "Fazil Mustafa"): the given names of two people, not
 * one name spelled two ways.
 */
function givenNamesOfOthers(spellings: ReadonlyMap<string, NameToken[][]>, value: string): boolean {
  return ofOthers(spellings, (span) => /^ (\p{Lu}[\p{L}'’-]+)/u.exec(value.slice(span.at(-1)!.end, span.at(-1)!.end + 40))?.[1])
}

/**
 * One spelling always opening a longer name ("Gamal Mohamed Ali") and another
 * never ("Ihab Galal", "Galal said"): a given name and a surname of two
 * people. A surname garbled in a second reference stands where the surname
 * does, not before other names.
 */
function givenAndSurname(spellings: ReadonlyMap<string, NameToken[][]>, value: string, isGivenName: (word: string) => boolean): boolean {
  // The word after must be a name's ("Mohamed"), not a common word ("Archnetys News Team", "Zevalas He said").
  const opens = (span: NameToken[]) => {
    const next = /^ (\p{Lu}[\p{L}'’-]+)/u.exec(value.slice(span.at(-1)!.end, span.at(-1)!.end + 40))?.[1]
    return next !== undefined && isGivenName(next)
  }
  const uses = [...spellings.values()]
  // The other written once at least after a given name of its own: a surname ("Ihab Galal"). A given name alone
  // is how Thai copy names a person again ("Phichit Chuenban" … "Pichit said"), a slip of the full name's.
  return uses.some((spans) => spans.every(opens)) && uses.some((spans) => !spans.some(opens) && spans.some((span) => givenNameBefore(span, value, isGivenName) !== undefined))
}

/**
 * Each spelling written only after a given name, and no given name of one
 * like one of another's ("Jane McAlester", "Robert McAlister"): the
 * surnames of two people. "Nurlanbek Shakiyev" and "Nurdlanbek Shakiev"
 * are one person spelled two ways.
 */
function surnamesOfOthers(spellings: ReadonlyMap<string, NameToken[][]>, value: string, isGivenName: (word: string) => boolean): boolean {
  return ofOthers(spellings, (span) => givenNameBefore(span, value, isGivenName))
}

/**
 * Two spellings written side by side in one name ("Proshko Proshkov", a
 * surname made from a given name): a given name and a surname, not one
 * word spelled two ways.
 */
function oneNameTogether(spellings: ReadonlyMap<string, NameToken[][]>): boolean {
  const ends = new Set<number>()
  for (const spans of spellings.values()) for (const span of spans) ends.add(span.at(-1)!.end)
  for (const spans of spellings.values()) for (const span of spans) if (ends.has(span[0]!.start - 1)) return true
  return false
}

/**
 * Each spelling written at least once after a given name, and no given name
 * of one like one of another's ("John Bande" … "Richard Chimwendo Banda"):
 * the story names two people in full, and a lone mention is one of them.
 */
function fullNamesOfOthers(spellings: ReadonlyMap<string, NameToken[][]>, value: string, isGivenName: (word: string) => boolean): boolean {
  const given: string[][] = []
  for (const spans of spellings.values()) {
    const own = spans.map((span) => givenNameBefore(span, value, isGivenName)).filter((word) => word !== undefined)
    if (own.length === 0) return false
    given.push(own)
  }
  return given.every((own, i) => given.every((other, j) => i === j || own.every((a) => other.every((b) => a !== b && !alike(a, b)))))
}

/** The given name right before a surname, if the word there is one. */
function givenNameBefore(span: readonly NameToken[], value: string, isGivenName: (word: string) => boolean): string | undefined {
  const before = /(\p{Lu}[\p{L}'’-]+) $/u.exec(value.slice(Math.max(0, span[0]!.start - 40), span[0]!.start))?.[1]
  // A title or a sentence's first word ("Deputy", "Later") is no given name to tell people apart by.
  return before !== undefined && isGivenName(before) ? before : undefined
}

/** Every use of every spelling has a neighbouring name word, and none of one spelling's is like one of another's: two people. */
function ofOthers(spellings: ReadonlyMap<string, NameToken[][]>, neighbour: (span: NameToken[]) => string | undefined): boolean {
  const words: string[][] = []
  for (const spans of spellings.values()) {
    const own: string[] = []
    for (const span of spans) {
      const word = neighbour(span)
      if (word === undefined) return false
      own.push(word)
    }
    words.push(own)
  }
  return words.every((own, i) => words.every((other, j) => i === j || own.every((a) => other.every((b) => a !== b && !alike(a, b)))))
}

/** The only spelling of a cluster that some mention writes with another unknown name after it ("Phichit Chuenban"), if just one does. */
function fullNameSpelling(spellings: ReadonlyMap<string, NameToken[][]>, unknownStarts: ReadonlySet<number>): string | undefined {
  const inFullName = [...spellings].filter(([, spans]) => spans.some((span) => unknownStarts.has(span.at(-1)!.end + 1)))
  return inFullName.length === 1 ? inFullName[0]![0] : undefined
}

/**
 * A name no list knows, in full once and alone more often in another spelling
 * ("Kim Satepheap" … "Santepheap said" … "according to Santepheap"): the
 * spelling written again and again is the name, and the full one the slip.
 */
function unlessOutnumbered(spellings: ReadonlyMap<string, NameToken[][]>, reference: string | undefined): string | undefined {
  if (reference === undefined) return undefined
  const uses = spellings.get(reference)!.length
  return [...spellings].some(([spelling, spans]) => spelling !== reference && spans.length >= 3 && spans.length > 2 * uses) ? undefined : reference
}

/**
 * The only spelling of a cluster that some mention writes after a known given
 * name ("Ms Doreen Kapwani" … "Kapweni said"), if just one does: the story's
 * full name, as for a known person's lone surname.
 */
function givenNameSpelling(spellings: ReadonlyMap<string, NameToken[][]>, value: string, isFirstName: (word: string) => boolean): string | undefined {
  const inFullName = [...spellings].filter(([, spans]) => spans.some((span) => givenNameBefore(span, value, isFirstName) !== undefined))
  return inFullName.length === 1 ? inFullName[0]![0] : undefined
}

/**
 * Names spelled two ways in one document: accepted variants of one known
 * entity ("Zelensky", "Zelenskyy"), or unknown names a letter or a sound apart
 * ("Archynetys", "Archnetys"). The minority spelling is the slip.
 */
export interface ClashWords {
  /** A given name or a word no dictionary knows: what tells two people of like surnames apart. */
  isGivenName?: ((word: string) => boolean) | undefined
  /** A given name the first-name list knows ("Doreen", not "Namami"): a full name's, whose spelling the lone mentions follow. */
  isFirstName?: ((word: string) => boolean) | undefined
  /** A body's noun ("court", "council"), lowercase. */
  bodyNoun?: ((word: string) => boolean) | undefined
  /** Nouns of kinds of place ("region", "parish"), lowercase. */
  placeNouns?: ReadonlySet<string> | undefined
}

export function findClashes(
  known: ReadonlyArray<{span: NameToken[]; ref: FormRef}>,
  unknown: readonly NameToken[],
  value: string,
  {isGivenName = () => false, isFirstName = () => false, bodyNoun = () => false, placeNouns = new Set()}: ClashWords = {}
): Clash[] {
  const groups: Group[] = []

  // Known names: the spellings of each entity, clustered by likeness ("Trump"
  // and "Donald Trump" are two ways to name, not to spell, one man).
  const byEntity = new Map<FormRef['entity'], Map<string, NameToken[][]>>()
  // Spellings written exactly as a form the gazetteer accepts ("Arakhamia"), not only read as one ("Arakhamiya").
  const ownForms = new Set<string>()
  // Where each name word, known or not, starts and ends: a name beside another is part of a longer one.
  const unknownStarts = new Set(unknown.map((name) => name.start))
  const nameStarts = new Set([...unknownStarts, ...known.map(({span}) => span[0]!.start)])
  const nameEnds = new Set([...unknown.map((name) => name.end), ...known.map(({span}) => span.at(-1)!.end)])
  for (const {span, ref} of known) {
    // Headings in capitals ("LATIN AMERICA") are not a second spelling.
    const text = sentenceCapital(value.slice(span[0]!.start, span.at(-1)!.end), span[0]!.start, value)
    if (ref.type === 'garble' || isAllCaps(text)) continue
    // A name's own-language form inside a longer name ("Majulah Singapura", "CNN Brasil"), or a forebear's in a
    // person's name ("Abdullah bin Bandar bin Abdul Aziz").
    if (nameEnds.has(span[0]!.start - 1) || nameStarts.has(span.at(-1)!.end + 1) || besidePatronymic(value, span)) continue
    const spellings = byEntity.get(ref.entity) ?? new Map<string, NameToken[][]>()
    spellings.set(text, [...(spellings.get(text) ?? []), span])
    byEntity.set(ref.entity, spellings)
    // "Sanaa" is as much the city's own as "Sana'a": any spelling the gazetteer accepts for the entity, its name or a variant.
    if (text === ref.form || text === ref.entity.name || ref.entity.variants.includes(text)) ownForms.add(text)
  }
  for (const [entity, spellings] of byEntity) {
    const clustered = new Set<string>()
    for (const cluster of clusters([...spellings.keys()])) {
      groups.push({spellings: new Map(cluster.map((spelling) => [spelling, spellings.get(spelling)!])), preferred: entity.name, own: new Set(cluster.filter((spelling) => ownForms.has(spelling)))})
      for (const spelling of cluster) clustered.add(spelling)
    }
    groups.push(...loneSurnameGroups(spellings, clustered, value, isGivenName))
  }

  // Unknown names a letter or a sound apart ("Archynetys", "Archnetys").
  const bySpelling = new Map<string, NameToken[][]>()
  for (const name of unknown) {
    // "RM42mil" beside "RM2mil": a word with a digit is an amount or a code, two of them two amounts.
    if (digit.test(name.text) || mixesScripts(name.text)) continue
    // "the Emiri Court" beside "Sarah Al Amiri": a word before a body's capitalized noun names the body, no one's spelling.
    if (bodyNoun(/^ (\p{Lu}\p{Ll}+)/u.exec(value.slice(name.end, name.end + 24))?.[1]?.toLowerCase() ?? '')) continue
    // "the western region of Pskov" beside Peskov: after a noun of a kind of place and "of", a word names the place.
    if (afterPlaceNoun(value, name.start, placeNouns)) continue
    const spelling = sentenceCapital(name.text, name.start, value)
    const spans = bySpelling.get(spelling)
    if (spans) spans.push([name])
    else bySpelling.set(spelling, [[name]])
  }
  for (const cluster of clusters([...bySpelling.keys()])) {
    const spellings = new Map(cluster.map((spelling) => [spelling, bySpelling.get(spelling)!]))
    if (givenNamesOfOthers(spellings, value) || surnamesOfOthers(spellings, value, isGivenName) || oneNameTogether(spellings) || fullNamesOfOthers(spellings, value, isGivenName) || givenAndSurname(spellings, value, isGivenName)) continue
    groups.push({spellings, reference: unlessOutnumbered(spellings, fullNameSpelling(spellings, unknownStarts) ?? givenNameSpelling(spellings, value, isFirstName))})
  }
  groups.push(...unknownSurnameGroups(byEntity, bySpelling, value, isGivenName))
  groups.push(...unknownPlaceGroups(byEntity, bySpelling, groups, value, isFirstName, isGivenName))

  const clashes: Clash[] = []
  for (const group of groups) {
    if (group.spellings.size < 2) continue
    // "NetBlocks" beside "Netblocks", as often: a capital inside a word is a brand's own, set on purpose.
    const ranked = [...group.spellings.entries()].sort(
      (a, b) => b[1].length - a[1].length || Number(b[0] === group.preferred) - Number(a[0] === group.preferred) || Number(innerCapital.test(b[0])) - Number(innerCapital.test(a[0]))
    )
    // The story's full name sets the spelling its lone mentions follow.
    if (group.reference) ranked.sort((a, b) => Number(b[0] === group.reference) - Number(a[0] === group.reference))
    // The person's own form, where the story writes it, is the one another transliteration of it ("Arakhamiya") follows,
    // however often written; a form that lacks only its accents is the accents check's (AP writes "Francois Bayrou").
    const ownForm = (spelling: string) => group.own?.has(spelling) === true
    const accentless = new Set([...(group.own ?? [])].map(withoutAccents))
    const other = new Set(ranked.map(([spelling]) => spelling).filter((spelling) => !ownForm(spelling) && !accentless.has(withoutAccents(spelling))))
    const own = other.size > 0 && other.size < ranked.length ? ranked.find(([spelling]) => ownForm(spelling)) : undefined
    // "Trapalhões" beside "Trapalhos": a spelling in plain letters that is the other's with its marks and a letter or two
    // lost is what the copy lost, however often written; nobody adds a "õe".
    const fuller = ranked.find(([spelling]) => spelling !== withoutAccents(spelling) && ranked.every(([other]) => other === spelling || lostFrom(other, spelling)))
    // "Lvshunkou" beside "Lushunkou": pinyin typed on a keyboard writes ü as v; no romanization of a name writes "lv" or "nv".
    const untyped = ranked.find(([spelling]) => ranked.some(([other]) => other !== spelling) && ranked.every(([other]) => other === spelling || typedUmlaut(other, spelling)))
    const lead = own ?? fuller ?? untyped ?? leading(group, ranked)
    if (!lead) continue
    const [majority, majoritySpans] = lead
    for (const [spelling, spans] of ranked) {
      if (own && !other.has(spelling)) continue
      // The person's own name is never fixed to the same name with its accents lost ("İmamoğlu" to "Imamoglu"): accents.ts fixes the other way.
      if (spelling === majority || ((spelling === group.preferred || ownForm(spelling)) && withoutAccents(spelling) === majority)) continue
      // "Edgard LEBLANC Fils" in a list writing surnames in capitals, as French copy does: case is the case rule's.
      if (spelling.toLowerCase() === majority.toLowerCase() && /\p{Lu}{2,}/u.test(spelling)) continue
      // Nor is a brand's inner capital fixed away, however seldom written ("NetBlocks" is no slip of "Netblocks").
      if (spelling.toLowerCase() === majority.toLowerCase() && innerCapital.test(spelling) && !innerCapital.test(majority)) continue
      // Nor is any accented spelling fixed to itself without them ("Arévalo" after the full name's "Arevalo"): nobody adds an accent by mistake.
      if (spelling !== withoutAccents(spelling) && withoutAccents(spelling) === majority) continue
      // "La’aulialemalietoa" beside "La'aulialemalietoa": an apostrophe's shape is the quotes check's, not a name's.
      if (straightApostrophes(spelling) === straightApostrophes(majority)) continue
      // "Peronism" beside "Peronist": the creed and its follower are two words, not one spelled two ways.
      if (creedAndFollower(spelling, majority)) continue
      // "al-Shabab" beside a headline's "Al-Shabab": a particle's capital is the headline's style.
      if (particleCaseOnly(spelling, majority) && [spans, majoritySpans].some((uses) => uses.every((use) => inTitleCaseLine(value, use[0]!.start)))) continue
      for (const span of spans) {
        clashes.push({span, actual: spelling, majority, actualCount: spans.length, majorityCount: majoritySpans.length})
      }
    }
  }
  return clashes
}

/**
 * A known person's surname alone, spelled otherwise than in the full name
 * the story gives them ("Kassym-Jomart Tokayev" … "spoke to Tokaev"): the
 * full name sets the spelling, however the lone one is counted.
 */
function loneSurnameGroups(spellings: ReadonlyMap<string, NameToken[][]>, clustered: ReadonlySet<string>, value: string, isGivenName: (word: string) => boolean): Group[] {
  const fullSurnames = addFullNameSurnames(spellings, new Map())
  // The given names of the person's full names as the story writes them.
  const ownGiven = new Set([...spellings.keys()].filter((full) => full.includes(' ')).map((full) => full.split(' ')[0]!))
  const groups: Group[] = []
  for (const [spelling, spans] of spellings) {
    if (spelling.includes(' ') || clustered.has(spelling) || fullSurnames.has(spelling)) continue
    // "Mher Grigorian … Erik Grigoryan": a surname written after a given name of its own, every time, is someone else's.
    const givenBefore = spans.map((span) => /(\p{Lu}\p{Ll}+) $/u.exec(value.slice(Math.max(0, span[0]!.start - 24), span[0]!.start))?.[1] ?? '')
    if (givenBefore.every((given) => given !== '' && isGivenName(given) && !ownGiven.has(given))) continue
    // "Al-Halbousi" alone beside "Mohammed al-Halbousi": many styles capitalize the particle of a surname standing alone.
    const surnames = [...fullSurnames.keys()].filter((surname) => alike(spelling, surname) && spelling.toLowerCase() !== surname.toLowerCase())
    if (surnames.length !== 1) continue
    const surname = surnames[0]!
    groups.push({spellings: new Map([[surname, fullSurnames.get(surname)!], [spelling, spans]]), reference: surname})
  }
  return groups
}

/** Each full name's last word with the mentions of every full name ending in it, added to `into`. */
function addFullNameSurnames(spellings: ReadonlyMap<string, NameToken[][]>, into: Map<string, NameToken[][]>): Map<string, NameToken[][]> {
  for (const [spelling, spans] of spellings) {
    const words = spelling.split(' ')
    if (words.length >= 2) into.set(words.at(-1)!, [...(into.get(words.at(-1)!) ?? []), ...spans])
  }
  return into
}

/** An initial right before a word ("M. Stamer"). */
const initialBefore = /(?:^|[^\p{L}])\p{Lu}\. $/u

/**
 * A word no list knows, alone, a letter or a sound from the surname of a
 * known person's full name as the story writes it ("Rustem Umerov" …
 * "replace Uimerov"): the story's full name sets the spelling. A word written
 * after a given name or an initial of its own ("M. Stamer") is someone
 * else's surname.
 */
function unknownSurnameGroups(
  byEntity: ReadonlyMap<FormRef['entity'], ReadonlyMap<string, NameToken[][]>>,
  bySpelling: ReadonlyMap<string, NameToken[][]>,
  value: string,
  isGivenName: (word: string) => boolean
): Group[] {
  const fullSurnames = new Map<string, NameToken[][]>()
  // The given names the story writes before each surname in a known person's full name ("Amadou" of "Amadou Gon Coulibaly").
  const givenOf = new Map<string, Set<string>>()
  for (const [entity, spellings] of byEntity) {
    if (entity.kind !== 'person') continue
    addFullNameSurnames(spellings, fullSurnames)
    for (const full of spellings.keys()) {
      const words = full.split(' ')
      if (words.length >= 2) givenOf.set(words.at(-1)!, (givenOf.get(words.at(-1)!) ?? new Set()).add(words[0]!))
    }
  }
  const surnameList = [...fullSurnames.keys()].filter((surname) => surname.length >= 5)
  if (surnameList.length === 0) return []
  const groups: Group[] = []
  for (const [spelling, spans] of bySpelling) {
    // alike() never joins spellings more than two letters apart in length: a cheap test first.
    const near = surnameList.filter((surname) => Math.abs(surname.length - spelling.length) <= 2)
    if (near.length === 0) continue
    if (spans.some((span) => initialBefore.test(value.slice(Math.max(0, span[0]!.start - 6), span[0]!.start)))) continue
    // After a given name of its own the word is someone else's surname; after the known person's own ("Amadou Gon
    // Coulibaly" … "Amadou Coulibali") it is that person's, misspelled.
    const givenBefore = spans.map((span) => givenNameBefore(span, value, isGivenName)).filter((given) => given !== undefined)
    const surnames = near.filter((surname) => alike(spelling, surname) && spelling.toLowerCase() !== surname.toLowerCase() && givenBefore.every((given) => givenOf.get(surname)?.has(given) === true))
    if (surnames.length !== 1) continue
    const surname = surnames[0]!
    groups.push({spellings: new Map([[surname, fullSurnames.get(surname)!], [spelling, spans]]), reference: surname})
  }
  return groups
}

/**
 * A word no list knows, a letter or a sound from a one-word place the story
 * writes as the gazetteer does ("Swedia" beside "Sweida", "Idleb" beside
 * "Idlib"): the place misspelled, as two unknown spellings of one name are,
 * and the gazetteer's spelling the one kept. Not after another capitalized
 * word, where it ends a longer name ("Centro Habana") or is a person's
 * ("Pindi Chana"); nor before a word no dictionary has ("Virgilia
 * Peterson"); nor, near a country's name, before any capitalized word
 * ("Myanma Economic Holdings", "Buganda Land Board": a country's name is so
 * often written that every word like it is near one). Not a word already
 * grouped with other unknown spellings, a given name, or the place's name
 * with the "-i" of origin ("Kyrgyzstani").
 */
function unknownPlaceGroups(
  byEntity: ReadonlyMap<FormRef['entity'], ReadonlyMap<string, NameToken[][]>>,
  bySpelling: ReadonlyMap<string, NameToken[][]>,
  grouped: readonly Group[],
  value: string,
  isFirstName: (word: string) => boolean,
  isNameWord: (word: string) => boolean
): Group[] {
  const places = new Map<string, {spans: NameToken[][]; country: boolean}>()
  for (const [entity, spellings] of byEntity) {
    if (entity.kind !== 'place') continue
    for (const [spelling, spans] of spellings) if (spelling.length >= 5 && !spelling.includes(' ') && (spelling === entity.name || entity.variants.includes(spelling))) places.set(spelling, {spans, country: isCountry(entity.title)})
  }
  if (places.size === 0) return []
  const taken = new Set(grouped.flatMap((group) => [...group.spellings.keys()]))
  const groups: Group[] = []
  for (const [spelling, spans] of bySpelling) {
    if (taken.has(spelling) || isFirstName(spelling) || spans.some((span) => capitalizedWordBefore(span, value))) continue
    const near = [...places.keys()].filter((place) => Math.abs(place.length - spelling.length) <= 2 && place.toLowerCase() !== spelling.toLowerCase() && spelling !== `${place}i` && alike(spelling, place))
    if (near.length !== 1) continue
    const place = near[0]!
    const {spans: placeSpans, country} = places.get(place)!
    const next = spans.map((span) => capitalizedNext.exec(value.slice(span.at(-1)!.end, span.at(-1)!.end + 40))?.[1]).filter((word) => word !== undefined)
    if (next.some((word) => country || isNameWord(word))) continue
    groups.push({spellings: new Map([[place, placeSpans], [spelling, spans]]), reference: place, own: new Set([place])})
  }
  return groups
}

const capitalizedBefore = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]* $/u
const capitalizedNext = /^ (\p{Lu}[\p{L}'’-]*)/u

/** A capitalized word right before the span, other than one opening its sentence. */
function capitalizedWordBefore(span: readonly NameToken[], value: string): boolean {
  const start = span[0]!.start
  const before = capitalizedBefore.exec(value.slice(Math.max(0, start - 30), start))
  return before !== null && !isSentenceStart(value, start - before[0].trimStart().length)
}

/**
 * The spelling the others are fixed to: the story's full name's, else the
 * commonest (the entity's own on a tie). A tie with no preferred form gives
 * no ground to call either wrong, but for two spellings written once each,
 * where the story's first, its careful one, sets it.
 */
function leading(group: Group, ranked: ReadonlyArray<[string, NameToken[][]]>): [string, NameToken[][]] | undefined {
  const [first, second] = ranked as [[string, NameToken[][]], [string, NameToken[][]]]
  if (group.reference || second[1].length < first[1].length || first[0] === group.preferred) return first
  if (ranked.length > 2 || first[1].length > 1 || group.preferred !== undefined) return undefined
  return first[1][0]![0]!.start < second[1][0]![0]!.start ? first : second
}

/** `female` is the woman's form of the family name `male` in Slavic and Turkic languages. */
function femaleForm(male: string, female: string): boolean {
  return (/(?:ov|ev|yov|in|yn)$/.test(male) && female === male + 'a') || (/sk[iy]$/.test(male) && (female === male.slice(0, -1) + 'a' || female === male.slice(0, -1) + 'aya')) || (/ck[iy]$/.test(male) && female === male.slice(0, -1) + 'a')
}

/**
 * Spellings grouped by likeness (union of alike pairs). Pairs are compared
 * only within a sound-key or one-deletion bucket, so a long document with
 * thousands of names costs a few comparisons a name, not all pairs.
 */
function clusters(spellings: readonly string[]): string[][] {
  const parent = spellings.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  const buckets = new Map<string, number[]>()
  spellings.forEach((spelling, i) => {
    const squashed = squash(spelling)
    // Long names share a bucket by their first six letters too: a syllable dropped ("Mastalek") is two deletions away.
    for (const key of ['~' + soundKey(squashed), ...deletes(squashed), ...(squashed.length >= 8 ? ['^' + squashed.slice(0, 6)] : [])]) {
      const list = buckets.get(key)
      if (list) list.push(i)
      else buckets.set(key, [i])
    }
  })
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > 50) continue
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!
        const j = members[y]!
        if (root(i) !== root(j) && alike(spellings[i]!, spellings[j]!)) parent[root(j)] = root(i)
      }
    }
  }
  const out = new Map<number, string[]>()
  spellings.forEach((spelling, i) => out.set(root(i), [...(out.get(root(i)) ?? []), spelling]))
  return [...out.values()].filter((cluster) => cluster.length > 1)
}

/** `typed` is `spelling` with a u or ü after an l or n written v, as pinyin input methods take it. */
function typedUmlaut(typed: string, spelling: string): boolean {
  if (!/[LlNn]v/.test(typed)) return false
  const plain = typed.replace(/([LlNn])v/g, '$1u')
  return plain === spelling || plain === spelling.replace(/ü/g, 'u')
}

function alike(a: string, b: string): boolean {
  const x = squash(a)
  const y = squash(b)
  // "the Dresbachs" beside "Dresbach": a family, not a second spelling.
  if (x + 's' === y || y + 's' === x || x + 'es' === y || y + 'es' === x) return false
  // "Haredi" beside "Haredim": a Hebrew adjective and its plural noun.
  if ((x.endsWith('i') && x + 'm' === y) || (y.endsWith('i') && y + 'm' === x)) return false
  // "Hasanov" beside "Hasanova", "Kowalski" beside "Kowalska": a man's and a woman's form of one family name.
  if (femaleForm(x, y) || femaleForm(y, x)) return false
  // "Katanga" beside "Katangan": a place and its proper adjective.
  if ((x.endsWith('a') && x + 'n' === y) || (y.endsWith('a') && y + 'n' === x)) return false
  if (x === y || Math.min(x.length, y.length) < 5) return x === y && a !== b
  const distance = editDistance(x, y, 2)
  if (distance <= 1) return true
  return (distance === 2 && x[0] === y[0] && Math.min(x.length, y.length) >= 7 && soundKey(x) === soundKey(y)) || vowelsMoved(x, y) || syllableDropped(x, y) || syllableDropped(y, x)
}

/** `short` is `long`, of nine letters or more, with two neighbouring letters inside it dropped ("Mastalek" for Mastalerek). */
function syllableDropped(long: string, short: string): boolean {
  if (long.length < 9 || short.length !== long.length - 2) return false
  for (let at = 1; at < long.length - 2; at++) if (long.slice(0, at) + long.slice(at + 2) === short) return true
  return false
}

/** Two spellings that differ only in the case of a name particle's first letter ("al-Shabab", "Al-Shabab"). */
export function particleCaseOnly(a: string, b: string): boolean {
  if (a === b || a.toLowerCase() !== b.toLowerCase()) return false
  const words = (name: string) => name.split(/([\s-])/)
  const [x, y] = [words(a), words(b)]
  return x.every((word, index) => word === y[index] || nameParticles.includes(word.toLowerCase()))
}

/** One spelling ends in -ism where the other ends in -ist or -ists, the rest the same. */
function creedAndFollower(a: string, b: string): boolean {
  const stem = (word: string) => /^(.+)(?:ism|ists?)$/u.exec(word)?.[1]
  const [x, y] = [stem(a), stem(b)]
  return x !== undefined && x === y && a.endsWith('ism') !== b.endsWith('ism')
}

/** Whether `plain`, in letters without marks, is `marked` with its marks and one or two letters lost. */
function lostFrom(plain: string, marked: string): boolean {
  const stripped = withoutAccents(marked)
  if (plain !== withoutAccents(plain) || plain.length >= stripped.length || plain.length < stripped.length - 2) return false
  let at = 0
  for (const letter of stripped) if (letter === plain[at]) at++
  return at === plain.length
}
