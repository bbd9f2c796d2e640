import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {LazySet} from '../data/lazy-set.js'
import {afterNamingCue} from '../text/naming-cue.js'
import {isLiteral} from 'nlcst-is-literal'
import {titleHasWord} from '../data/entities.js'
import {frequency} from '../data/frequencies.js'
import {lexiconFor, rareLexicon, type Lexicon} from '../data/lexicon.js'
import {nameConnectors, particleJoinedName} from '../data/name-words.js'
import {droppedLetterAt, editDistance} from '../names/distance.js'
import type {Gazetteer} from '../names/gazetteer.js'
import {utf8Again} from '../text/windows-1252.js'
import {insideAddress} from '../text/addresses.js'
import {binomialGenusAt} from '../text/binomial.js'
import {countedBefore} from '../text/counted.js'
import {foreignPhraseTest} from '../text/foreign-phrases.js'
import {ForeignStretches} from '../text/foreign-sentences.js'
import {joinOf, type JoinWords} from '../text/joins.js'
import {capitalize, escapeRegExp, withoutAccents} from '../text/normalize.js'
import {smallWordInName, wordBefore} from '../text/word-before.js'
import {keyboardNeighbours, slipRank} from '../text/slips.js'
import {isSentenceStart} from '../text/sentence-start.js'
import {childIndex, sentencesOf, textOf} from '../text/tokens.js'
import {Memo} from '../text/memo.js'
import {glossClosingQuotation, insideGlossedQuotation} from '../text/quotation.js'
import {listOf, quote, report} from '../message.js'
import {inOnePass, type TwoPasses} from '../passes.js'
import {otherScriptLetter} from '../text/scripts.js'

export interface Options {
  /** The US dictionary, shared with the other rules. */
  lexicon: Lexicon
  /** The document's spelling: `en-GB` checks against dictionary-en-gb and calls US spellings info. */
  dialect?: 'en-US' | 'en-GB' | undefined
  /** Words to accept beyond the dictionary: newsroom vocabulary, acronyms, names. */
  personal: ReadonlySet<string>
  /** Towns the gazetteer leaves out ("Nakuru", "Kakamega"): each capitalized word of one is a place's. */
  placeNames?: Iterable<string> | undefined
  /** Known names, offered first for an unknown capitalized word ("Macrone" → "Macron"). */
  gazetteer?: Gazetteer | undefined
  /** Prefixes that make a new word of any known word ("re" + "conversion"). */
  prefixes?: Iterable<string> | undefined
  /** Suffixes that derive a new word from any known word ("obligation" + "al"). */
  suffixes?: Iterable<string> | undefined
  /** Lowercase words that stand before a name ("chancellor"): a capitalized slip one letter off one is a typo. */
  titles?: ReadonlySet<string> | undefined
  /** Lowercase abbreviations a period may follow mid-sentence ("etc", "vs"). */
  abbreviations?: ReadonlySet<string> | undefined
  /** Foreign phrases whose words are fine inside them ("de facto"). */
  foreignPhrases?: Iterable<string> | undefined
  /** Keyboard letter rows, top first: a fix one neighbouring key away ranks first. */
  keyboard?: readonly string[] | undefined
  /** A word filter's substitutions, "bad ass" a line: dictionaries/filter-substitutions.txt. */
  filterSubstitutions?: readonly string[] | undefined
  /** The nouns bodies are named with ("department", "ministry"; dictionaries/institution-words.txt), by family. */
  institutionWords?: ReadonlyMap<string, number> | undefined
  /** Function words of other languages ("por", "les"): an unknown word beside one is likely foreign. */
  foreignFunctionWords?: ReadonlySet<string> | undefined
  /** Words that count a noun ("a", "an", "each"): a given name after one is a common noun of another language ("a provisional amparo"). */
  indefiniteDeterminers?: ReadonlySet<string> | undefined
  /** Endings of verbs stressed on their last syllable ("cur", "quip"; dictionaries/stressed-endings.txt), which double their final consonant. */
  stressedEndings?: Iterable<string> | undefined
  /** Letters no English word is written with ("ı", "ł"; dictionaries/foreign-letters.txt): a word with one is another language's. */
  foreignLetters?: ReadonlySet<string> | undefined
  /** The spacing rule's lists: a word it reports as two run together is left to it. */
  joins?: JoinWords | undefined
  /** Words that make an office of the title after them ("prime", "deputy"; dictionaries/title-rank-words.txt) and portfolios ("finance"; portfolio-words.txt). */
  officeWords?: ReadonlySet<string> | undefined
}

/**
 * Unknown words, checked with dictionary-en through nspell (the engine of
 * retext-spell). We call nspell ourselves because one checker is shared with
 * the case and names rules, and because an unknown capitalized word is most
 * often a name the dictionary lacks: it is only info, suggested from the
 * gazetteer, without nspell's half-second search. A lowercase unknown word is
 * a warning with ranked suggestions.
 */
const vowelGroups = /[aeiouy]+/g

