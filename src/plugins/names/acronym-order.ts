import {quote} from '../../message.js'
import {countriesOf} from '../../names/countries.js'
import {lettersOf} from '../../names/gazetteer-build.js'
import type {NameToken} from '../../names/spans.js'
import {initials} from '../../text/initials.js'
import type {Contender, NamesContext} from './context.js'

/**
 * "the Social Democratic Party (SDP)" in a story about Romania: translation
 * turns a body's name into English and its acronym with it, where English
 * copy keeps the acronym of the body's own language (PSD, PNL, CPV). An
 * acronym whose letters, reordered, are the acronym of a body of the story's
 * country, and that is no body of any country the story names, is that body's.
 */
export function reorderedAcronym(context: NamesContext, span: readonly NameToken[], text: string, value: string): Contender | undefined {
  if (span.length !== 1 || !/^\p{Lu}{3,6}$/u.test(text) || context.lexicon.has(text)) return undefined
  // "CPN (Maoist Centre)", "CPN-UML": the opening of a known body's name is that family of bodies.
  if (context.gazetteer.opensBodyName(text)) return undefined
  const same = context.gazetteer.acronymsWithLetters(lettersOf(text))?.filter((ref) => ref.form !== text)
  if (!same || same.length === 0) return undefined
  const countries = countriesOf(context.gazetteer.entities)
  const named = countries.inDocument(value)
  // A body the acronym names as written, of a country the story names or of none (an international one), is that body.
  const own = context.gazetteer.lookup(text).filter((ref) => ref.type !== 'garble' && ref.form === text)
  if (own.some((ref) => countries.of(ref.entity).size === 0 || [...countries.of(ref.entity)].some((country) => named.has(country)))) return undefined
  const local = same.filter((ref) => countries.storyCountryOf(ref.entity, value) !== undefined)
  if (new Set(local.map((ref) => ref.entity)).size !== 1) return undefined
  const ref = local[0]!
  // "PDM" in a story about Pakistan is no Pakistan Meteorological Department (PMD), nor "SMS" a body's MSS: only a party's
  // name is translated into every language the news is written in, and its acronym reordered with it.
  if (!/\bparty\b/iu.test(`${ref.entity.name} ${ref.entity.title ?? ''}`)) return undefined
  // "temporary national data center (PDN)": an acronym the story glosses in words whose initials are not its letters is its own language's.
  if (glossedOtherwise(text, value)) return undefined
  // "acute kidney injuries (AKI)": common words whose initials spell the acronym in its own order define it as written.
  if (glossedInOrder(text, value)) return undefined
  // "the Union Democracy Party (UDP)": a name the story spells out for the acronym is that body's, unless it is this body's name in English ("National Liberal Party (NLP)").
  // "High Post Committee … the HPC": so is a name spelled out anywhere in the story whose initials are the acronym's letters in order.
  const ownName = (spelled: string) => [ref.entity.name, ...ref.entity.variants].some((form) => form.toLowerCase() === spelled.toLowerCase())
  const spelled = spelledOut(text, value)
  if (spelled !== undefined && !ownName(spelled)) return undefined
  if (namesInOrder(text, value).some((name) => !ownName(name))) return undefined
  return {
    span: [...span],
    rank: 0.5,
    candidate: {
      span: [...span],
      expected: [ref.form],
      level: 'warning',
      reason: `Unexpected ${quote(text)}, the letters of ${quote(ref.form)} in English order; the story's ${ref.entity.name} is ${quote(ref.form)}`,
      note: `${ref.entity.name}${ref.entity.title ? ` (${ref.entity.title})` : ''}: copy in English keeps the acronym of the body's own language.`
    }
  }
}


/** The words before each place the story writes the acronym in brackets ("… Libya Political Agreement (LPA)"), up to 120 characters' worth. */
function* wordsBefore(text: string, value: string): Generator<string[]> {
  for (let at = value.indexOf(`(${text})`); at >= 0; at = value.indexOf(`(${text})`, at + 1)) {
    yield value.slice(Math.max(0, at - 120), at).trimEnd().split(/\s+/u)
  }
}

/** The initials, in order, of the words before each place the acronym follows in brackets as many words, the last in lowercase: a gloss in common words. */
function* glossInitials(text: string, value: string): Generator<string> {
  for (const before of wordsBefore(text, value)) {
    const words = before.slice(-text.length)
    if (words.length === text.length && /^\p{Ll}/u.test(words.at(-1)!)) yield words.map((word) => word[0]!.toUpperCase()).join('')
  }
}

/** The acronym glossed in words whose initials are other letters than its own ("national data center (PDN)"). */
function glossedOtherwise(text: string, value: string): boolean {
  for (const initials of glossInitials(text, value)) if (lettersOf(initials) !== lettersOf(text)) return true
  return false
}

/** The acronym glossed in words whose initials, in order, are its letters ("acute kidney injuries (AKI)"): a term, no body's name in English ("National Liberal Party (NLP)"). */
function glossedInOrder(text: string, value: string): boolean {
  for (const initials of glossInitials(text, value)) if (initials === text) return true
  return false
}

/** The capitalized words before the acronym in brackets whose initials it is ("Libya Political Agreement (LPA)"), if the story has them. */
function spelledOut(text: string, value: string): string | undefined {
  for (const words of wordsBefore(text, value)) {
    for (let n = 2; n <= Math.min(8, words.length); n++) {
      const name = words.slice(-n)
      if (/^\p{Lu}/u.test(name[0]!) && initials(name) === text) return name.join(' ')
    }
  }
  return undefined
}

/** The runs of capitalized words in the story, lowercase connectors between them allowed, whose initials are the acronym's letters in order. */
function namesInOrder(text: string, value: string): string[] {
  const names: string[] = []
  for (const match of value.matchAll(capitalRuns)) {
    const words = match[0].split(' ')
    const capitals = words.filter((word) => /^\p{Lu}/u.test(word))
    for (let from = 0; from + text.length <= capitals.length; from++) {
      const name = capitals.slice(from, from + text.length)
      if (name.map((word) => word[0]).join('') === text) names.push(words.slice(words.indexOf(name[0]!), words.indexOf(name.at(-1)!) + 1).join(' '))
    }
  }
  return names
}

const capitalRuns = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?: (?:(?:of|and|for|the|on) )*\p{Lu}[\p{L}'’-]*)+/gu
