import {lexiconFor} from '../../data/lexicon.js'
import {frequency} from '../../data/frequencies.js'
import {nameConnectors} from '../../data/name-words.js'
import {capitalize, isAllCaps, isCapitalized, squash} from '../../text/normalize.js'
import {detached} from '../../text/detached.js'
import type {Token} from '../../text/tokens.js'
import type {CaseContext, LowercaseFacts, WordInfo} from './context.js'

/** SUBTLEX-US count above which a word is too common to be read as a name by context. */
const commonWordCount = 5000
/** Lower still for places after a preposition: "in reading" is not Reading. */
const rarePlaceWordCount = 1500

/** What the case rule knows of a word from the word alone, remembered in `context.words`. */
export function describeWord(context: CaseContext, token: Token): WordInfo {
  const {gazetteer, lexicon} = context
  const base = token.lower.replace(/'s$/, '')
  let lowercase: LowercaseFacts | undefined
  if (isLowercaseOnly(token.value)) {
    // "who" is not WHO: an acronym is never a lowercase word's name; and
    // particles stay lowercase ("et al.", "le chien", "de Gaulle").
    const written = token.value.slice(0, base.length)
    const named = (nameConnectors.has(token.lower) ? [] : gazetteer.lookup(written)).filter(
      (ref) => ref.type !== 'garble' && ref.squashed === squash(base) && !ref.form.includes(' ') && !isAllCaps(ref.form)
    )
    // "dpa", "bne": a name its owner writes in lowercase is written right.
    const refs = named.some((ref) => ref.form === written) ? [] : named
    // Proper by the dictionary, or the name of a place, body or people the
    // dictionary has no common word for; a person's name needs context later.
    // British spelling is asked for synchronously so that the pass over the
    // words is a plain function V8 optimizes while it runs (it does not for
    // an async one).
    // "green-left MP", "centre-right bloc": a compound of common words is a description, whatever party runs it together ("GreenLeft").
    const commonWord = lexicon.hasLowercase(base) || (context.british ??= lexiconFor('en-GB')).hasLowercase(base) || context.personalLowercase.has(base) || commonCompound(lexicon, base)
    const namesNonPerson = refs.some((ref) => ref.entity.kind !== 'person')
    const count = refs.length > 0 ? frequency(base) : 0
    // "tiktok" is TikTok: a name the gazetteer writes with capitals inside keeps them.
    const inner = refs.find((ref) => /\p{Ll}\p{Lu}/u.test(ref.form) && ref.form.toLowerCase() === base)?.form
    lowercase = {
      fixed: detached(inner !== undefined ? inner + token.value.slice(base.length) : capitalize(token.value)),
      proper: !commonWord && !nameConnectors.has(token.lower) && !context.foreignFunctionWords.has(token.lower) && (lexicon.isProperOnly(base) || namesNonPerson),
      known: refs.length > 0,
      rarePlace: refs.some((ref) => ref.entity.kind === 'place') && count <= rarePlaceWordCount,
      // A very common word ("he", "may", "party") stays a word whatever names share it.
      nameable: count <= commonWordCount || !commonWord,
      spelled: commonWord || refs.length > 0 || context.personal.has(base),
      nameOnly: !commonWord
    }
  }
  const info: WordInfo = {
    base: detached(base),
    startsName: gazetteer.startsName(token.lower),
    capitalized: startsCapitalized(token.value),
    lowercase,
    titleHead: lowercase !== undefined && context.formalTitles.has(token.lower)
  }
  context.words.set(token.value, info)
  return info
}

/** A hyphened compound each of whose parts the dictionary has as a lowercase word. */
function commonCompound(lexicon: CaseContext['lexicon'], base: string): boolean {
  if (!base.includes('-')) return false
  const parts = base.split('-')
  return parts.every((part) => part.length > 1 && lexicon.hasLowercase(part))
}

/** Starts with a–z and has no A–Z after: /^[a-z]/ and not /[A-Z]/ in the rest. */
function isLowercaseOnly(word: string): boolean {
  const first = word.charCodeAt(0)
  if (!(first >= 97 && first <= 122)) return false
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 65 && code <= 90) return false
  }
  return true
}

/** `isCapitalized`, answered without case mapping for an ASCII first letter. */
function startsCapitalized(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first < 0x80) return first >= 65 && first <= 90
  return isCapitalized(word)
}
