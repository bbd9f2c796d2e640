import type {Entity} from '../../data/entities.js'
import {quote} from '../../message.js'
import {spanText, type NameToken} from '../../names/spans.js'
import {squash, withoutAccents} from '../../text/normalize.js'
import type {Contender, NamesContext} from './context.js'
import {afterTitle} from './slot-garbles.js'
import {ofStoryCountry} from './story-cues.js'
import {ofTransliteratedCountry} from './romanizations.js'

/**
 * A known person's surname after another language's form of their given
 * name ("William Lasso" for Guillermo Lasso, "Nicholas Maduro" for Nicolás
 * Maduro): machine translation renders the given name as a word of its
 * own language and keeps the surname. The forms come from one line of the
 * cognates table; the person must be the only one of that surname whose
 * given name has that line. A warning where the story is about the
 * person's country, a title stands before or the story names the person;
 * else nothing, as the name is likelier someone's own.
 */
export function translatedGiven(context: NamesContext, span: readonly NameToken[], value: string): Contender | undefined {
  if (span.length < 2) return undefined
  const line = lineOf(context, span[0]!.text)
  if (line === undefined) return undefined
  const rest = spanText(span.slice(1), value)
  const people = new Set<Entity>()
  for (const ref of context.gazetteer.lookup(rest)) {
    const {entity} = ref
    const [given, ...surname] = entity.name.split(/\s+/)
    // The surname as the story writes it, accents or none ("Imamoglu" for İmamoğlu).
    if (entity.kind !== 'person' || ref.type !== 'surname' || squash(surname.join(' ')) !== squash(rest)) continue
    if (squash(given!) !== squash(span[0]!.text) && lineOf(context, given!) === line) people.add(entity)
  }
  if (people.size !== 1) return undefined
  const entity = [...people][0]!
  // A name written in another script has no own Latin form: "Aleksandr Lukashenko" for Alexander is another romanization, not a translation.
  if (ofTransliteratedCountry(context, entity)) return undefined
  const text = spanText(span, value)
  const confirmed = ofStoryCountry(context, entity, value) || afterTitle(context, span[0]!.start, value)
  // Unconfirmed, it is the person only if the story names them: "Roberto Fico" in a story about Naples is an Italian.
  if (!confirmed && !value.includes(entity.name)) return undefined
  return {
    span: [...span],
    rank: 1.5,
    candidate: {
      span: [...span],
      expected: [entity.name],
      level: 'warning',
      reason: `Unexpected ${quote(text)}, did you mean ${quote(entity.name)}?`,
      note: `${entity.name} (person${entity.title ? ', ' + entity.title : ''}); ${quote(span[0]!.text)} is another language's form of the given name.`
    }
  }
}

/** The line of the given-name table that has `given` (accents and case aside), if one has it. */
export function lineOf(context: NamesContext, given: string): number | undefined {
  return context.givenNameCognates.get(withoutAccents(given).toLowerCase())
}
