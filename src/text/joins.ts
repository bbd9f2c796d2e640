import type {Bundle} from '../data/bundle.js'
import {frequency} from '../data/frequencies.js'
import {inEitherDialect, type Lexicon} from '../data/lexicon.js'
import {compoundNameHeads} from '../data/name-words.js'

/** Two words written as one: where to cut, and the text with the space (or sentence break) put back. */
export interface Join {
  left: string
  right: string
  fix: string
  /** The text with the space alone put back, where `fix` puts back a comma too ("Congress, which"). */
  spaceOnly?: string
}

export interface JoinWords {
  lexicon: Lexicon
  /** Words the project accepts beyond the dictionary (names, newsroom words): never a join. */
  accepted: (word: string) => boolean
  /** Function words that begin or end no closed compound (dictionaries/join-words.txt). */
  joinWords: ReadonlySet<string>
  /** Surname particles (dictionaries/name-prefixes.txt). */
  namePrefixes: ReadonlySet<string>
  /** The verbs of attribution that follow a name ("Leesaid"; dictionaries/attribution-verbs.txt); regular past tenses are found by their -ed. */
  attributionVerbs: ReadonlySet<string>
  /** Words of the calendar and the clock, lowercase (dictionaries/time-words.txt): one run into a number is a date ("October2018"). */
  timeWords: ReadonlySet<string>
  /** Suffixes that derive words freely (dictionaries/suffixes.txt): "sponsorships" is sponsor + -ships, no "sponsors hips". */
  suffixes: readonly string[]
  /** Prefixes likewise (dictionaries/prefixes.txt): "overstrained" is over- + strained, no "overs trained". */
  prefixes: readonly string[]
  /** Titles and "former" (dictionaries/titles.txt): one of six letters or more ends no name ("Moraespresident"). */
  titles: ReadonlySet<string>
  /** Words a comma goes before when they open a clause or an adjunct after a noun (dictionaries/clause-openers.txt). */
  clauseOpeners?: ReadonlySet<string>
  /** Coordinating conjunctions (dictionaries/coordinating-conjunctions.txt): a page that lost its commas lost none before "and". */
  conjunctions?: ReadonlySet<string>
  /** Parts of hyphenated compounds (dictionaries/hyphen-parts.txt): "faithbased" lost a hyphen, not a space. */
  hyphenParts?: ReadonlySet<string>
  /** Function words that form compounds (dictionaries/compound-join-words.txt): run into a function word ("inthe") or after a common word ("accordingto"). */
  compoundJoinWords?: ReadonlySet<string>
  /** Endings of adjectives and participles (dictionaries/modifier-endings.txt): a long one begins no closed compound ("environmentalsecurity"). */
  modifierEndings?: readonly string[]
}

const fromBundle = new WeakMap<object, JoinWords>()

/** The join lists of a bundle, made once per bundle: the spacing and spelling rules share them. */
export function joinWordsOf(bundle: Pick<Bundle, 'lexicon' | 'personal' | 'joinWords' | 'compoundJoinWords' | 'namePrefixes' | 'attributionVerbs' | 'timeWords' | 'suffixes' | 'prefixes' | 'titles' | 'clauseOpeners' | 'conjunctions' | 'hyphenParts' | 'modifierEndings'>): JoinWords {
  let words = fromBundle.get(bundle)
  if (!words) {
    const personal = bundle.personal
    words = {lexicon: bundle.lexicon, accepted: (word) => personal.has(word), joinWords: bundle.joinWords, namePrefixes: bundle.namePrefixes, attributionVerbs: bundle.attributionVerbs, timeWords: bundle.timeWords, suffixes: bundle.suffixes, prefixes: bundle.prefixes, titles: bundle.titles, clauseOpeners: bundle.clauseOpeners, conjunctions: bundle.conjunctions, hyphenParts: bundle.hyphenParts, compoundJoinWords: bundle.compoundJoinWords, modifierEndings: bundle.modifierEndings}
    fromBundle.set(bundle, words)
  }
  return words
}

