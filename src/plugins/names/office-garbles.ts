import {aloneName, titleWords, type Entity} from '../../data/entities.js'
import {quote} from '../../message.js'
import {editDistance} from '../../names/distance.js'
import {spanText, type NameToken} from '../../names/spans.js'
import {squash} from '../../text/normalize.js'
import type {Contender, NamesContext} from './context.js'
import {leadOf, officeHeld, officePhrase, ofStoryCountry} from './story-cues.js'
import {countriesOf} from '../../names/countries.js'
import {isUnknownWord} from './words.js'

/** Persons by each title word of their office on record ("president" of "President of the United States"). */
export type Offices = Map<string, Entity[]>

/**
 * "US President Bynden", "Interior Minister Soilu": a garbled surname right
 * after the office of the one person who held it in the story's country.
 * The office narrows ten thousand names to a handful, so a surname two
 * letters off (one in a word under six) is that person's, where the
 * gazetteer's own lookup asks nine letters of a name for two edits. The word
 * must keep the surname's first letter, be in no dictionary and stand alone
 * after the title, and only one holder of the office come that near.
 */
export function officeGarble(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[], value: string): Contender | undefined {
  // The surname alone, no other word of a name beside it ("Minister Heng Swee Keat").
  if (span.length !== 1) return undefined
  const at = run.indexOf(span[0]!)
  const previous = run[at - 1]
  if (run[at + 1] !== undefined || (previous !== undefined && !context.titles.has(previous.text.toLowerCase()))) return undefined
  const word = span[0]!
  if (!isUnknownWord(context, word) || word.text.length < 5) return undefined
  // A lowercase word no dictionary knows after it goes on with the name ("Magdy abdel Ghaffar").
  const next = /^ (\p{Ll}+)/u.exec(value.slice(word.end, word.end + 24))?.[1]
  if (next !== undefined && !context.lexicon.hasLowercase(next)) return undefined
  const before = officeWordsBefore(context, word.start, value)
  if (before.length === 0) return undefined
  const offices = (context.offices ??= buildOffices(context))
  const garbled = squash(word.text)
  const countries = countriesOf(context.gazetteer.entities)
  // The office's country may stand right before it ("US President", "Turkey's interior minister").
  const lead = leadOf(word.start, value)
  const office = officePhrase(lead)
  let best: {entity: Entity; surname: string; distance: number} | undefined
  let tie = false
  for (const entity of new Set(before.flatMap((title) => offices.get(title) ?? []))) {
    const surname = aloneName(entity)
    const key = squash(surname)
    if (key[0] !== garbled[0] || key === garbled) continue
    const distance = editDistance(garbled, key, 3)
    // Two edits in a word of six letters or more, one in a shorter ("Paez" is not Paz).
    if (distance > (garbled.length >= 6 ? 2 : 1)) continue
    // The candidates hold an office whose title word stands before the name; the country must be the story's or the one named there.
    if (!ofStoryCountry(context, entity, value) && countries.sharedWith(entity, countries.in(lead)) === undefined) continue
    if (!officeHeld(context, entity, office)) continue
    if (best && distance === best.distance && best.entity !== entity) tie = true
    if (!best || distance < best.distance) ((best = {entity, surname, distance}), (tie = false))
  }
  if (!best || tie) return undefined
  const text = spanText(span, value)
  return {
    span: [...span],
    rank: 1.5,
    candidate: {
      span: [...span],
      expected: [best.surname],
      level: 'warning',
      reason: `Unexpected ${quote(text)} after the title, did you mean ${quote(best.surname)}?`,
      note: `${best.entity.name} (person${best.entity.title ? ', ' + best.entity.title : ''}).`
    }
  }
}

/** The title words among the three words right before `start` in its sentence. */
function officeWordsBefore(context: NamesContext, start: number, value: string): string[] {
  const before = value.slice(Math.max(0, start - 40), start).split(/\n|[.!?] /u).at(-1)!
  if (!/\p{L} $/u.test(before)) return []
  return before.split(/[^\p{L}]+/u).filter(Boolean).slice(-3).map((word) => word.toLowerCase()).filter((word) => context.titles.has(word))
}

function buildOffices(context: NamesContext): Offices {
  const offices: Offices = new Map()
  for (const entity of context.gazetteer.entities) {
    if (entity.kind !== 'person' || !entity.title) continue
    for (const word of new Set(titleWords(entity.title))) {
      if (!context.titles.has(word)) continue
      let list = offices.get(word)
      if (!list) offices.set(word, (list = []))
      list.push(entity)
    }
  }
  return offices
}
