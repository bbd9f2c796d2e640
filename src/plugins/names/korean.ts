import {quote} from '../../message.js'
import {koreanPersons, parseKorean, readKorean, type KoreanPerson} from '../../names/korean.js'
import type {NameToken} from '../../names/spans.js'
import type {Contender, NamesContext} from './context.js'
import type {Entity} from '../../data/entities.js'

/**
 * A span read as a Korean name, syllable by syllable: a name one garbled
 * syllable from a known person's is a warning naming the person. Another
 * romanization of every syllable is left to the letter matcher, which names
 * the person's own form (the seed's editor fixes "Han Duk-soo" to Han
 * Duck-soo; a house style may list other forms as variants).
 */
export function koreanReading(context: NamesContext, span: NameToken[], text: string, confirmed?: (entity: Entity) => boolean): Contender | undefined {
  if (span.length < 2 || span.length > 4 || !context.korean.surnames.has(span[0]!.text)) return undefined
  const name = parseKorean(
    span.map((token) => token.text),
    context.korean,
    false
  )
  if (!name) return undefined
  const persons = personsOfFamily(context, name.family)
  // A syllable that is a real one makes someone else's name ("Yoon Seok-yeon"), unless the story confirms whom it means: a word of their title before, in a story about their country.
  const reading = readKorean(name, persons, context.korean) ?? confirmedReading(readKorean(name, persons, context.korean, true), confirmed)
  if (!reading) return undefined
  const {entity} = reading
  // Another romanization of a known person is that person, but an editor
  // writes the person's own (or a documented) form: "Han Duk-soo" is Han
  // Duck-soo misspelled, and the letter matcher says so. Only the person's
  // accepted forms, in any layout, are known here.
  if (reading.kind === 'variant') return undefined
  return {
    span,
    rank: 0.5,
    candidate: {
      span,
      expected: [entity.name],
      level: 'warning',
      reason: `Unexpected ${quote(text)}: ${quote(reading.odd)} is no romanization of a syllable of ${quote(entity.name)}`,
      note: `${entity.name} (person${entity.title ? ', ' + entity.title : ''}).`
    }
  }
}

/**
 * The gazetteer's Korean persons whose family name is a spelling of
 * `family`: only the entries whose names open with one are read, where
 * reading every person's took a story naming a Korean some 25 ms.
 */
function personsOfFamily(context: NamesContext, family: string): KoreanPerson[] {
  let persons = context.koreanPersons.get(family)
  if (!persons) {
    const entities = new Set<Entity>()
    for (const spelling of context.korean.surnames.get(family) ?? []) for (const entity of context.gazetteer.entitiesOpenedBy(spelling.toLowerCase())) entities.add(entity)
    context.koreanPersons.set(family, (persons = koreanPersons([...entities], context.korean)))
  }
  return persons
}

function confirmedReading<T extends {kind: string; entity: Entity}>(reading: T | undefined, confirmed: ((entity: Entity) => boolean) | undefined): T | undefined {
  return reading && reading.kind === 'garble' && confirmed?.(reading.entity) === true ? reading : undefined
}