/** A content word run into a function word must be in SUBTLEX-US at all: news words ("retirees") are rare in film subtitles. */
const seenCount = 1

/** A common word run into a plural noun at least this common in SUBTLEX-US ("requirementspaving"). */
const commonAfterPlural = 50

/** A common word run into a sentence's opening function word at least this common in SUBTLEX-US ("Theresolution"). */
const commonAfterOpener = 50
/** How often SUBTLEX has a word run onto a name the story writes alone: a common word, no rare one that ends names. */
const commonAfterName = 50

/**
 * A Capitalized word run into a past-tense verb at least this common in
 * SUBTLEX-US ("Assemblyvoted", "Hizbullahcriticized"): news verbs are rare in
 * film subtitles, so the bar is low; 100 missed "criticized" and "reacted", 5
 * found nothing more than 20 on the tuning set.
 */
const verbCount = 20

/**
 * Whether `word`, unknown as written, is two known words with the space
 * missing; `named` tells a name the document itself writes. Two shapes:
 * - run together: "impeachmenthas", "credibilitybefore", "inthe",
 *   "Macrithe", "Assemblyvoted". A closed compound the dictionary lacks
 *   ("powerplants", "frontline") is two content words; a slip joins a word
 *   to a function word, which begins or ends no compound. So one part must be
 *   a function word, or (after a Capitalized word, where a compound would be
 *   a name) a past-tense verb; and no one-letter fix may be likelier. A
 *   past tense after a common word is as often a compound the dictionary
 *   lacks ("underserved", "coolheaded") as two words run together.
 * - camel joins: "theThe", "ArgentinesThe", "20thThe", "ImpeachmentVote".
 *   Brands and names carry inner capitals too ("YouTube", "PlayStation",
 *   "McDonald", "DeSantis"), so a Capitalized first part must be long or the
 *   second a function word, and a surname particle is never a first part.
 */
export function joinOf(word: string, words: JoinWords, named?: (word: string) => boolean): Join | undefined {
  if (word.length < 5 || words.lexicon.correct(word) || words.accepted(word) || inEitherDialect(word)) return undefined
  if (/^\p{Lu}?\p{Ll}+$/u.test(word)) return runTogether(word, words, named)
  // "9ththe", "21stcentury": an ordinal run into the function word after it, or into a word of four letters or more.
  const ordinal = /^(\d+(?:st|nd|rd|th))(\p{Ll}{3,})$/u.exec(word)
  if (ordinal) return words.joinWords.has(ordinal[2]!) || (ordinal[2]!.length >= 4 && words.lexicon.hasLowercase(ordinal[2]!)) ? {left: ordinal[1]!, right: ordinal[2]!, fix: `${ordinal[1]} ${ordinal[2]}`} : undefined
  // "24the", "440deputies", "8million": a number run into the function word after it, or into a word of four letters or more
  // (units are shorter: "10km", "5pm"), whole or with its decimals ("1.4million").
  // A currency's letters may open the amount ("N36.1billion", "Sh2million").
  const counted = /^((?:\p{Lu}\p{Ll}{0,2})?\d+(?:[.,]\d+)?)(\p{Ll}{3,})$/u.exec(word)
  // "24the": a date or a count run into the article that opens the clause after it lost its comma too.
  if (counted && counted[2] === 'the') return {left: counted[1]!, right: counted[2], fix: `${counted[1]}, ${counted[2]}`, spaceOnly: `${counted[1]} ${counted[2]}`}
  if (counted) return words.joinWords.has(counted[2]!) || (counted[2]!.length >= 4 && words.lexicon.hasLowercase(counted[2]!)) ? {left: counted[1]!, right: counted[2]!, fix: `${counted[1]} ${counted[2]}`} : undefined
  // "in1954", "from18", "were1.516": a function word or a word of four letters or more run into the count after it; two
  // digits at least, or a decimal, as a word and one digit is a code or a brand's ("mk2", "news1"), and "pm2.5" a unit's.
  const countAfter = /^(\p{Ll}{2,})(\d{2,}|\d+[.,]\d+)$/u.exec(word)
  if (countAfter) {
    const [, before, count] = countAfter as unknown as [string, string, string]
    if (words.joinWords.has(before) || words.compoundJoinWords?.has(before) === true || (before.length >= 4 && words.lexicon.hasLowercase(before))) return {left: before, right: count, fix: `${before} ${count}`}
  }
  // "October2018", "May5": a month or a day run into its date or year.
  const dated = /^(\p{Lu}\p{Ll}{2,8})(\d{1,4})$/u.exec(word)
  if (dated && words.timeWords.has(dated[1]!.toLowerCase())) return {left: dated[1]!, right: dated[2]!, fix: `${dated[1]} ${dated[2]}`}
  return initialBeforeName(word) ?? possessiveBeforeWord(word, words) ?? titleBeforeName(word, words) ?? camelJoin(word, words, named) ?? ordinalBeforeCapital(word)
}

