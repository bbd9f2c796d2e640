import {titleWords, type Entity} from '../../data/entities.js'
import {countriesOf} from '../../names/countries.js'
import type {NamesContext} from './context.js'
import type {NameToken} from '../../names/spans.js'

// What in a story confirms that a name means a known person: the story's country, a word of the title before it.

/** Whether the story is about a country the person's title names. */
export function ofStoryCountry(context: NamesContext, entity: Entity, value: string): boolean {
  return countriesOf(context.gazetteer.entities).storyCountryOf(entity, value) !== undefined
}

/** A word of the person's title on record, other than its linking words and countries, among the four words just before the name in its sentence ("Defense Minister: Hamada Yasushi"). */
export function titleBefore(context: NamesContext, entity: Entity, start: number, value: string): boolean {
  const countries = countriesOf(context.gazetteer.entities)
  // "Chief Justice of South Korea": the words of the person's country are no cue ("former South Gyeongsang Governor").
  const countryWords = new Set([...countries.of(entity)].flatMap((country) => country.toLowerCase().split(' ')))
  const title = (entity.title ?? '').split(/[^\p{L}]+/u).filter((word) => word.length >= 4 && !countries.names(word) && !countryWords.has(word.toLowerCase()))
  const words = new Set(wordsBefore(start, value))
  return title.some((word) => words.has(word.toLowerCase()))
}

/**
 * `titleBefore` held to the words of the office that are titles
 * ("Secretary of State Antony Blink In"), not any word of its description
 * ("Head of Libya's High Council of State" is no cue in "the State Security Court's El Masry").
 */
export function officeBefore(context: NamesContext, entity: Entity, start: number, value: string): boolean {
  const office = new Set(titleWords(entity.title).filter((word) => context.titles.has(word)))
  return wordsBefore(start, value).some((word) => office.has(word))
}

/** The sentence's last four words before `start`, lowercase, a colon or a dash allowed between. */
function wordsBefore(start: number, value: string): string[] {
  const before = value.slice(Math.max(0, start - 48), start).split(/\n|[.!?] /u).at(-1)!
  return before.split(/[^\p{L}]+/u).filter(Boolean).slice(-4).map((word) => word.toLowerCase())
}

/**
 * Whether the story names countries, the person's title names some, and
 * they are none of the story's. The span itself is left out: "Abdul Hamid
 * Dabaiba" names Bangladesh's Abdul Hamid, not the story's country.
 */
export function storyElsewhere(context: NamesContext, entity: Entity, value: string, span: readonly NameToken[]): boolean {
  const countries = countriesOf(context.gazetteer.entities)
  // The story's countries, remembered per document, settle most cases before the span is taken out.
  if (countries.of(entity).size === 0 || countries.storyOf(value).size === 0 || countries.storyCountryOf(entity, value) !== undefined) return false
  const start = span[0]!.start
  const end = span.at(-1)!.end
  const story = countries.storyOutside(value, start, end)
  return story.size > 0 && countries.sharedWith(entity, story) === undefined
}

/**
 * `storyElsewhere` for a place, also asking the places of one country the story
 * names ("Jammu"): the countries they name are all the place's look-alike is not in.
 */
export function placeElsewhere(context: NamesContext, entity: Entity, value: string, span: readonly NameToken[]): boolean {
  if (storyElsewhere(context, entity, value, span)) return true
  const countries = countriesOf(context.gazetteer.entities)
  const held = countries.of(entity)
  if (held.size === 0 || countries.storyCountryOf(entity, value) !== undefined) return false
  const named = countries.placesOutside(value, span[0]!.start, span.at(-1)!.end)
  return named.size > 0 && countries.sharedWith(entity, named) === undefined
}

/**
 * The capitalized words right before the name, as the office is written
 * ("US President", "Turkey's Finance Minister"; of "Ex-Agriculture" only
 * "Agriculture"), a possessive's "s" left out.
 */
export function officePhrase(lead: string): string[] {
  const words = lead.trimEnd().split(/\s+/u).map((word) => word.replace(/['’]s$/u, '').replace(/^.*-/u, ''))
  const phrase: string[] = []
  for (let at = words.length - 1; at >= 0 && /^\p{Lu}/u.test(words[at]!); at--) phrase.unshift(words[at]!.replace(/[^\p{L}]+$/u, ''))
  return phrase
}

/** The sentence's text in the 48 characters before `start`. */
export function leadOf(start: number, value: string): string {
  return value.slice(Math.max(0, start - 48), start).split(/\n|[.!?] /u).at(-1)!
}

/**
 * Whether the office written right before `start` is the person's: every
 * capitalized word of it, or none written, or an office of the past
 * ("former Defense Minister"), which a title on record does not hold.
 */
export function officeWrittenHeld(context: NamesContext, entity: Entity, start: number, value: string): boolean {
  const lead = leadOf(start, value)
  return formerOffice.test(lead) || officeHeld(context, entity, officePhrase(lead))
}

const formerOffice = /\b(?:former|ex-?)\s*(?:\p{Lu}[\p{L}'’]*\s+(?:of\s+(?:the\s+)?)?)*$/iu

/** Every word of the office as written is the person's ("Agriculture Minister" is no Foreign Minister), but for places. */
export function officeHeld(context: NamesContext, entity: Entity, office: readonly string[]): boolean {
  const countries = countriesOf(context.gazetteer.entities)
  const held = new Set(titleWords(entity.title))
  return office.every((part) => held.has(part.toLowerCase()) || countries.names(part))
}
