import type {FormRef} from './gazetteer.js'
import type {NameToken} from './spans.js'
import {isAllCaps, squash} from '../text/normalize.js'
import {editDistance} from './distance.js'
import {soundKey} from './phonetic.js'

export interface Clash {
  span: NameToken[]
  actual: string
  majority: string
  actualCount: number
  majorityCount: number
}

interface Group {
  spellings: Map<string, NameToken[][]>
  /** Spelling to prefer on a tie, if any. */
  preferred?: string
}

/**
 * Names spelled two ways in one document: accepted variants of one known
 * entity ("Zelensky", "Zelenskyy"), or unknown names a letter or a sound apart
 * ("Archynetys", "Archnetys"). The minority spelling is the slip.
 */
export function findClashes(
  known: ReadonlyArray<{span: NameToken[]; ref: FormRef}>,
  unknown: readonly NameToken[],
  value: string
): Clash[] {
  const groups: Group[] = []

  const byEntity = new Map<FormRef['entity'], Group>()
  for (const {span, ref} of known) {
    // Headings in capitals ("LATIN AMERICA") are not a second spelling.
    if (ref.type === 'surname' || ref.type === 'garble' || isAllCaps(value.slice(span[0]!.start, span.at(-1)!.end))) continue
    let group = byEntity.get(ref.entity)
    if (!group) {
      group = {spellings: new Map(), preferred: ref.entity.name}
      byEntity.set(ref.entity, group)
      groups.push(group)
    }
    const text = value.slice(span[0]!.start, span.at(-1)!.end)
    group.spellings.set(text, [...(group.spellings.get(text) ?? []), span])
  }

  const bySpelling = new Map<string, NameToken[][]>()
  for (const name of unknown) bySpelling.set(name.text, [...(bySpelling.get(name.text) ?? []), [name]])
  const spellings = [...bySpelling.keys()]
  const parent = spellings.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      if (alike(spellings[i]!, spellings[j]!)) parent[root(j)] = root(i)
    }
  }
  const clusters = new Map<number, Group>()
  spellings.forEach((spelling, i) => {
    const key = root(i)
    let group = clusters.get(key)
    if (!group) {
      group = {spellings: new Map()}
      clusters.set(key, group)
      groups.push(group)
    }
    group.spellings.set(spelling, bySpelling.get(spelling)!)
  })

  const clashes: Clash[] = []
  for (const group of groups) {
    if (group.spellings.size < 2) continue
    // "US" beside "United States" is style, not a slip: only near spellings clash.
    const [first, ...others] = group.spellings.keys()
    if (!others.every((other) => alike(first!, other))) continue
    const ranked = [...group.spellings.entries()].sort(
      (a, b) => b[1].length - a[1].length || Number(b[0] === group.preferred) - Number(a[0] === group.preferred)
    )
    const [majority, majoritySpans] = ranked[0]!
    const runnerUp = ranked[1]!
    // A tie with no preferred form gives no ground to call either one wrong.
    if (runnerUp[1].length === majoritySpans.length && majority !== group.preferred) continue
    for (const [spelling, spans] of ranked.slice(1)) {
      for (const span of spans) {
        clashes.push({
          span,
          actual: spelling,
          majority,
          actualCount: spans.length,
          majorityCount: majoritySpans.length
        })
      }
    }
  }
  return clashes
}

function alike(a: string, b: string): boolean {
  const x = squash(a)
  const y = squash(b)
  // "the Dresbachs" beside "Dresbach": a family, not a second spelling.
  if (x + 's' === y || y + 's' === x || x + 'es' === y || y + 'es' === x) return false
  if (x === y || Math.min(x.length, y.length) < 5) return x === y && a !== b
  const distance = editDistance(x, y, 2)
  if (distance <= 1) return true
  return distance === 2 && x[0] === y[0] && Math.min(x.length, y.length) >= 7 && soundKey(x) === soundKey(y)
}
