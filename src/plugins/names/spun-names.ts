import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {nameConnectors} from '../../data/name-words.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {squash} from '../../text/normalize.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'

/** One line of dictionaries/spinner-synonyms.txt: the spinner's words, the words it replaced, and whether the spin is a signature. */
interface Spin {
  words: string[]
  originals: string[]
  signature: boolean
}

/** The spins by their first word, longest first. */
export type SpinnerTable = ReadonlyMap<string, readonly Spin[]>

/** Reads the table's lines ("+ financial institution = bank"); a spun form on several lines has each original. */
export function spinnerTable(lines: readonly string[]): SpinnerTable {
  const bySpun = new Map<string, Spin>()
  for (const line of lines) {
    const signature = line.startsWith('+ ')
    const [spun, original] = line.replace(/^\+ /, '').split(' = ')
    if (!spun || !original) throw new TypeError(`copydesk names: expected "spun = original" in the spinner table, not ${quote(line)}`)
    const spin = bySpun.get(spun) ?? {words: spun.split(' '), originals: [], signature}
    spin.originals.push(original)
    bySpun.set(spun, spin)
  }
  const table = new Map<string, Spin[]>()
  for (const spin of bySpun.values()) table.set(spin.words[0]!, [...(table.get(spin.words[0]!) ?? []), spin].sort((a, b) => b.words.length - a.words.length))
  return table
}

interface Word {
  text: string
  start: number
  end: number
}

/** A spin found in a run: the words it covers, from `at`, and what it replaced. */
interface Found {
  at: number
  length: number
  spin: Spin
}