/** A lowercase word right after a space. */
const lowercaseWordAfter = /^ \p{Ll}/u
/** The s of a British -ise, -yse or -isation ending, with the ending after it. */
const iseEnding = /([iy])s(?=(?:e|es|ed|ing|er|ers|ation|ations)$)/u
/** Two or more capitalized words and then the sentence's end: the rest of a sentence that is one name. */
const wholeNameAfter = /^(?: \p{Lu}[\p{L}'’-]*){2,}(?:[.:](?:\s|$)|\n|$)/u
/** A capitalized word of two letters or more, then one space, at the end of the text before a word. */
const capitalizedBefore = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) $/u

export default function spelling(options: Readonly<Options>) {
  return inOnePass(spellingPasses(options))
}

/** The rule's two passes: unknown words found a sentence at a time, reported with the whole story in view. */
export function spellingPasses(options: Readonly<Options>): TwoPasses<Found> {
  if (!options?.lexicon) throw new TypeError('copydesk spelling: expected `lexicon`')
  const dialect = options.dialect ?? 'en-US'
  // Check against the document's dialect; the other one only excuses a word.
  const lexicon = dialect === 'en-GB' ? lexiconFor('en-GB') : options.lexicon
  /** The other dialect's lexicon, loaded when first asked. */
  const otherDialect = (): Lexicon => lexiconFor(dialect === 'en-GB' ? 'en-US' : 'en-GB')
  const otherName = dialect === 'en-GB' ? 'American' : 'British'
  const {gazetteer} = options
  const abbreviations = options.abbreviations ?? new Set<string>()
  const titles = options.titles ?? new Set<string>()
  const officeWords = options.officeWords ?? new Set<string>()
  const neighbours = keyboardNeighbours(options.keyboard ?? [])
  /** Words of time (dictionaries/time-words.txt); those the dictionary capitalizes are the months and the weekdays. */
  const calendarWords = options.joins?.timeWords ?? new Set<string>()
  const surnameParticles = options.joins?.namePrefixes ?? new Set<string>()
  const substitutions = (options.filterSubstitutions ?? []).map((line) => line.split(/\s+/) as [string, string])
  /** The one dictionary word the filter's substitutions, undone, make of `word`, if one. */
  const unfilter = (word: string): string | undefined => {
    const made = new Set<string>()
    for (const [written, replaced] of substitutions) {
      for (let at = word.indexOf(written); at >= 0; at = word.indexOf(written, at + 1)) {
        const candidate = word.slice(0, at) + replaced + word.slice(at + written.length)
        if (lexicon.correct(candidate)) made.add(candidate)
      }
    }
    return made.size === 1 ? [...made][0] : undefined
  }
  const rank = (word: string, suggestions: readonly string[]) => ranked(word, suggestions, neighbours)
  const personal = options.personal
  // Made when a word the dictionary does not know is first looked for: most short stories have none.
  const placeWords = new LazySet(() => {
    const words = new Set<string>()
    for (const name of options.placeNames ?? []) for (const word of name.split(' ')) if (word.length >= 3 && /^\p{Lu}/u.test(word)) words.add(word)
    return words
  })
  const prefixes = [...(options.prefixes ?? [])]
  const suffixes = [...(options.suffixes ?? [])]
  // "untill" is un + till, but far likelier "until" with a doubled key: a
  // prefixed word one slip from a very common word is that word mistyped.
  const derived = (word: string) =>
    /^\p{Ll}+$/u.test(word) &&
    prefixes.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 4 && lexicon.correct(word.slice(prefix.length))) &&
    !usualNear(word, lexicon, prefixedSlipCount)
  // "un-American", "anti-Soviet": a prefix joined by a hyphen to any known word.
  const prefixPart = (part: string, index: number, parts: string[]) =>
    index < parts.length - 1 && prefixes.includes(part.toLowerCase())

  // The spacing rule's lists, so that both rules agree on what is two words run together.
  const {joins} = options

  /** A name a dictionary or the gazetteer knows, as capitalized. */
  const nameWord = (word: string): boolean => lexicon.correct(word) || personal.has(word) || (gazetteer?.lookup(word).length ?? 0) > 0

  const known = (word: string): boolean => {
    const plain = word.replace(/[’ʼ]/g, "'").replace(/'s$/, '')
    return (
      lexicon.correct(word) ||
      // "Ministerʼs": a possessive with the modifier letter apostrophe, which the dictionary does not strip.
      (plain !== word && word.includes('ʼ') && lexicon.correct(plain)) ||
      personal.has(plain) ||
      personal.has(plain.toLowerCase()) ||
      placeWords.has(plain) ||
      derived(plain) ||
      (plain.includes('-') && plain.split('-').every((part, i, parts) => part === '' || known(part) || prefixPart(part, i, parts))) ||
      // "dialogue.While": two known words with the space missing is the spacing rule's to report.
      (/\p{L}[.,;:!?]\p{L}/u.test(plain) && plain.split(/[.,;:!?]/).every((part) => part === '' || known(part))) ||
      // "impeachmenthas", "theThe": two known words run together are the spacing rule's too.
      (joins !== undefined && joinOf(plain, joins) !== undefined) ||
      // "MPs", "MKs", "NGOs": a known acronym's plural.
      (acronymPlural.test(plain) && known(plain.slice(0, -1))) ||
      // "km²", "m³": a unit squared or cubed.
      (/[²³]$/u.test(plain) && known(plain.slice(0, -1))) ||
      // "détente", "café": a known word with the accents English copy may keep.
      (withoutAccents(plain) !== plain && lexicon.correct(withoutAccents(plain)))
    )
  }

  /**
   * Why a lowercase unknown word may still be right, or undefined when it
   * looks like a plain slip: British spelling, a closed compound of two known
   * words ("powerplants"), or a regular form of a known word ("aggressions").
   */
  const excuse = (word: string, other: Lexicon, uses: number): string | undefined => {
    if (other.correct(word)) return `${otherName} spelling`
    // "euthanised", "tranquiliser": the -ise form of a known -ize word, which the British dictionary does not always list.
    const zForm = word.replace(iseEnding, (_, vowel: string) => `${vowel}z`)
    if (zForm !== word && (lexicon.correct(zForm) || other.correct(zForm))) return 'British spelling'
    // "localiser": the agent noun of a known -ize verb ("localize"), which neither dictionary lists.
    const zVerb = zForm.endsWith('izer') || zForm.endsWith('izers') ? zForm.replace(/rs?$/u, '') : undefined
    if (zForm !== word && zVerb && (lexicon.correct(zVerb) || other.correct(zVerb))) return 'British spelling'
    // "remobilise", "reorganised": a prefix before a word of the other dialect.
    if (prefixes.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 4 && !lexicon.correct(word.slice(prefix.length)) && other.correct(word.slice(prefix.length)))) return `${otherName} spelling`
    // "dugong", "estuarine": a real word, rarer than the dictionary's, that a larger word list has; "oblasts", its plural.
    const rare = rareLexicon()
    // The dictionary's words one edit away, asked by two of the checks below, made at most once.
    let nearWords: readonly string[] | undefined
    const oneEdit = () => (nearWords ??= lexicon.oneEditAway(word))
    // Not one a usual word's slip would make ("diaster" for disaster): a word news never uses, six letters or more, that a word it uses
    // every day makes with a letter dropped or two swapped. A letter changed or added makes other rare words too ("jobbery", "oblast").
    if (rare && (rare.correct(word) || (/[^s]s$/.test(word) && rare.correct(word.slice(0, -1)))) && !(word.length >= 6 && frequency(word) <= 1 && oneEdit().some((near) => frequency(near) >= usualCount && droppedOrSwapped(word, near)))) return 'a rare word, in a larger word list'
    // "anti-labour": a hyphened word whose parts the other dialect has, a prefix among them.
    if (word.includes('-') && word.split('-').every((part, i, parts) => part === '' || other.correct(part) || lexicon.correct(part) || prefixPart(part, i, parts))) return `${otherName} spelling`
    // Older hyphenation of a word now written solid ("teen-ager", "post-mortem").
    if (word.includes('-') && lexicon.correct(word.replace(/-/g, ''))) return `an older form of ${quote(word.replace(/-/g, ''))}`
    // Speech written as heard ("lyin'", "darlin") and contractions ("there'll").
    if (/in['’]?$/.test(word) && lexicon.hasLowercase(word.replace(/['’]$/, '') + 'g')) return 'a dropped g in quoted speech'
    const contraction = /^(.+)['’](?:ll|d|ve|re|s)$/.exec(word)
    if (contraction && lexicon.hasLowercase(contraction[1]!)) return 'a contraction'
    // Seven letters at least: "persue" is not "per" + "sue"; and none one slip from a usual word ("convine" is no con + vine),
    // nor a usual word with two of its letters dropped ("implent" is no imp + lent, "implemention" no implement + ion).
    if (word.length >= 7 && compoundOfWords(word) && !oneEdit().some((near) => frequency(near) >= usualCount) && !lexicon.suggest(word).some((near) => near.length === word.length + 2 && frequency(near) >= 5 && lettersInOrder(word, near))) {
      return 'a compound of two known words'
    }
    // "equiped", "occured", "begining": the final consonant not doubled where the dictionary doubles it is the classic slip, no form of its own.
    // Only where the verb doubles it in every dialect: one syllable, or a last one stressed (dictionaries/stressed-endings.txt); "kidnaped" is American.
    const undoubled = /^(.{2,}[aeiou])([bdgklmnprt])(ed|ing)$/.exec(word)
    if (undoubled && doublesConsonant(undoubled[1]! + undoubled[2]!) && lexicon.hasLowercase(undoubled[1]! + undoubled[2]! + undoubled[2]! + undoubled[3]!)) return undefined
    const stem = /^(.{5,}?)s$|^(.{4,}?)(?:es|ed|ing)$/.exec(word)?.slice(1).find(Boolean)
    if (stem && [stem, stem + 'e'].some((base) => lexicon.hasLowercase(base))) return 'an unusual form of a known word'
    // A consonant's y turned i before -es ("proficiencies" of proficiency).
    const singular = /^(.{4,}[^aeiou])ies$/.exec(word)?.[1]
    if (singular && lexicon.hasLowercase(singular + 'y')) return 'an unusual form of a known word'
    for (const suffix of suffixes) {
      const base = word.slice(0, -suffix.length)
      // A consonant's y turns i before a suffix ("contradictorily"): "contradictoryly" is no derivation.
      if (!suffix.startsWith('i') && consonantY.test(base)) continue
      // A suffix goes on a word's stem, not on its -s form: "precedesor" is no derivation of "precedes".
      if (/[^s]s$/.test(base) && lexicon.hasLowercase(base) && [base.slice(0, -1), base.slice(0, -2)].some((stem) => stem.length >= 3 && lexicon.hasLowercase(stem))) continue
      if (word.endsWith(suffix) && base.length >= 4 && [base, base + 'e', base.replace(/i$/, 'y')].some((form) => lexicon.hasLowercase(form))) {
        return 'a word derived from a known one'
      }
    }
    // "haor", "shunto": a word the story writes three times or more, spelled the same, is a term of its subject the dictionary lacks;
    // a writer's habitual slip drops or swaps a usual word's letters ("goverment", "recieve"), and is still one.
    if (uses >= 3 && word.length >= 4 && !oneEdit().some((near) => frequency(near) >= usualCount && droppedOrSwapped(word, near))) return 'a term the story uses again and again'
    // A slip lands near a real word; a word far from every word is more
    // likely one the dictionary lacks (a term of art, a foreign word).
    const closest = Math.min(...lexicon.suggest(word).map((suggestion) => editDistance(word.toLowerCase(), suggestion.toLowerCase(), 3)))
    if (!(closest <= 2)) return 'no known word is near it'
    return undefined
  }

  const indefinite = options.indefiniteDeterminers ?? new Set<string>()
  const stressedEndings = [...(options.stressedEndings ?? [])]
  const doublesConsonant = (verb: string): boolean => (verb.match(vowelGroups)?.length ?? 0) === 1 || stressedEndings.some((ending) => verb.endsWith(ending))
  const foreignLetters = options.foreignLetters ?? new Set<string>()
  // "rakı", "złoty": a letter English never writes says the word is another language's, whatever English word it is near.
  const foreignLettered = (word: string): boolean => {
    for (const letter of word) if (foreignLetters.has(letter)) return true
    return false
  }
  const institutionWords = options.institutionWords ?? new Map<string, number>()
  const inForeignPhrase = foreignPhraseTest(options.foreignPhrases ?? [])
  const foreignWords = options.foreignFunctionWords ?? new Set<string>()
  // "Unión por la Patria", "(no la ven)": a function word of another language stands beside it.
  const foreignBeside = (value: string, start: number, end: number): boolean => {
    const before = /(\p{L}+)[^\p{L}\n]{1,3}$/u.exec(value.slice(Math.max(0, start - 20), start))?.[1]
    const after = /^[^\p{L}\n]{1,3}(\p{L}+)/u.exec(value.slice(end, end + 20))?.[1]
    if ([before, after].some((near) => near !== undefined && foreignWords.has(near))) return true
    // “Y tu mamá también”: a short quotation (a title, a slogan) holding such a word is in that language throughout.
    const quoted = shortQuotation(value, start, end)
    if (quoted !== undefined && quoted.split(/[^\p{L}]+/u).some((word) => foreignWords.has(word.toLowerCase()))) return true
    // “Antoko politika madio”: a quoted name of three words or more, none of them English, is in another language throughout.
    const quotedWords = quoted?.split(/[^\p{L}]+/u).filter(Boolean) ?? []
    if (quotedWords.length >= 3 && quotedWords.every((word) => !lexicon.correct(word) && !lexicon.correct(word.toLowerCase()))) return true
    // "the traditional baju Melayu": a Capitalized word no dictionary, list or
    // gazetteer knows follows, and no common word is a letter away ("once
    // morest Xing" is "modest" mistyped): a term in another language.
    const name = /^ (\p{Lu}\p{Ll}+)\b/u.exec(value.slice(end, end + 30))?.[1]
    if (name === undefined || lexicon.oneEditAway(value.slice(start, end)).some((near) => /^\p{Ll}/u.test(near))) return false
    // "his precedesor Iván Duque": a capitalized word with another after it opens a person's name.
    if (/^ \p{Lu}/u.test(value.slice(end + 1 + name.length, end + 3 + name.length))) return false
    // A word of a body's or a place's name of that language counts ("Keretapi Tanah Melayu"); a person's, or English, does not.
    return !lexicon.correct(name) && !lexicon.hasLowercase(name.toLowerCase()) && !(gazetteer?.lookup(name).some((ref) => ref.entity.kind === 'person') ?? false)
  }

  // "(Panthera onca)": Latin, whose genus is a word of no English dictionary, list or gazetteer.
  const inScientificName = (value: string, start: number, end: number): boolean => {
    const genus = binomialGenusAt(value, start, end)
    return genus !== undefined && !nameWord(genus) && !lexicon.hasLowercase(genus.toLowerCase())
  }

  // "garri (processed cassava granules)": English words alone in brackets right after the word say what it means (the caller
  // asks that no usual word be a slip away: "budjet (annual plan)" is still a slip).
  const glossedAfter = (value: string, end: number): 'in brackets after it' | 'after it, set off by “or”' | undefined => {
    // "qazis (Muslim clergy)": a gloss may hold a proper adjective the dictionary knows, beside a common word.
    // "A langar, or community kitchen, serves": so is one set off by "or" between commas.
    // "the risk of karoshi, or death from overwork.": or one ending its sentence.
    const found = /^(?: \((\p{L}[\p{L} '’-]{2,60})\)|, or (\p{L}[\p{L} '’-]{2,60})[,.;])/u.exec(value.slice(end, end + 66))
    const gloss = found?.[1] ?? found?.[2]
    if (gloss === undefined || !/(?:^|[ -])\p{Ll}/u.test(gloss)) return undefined
    const english = gloss.split(/[ -]+/u).every((word) => word === '' || lexicon.hasLowercase(word.replace(/['’]s$/u, '')) || (/^\p{Lu}\p{Ll}+$/u.test(word) && lexicon.correct(word)))
    if (!english) return undefined
    return found![0].startsWith(' (') ? 'in brackets after it' : 'after it, set off by “or”'
  }

  // Whether a word (as written, without a final period) needs no check:
  // asked for every word of a document, answered once per distinct word.
  const settled = new Memo<boolean>()
  const isSettled = (word: string): boolean => {
    let answer = settled.get(word)
    if (answer === undefined) {
      answer =
        /\d/.test(word) ||
        !/\p{L}/u.test(word) ||
        known(word) ||
        // Dotted abbreviations and initials (U.S., e.g., J.R.R.) are not words to spell.
        /^(\p{L}{1,3}\.)+\p{L}{0,3}\.?$/u.test(word) ||
        // An identifier quoted from code or a handle (window.__pwned, user_id) is no prose word.
        word.includes('_')
      settled.set(word, answer)
    }
    return answer
  }

  /** A capitalized word right before, one space apart, that is no common word ("Fatima bint", not "He bint"). */
  const nameWordBeforeIt = (value: string, start: number): boolean => {
    const before = capitalizedBefore.exec(value.slice(Math.max(0, start - 30), start))?.[1]
    return before !== undefined && !lexicon.hasLowercase(before.toLowerCase())
  }

  // The scan over every word and the report on the few it finds are two
  // functions: V8 optimizes the scan once, and the report, whose first run on
  // a new kind of finding throws away optimized code, is recompiled alone.
  const unknownWords = (tree: Root, value: string): Found[] => {
    const found: Found[] = []
    for (const entry of sentencesOf(tree)) {
      const {sentence, tokens, words} = entry
      // Indexed loops: this runs for every word, and iterators allocate.
      for (let w = 0; w < words.length; w++) {
        const at = words[w]!
        const token = tokens[at]!
        const node = token.node
        const nodeEnd = node.position!.end.offset!
        // parse-english keeps a final period on a paragraph's last word ("partnership.").
        const text = token.end === nodeEnd ? token.value : textOf(node)
        const trimmed = text.charCodeAt(text.length - 1) === 46 ? text.replace(/(\p{L})\.$/u, '$1') : text
        // And a full stop before a paragraph's first word (".The"), when the paragraph is a document of its own: parse-english
        // keeps it on the word only at a document's start, so a paragraph linted apart would read another word than the whole story.
        const opening = trimmed.charCodeAt(0) === 46 && token.start === 0 && /^\.\p{L}/u.test(trimmed) ? 1 : 0
        const word = opening ? trimmed.slice(1) : trimmed
        // The node's own end: the source may spell the word with character references ("AT&amp;T").
        const start = token.start + opening
        const end = nodeEnd - (text.length - word.length)
        if (isSettled(word)) {
          const dotted = lastStopLost(word, value, end)
          if (dotted) {
            found.push({word, start, end, dotted})
            continue
          }
          const title = titleSlip(word, value, start, end)
          if (title) found.push(title.office ? {word, start, end, title: title.fix, office: true} : {word, start, end, title: title.fix})
          continue
        }
        if (isLiteral(sentence, childIndex(entry, token))) continue
        if (insideAddress(value, start, end) || inForeignPhrase(value, word, start) || inScientificName(value, start, end)) continue
        // "Fatima bint Ahmed", "Fatima bint": a name's connector after its name word is the name's.
        if (nameConnectors.has(word) && nameWordBeforeIt(value, start)) continue
        found.push({word, start, end})
      }
    }
    return found
  }

  /**
   * The fixes of a capitalized unknown word that is a common word mistyped:
   * at a sentence start, one slip from a very common word. Elsewhere a name
   * is likelier, so the word must be long or (opening a sentence) two letters
   * swapped, one slip from a usual word, and no capitalized word may stand
   * beside it (names come in runs: "Sen. Bob Mader", "Bexar, Tarrant and").
   */
  const capitalTypo = (word: string, value: string, start: number, end: number): string[] => {
    const lower = word.toLowerCase()
    // "Amb. Yusuf Tuggar": an abbreviation on the list, with its period, is no common word mistyped.
    if (value[end] === '.' && abbreviations.has(lower)) return []
    const opens = isSentenceStart(value, start, abbreviations)
    // "Eid al-Fayez": the word before a particle-joined name is a given name.
    if (particleJoinedName.test(/^ (\S+)/u.exec(value.slice(end, end + 40))?.[1] ?? '')) return []
    // "Dio Suhenda (The Jakarta Post)", "Xave Gregorio - Philstar.com": before a capitalized word that is no common word,
    // it is a given name ("Teh President" is a slip).
    const next = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(value.slice(end, end + 40))?.[1]
    if (opens && next !== undefined && !lexicon.hasLowercase(next.toLowerCase())) return []
    // "Joh Sung Wook, a Seoul National University professor": three capitalized words opening a sentence, one of the two after
    // it no common word, are a name ("Teh Prime Minister" is still a slip).
    const pair = /^ (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/u.exec(value.slice(end, end + 40))
    if (opens && pair && [pair[1]!, pair[2]!].some((word) => !lexicon.hasLowercase(word.toLowerCase()))) return []
    // "Hima Cultural Area.": a sentence of capitalized words alone, two or more after the word, is a name set as a list's item or a caption.
    if (opens && wholeNameAfter.test(value.slice(end, end + 80))) return []
    if (opens && commonNear(word, lexicon)) return rank(lower, lexicon.suggest(lower)).filter((s) => frequency(s) >= commonCount).map(capitalize)
    // "Master Plan Deparment", "the Ministy of Health": inside a body's name, a word one slip from the one body noun near it is that noun
    // mistyped. A slip inside the word, not at its end: "Groupe", "Chambre" and "Tribuna" are the noun in another language.
    const edits = lexicon.oneEditAway(lower)
    const bodyNoun = edits.filter((s) => institutionWords.has(s) && s.slice(-2) === lower.slice(-2))
    if (bodyNoun.length === 1 && word.length >= 6) return bodyNoun.map(capitalize)
    // "Cheif Minister", "the Airpot Authority", "on Wedesday": a typist's slip from a very common word, or from a month's or a
    // weekday's name, is that word mistyped even among capitals; a name that near so common a word is rarer than the slip.
    const common = commonWordSlips(word, lower, edits)
    if (common.length > 0) return common
    // "cyclones Crising (Wipha)": a word with another name in brackets after it is a name with its alias.
    if (capitalizedBeside(value, start, end, opens) || /^ ?\(\p{Lu}/u.test(value.slice(end, end + 3))) return []
    // "Ben van Beurden": after a surname's particle that follows a capitalized word, the word is the surname.
    if (surnameParticles.has(smallWordInName(value, start, true))) return []
    if (otherFormOfWord(word, lower)) return []
    // "Dassault" is no Assault: a hand that slips seldom slips on a word's first letter, the capital.
    const near = edits.filter((s) => /^\p{Ll}/u.test(s) && s[0] === lower[0])
    const usual = near.filter((s) => frequency(s) >= usualCount)
    const fixes = rank(lower, usual.length > 0 ? usual : near.filter((s) => frequency(s) >= newsCount))
    const best = fixes[0]
    if (best !== undefined && (word.length >= longTypo || (opens && slipRank(lower, best, neighbours) === 0))) return fixes.map(capitalize)
    // Opening a sentence, two letters swapped in a long word ("Analsyts
    // expect"): SUBTLEX counts the words of news rarely, and no name is a
    // long common word with two letters swapped.
    if (!opens || word.length < longTypo) return []
    const swapped = near.filter((s) => frequency(s) >= swappedCount && slipRank(lower, s, neighbours) === 0)
    return swapped.length === 1 ? swapped.map(capitalize) : []
  }

  /**
   * The words a capitalized unknown word is one typist's slip from, best
   * first, where another language's or dialect's spelling and a compound
   * name are ruled out: a month or a weekday for a word of six letters or
   * more; with the first and the last letter kept, two letters swapped in a
   * common word for one of five or six ("Cheif"), in a word SUBTLEX counts a
   * few times for one of seven or more ("Carraiges"), and a neighbouring key
   * or a doubled vowel too for one of nine or more ("Agruculture"). Shorter
   * names one key or one letter from a word are many ("Bartels", "Sarpong"),
   * names two swapped letters from one few.
   */
  const commonWordSlips = (word: string, lower: string, edits: readonly string[]): string[] => {
    if (word.length < 5) return []
    if (otherFormOfWord(word, lower)) return []
    // "Westlands", "Northwood": two words of the dictionary run together are a compound name.
    if (compoundOfWords(lower)) return []
    const fixes = edits.filter((near) => {
      if (/^\p{Lu}/u.test(near)) return word.length >= 6 && calendarWords.has(near.toLowerCase())
      // "Systeme", "Modelo", "Democrate": a word's ending changed is another language's form of it, not a slip of the hand.
      if (near[0] !== lower[0] || near.at(-1) !== lower.at(-1)) return false
      // "Frontieres", "Migrantes": a plural in -es for the English -s is French's or Spanish's.
      if (lower.endsWith('es') && near === `${lower.slice(0, -2)}s`) return false
      // "Profesional", "Bakker": a consonant single where English doubles it, or doubled where it does not, is a cognate's spelling.
      if (consonantDoubling(lower, near)) return false
      const slip = slipRank(lower, near, neighbours)
      if (word.length >= longSlip) return slip <= 1 && frequency(near) >= rareCount
      return slip === 0 && frequency(near) >= (word.length >= 7 ? rareCount : swappedShortCount)
    })
    return rank(lower, fixes).map(capitalize)
  }

  /** "Honourable" in US copy is the other dialect's word; "Redemptions" a plural of a word the list has only in the singular. */
  const otherFormOfWord = (word: string, lower: string): boolean => {
    const other = otherDialect()
    return other.correct(word) || other.hasLowercase(lower) || (lower.endsWith('s') && lexicon.hasLowercase(lower.slice(0, -1)))
  }

  /** Whether the word is two words of the dictionary, each of three letters or more, written as one. */
  const compoundOfWords = (lower: string): boolean => {
    for (let at = 3; at <= lower.length - 3; at++) if (lexicon.hasLowercase(lower.slice(0, at)) && lexicon.hasLowercase(lower.slice(at))) return true
    return false
  }

  /** Whether a known person named one space after `end` (in up to three words) has `title` in their title on record. */
  const titleOfPersonAfter = (value: string, end: number, title: string): boolean => {
    const words = /^ ((\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,2})/u.exec(value.slice(end, end + 60))?.[1]?.split(' ') ?? []
    for (let length = words.length; length >= 1; length--) {
      const refs = gazetteer?.lookup(words.slice(0, length).join(' ')) ?? []
      if (refs.some((ref) => ref.entity.kind === 'person' && titleHasWord(ref.entity, title))) return true
    }
    return false
  }

  /** A suffix added to a consonant's y without turning it i, when the turned form is a known word. */
  const yTurnedI = (word: string): string | undefined => {
    for (const suffix of suffixes) {
      const base = word.slice(0, -suffix.length)
      if (!word.endsWith(suffix) || suffix.startsWith('i') || !consonantY.test(base)) continue
      const turned = base.slice(0, -1) + 'i' + suffix
      if (lexicon.correct(turned)) return turned
    }
    return undefined
  }

  /**
   * "Genera Mohamed", "Minster Kim": a rare word right before a known name, a
   * letter from a title far commoner than it, is that title mistyped into
   * another word, which no speller sees. So is one in an office's place:
   * before "of" or "for" and a capitalized word ("Minster of Education"),
   * or after a word that makes an office of a title ("Prime Minster",
   * "transportation minster"). Common words there ("Chef", "Dean") are left alone.
   */
  const titleSlip = (word: string, value: string, start: number, end: number): {fix: string; office: boolean} | undefined => {
    if (word.length < 5 || titlesNear(word.toLowerCase()) === undefined) return undefined
    const capitalized = titleShape.test(word)
    if (!capitalized && !lowercaseShape.test(word)) return undefined
    // The place first; the title (a lookup of the word's neighbours, remembered) only for a word in one.
    const before = wordBefore(value, start)
    const portfolio = value.startsWith(' of ', end) || value.startsWith(' for ', end) ? officeAfter.exec(value.slice(end, end + 40))?.[1] : undefined
    // A portfolio is a common noun capitalized ("of Education"); a name after "of" is where the word stands ("the Minster of York", the church).
    // The word before is written as the title is ("Prime Minster", "deputy prime minster").
    const written = value.slice(start - 1 - before.length, start - 1)
    const office = (portfolio !== undefined && lexicon.hasLowercase(portfolio.toLowerCase())) || (officeWords.has(before) && (capitalized ? titleShape.test(written) : lowercaseShape.test(written)))
    if (!office && !capitalized) return undefined
    const title = titleFor(word)
    if (!title) return undefined
    if (office) return {fix: capitalized ? title : title.toLowerCase(), office}
    const next = /^ (\p{Lu}[\p{L}'’-]+)/u.exec(value.slice(end, end + 40))?.[1]
    if (next === undefined || !(personal.has(next) || gazetteer?.lookup(next).some((ref) => ref.entity.kind === 'person'))) return undefined
    return {fix: title, office}
  }

  /** "visits U.S", "the U.K and": a dotted abbreviation on record ("U.S.") without its last full stop, which no style drops. */
  const lastStopLost = (word: string, value: string, end: number): string | undefined => {
    if (!dottedCapitals.test(word) || value[end] === '.') return undefined
    const full = `${word}.`
    return gazetteer?.lookup(full).some((ref) => ref.form === full && ref.type !== 'garble') ? full : undefined
  }

  // Asked for every word a letter from a title: answered once per word ('' for none).
  const titleFixes = new Memo<string>()
  /** The words of the dictionary one edit from a title, with those titles: made once, so most words are passed over with a lookup. */
  let nearTitles: Map<string, string[]> | undefined
  const titlesNear = (lower: string): readonly string[] | undefined => {
    if (!nearTitles) {
      nearTitles = new Map()
      for (const title of titles) {
        for (const near of lexicon.oneEditAway(title)) {
          const list = nearTitles.get(near)
          if (list) list.push(title)
          else nearTitles.set(near, [title])
        }
      }
    }
    return nearTitles.get(lower)
  }
  /** The title a rare capitalized word is a letter from, far commoner than it; '' when none or several. */
  const titleFor = (word: string): string => {
    const lower = word.toLowerCase()
    const near = titlesNear(lower)
    if (near === undefined) return ''
    let title = titleFixes.get(word)
    if (title === undefined) {
      title = ''
      const count = frequency(lower)
      // A common word, a title itself or its plural ("Governors Conference"), or a name ("Mayer Goldberg") is itself.
      if (count < rareBeforeName && !titles.has(lower) && !titles.has(lower.replace(/s$/, '')) && lexicon.hasLowercase(lower)) {
        // "Vice Chairmen of": a title's plural in -men is the holders of the office.
        const commoner = near.filter((s) => frequency(s) >= count * commonerTitle && lower !== s.replace(/man$/, 'men'))
        if (commoner.length === 1) title = capitalize(commoner[0]!)
      }
      titleFixes.set(word, title)
    }
    return title
  }

  /**
   * "Naꦍtional", "an♉d": a character of another script or a symbol inside a
   * Latin word, where a broken encoding or a paste left it; the word it makes
   * once taken out is the fix. The places flagged, for the unknown words to skip.
   */
  const reportStrayCharacters = (file: VFile, value: string): Array<[number, number]> => {
    const flagged: Array<[number, number]> = []
    const flag = (match: RegExpMatchArray, fixed: string, reason: string) => {
      const start = match.index!
      const end = start + match[0].length
      flagged.push([start, end])
      report(file, {ruleId: 'spelling', reason, start, end, level: 'warning', expected: [fixed]})
    }
    // "ErdoÄŸan": UTF-8 read as Windows-1252; the bytes read again as UTF-8 give the word.
    // Each pattern is costly over every word; the character it turns on is rare, so a plain scan for it comes first.
    if (misreadBytes.test(value)) for (const match of value.matchAll(misread)) {
      const fixed = utf8Again(match[0])
      // "FPÖ’s" read again is "FP֒s", a Hebrew accent: only letters and marks of punctuation make the word the bytes were.
      if (fixed !== undefined && fixed !== match[0] && lettersAndPunctuation.test(fixed)) flag(match, fixed, `Unexpected ${quote(match[0])}: UTF-8 text read as Windows-1252, expected ${quote(fixed)}`)
    }
    // "Presidentís", "Georgiaís": Windows-1252 read as Mac Roman turns the apostrophe (byte 0x92) into "í"; "Luís" and "País" stay.
    // A page whose possessives elsewhere keep their apostrophe was not misread: "Ottón Solís" beside "the PAC’s objections".
    if (value.includes('ís') && !intactPossessive.test(value)) for (const match of value.matchAll(macRomanPossessive)) {
      const stem = match[1]!
      if (lexicon.correct(stem)) flag(match, `${stem}’s`, `Unexpected ${quote(match[0])}: an apostrophe read as ${quote('í')} (Windows-1252 text read as Mac Roman), expected ${quote(`${stem}’s`)}`)
    }
    // "conZZZened", "adZZZancing": a letter a mirror replaced with a run of one capital; the one letter that makes a known word.
    if (tripleCapital(value)) for (const match of value.matchAll(placeholderRun)) {
      const [whole, before, , after] = match
      const words = [...'abcdefghijklmnopqrstuvwxyz'].map((letter) => before! + letter + after!).filter((word) => lexicon.correct(word))
      if (words.length === 1) flag(match, words[0]!, `Unexpected ${quote(whole)}: a run of one capital where a letter belongs, expected ${quote(words[0]!)}`)
    }
    if (besideNonAscii(value, strayBetweenLetters, 2)) for (const match of value.matchAll(strayInWord)) {
      const fixed = match[1]! + match[3]!
      if (lexicon.correct(fixed) && !insideAddress(value, match.index, match.index + match[0].length)) flag(match, fixed, `Unexpected ${quote(match[2]!)} inside ${quote(fixed)}: a character of another script or a symbol`)
    }
    if (besideNonAscii(value, scriptsMeet, 1)) for (const match of value.matchAll(mixedWord)) {
      const start = match.index
      const end = start + match[0].length
      if (flagged.some(([from, to]) => from < end && start < to) || (match[0].match(latinLetters)?.length ?? 0) < 2) continue
      const fixes = likeliest(unmixed(match[0]).filter((word) => lexicon.correct(word)), (word) => frequency(word.toLowerCase()))
      flagged.push([start, end])
      report(file, {
        ruleId: 'spelling',
        reason: `Unexpected ${quote(match[0])}: letters of two scripts in one word${fixes.length > 0 ? `, expected ${fixes.map(quote).join(' or ')}` : ''}`,
        start,
        end,
        level: 'warning',
        expected: fixes
      })
    }
    return flagged
  }

  const reportUnknown = (file: VFile, value: string, found: readonly Found[]) => {
    const other = found.some(({word}) => /^\p{Ll}/u.test(word)) ? otherDialect() : undefined
    const spellings = new Map<string, number>()
    for (const {word} of found) spellings.set(word, (spellings.get(word) ?? 0) + 1)
    // "180 masl … 78.59 masl": a short word the story writes after a number each time, twice or more, is a unit's abbreviation.
    const afterNumbers = new Map<string, number>()
    for (const {word, start} of found) if (/\d[ \u00a0]$/u.test(value.slice(Math.max(0, start - 2), start))) afterNumbers.set(word, (afterNumbers.get(word) ?? 0) + 1)
    // "Paranthropus robustus", "Aedes aegypti": a Latin ending right after a capitalized word no dictionary knows is a species' epithet after its genus.
    const speciesAfterGenus = (value: string, start: number, word: string): boolean => {
      const genus = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{2,}) $/u.exec(value.slice(Math.max(0, start - 30), start))?.[1]
      // Opening a sentence too ("Naegleria fowleri, popularly known as …"): the genus is no word of any dictionary either way.
      return genus !== undefined && latinEnding.test(word) && latinGenus.test(genus) && !lexicon.correct(genus) && !lexicon.correct(genus.toLowerCase())
    }
    // "karoshi, or death from overwork … related to karoshi": a word explained at one use is explained at every other.
    let explained: Map<string, ReturnType<typeof glossedAfter>> | undefined
    const glossedSomewhere = (word: string, end: number) => {
      explained ??= new Map(found.flatMap((use) => {
        const gloss = glossedAfter(value, use.end)
        return gloss === undefined ? [] : [[use.word, gloss] as const]
      }))
      return glossedAfter(value, end) ?? explained.get(word)
    }
    const unit = (word: string) => word.length <= 5 && /^\p{Ll}+$/u.test(word) && (afterNumbers.get(word) ?? 0) >= 2 && afterNumbers.get(word) === spellings.get(word)
    // Asked once a spelling, a plain search for the pair first: a pattern run over the whole
    // text for each unknown word grew with the square of a long file.
    const twice = new Map<string, boolean>()
    let runs: Set<number> | undefined
    let foreign: ForeignStretches | undefined
    let lowerValue: string | undefined
    let doubled: Set<string> | undefined
    const chanted = (word: string): boolean => {
      let answer = twice.get(word)
      if (answer === undefined) {
        const lower = word.toLowerCase()
        lowerValue ??= value.toLowerCase()
        // A word of letters alone is looked up among the words the text writes twice, found in one pass.
        const candidate = lettersOnly.test(lower)
          ? (doubled ??= wordsSaidTwice(lowerValue)).has(lower)
          : ['', ',', '!'].some((mark) => lowerValue!.includes(lower + mark + ' ' + lower))
        answer = candidate && saidTwice(value, word)
        twice.set(word, answer)
      }
      return answer
    }
    for (const {word, start, end, title: slip, office, dotted} of found) {
      if (dotted) {
        report(file, {ruleId: 'spelling', reason: `Unexpected ${quote(word)} without its last full stop, expected ${quote(dotted)}`, start, end, level: 'warning', expected: [dotted]})
        continue
      }
      if (slip) {
        const where = office ? 'in the name of an office' : 'right before a name'
        report(file, {ruleId: 'spelling', reason: `Unexpected ${quote(word)} ${where}, expected the title ${quote(slip)}`, start, end, level: 'warning', expected: [slip]})
        continue
      }
      // "al-Awak": a particle joined to a capitalized name is a name word; so is a brand of an e-, i- or m- before a capitalized word or
      // letters in capitals ("eRobota", "iPhone", "iME Entertainment").
      const lower = /^\p{Ll}/u.test(word) && !particleJoinedName.test(word) && !/^[eim](?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,})$/u.test(word)
      // "korea": a proper noun in lowercase needs its capital, not a search; "armour" is the other dialect's common word, not Armour.
      const proper = lower && lexicon.isProperOnly(word) && !(other?.hasLowercase(word) ?? false)
      let expected = proper ? [capitalize(word)] : lower ? rank(word, lexicon.suggest(word)).filter((fix) => !turnsIntoName(word, fix, neighbours)) : nameSuggestions(word, gazetteer)
      // "angryly": the y turned i is the word meant.
      const turned = lower ? yTurnedI(word) : undefined
      if (turned) expected = [turned, ...expected.filter((fix) => fix !== turned)]
      // "pbaded", "ambbadador": a website's word filter wrote "bad" for "ass"; undone, the word is the one meant.
      const unfiltered = lower ? unfilter(word) : undefined
      if (unfiltered) expected = [unfiltered]
      // "démarched" is no "marched": a word with a loanword's accent is mistyped only near the word it spells without the accent.
      const accented = lower && /^\p{Ll}+$/u.test(word) && withoutAccents(word) !== word && !foreignLettered(word)
      if (accented) expected = expected.filter((fix) => editDistance(withoutAccents(word), withoutAccents(fix), 1) <= 1)
      // "eco areas": a prefix written apart is the next word's, no name to capitalize ("Eco").
      const prefixApart = lower && prefixes.includes(word) && lowercaseWordAfter.test(value.slice(end, end + 2))
      if (prefixApart) expected = []
      const inForeign = (foreign ??= new ForeignStretches(value, known)).contains(start, end)
      let glossed: ReturnType<typeof glossedAfter>
      const why = inForeign
        ? 'a word of a sentence in another language'
        : lower && foreignLettered(word)
        ? 'a word written with a letter of another language’s alphabet'
        : lower && betweenNameWords(value, start, end)
        ? 'a word inside a name in another language'
        : lower && (insideGlossedQuotation(value, start) || glossedInQuote(value, start, found))
        ? 'a word of a name or quotation in another language, given in English in brackets after it'
        : lower && (glossed = glossedSomewhere(word, end)) !== undefined && !usualNear(word, lexicon, usualCount)
        ? `a word of another language, explained ${glossed}`
        : lower && ((runs ??= foreignRuns(found, value, (word) => lexicon.oneEditAway(word).length > 0, (word) => nameWord(capitalize(word)))).has(start) || /^ = /.test(value.slice(end, end + 3)))
        ? 'a word of a phrase in another language'
        : lower && foreignBeside(value, start, end)
        ? 'a word of a name or quotation in another language'
        : proper && countedBefore(value, start, indefinite)
        ? 'a word the dictionary has only as a name, counted like a common noun: likely one of another language'
        : prefixApart
        ? 'a prefix written apart from the word after it'
        : lower && chanted(word)
        ? 'a word said twice in a row, a chant or a sound'
        : lower && unit(word)
        ? 'a unit’s abbreviation, written after a number each time'
        : lower && speciesAfterGenus(value, start, word)
        ? 'a species’ name after its genus'
        : lower && afterNamingCue(value, start)
        ? 'a term the story introduces by name (“also known as …”)'
        : accented && expected.length === 0
        ? 'a word written with an accent of another language, near no English word'
        : lower && other && !proper ? excuse(word, other, spellings.get(word) ?? 1) : undefined
      // "Thes challenges", "the Goverment said": a capitalized word used once and
      // near no known name, one slip from a common word, is that word mistyped.
      // Not beside another language's function word ("Chambre des Députés" is French, not "Chamber").
      const opening = !lower && !inForeign && expected.length === 0 && spellings.get(word) === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !foreignBeside(value, start, end) && !rareLexicon()?.correct(word.toLowerCase()) ? capitalTypo(word, value, start, end) : []
      if (opening.length > 0) expected = opening
      // "goverment’s": the fix keeps the apostrophe the text writes.
      if (word.includes('’')) expected = expected.map((fix) => fix.replaceAll("'", '’'))
      // "goverment sources said": the slip and the missing capital are one fix.
      if (lower && !proper && isSentenceStart(value, start, abbreviations)) expected = expected.map(capitalize)
      if (lower && foreignLettered(word)) expected = []
      // "Chancelor Friedrich Merz": a title one letter off, right before a known person whose title on record has it
      // ("Kinga Tshering" is a Bhutanese name, not "King" before Lotay Tshering, a prime minister).
      const next = /^ (\p{Lu}[\p{L}'’-]+)/u.exec(value.slice(end, end + 40))?.[1]
      const title =
        !lower && opening.length === 0 && next !== undefined && personal.has(next)
          ? lexicon.oneEditAway(word.toLowerCase()).filter((s) => titles.has(s) && titleOfPersonAfter(value, end, s)).map(capitalize)
          : []
      if (title.length > 0) expected = title
      // "TThe vote": the shift key held a letter too long.
      // "LLoyd" is Lloyd with its second letter capitalized, not Loyd.
      const doubled = !lower && /^(\p{Lu})\1\p{Ll}{2,}$/u.test(word) ? [capitalize(word.toLowerCase()), word.slice(1)].find((fix) => lexicon.correct(fix) || personal.has(fix)) : undefined
      if (doubled) expected = [doubled]
      report(file, {
        ruleId: 'spelling',
        reason: `Unexpected unknown word ${quote(word)}${expected.length ? ', expected for example ' + listOf(expected.slice(0, 5)) : ''}`,
        start,
        end,
        // Two letters ("ie", "le") say too little to tell a slip from an abbreviation or a foreign word.
        level: (lower && (!why || unfiltered !== undefined) && word.length > 2) || opening.length > 0 || title.length > 0 || doubled !== undefined ? 'warning' : 'info',
        expected,
        note: unfiltered ? 'A website’s word filter replaced letters inside the word.' : why ? `Possibly right: ${why}.` : undefined
      })
    }
  }

  return {
    scan: (tree, file) => unknownWords(tree, String(file.value)),
    report: (file, found) => {
      const value = String(file.value)
      const stray = reportStrayCharacters(file, value)
      reportUnknown(file, value, stray.length === 0 ? found : found.filter((word) => !stray.some(([start, end]) => word.start < end && start < word.end)))
    }
  }
}

/** The endings of Latin epithets in binomial names ("robustus", "aegypti", "maliauensis"). */
const latinEnding = /(?:us|um|a|ae|i|is|es|ensis|oides)$/u
/** The endings of Latin genus names ("Paranthropus", "Aedes", "Homo", "Plasmodium"); "Peronism" is no genus. */
const latinGenus = /(?:us|um|a|es|is|on|o|ops|yx|ix|ex|ax)$/u

/** An unknown word, where it is; or a known one that is a title mistyped (`title`, the fix). */
export interface Found {
  word: string
  start: number
  end: number
  title?: string
  /** The title stands in an office's place ("Minster of Education"), not before a name. */
  office?: true
  /** The dotted abbreviation on record that the word is without its last full stop ("U.S."). */
  dotted?: string
}

/**
 * "“Aap pura samay bole (you spoke the whole time)”": a quotation that ends
 * with an English gloss in brackets, two words or more before it unknown, is
 * in another language.
 */
function glossedInQuote(value: string, start: number, found: readonly Found[]): boolean {
  const gloss = glossClosingQuotation(value, start)
  if (gloss === undefined) return false
  const opening = Math.max(value.lastIndexOf('“', start), value.lastIndexOf('"', start))
  return found.filter((other) => other.start > opening && other.end <= gloss).length >= 2
}

/**
 * "igama lamakhosikazi malibongwe": three unknown lowercase words or more in a
 * row are a phrase of another language, no typos. The starts of the words in
 * such runs, found in one pass over the words in document order.
 */
function foreignRuns(found: readonly Found[], value: string, nearWord: (word: string) => boolean, nameWord: (word: string) => boolean): Set<number> {
  const starts = new Set<number>()
  const joined = (a: Found, b: Found) => /^\s+$/.test(value.slice(a.end, b.start)) && /^\p{Ll}/u.test(a.word) && /^\p{Ll}/u.test(b.word)
  let first = 0
  for (let at = 1; at <= found.length; at++) {
    if (at < found.length && joined(found[at - 1]!, found[at]!)) continue
    // Two are a phrase too when one of five letters or more is no letter from an English word ("an ideology of wangtse chirphel",
    // "the thanaweya amma exam"), and neither a name left in lowercase ("miguel gotor"): two slips in a row each keep their word in sight
    // ("the goverment ministr").
    const run = found.slice(first, at)
    const pair = run.length === 2 && run.some((entry) => entry.word.length >= 5 && !nearWord(entry.word)) && !run.some((entry) => nameWord(entry.word))
    if (run.length >= 3 || pair) for (const entry of run) starts.add(entry.start)
    first = at
  }
  return starts
}

/** The quotation of eight words or fewer, on one line, that holds `start`–`end`, if there is one. */
function shortQuotation(value: string, start: number, end: number): string | undefined {
  const open = /[“"]([^“”"\n]*)$/u.exec(value.slice(Math.max(0, start - 80), start))
  const close = /^([^“”"\n]*)[”"]/u.exec(value.slice(end, end + 80))
  if (!open || !close) return undefined
  const inside = open[1]! + value.slice(start, end) + close[1]!
  return inside.split(/\s+/).length <= 8 ? inside : undefined
}

/**
 * The words `lower` writes twice in a row, with a space, a comma or an
 * exclamation mark between: one pass over the text that makes a string only
 * for a word found twice (a match object a word was most of a lint's garbage).
 */
function wordsSaidTwice(lower: string): Set<string> {
  const found = new Set<string>()
  let previousStart = -1
  let previousEnd = -1
  let i = 0
  while (i < lower.length) {
    const start = i
    while (i < lower.length) {
      const next = letterEnd(lower, i)
      if (next === i) break
      i = next
    }
    if (i === start) {
      i++
      continue
    }
    if (previousEnd !== -1 && twiceBetween(lower, previousEnd, start) && sameRun(lower, previousStart, previousEnd, start, i)) found.add(lower.slice(start, i))
    previousStart = start
    previousEnd = i
  }
  return found
}

/** Where the letter at `i` ends (after a surrogate pair, two on), or `i` when no letter is there. */
function letterEnd(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? i + 1 : i
  letterAt.lastIndex = i
  return letterAt.test(text) ? letterAt.lastIndex : i
}

/** Whether a space, ", " or "! " lies from `from` to `to`. */
function twiceBetween(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === 0x20
  const mark = text.charCodeAt(from)
  return to - from === 2 && (mark === 0x2c || mark === 0x21) && text.charCodeAt(from + 1) === 0x20
}

/** Whether `text` has the same characters from `a` to `aEnd` as from `b` to `bEnd`. */
function sameRun(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false
  for (let k = 0; k < aEnd - a; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false
  return true
}

const lettersOnly = /^\p{L}+$/u
const lettersAndPunctuation = /^[\p{L}\p{P}]+$/u
const letterAt = /\p{L}/uy
/** "Hoi, hoi, ya hoi": the word twice in a row, a comma or a mark between, in any case. */
function saidTwice(value: string, word: string): boolean {
  return new RegExp(`(?<!\\p{L})${escapeRegExp(word)}[,!]? ${escapeRegExp(word)}(?!\\p{L})`, 'iu').test(value)
}

/** A capitalized word of lowercase letters after its capital. */
const titleShape = /^\p{Lu}\p{Ll}+$/u
const lowercaseShape = /^\p{Ll}+$/u
/** Capitals with a full stop after each but the last ("U.S", "U.K"). */
const dottedCapitals = /^(?:\p{Lu}\.)+\p{Lu}$/u
/** "of" or "for", perhaps "the", and a capitalized word: the portfolio of an office ("Minister of Education", "for the Interior"). */
const officeAfter = /^ (?:of|for) (?:the )?(\p{Lu}[\p{L}'’-]*)/u

/** SUBTLEX-US count under which a word before a name is likelier a title mistyped than itself. */
const rareBeforeName = 50

/** How many times commoner than the word the title must be. */
const commonerTitle = 10

/** A stem ending in a consonant and y. */
const consonantY = /[^aeiou]y$/

/** SUBTLEX-US count of a word common enough that a slip one edit from it is likelier than a name. */
const commonCount = 20000

/** SUBTLEX-US count of a usual word: a long capitalized slip one edit from one is that word, not a name. */
const usualCount = 500

/**
 * Where no usual word is one edit away, a word this common will do: film
 * subtitles count news words low ("parliament" 114, "candidate" 434), so
 * 500 alone missed "Parliment" and "Candidat"; 100 found 4 more slips on the
 * tuning set, and 2 typos and a family's plural in the precision corpus.
 */
const newsCount = 100

/** A prefixed word one slip from a word this common is that word mistyped ("untill"). */
const prefixedSlipCount = 2000

const acronymPlural = /^\p{Lu}{2,}s$/u

/** SUBTLEX-US count of a word whose letters swapped open a sentence: rare in speech, common in news ("analysts"). */
const swappedCount = 20

/** Letters of a capitalized word from which a slip of a neighbouring key or a letter added or lost is likelier than a name. */
const longSlip = 9

/** SUBTLEX-US count of a word a capitalized slip of seven letters or more may be of ("Agruculture": agriculture, 56). */
const rareCount = 5

/** SUBTLEX-US count of a word a capitalized slip of five letters, two of them swapped, may be of ("Cheif"). */
const swappedShortCount = 2000

/** Letters a capitalized word needs before a slip mid-sentence is likelier than a name. */
const longTypo = 7

/** Whether `a` and `b` differ by one consonant written twice in one and once in the other ("profesional", "professional"). */
function consonantDoubling(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  let i = 0
  while (long[i] === short[i]) i++
  const letter = long[i]!
  return !/[aeiouy]/.test(letter) && (long[i - 1] === letter || long[i + 1] === letter) && long.slice(0, i) + long.slice(i + 1) === short
}

/**
 * Whether a capitalized word stands right before (unless this one opens the
 * sentence) or after this one, a comma or "and" between them or not.
 */
function capitalizedBeside(value: string, start: number, end: number, opens: boolean): boolean {
  return (
    (!opens && /\p{Lu}[\p{L}'’.-]*,?\s+(?:(?:and|or)\s+)?$/u.test(value.slice(Math.max(0, start - 40), start))) ||
    /^,?\s+(?:(?:and|or)\s+)?\p{Lu}/u.test(value.slice(end, end + 8))
  )
}

/**
 * "Faatuatua ile Atua Samoa", "Bartolomé de las Casas": a lowercase word
 * between a capitalized word (or one and its lowercase particle) and the
 * capitalized word after it is a name's own small word.
 */
function betweenNameWords(value: string, start: number, end: number): boolean {
  return /\p{Lu}[\p{L}'’-]*(?: \p{Ll}{1,3})? $/u.test(value.slice(Math.max(0, start - 40), start)) && /^ \p{Lu}\p{Ll}/u.test(value.slice(end, end + 3))
}

/** One slip from a word at least this common (SUBTLEX-US count). */
function usualNear(word: string, lexicon: Lexicon, count: number): boolean {
  return lexicon.oneEditAway(word.toLowerCase()).some((s) => /^\p{Ll}/u.test(s) && frequency(s) >= count)
}

function commonNear(word: string, lexicon: Lexicon): boolean {
  return usualNear(word, lexicon, commonCount)
}

/**
 * Two swapped letters first ("fomr" → form), then the other single slips by
 * how common the word is, a neighbouring key or a doubled letter counting as
 * four times as common ("thes" → the, these, this: not the rare "thee" first),
 * then two slips, two letters dropped first.
 */
function ranked(word: string, suggestions: readonly string[], neighbours: ReadonlySet<string>): string[] {
  // One word in two casings counts alike: the casing of the slip comes first ("govenor" → governor, then Governor).
  const lowercase = word === word.toLowerCase()
  return suggestions
    .filter((suggestion) => suggestion !== word)
    .map((suggestion) => {
      const rank = slipRank(word, suggestion, neighbours)
      const caseOff = Number((suggestion === suggestion.toLowerCase()) !== lowercase)
      const tier = rank === 0 ? 0 : rank <= 2 ? 1 : rank
      // Of two slips, two letters dropped is the likeliest ("implemention" → implementation, not implementing).
      const dropped = tier > 1 && suggestion.length === word.length + 2 && lettersInOrder(word.toLowerCase(), suggestion.toLowerCase()) ? 0 : 1
      return {suggestion, tier, dropped, weight: frequency(suggestion) * (rank === 1 ? keySlipWeight : 1), caseOff}
    })
    .sort((a, b) => a.tier - b.tier || a.dropped - b.dropped || b.weight - a.weight || a.caseOff - b.caseOff)
    .map((entry) => entry.suggestion)
}

/** How much likelier a slip to a neighbouring key or a doubled letter is than another single slip. */
const keySlipWeight = 4

/**
 * A name offered for a lowercase word that is not that name in lowercase
 * ("inmore" → Indore, while "japans" → Japan's is the name's capital and
 * apostrophe put back), nor a slip of the hand from it ("englsih" → English):
 * a fix that turns a word into another name makes copy worse.
 */
function turnsIntoName(word: string, fix: string, neighbours: ReadonlySet<string>): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/['’]/g, '')
  return /^\p{Lu}/u.test(fix) && letters(fix) !== letters(word) && slipRank(letters(word), letters(fix), neighbours) > 1
}

function nameSuggestions(word: string, gazetteer: Gazetteer | undefined): string[] {
  const hit = gazetteer?.closest(word)
  // "AFCON" is no slip for "Arčon": letters in capitals are an acronym, near only another acronym.
  if (!hit || (capitalsOnly.test(word) && !capitalsOnly.test(hit.ref.form))) return []
  return [hit.ref.form]
}

/** Two capitals or more and no lowercase letter: an acronym. */
const capitalsOnly = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[^\p{Ll}]+$/u

/** Latin letters, then one or two characters that are no Latin letter, mark, digit, punctuation or space (each with its vowel sign, "কে"), then Latin letters. */
// The modifier letters apostrophe and turned comma (ʼ, ʻ) are an apostrophe and a Polynesian okina, no stray character ("Orbánʼs", "Faʻatuatua").
const strayInWord = /(?<![\p{L}\p{M}])(\p{Script=Latin}+)((?:[^\s\p{Script=Latin}\p{M}\p{N}\p{P}\p{Sm}\p{Sc}\p{Sk}ʼʻ]\p{M}?){1,2})(\p{Script=Latin}+)(?![\p{L}\p{M}])/gu

/**
 * Whether `pattern` holds around some character that is no printable ASCII, from `reach` characters before it to
 * three after: the characters a costly pattern over every word turns on (a stray one, another script's letter) are
 * never printable ASCII, so only the text's other characters (curly quotes, dashes, accents: few) are looked at.
 */
function besideNonAscii(value: string, pattern: RegExp, reach: number): boolean {
  for (const match of value.matchAll(notPlainAscii)) {
    if (pattern.test(value.slice(Math.max(0, match.index - reach), match.index + 3))) return true
  }
  return false
}

const notPlainAscii = /[^\t\n\r\x20-\x7E]/g

/**
 * A word of Latin letters and another script's ("haүe", "аmong", "Minju노총"): a look-alike letter a keyboard or a
 * font put in, or a word of the source language left in. Modifier letters (the apostrophe ʼ, the okina ʻ) and the
 * micro sign are no script's letters (src/text/scripts.ts, which the names rule reads too); a word beside a digit is
 * a code ("桃捷A7").
 */
const mixedWord = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(?=[\p{L}\p{M}]*\p{Script=Latin})(?=[\p{L}\p{M}]*${otherScriptLetter})[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])`, 'gu')
const latinLetters = /\p{Script=Latin}/gu
const otherRun = new RegExp(String.raw`(?:${otherScriptLetter}\p{M}*)+`, 'gu')
/** A Latin letter beside another script's, the place `mixedWord` turns on. */
const scriptsMeet = new RegExp(String.raw`\p{Script=Latin}${otherScriptLetter}|${otherScriptLetter}\p{M}*\p{Script=Latin}`, 'u')

/** The one word of `words` at least ten times as common as any other, or the three commonest, commonest first. */
function likeliest(words: readonly string[], frequency: (word: string) => number): string[] {
  const ranked = [...words].sort((a, b) => frequency(b) - frequency(a))
  return ranked.length > 1 && frequency(ranked[0]!) >= 10 * Math.max(1, frequency(ranked[1]!)) ? [ranked[0]!] : ranked.slice(0, 3)
}

/**
 * The words a mixed word may have been: each lone foreign letter read as a Latin letter ("haүe" → "have", "hate"),
 * or a foreign run of two letters or more at either end dropped ("coercive토토사이트" → "coercive").
 */
function unmixed(word: string): string[] {
  const runs = [...word.matchAll(otherRun)]
  const words = new Set<string>()
  if (runs.every((run) => [...run[0].replace(/\p{M}/gu, '')].length === 1)) {
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      words.add(word.replace(otherRun, (run) => (/\p{Lu}/u.test(run) ? letter.toUpperCase() : letter)))
    }
  }
  // One foreign letter is a look-alike of a Latin one, never a word left in.
  if (runs.length === 1 && [...runs[0]![0].replace(/\p{M}/gu, '')].length > 1) {
    const run = runs[0]!
    // What is left must be a word of its own, not a name's stump ("Rabat-Salรฉ" is no "Sal").
    const left = run.index === 0 ? word.slice(run[0].length) : run.index + run[0].length === word.length ? word.slice(0, run.index) : ''
    if (left.length >= 4) words.add(left)
  }
  return [...words].filter((candidate) => candidate.length >= 2)
}
/** The characters `strayInWord` turns on, between two Latin letters, alone. */
const strayBetweenLetters = /\p{Script=Latin}(?:[^\s\p{Script=Latin}\p{M}\p{N}\p{P}\p{Sm}\p{Sc}\p{Sk}]\p{M}?){1,2}\p{Script=Latin}/u

/** A word with a lead byte of UTF-8 (Â–ô as Windows-1252 reads it) and its continuation bytes (€–¿ as it reads them). */
const misread = /[\p{L}]*[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]+[\p{L}]*/gu

/** A word of three letters or more with "ís" after it, the possessive's apostrophe as Mac Roman reads its Windows-1252 byte. */
const macRomanPossessive = /(?<![\p{L}\p{M}'’-])(\p{L}{3,})ís(?![\p{L}\p{M}])/gu

/** A possessive or a contraction written with its apostrophe: "PAC’s", "don't". */
const intactPossessive = /\p{L}['’](?:s|t|re|ve|ll|d)(?![\p{L}\p{M}])/u

/** The lead byte and a continuation byte of `misread`, alone. */
const misreadBytes = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u

/** Letters, a run of three or more of one capital, letters: "conZZZened". */
const placeholderRun = /(?<![\p{L}])(\p{L}*\p{Ll}|\p{Lu}?)(\p{Lu})\2{2,}(\p{Ll}\p{L}*|)(?![\p{L}])/gu

/** Whether the text holds a capital three times in a row, the run `placeholderRun` turns on: a loop over the characters, many times faster than the pattern. */
function tripleCapital(value: string): boolean {
  for (let at = 0; at + 2 < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code === value.charCodeAt(at + 1) && code === value.charCodeAt(at + 2) && capital.test(value.charAt(at))) return true
  }
  return false
}

const capital = /^\p{Lu}$/u

/** Whether every letter of `word` stands in `longer`, in order. */
function lettersInOrder(word: string, longer: string): boolean {
  let at = 0
  for (const letter of longer) if (letter === word[at]) at++
  return at === word.length
}

/** Whether `word` is `near` with one letter dropped, or with two neighbouring letters swapped. */
function droppedOrSwapped(word: string, near: string): boolean {
  if (near.length === word.length + 1) return droppedLetterAt(word, near) >= 0
  if (near.length !== word.length) return false
  const differ = [...word].flatMap((letter, i) => (letter === near[i] ? [] : [i]))
  return differ.length === 2 && differ[1] === differ[0]! + 1 && word[differ[0]!] === near[differ[1]!] && word[differ[1]!] === near[differ[0]!]
}
