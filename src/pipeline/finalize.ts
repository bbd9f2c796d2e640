import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {baseRule, offsetsOf, source} from '../message.js'
import {rulesByPriority} from '../rules.js'

/** Which rule speaks when two flag the same words: the more specific one, by each rule's `priority`. */
export const priority = rulesByPriority

const offsets = (message: VFileMessage): [number, number] => offsetsOf(message) ?? [0, 0]

const spellingRank = priority.indexOf('spelling')

function rank(message: VFileMessage): number {
  const index = priority.indexOf(baseRule(message.ruleId ?? ''))
  return index === -1 ? priority.length : index
}

interface Span {
  message: VFileMessage
  start: number
  end: number
  rank: number
  spelling: boolean
  /** An info finding: it covers notes only, never a warning a less specific rule raised. */
  note: boolean
}

/**
 * The messages inside a more specific rule's finding: inside one of a
 * higher rank (the same span included), or strictly inside one of the same
 * or a higher rank. A note (info) covers only notes, and a note inside any
 * rule's warning goes: an uncertain guess of a specific rule must not hide
 * a sure finding of a general one ("Macrithe": a names note guessing
 * another person, a spacing warning "Macri the"). Spelling's guesses yield
 * to every other rule's finding over them, note or warning, and cover
 * nothing. Dominance so is transitive, so this is the set of messages that
 * any other message dominates, whatever the order they are looked at in.
 * Sorted by start, longest first, one sweep finds them; there are few
 * ranks, so each message asks each rank whether a span already seen covers it.
 */
export function covered(messages: readonly VFileMessage[]): Set<VFileMessage> {
  const spans: Span[] = messages.map((message) => {
    const [start, end] = offsets(message)
    return {message, start, end, rank: rank(message), spelling: baseRule(message.ruleId ?? '') === 'spelling', note: message.fatal == null}
  })
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const ranks = priority.length + 1
  // Slots per rank: warnings (and errors) at 2 × rank, notes at 2 × rank + 1.
  const slot = (span: Span) => 2 * span.rank + (span.note ? 1 : 0)
  // Per slot: the furthest end of spans that start earlier.
  const reach = new Array<number>(2 * ranks).fill(-Infinity)
  const dropped = new Set<VFileMessage>()
  for (let i = 0; i < spans.length; ) {
    let groupEnd = i
    while (groupEnd < spans.length && spans[groupEnd]!.start === spans[i]!.start) groupEnd++
    // Per slot: a span of this start that ends later than the current one.
    const longer = new Array<boolean>(2 * ranks).fill(false)
    for (let j = i; j < groupEnd; ) {
      let sameEnd = j
      const same = new Array<boolean>(2 * ranks).fill(false)
      while (sameEnd < groupEnd && spans[sameEnd]!.end === spans[j]!.end) same[slot(spans[sameEnd++]!)] = true
      for (let k = j; k < sameEnd; k++) {
        const span = spans[k]!
        for (let s = 0; s < 2 * ranks; s++) {
          const r = s >> 1
          // Spelling covers nothing.
          if (r === spellingRank) continue
          const strictly = reach[s]! >= span.end || longer[s]!
          const inside = strictly || same[s]!
          const warning = s % 2 === 0
          const dominates = span.spelling
            ? inside
            : (span.note && warning && inside) || ((warning || span.note) && ((strictly && r <= span.rank) || (r < span.rank && same[s]!)))
          if (dominates) {
            dropped.add(span.message)
            break
          }
        }
      }
      for (let k = j; k < sameEnd; k++) longer[slot(spans[k]!)] = true
      j = sameEnd
    }
    for (let k = i; k < groupEnd; k++) reach[slot(spans[k]!)] = Math.max(reach[slot(spans[k]!)]!, spans[k]!.end)
    i = groupEnd
  }
  return dropped
}

/**
 * The step after the rules: one message per slip (a finding inside a more
 * specific rule's finding goes), in document order. Levels come after
 * (./levels.ts): an entry turned off still covers what it would have.
 */
export default function finalize() {
  return function (_tree: Root, file: VFile) {
    const dropped = covered(file.messages.filter((message) => message.source === source))
    file.messages = file.messages.filter((message) => !dropped.has(message))
    file.messages.sort((a, b) => offsets(a)[0] - offsets(b)[0] || offsets(a)[1] - offsets(b)[1])
  }
}