const wordPattern = /\p{L}[\p{L}\p{M}'’-]*/gu
const possessive = /['’]s$/u
const mostCombinations = 8

/**
 * "Individuals’s Financial institution of China", "Nationwide Meeting": a
 * synonym spinner rewrites a wire story word by word, names too. A run of a
 * name's words holding a spinner's signature ("Financial institution",
 * "Nationwide") that, with the spun words undone, is a name the gazetteer
 * knows, and that it does not know as written, is that name. The longest
 * such stretch of the run is fixed.
 */
export function reportSpunNames(file: VFile, value: string, gazetteer: Gazetteer, table: SpinnerTable): void {
  const signatures = signaturePattern(table)
  if (signatures === undefined) return
  const flagged = flaggedSpans(file)
  // Most documents hold no signature word: the runs are read only in the lines that do.
  const seen = new Set<number>()
  const runs: Word[][] = []
  for (const match of value.matchAll(signatures)) {
    const from = Math.max(value.lastIndexOf('\n', match.index) + 1, match.index - 200)
    const nextLine = value.indexOf('\n', match.index)
    const to = Math.min(nextLine === -1 ? value.length : nextLine, match.index + 200)
    for (const run of nameRuns(value, table, from, to)) {
      if (run[0]!.start <= match.index && match.index < run.at(-1)!.end && !seen.has(run[0]!.start)) {
        seen.add(run[0]!.start)
        runs.push(run)
      }
    }
  }
  for (const run of runs) {
    const spins = spinsIn(run, table)
    if (!spins.some((found) => found.spin.signature)) continue
    for (const fix of knownStretches(run, spins, gazetteer, 0, run.length)) {
      if (overlapsFlagged(flagged, fix.start, fix.end)) continue
      flagged.push([fix.start, fix.end])
    const actual = value.slice(fix.start, fix.end)
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(actual)}, did you mean ${quote(fix.name)}?`,
      start: fix.start,
      end: fix.end,
      level: 'warning',
      expected: [fix.name],
      note: 'A synonym spinner rewrote the name word by word.'
      })
    }
  }
}

/**
 * Runs of a name's words a single space apart: capitalized words,
 * connectors ("of"), and the lowercase rest of a spin its capitalized first
 * word opens ("Financial institution").
 */
function nameRuns(value: string, table: SpinnerTable, from: number, to: number): Word[][] {
  const runs: Word[][] = []
  let run: Word[] = []
  let pending = 0
  for (const match of value.slice(from, to).matchAll(wordPattern)) {
    const word = {text: match[0], start: from + match.index, end: from + match.index + match[0].length}
    const previous = run.at(-1)
    const joined = previous !== undefined && value.slice(previous.end, word.start) === ' '
    if (!joined) {
      if (run.length > 0) runs.push(run)
      run = []
      pending = 0
    }
    const capital = /^\p{Lu}/u.test(word.text)
    if (capital) {
      const lower = bare(word.text)
      const spin = table.get(lower)?.find((candidate) => candidate.words.length > 1)
      pending = spin ? spin.words.length - 1 : 0
      run.push(word)
    } else if (pending > 0) {
      pending--
      run.push(word)
    } else if (nameConnectors.has(word.text) && run.length > 0) {
      run.push(word)
    } else {
      if (run.length > 0) runs.push(run)
      run = []
    }
  }
  if (run.length > 0) runs.push(run)
  return runs.filter((words) => words.length >= 2)
}

/** The capitalized first words of the signature spins, as one pattern; made once a table. */
function signaturePattern(table: SpinnerTable): RegExp | undefined {
  let pattern = signatures.get(table)
  if (pattern === undefined) {
    const words = [...table.values()].flat().filter((spin) => spin.signature).map((spin) => spin.words[0]!)
    pattern = words.length === 0 ? null : new RegExp(`(?<![\\p{L}])(?:${[...new Set(words)].map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})(?![\\p{L}])`, 'gu')
    signatures.set(table, pattern)
  }
  return pattern ?? undefined
}

const signatures = new WeakMap<SpinnerTable, RegExp | null>()

/** A word lowercase, its possessive "’s" left out. */
const bare = (text: string) => text.toLowerCase().replace(possessive, '')

/** The spins in a run, each opening on a capitalized word, longest first where two could start at one word. */
function spinsIn(run: readonly Word[], table: SpinnerTable): Found[] {
  const found: Found[] = []
  for (let at = 0; at < run.length; at++) {
    if (!/^\p{Lu}/u.test(run[at]!.text)) continue
    const spin = table.get(bare(run[at]!.text))?.find((candidate) => candidate.words.every((word, k) => run[at + k] !== undefined && bare(run[at + k]!.text) === word && (k === candidate.words.length - 1 || !possessive.test(run[at + k]!.text))))
    if (!spin) continue
    found.push({at, length: spin.words.length, spin})
    at += spin.words.length - 1
  }
  return found
}

interface Stretch {
  first: number
  last: number
  start: number
  end: number
  name: string
}

/** The spun names of the run's words from `from` to before `to`: the longest, then those either side of it ("the Indian Categorical and the Bangkok Put up"). */
function knownStretches(run: readonly Word[], spins: readonly Found[], gazetteer: Gazetteer, from: number, to: number): Stretch[] {
  const found = longestKnown(run, spins, gazetteer, from, to)
  if (!found) return []
  return [...knownStretches(run, spins, gazetteer, from, found.first), found, ...knownStretches(run, spins, gazetteer, found.last + 1, to)]
}

/** The longest stretch of the run's words from `from` to before `to`, with a signature spin in it and no connector at its ends, that the gazetteer knows once the spins are undone. */
function longestKnown(run: readonly Word[], spins: readonly Found[], gazetteer: Gazetteer, from: number, to: number): Stretch | undefined {
  for (let length = to - from; length >= 2; length--) {
    for (let first = from; first + length <= to; first++) {
      const last = first + length - 1
      if (nameConnectors.has(run[first]!.text) || nameConnectors.has(run[last]!.text)) continue
      const inside = spins.filter((found) => found.at >= first && found.at + found.length - 1 <= last)
      // A spin cut by the stretch's edge is no spin of it.
      if (spins.some((found) => !inside.includes(found) && found.at <= last && found.at + found.length - 1 >= first)) continue
      if (!inside.some((found) => found.spin.signature)) continue
      const written = run.slice(first, last + 1)
      if (gazetteer.lookup(written.map((word) => word.text).join(' ')).some((ref) => ref.type !== 'garble')) return undefined
      for (const name of undone(written, inside.map((found) => ({...found, at: found.at - first})))) {
        const refs = gazetteer.lookup(name).filter((ref) => ref.type === 'name' || ref.type === 'variant')
        if (refs.length > 0) return {first, last, start: written[0]!.start, end: written.at(-1)!.end, name: gazetteer.isAccepted(name) ? name : refs[0]!.form}
      }
    }
  }
  return undefined
}

/** The stretch with its spins undone, each original capitalized as the spin's first word is and the possessive kept; every combination of originals, a few at most. */
function undone(words: readonly Word[], spins: readonly Found[]): string[] {
  let texts = ['']
  for (let at = 0; at < words.length; at++) {
    const spin = spins.find((found) => found.at === at)
    const parts = spin
      ? spin.spin.originals.map((original) => {
          const end = words[at + spin.length - 1]!.text
          const kept = possessive.exec(end)?.[0] ?? ''
          return capitalizeWords(original) + kept
        })
      : [words[at]!.text]
    texts = texts.flatMap((text) => parts.map((part) => (text ? `${text} ${part}` : part))).slice(0, mostCombinations)
    if (spin) at += spin.length - 1
  }
  return texts.filter((text) => squash(text).length > 0)
}

const capitalizeWords = (text: string) => text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
