import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import finalize, {priority} from '../src/pipeline/finalize.js'
import {baseRule, source} from '../src/message.js'

/** The overlap resolution written as the plain quadratic comparison: what the sweep must equal. */
function reference(file: VFile): void {
  const offsets = (message: VFileMessage): [number, number] => {
    const place = message.place
    if (place && 'start' in place) return [place.start.offset ?? 0, place.end.offset ?? 0]
    return [place?.offset ?? 0, place?.offset ?? 0]
  }
  const rank = (message: VFileMessage) => {
    const index = priority.indexOf(baseRule(message.ruleId ?? ''))
    return index === -1 ? priority.length : index
  }
  const ours = file.messages.filter((message) => message.source === source)
  const dropped = new Set<VFileMessage>()
  for (const message of ours) {
    const [start, end] = offsets(message)
    for (const other of ours) {
      if (other === message || dropped.has(other)) continue
      const [otherStart, otherEnd] = offsets(other)
      const same = start === otherStart && end === otherEnd
      const inside = otherStart <= start && end <= otherEnd
      // A note (info) covers notes only; a note inside any warning goes;
      // spelling yields to any other finding over it and covers nothing.
      const note = (one: VFileMessage) => one.fatal == null
      const spelling = (one: VFileMessage) => baseRule(one.ruleId ?? '') === 'spelling'
      const ranked = rank(other) < rank(message) || (!same && rank(other) === rank(message))
      const dominates = spelling(other)
        ? false
        : spelling(message)
          ? inside
          : inside && ((note(message) && !note(other)) || ((note(message) || !note(other)) && ranked))
      if (dominates) {
        dropped.add(message)
        break
      }
    }
  }
  file.messages = file.messages.filter((message) => !dropped.has(message))
  file.messages.sort((a, b) => offsets(a)[0] - offsets(b)[0] || offsets(a)[1] - offsets(b)[1])
}

const rules = ['names', 'institutions', 'phrases', 'phrases:baited-breath', 'case', 'consistency', 'spacing', 'repeated-words', 'spelling', 'spelling:teh', 'inline-control', 'unknown']

interface Spec {
  rule: string
  start: number
  length: number
  shape: 'span' | 'point' | 'none' | 'no-offset'
  ours: boolean
  fatal: boolean | null
}

// Few offsets and short spans, so equal, nested and overlapping spans are common.
const spec = fc.record<Spec>({
  rule: fc.constantFrom(...rules),
  start: fc.nat({max: 12}),
  length: fc.nat({max: 6}),
  shape: fc.constantFrom('span', 'span', 'span', 'span', 'point', 'none', 'no-offset'),
  ours: fc.constantFrom(true, true, true, true, false),
  fatal: fc.constantFrom(true, false, null)
})

function fileOf(specs: readonly Spec[]): VFile {
  const file = new VFile({path: 'finalize.txt', value: 'x'.repeat(40)})
  specs.forEach((s, id) => {
    const point = (offset: number) => ({line: 1, column: offset + 1, offset})
    const place =
      s.shape === 'span' ? {start: point(s.start), end: point(s.start + s.length)}
      : s.shape === 'point' ? point(s.start)
      : s.shape === 'no-offset' ? {start: {line: 1, column: 1}, end: {line: 1, column: 2}}
      : undefined
    const message = file.message(`message ${id}`, {place, ruleId: s.rule, source: s.ours ? source : 'other'})
    message.fatal = s.fatal
  })
  return file
}

const outcome = (file: VFile) => file.messages.map((message) => `${message.reason} ${message.fatal}`)

describe('finalize', () => {
  it('keeps and drops the same messages, in the same order, as the plain quadratic comparison', () => {
    fc.assert(
      fc.property(
        fc.array(spec, {maxLength: 40}),
        (specs) => {
          const expected = fileOf(specs)
          reference(expected)
          const actual = fileOf(specs)
          finalize()(undefined as never, actual)
          expect(outcome(actual)).toEqual(outcome(expected))
        }
      ),
      {numRuns: 3000, seed: 20261203}
    )
  })

  it('drops a finding inside a more specific one, and a spelling inside any longer one', () => {
    const file = fileOf([
      {rule: 'spelling', start: 2, length: 3, shape: 'span', ours: true, fatal: false},
      {rule: 'phrases:x', start: 2, length: 3, shape: 'span', ours: true, fatal: false},
      {rule: 'unknown', start: 6, length: 4, shape: 'span', ours: true, fatal: false},
      {rule: 'spelling', start: 7, length: 2, shape: 'span', ours: true, fatal: false},
      {rule: 'spacing', start: 11, length: 2, shape: 'span', ours: true, fatal: false},
      {rule: 'spacing', start: 11, length: 2, shape: 'span', ours: true, fatal: false}
    ])
    finalize()(undefined as never, file)
    expect(file.messages.map((message) => message.reason)).toEqual(['message 1', 'message 2', 'message 4', 'message 5'])
  })

  it('keeps a warning inside a more specific rule’s note, and drops the note', () => {
    const file = fileOf([
      {rule: 'names', start: 2, length: 8, shape: 'span', ours: true, fatal: null},
      {rule: 'spacing', start: 2, length: 8, shape: 'span', ours: true, fatal: false},
      {rule: 'names', start: 12, length: 6, shape: 'span', ours: true, fatal: null},
      {rule: 'case', start: 13, length: 2, shape: 'span', ours: true, fatal: null}
    ])
    finalize()(undefined as never, file)
    expect(file.messages.map((message) => message.reason)).toEqual(['message 1', 'message 2'])
  })
})
