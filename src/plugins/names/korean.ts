import {quote} from '../../message.js'
import {koreanPersons, parseKorean, readKorean} from '../../names/korean.js'
import type {NameToken} from '../../names/spans.js'
import type {Contender, NamesContext} from './context.js'

/**
 * A span read as a Korean name, syllable by syllable: another romanization
 * of a known person is that person, known (quiet; the document's clashes
 * still see two spellings of one person); a name one garbled syllable from
 * a known person's is a warning naming the person.
 */
export function koreanReading(context: NamesContext, span: NameToken[], text: string): Contender | undefined {
  if (span.length < 2 || span.length > 4 || !context.korean.surnames.has(span[0]!.text)) return undefined
  const name = parseKorean(
    span.map((token) => token.text),
    context.korean,
    false
  )
  if (!name) return undefined
  context.koreanPersons ??= koreanPersons(context.gazetteer.entities, context.korean)
  const reading = readKorean(name, context.koreanPersons, context.korean)
  if (!reading) return undefined
  const {entity} = reading
  if (reading.kind === 'variant') {
    const ref = context.gazetteer.lookup(entity.name).find((candidate) => candidate.entity === entity)
    return ref ? {span, rank: 0, ref, romanized: true} : {span, rank: 0}
  }
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
