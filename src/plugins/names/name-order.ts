import type {VFile} from 'vfile'
import {nameParticles} from '../../data/name-words.js'
import type {Lexicon} from '../../data/lexicon.js'
import {quote, report} from '../../message.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {flaggedSpans} from './findings.js'

/** Two capitalized words one space apart, the second read ahead so that every word starts a pair ("Candidate Mihai Alecu"). */
const pair = /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?)(?= (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}'’-]))/gu

const particles: ReadonlySet<string> = new Set(nameParticles.map((particle) => particle.toLowerCase()))

/**
 * "Kishida Fumio … Fumio Kishida said": one person's two names in both
 * orders in one story. Japanese, Hungarian and Indonesian names reach
 * English in either order, and a paper keeps one; the other is a slip
 * (issue #16: a mixed layout is a consistency finding). The fix is the
 * order the gazetteer has the person in, else the story's commoner one,
 * else its first.
 */
export function reportNameOrder(file: VFile, value: string, lexicon: Lexicon, gazetteer: Gazetteer): void {
  // Where each pair is written, in the story's order.
  const written = new Map<string, number[]>()
  for (const match of value.matchAll(pair)) {
    const [, a, b] = match as unknown as [string, string, string]
    const whole = `${a} ${b}`
    // Common words ("New Leader") and particles ("Al Sabah" beside "Sabah Al Ahmad") are no two names.
    if ([a, b].some((word) => lexicon.hasLowercase(word.toLowerCase()) || particles.has(word.toLowerCase()))) continue
    // A run of three name words or more ("Cavaye Yeguie Djibril") is one longer name, in its own order.
    if (nameWordBefore(value, match.index, lexicon) || nameWordAfter(value, match.index + whole.length, lexicon)) continue
    const starts = written.get(whole)
    if (starts) starts.push(match.index)
    else written.set(whole, [match.index])
  }
  let flagged: Array<[number, number]> | undefined
  for (const [form, starts] of written) {
    const [a, b] = form.split(' ') as [string, string]
    const other = written.get(`${b} ${a}`)
    if (!other) continue
    const otherForm = `${b} ${a}`
    if (!wrongOrder(form, starts, otherForm, other, gazetteer)) continue
    for (const start of starts) {
      const end = start + form.length
      flagged ??= flaggedSpans(file)
      if (flagged.some(([from, to]) => from < end && start < to)) continue
      report(file, {
        ruleId: 'names',
        reason: `Unexpected ${quote(form)}: the story writes the name ${quote(otherForm)}, in the other order`,
        start,
        end,
        level: 'warning',
        expected: [otherForm]
      })
      flagged.push([start, end])
    }
  }
}

/** Whether `form` is the order to fix: not the name the gazetteer has the person under, and the story's rarer or later one. */
function wrongOrder(form: string, starts: readonly number[], otherForm: string, other: readonly number[], gazetteer: Gazetteer): boolean {
  // The person's own name on record, not a variant the gazetteer also accepts ("Kishida Fumio").
  const known = (name: string) => gazetteer.lookup(name).some((ref) => ref.entity.kind === 'person' && ref.entity.name === name)
  if (known(form) !== known(otherForm)) return known(otherForm)
  if (starts.length !== other.length) return starts.length < other.length
  return starts[0]! > other[0]!
}

/** A capitalized word no dictionary has, one space before `start` or after `end`. */
function nameWordBefore(value: string, start: number, lexicon: Lexicon): boolean {
  return nameWord(/(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(value.slice(Math.max(0, start - 40), start))?.[1], lexicon)
}

function nameWordAfter(value: string, end: number, lexicon: Lexicon): boolean {
  return nameWord(/^ (\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(value.slice(end, end + 40))?.[1], lexicon)
}

function nameWord(word: string | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && !lexicon.hasLowercase(word.toLowerCase())
}