/** "K.Shirshov", "L.Enkh-Amgalan": an initial and its full stop run into the name after it (a page that writes its names so throughout is spacing.ts's to excuse). */
function initialBeforeName(word: string): Join | undefined {
  const match = /^(\p{Lu}\.)(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?:['’]s)?)$/u.exec(word)
  return match ? {left: match[1]!, right: match[2]!, fix: `${match[1]} ${match[2]}`} : undefined
}

/** "Vietnam'sDepartment", "women’sengagement": a possessive run into the word it owns; no word goes on past its 's. */
function possessiveBeforeWord(word: string, words: JoinWords): Join | undefined {
  const match = /^(\p{L}{2,}['’]s)(\p{Lu}\p{Ll}{2,}|\p{Ll}{4,})$/u.exec(word)
  if (!match || !(words.lexicon.hasLowercase(match[2]!.toLowerCase()) || words.lexicon.correct(match[2]!))) return undefined
  return {left: match[1]!, right: match[2]!, fix: `${match[1]} ${match[2]}`}
}

/**
 * "MrSrettha", "AmbassadorPortell": a title run into the
 * name or title after it. A brand's capitals join short words ("PlayStation"),
 * none of them a title.
 */
function titleBeforeName(word: string, words: JoinWords): Join | undefined {
  const match = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)$/u.exec(word)
  // "the PresidentNow": a function word after the title opens the next sentence, camelJoin's to read.
  if (!match || !words.titles.has(match[1]!.toLowerCase()) || words.joinWords.has(match[2]!.toLowerCase())) return undefined
  return {left: match[1]!, right: match[2]!, fix: `${match[1]} ${match[2]}`}
}

/** "17thPresident", "34thASEAN": an ordinal run into the capitalized word it numbers (a sentence after it is camelJoin's: "20thThe"). */
function ordinalBeforeCapital(word: string): Join | undefined {
  const match = /^(\d+(?:st|nd|rd|th))(\p{Lu}[\p{L}'’-]*)$/u.exec(word)
  return match ? {left: match[1]!, right: match[2]!, fix: `${match[1]} ${match[2]}`} : undefined
}


/** Short words that open a clause or a phrase after a name and end none: "who", "to", "the". */
const shortJoins: ReadonlySet<string> = new Set(['who', 'to', 'the'])

function runTogether(word: string, words: JoinWords, inDocument?: (word: string) => boolean): Join | undefined {
  const {lexicon, joinWords} = words
  const capital = /^\p{Lu}/u.test(word)
  if (!capital && pluralOfWord(word, lexicon)) return undefined
  let best: Join | undefined
  let bestCount = 0
  let bestFunctional = false
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const left = word.slice(0, cut)
    const right = word.slice(cut)
    // After a Capitalized word, a function word is as often a name's ending
    // ("Fernand", "Danaher", "Nikolais", "Godswill"): only "the", which ends no
    // name, and the verbs a name is followed by (see \`verb\` below).
    // A function word of five letters or more ("where", "which") ends no name
    // after a common word ("Deputieswhere").
    const longOpener = right.length >= 5 && lexicon.hasLowercase(left.toLowerCase())
    // A name the story writes alone, run into a function word of four letters or more ("Perualso", "Chegavery"), or of three
    // after a name of four letters or more ("Zapataand", "Jaldowho": "Simone" is no "Sim one"); a name the gazetteer knows, run
    // into one of five letters or more, which ends no name ("Tabascoalthough").
    // A name the dictionary has only capitalized, of five letters or more, run into "who", "to" or "the", which end no
    // name a story would write unknown ("Vargaswho"); "and" ends places ("Jubaland" is no "Jubal and").
    const afterProper = left.length >= 5 && shortJoins.has(right) && lexicon.isProperOnly(left.toLowerCase())
    const afterNamed = capital && ((inDocument?.(left) === true && (right.length >= 4 || (right.length === 3 && left.length >= 4))) || (right.length >= 5 && words.accepted(left)) || afterProper)
    // "mostof", "madeon": a common word of four letters run into a preposition of two; rarer words of four end words ("beckon").
    const commonBeforeShort = left.length === 4 && right.length === 2 && frequency(left) >= commonAfterPlural
    const rightJoins = joinWords.has(right) && (capital ? right === 'the' || longOpener || afterNamed || words.attributionVerbs.has(right) : right.length >= 3 || left.length >= 5 || commonBeforeShort)
    const leftJoins = !capital && joinWords.has(left) && right.length >= 3
    let count = 0
    if (capital) {
      // A name the story writes elsewhere ("Mauricio Macri ... Macrithe") is as known as the dictionary's.
      const named = lexicon.correct(left) || words.accepted(left) || inDocument?.(left) === true
      // "Assemblyvoted", "Congressarguing": a verb's past or -ing form of five letters or more ends no name ("Browning" is Brown + a suffix);
      // an -ing word with a plural is a noun, which ends compounds ("Taiwan Statebuilding Party": buildings).
      const verb = pastOrParticiple(right, lexicon) || (right.length >= 5 && right.endsWith('ing') && !lexicon.hasLowercase(right + 's') && lexicon.hasLowercase(right) && frequency(right) >= verbCount)
      // "Moraespresident", "Signoriniformer": a name run into the title of the apposition after it, which ends no name.
      const appositive = left.length >= 4 && right.length >= 6 && words.titles.has(right) && /^\p{Lu}\p{Ll}+$/u.test(left)
      // "Panettacurrently", "Culebrillaannounced": a name the story writes alone, of four letters or more, run into a common
      // word of six letters or more; a name that is also a common word ("Fair" … "Fairweather") starts names of its own.
      const storyNameRunOn = left.length >= 4 && right.length >= 6 && inDocument?.(left) === true && !lexicon.hasLowercase(left.toLowerCase()) && lexicon.hasLowercase(right) && frequency(right) >= commonAfterName && !words.suffixes.some((suffix) => right.startsWith(suffix))
      if (left.length >= 3 && (named || appositive) && (rightJoins || verb || appositive || storyNameRunOn)) {
        count = Math.max(frequency(left), 1)
        if (appositive && !rightJoins && !verb && count > bestCount) {
          // The apposition takes its comma back with its space.
          best = {left, right, fix: `${left}, ${right}`}
          bestCount = count
          continue
        }
      }
      // "Theresolution", "Onbehalf": a sentence's opening function word run into a common word of six letters or more
      // (names that open so, "Bywater", "Tobias", end in shorter words).
      else if (joinWords.has(left.toLowerCase()) && right.length >= 6 && lexicon.hasLowercase(right) && frequency(right) >= commonAfterOpener) count = frequency(right)
    } else if (rightJoins && left.length >= 3 && lexicon.hasLowercase(left)) {
      count = frequency(left)
    } else if (pluralThenWord(left, right, lexicon) && !derived(word, words)) {
      // "requirementspaving", "negotiationsespecially": a plural noun begins no closed compound the dictionary lacks.
      count = frequency(right)
    } else if (left.length >= 5 && lexicon.hasLowercase(left) && pastOrParticiple(right, lexicon) && !words.hyphenParts?.has(left) && !words.hyphenParts?.has(right) && !derived(word, words)) {
      // "instancestated", "committeedecided": a verb's past of five letters or more ends no closed compound after a word of five
      // or more ("coolheaded", "backfitted" are words), unless it makes a compound modifier ("faithbased" lost a hyphen).
      count = frequency(right)
    } else if (leftJoins && lexicon.hasLowercase(right)) {
      count = frequency(right)
    } else if (compoundJoin(left, right, words) || adverbThenWord(left, right, words) || modifierThenWord(left, right, words)) {
      // "inthe", "atthe": two function words; "accordingto", "facedwith": a common word, then a preposition; "quicklyimplement".
      count = frequency(left)
    }
    // "objectivesand": a cut at a function word ("objectives and") beats one into two content words ("objective sand").
    const functional = !capital && (joinWords.has(right) || joinWords.has(left))
    const better = functional !== bestFunctional ? functional : count > bestCount
    if (count >= (capital ? 1 : seenCount) && better) {
      best = {left, right, fix: `${left} ${right}`}
      bestCount = count
      bestFunctional = functional
    }
  }
  if (!best) return undefined
  // "Congresswhich", "castlebut": a clause opened after a noun lost its comma with its space.
  // "Macrithe", "Gómezthe": a name run into the article that opens the apposition or clause after it, likewise.
  const opensAfter = words.clauseOpeners?.has(best.right) || (capital && best.right === 'the')
  if (opensAfter && !joinWords.has(best.left.toLowerCase()) && best.fix === `${best.left} ${best.right}`) best = {...best, fix: `${best.left}, ${best.right}`, spaceOnly: best.fix}
  // "hasd" is "has" mistyped, not "ha sd": a one-letter fix to a word as
  // common as the rarer part wins.
  const rarer = Math.min(frequency(best.left), frequency(best.right))
  if (!capital && lexicon.oneEditAway(word).some((near) => /^\p{Ll}/u.test(near) && frequency(near) >= rarer)) return undefined
  return best
}

/**
 * A function word that forms compounds (dictionaries/compound-join-words.txt)
 * run into a function word ("inthe", "withthe"), or after a common word of five
 * letters or more that is neither a function word nor derived ("accordingto",
 * "facedwith", "presidencyafter"; "thereafter" and "formator" are words).
 */
function compoundJoin(left: string, right: string, words: JoinWords): boolean {
  const compound = words.compoundJoinWords
  if (!compound) return false
  if (compound.has(left)) return words.joinWords.has(right)
  // A function word of five letters ends compounds ("whereon", "whereof"); "countin" is "countin'", the g dropped, not "count in".
  return compound.has(right) && left.length >= 5 && words.lexicon.hasLowercase(left) && frequency(left) >= commonAfterPlural && (left.length >= 6 || !words.joinWords.has(left)) && !derived(left + right, words) && !words.lexicon.hasLowercase(`${left}${right}g`)
}

/**
 * "environmentalsecurity", "increasingrevenue": an adjective or participle of
 * seven letters or more, by its ending (dictionaries/modifier-endings.txt),
 * begins no closed compound the dictionary lacks; the word after it is a
 * common one of four letters or more.
 */
function modifierThenWord(left: string, right: string, words: JoinWords): boolean {
  const endings = words.modifierEndings
  if (!endings || left.length < 7 || !endings.some((ending) => left.endsWith(ending))) return false
  // "smokingrelated" lost a hyphen, not a space (dictionaries/hyphen-parts.txt).
  if (words.hyphenParts?.has(left) || words.hyphenParts?.has(right)) return false
  return words.lexicon.hasLowercase(left) && commonAfterModifier(right, words) && !derived(left + right, words)
}

/**
 * "quicklyimplement": an adverb in -ly made from a word the dictionary
 * knows begins no closed compound ("assemblyman", "familyman" begin with nouns).
 */
function adverbThenWord(left: string, right: string, words: JoinWords): boolean {
  return left.length >= 6 && left.endsWith('ly') && words.lexicon.hasLowercase(left) && words.lexicon.hasLowercase(left.slice(0, -2)) && commonAfterModifier(right, words)
}

/** A common word of four letters or more: what an adverb or adjective run into another word runs into. */
function commonAfterModifier(right: string, words: JoinWords): boolean {
  return right.length >= 4 && words.lexicon.hasLowercase(right) && frequency(right) >= commonAfterPlural
}

/** A known word and a suffix, perhaps plural ("sponsorships", "weekslong"), or a prefix and a known word ("overstrained"). */
function derived(word: string, words: JoinWords): boolean {
  const known = (part: string) => part.length > 2 && words.lexicon.hasLowercase(part)
  return (
    words.suffixes.some((suffix) => [suffix, `${suffix}s`].some((ending) => word.endsWith(ending) && known(word.slice(0, -ending.length)))) ||
    words.prefixes.some((prefix) => word.startsWith(prefix) && known(word.slice(prefix.length)))
  )
}

/**
 * "mayoralties": a noun's regular plural whose singular the dictionary has
 * is a word, though the dictionary lists no plural for it ("mayoral ties"
 * is no fix).
 */
function pluralOfWord(word: string, lexicon: JoinWords['lexicon']): boolean {
  if (word.endsWith('ies')) return lexicon.hasLowercase(`${word.slice(0, -3)}y`)
  if (word.endsWith('es') && lexicon.hasLowercase(word.slice(0, -2))) return true
  return word.endsWith('s') && !word.endsWith('ss') && lexicon.hasLowercase(word.slice(0, -1))
}

/** A common verb's past of five letters or more ("voted", "stated"). */
function pastOrParticiple(word: string, lexicon: JoinWords['lexicon']): boolean {
  return word.length >= 5 && word.endsWith('ed') && lexicon.hasLowercase(word) && frequency(word) >= verbCount
}

/** A plural noun of five letters or more (its singular a word too), then a common word of four or more. */
function pluralThenWord(left: string, right: string, lexicon: JoinWords['lexicon']): boolean {
  return left.length >= 5 && left.endsWith('s') && !left.endsWith('ss') && lexicon.hasLowercase(left) && lexicon.hasLowercase(left.slice(0, -1)) && right.length >= 4 && lexicon.hasLowercase(right) && frequency(right) >= commonAfterPlural
}

function camelJoin(word: string, words: JoinWords, named?: (word: string) => boolean): Join | undefined {
  const {lexicon, joinWords, namePrefixes} = words
  const parts = /^(\p{Lu}{2,6}|\p{Lu}?\p{Ll}+|\d+(?:st|nd|rd|th)?)(\p{Lu}\p{Ll}+)$/u.exec(word)
  if (!parts) return undefined
  const left = parts[1]!
  const right = parts[2]!
  // "CNNSilva": an acronym the story writes alone, run into a name it writes alone ("NBCUniversal" is one brand, "Universal" no name of the story's).
  if (/^\p{Lu}+$/u.test(left)) return named?.(left) === true && named(right) && !words.accepted(word) ? {left, right, fix: `${left} ${right}`} : undefined
  const rightLower = right.toLowerCase()
  const opens = joinWords.has(rightLower)
  // The second part may be a known name: "PresidentYoon", "ministerKim"; after a common lowercase word, any name
  // ("suspectedPugacheva", "byKhuat"): a lowercase word ends no name that goes on in capitals.
  const afterCommon = /^\p{Ll}+$/u.test(left) && left.length >= 2 && right.length >= 4 && lexicon.hasLowercase(left) && !namePrefixes.has(left)
  if (!lexicon.hasLowercase(right) && !lexicon.correct(right) && !words.accepted(right) && !afterCommon) return undefined
  if (/^\d/.test(left)) {
    // "20thThe": a number ends a sentence, a function word starts the next;
    // a year or a count before a name wants its space at least ("1994Ishiba").
    if (opens) return {left, right, fix: `${left}. ${right}`}
    return /^\d{2,}$/.test(left) && right.length >= 3 ? {left, right, fix: `${left} ${right}`} : undefined
  }
  if (left.length < 2 || namePrefixes.has(left.toLowerCase())) return undefined
  // "PetrobrasGeneral": a name the story writes alone is as known as the dictionary's words.
  if (!lexicon.correct(left) && !words.accepted(left) && !(/^\p{Lu}/u.test(left) && (opens || named?.(left) === true))) return undefined
  // "GibranJokowi", "YeolImpeachment": a name the story writes alone, run into another it writes alone or a long word.
  // A compound given name's head is no such name: "AbdulAziz" is how Nigerian copy writes Abdulaziz.
  const afterNamed = left.length >= 4 && !compoundNameHeads.includes(left.toLowerCase()) && named?.(left) === true && (named(right) || (right.length >= 6 && lexicon.hasLowercase(rightLower)))
  // "PlayStation", "WordPress": a brand's parts are short words.
  if (/^\p{Lu}/u.test(left) && !opens && left.length < 8 && !afterNamed) return undefined
  // A function word cannot end a sentence ("theThe"): then only the space is missing.
  // Nor can a preposition ("toThe best places"), and the word after it goes on the sentence in lowercase.
  if (opens && words.compoundJoinWords?.has(left.toLowerCase())) return {left, right, fix: `${left} ${rightLower}`}
  const endsSentence = opens && !joinWords.has(left.toLowerCase())
  return {left, right, fix: endsSentence ? `${left}. ${right}` : `${left} ${right}`}
}

/** SUBTLEX-US count a long word needs to be a part of a split ("preparatory" 15, "residing" 15). */
const rareLongWord = 5

/**
 * Two common words run together, asked only of a story that has lost its
 * spaces elsewhere ("preparatorymeeting", "localpolice",
 * "thisorganisation"): there the joining is the page's, and a pair the
 * dictionary lacks as one word is two. Each part is a word of either dialect
 * written often (a function word may be short: "residingin"), the whole is
 * no derived word nor one letter from a common word, and of the cuts the one
 * whose rarer part is commonest wins.
 */
export function plainSplit(word: string, words: JoinWords): Join | undefined {
  if (word.length < 7 || !/^\p{Ll}+$/u.test(word) || inEitherDialect(word) || words.accepted(word) || derived(word, words) || pluralOfWord(word, words.lexicon)) return undefined
  // A short word must be common to be one ("sand" of "objectivesand"); a long one need only be written ("preparatory").
  const common = (part: string) => ((words.joinWords.has(part) || words.compoundJoinWords?.has(part) === true) && part.length >= 2) || (part.length >= 3 && (words.lexicon.hasLowercase(part) || inEitherDialect(part)) && frequency(part) >= (part.length >= 7 ? rareLongWord : commonAfterPlural))
  let best: Join | undefined
  let bestCount = 0
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const left = word.slice(0, cut)
    const right = word.slice(cut)
    if (!common(left) || !common(right) || words.hyphenParts?.has(left) || words.hyphenParts?.has(right)) continue
    const count = Math.min(frequency(left), frequency(right))
    if (count > bestCount) {
      best = {left, right, fix: `${left} ${right}`}
      bestCount = count
    }
  }
  if (!best) return undefined
  if (words.lexicon.oneEditAway(word).some((near) => /^\p{Ll}/u.test(near) && (frequency(near) >= bestCount || undoubled(word, near)))) return undefined
  return best
}

/** Whether `near` is `word` with one letter of a doubled pair dropped: another spelling of it ("benefitting", "benefiting"). */
function undoubled(word: string, near: string): boolean {
  if (near.length !== word.length - 1) return false
  for (let at = 1; at < word.length; at++) if (word[at] === word[at - 1] && word.slice(0, at) + word.slice(at + 1) === near) return true
  return false
}

