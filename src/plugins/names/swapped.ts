import {quote} from '../../message.js'
import {editDistance} from '../../names/distance.js'
import {spanText, type NameToken} from '../../names/spans.js'
import type {Candidate, NamesContext} from './context.js'

/** A long organization name with one word swapped: "National Economic Commission". */
export function swapped(context: NamesContext, span: NameToken[], text: string, run: readonly NameToken[], value: string): Candidate | undefined {
  const {gazetteer, titles} = context
  if (span.length < 3 || !bounded(context, span, run, value)) return undefined
  // A title is a word of its own, not a slip: the "Minister of External
  // Affairs" heads the Ministry of External Affairs.
  const hits = gazetteer.swapped(span.map((name) => name.text)).filter((hit) => !titles.has(span[hit.position]!.text.toLowerCase()))
  // A word a letter or two off ("Fond" for Fund, "Affair" for Affairs) is a
  // typo in the name: as strong a sign as a swapped institution noun.
  const typo = (hit: (typeof hits)[number]) =>
    editDistance(span[hit.position]!.text.toLowerCase(), hit.expectedWord.toLowerCase(), 2) <= 2
  const strength = (hit: (typeof hits)[number]) => (typo(hit) ? 2 : swapStrength(context, span[hit.position]!.text, hit.expectedWord))
  const best = Math.max(0, ...hits.map(strength))
  const strongest = hits.filter((hit) => strength(hit) === best)
  if (strongest.length !== 1) return undefined
  const hit = strongest[0]!
  const actualWord = span[hit.position]!.text
  // The same name used again and again is deliberate: the name of another body.
  const repeated = value.split(text).length - 1 >= 2
  return {
    span,
    expected: [hit.entity.name],
    level: best >= 1 && !repeated ? 'warning' : 'info',
    reason: `Unexpected ${quote(text)}, did you mean ${quote(hit.entity.name)}?`,
    note: typo(hit)
      ? `The known body is the ${hit.entity.name}; ${quote(actualWord)} looks mistyped for ${quote(hit.expectedWord)}.`
      : `The known body is the ${hit.entity.name}; ${quote(actualWord)} looks swapped for ${quote(hit.expectedWord)}.`
  }
}

/** The same words as a long organization's name in another order: "United Judaism Torah". */
export function reordered(context: NamesContext, span: NameToken[], text: string, run: readonly NameToken[], value: string): Candidate | undefined {
  if (span.length < 3 || !bounded(context, span, run, value)) return undefined
  const hits = context.gazetteer.reordered(span.map((name) => name.text))
  if (hits.length !== 1) return undefined
  const {name} = hits[0]!
  return {
    span,
    expected: [name],
    level: 'warning',
    reason: `Unexpected ${quote(text)}, did you mean ${quote(name)}?`,
    note: `The known body is the ${name}; the words are the same, in another order.`
  }
}

/** A span that is a whole name in its run: part of a longer name ("Temporary National Economic Committee") is another body. */
function bounded(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[], value: string): boolean {
  const {gazetteer, titles, determiners} = context
  const at = run.indexOf(span[0]!)
  const before = run[at - 1]
  const after = run[at + span.length]
  const boundedBefore =
    !before ||
    determiners.has(before.text.toLowerCase()) ||
    titles.has(before.text.toLowerCase()) ||
    gazetteer.isAccepted(before.text) ||
    (at >= 2 && gazetteer.isAccepted(spanText([run[at - 2]!, before], value)))
  return boundedBefore && (!after || after.connector)
}

/** 2 for a swap within one family of institution nouns, 1 across families, 0 otherwise. */
function swapStrength(context: NamesContext, a: string, b: string): number {
  const x = context.institutionWords.get(a.toLowerCase())
  const y = context.institutionWords.get(b.toLowerCase())
  return x === undefined || y === undefined ? 0 : x === y ? 2 : 1
}
