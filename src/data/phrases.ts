import {formsOf, type Suffix} from '../text/inflect.js'
import {packedLookup, packKeys, type Lookup, type PackedKeys} from './key-table.js'
import {straightApostrophes} from '../text/normalize.js'
import type {Level} from '../message.js'
import {Reader, readYaml} from './yaml-file.js'

export const phraseCategories = [
  'eggcorn',
  'malapropism',
  'calque',
  'redundancy',
  'confused',
  'idiom',
  'wordiness',
  'spun'
] as const
export type PhraseCategory = (typeof phraseCategories)[number]
const levels = ['warning', 'info'] as const

export interface PhraseRule {
  id: string
  /** Alternatives: words in base form, with the context a placeholder asks for around them. */
  match: PhrasePattern[]
  fix: string[]
  why: string
  note: string | undefined
  category: PhraseCategory
  level: Level
  /** The level in a sentence that tells of the past (a past tense, no future word): a calque only for what already happened ("ruled this Monday"). */
  levelInPast: Level | undefined
  caseSensitive: boolean
  /** Words matched only as written, never inflected ("cant" is not "canted"): all of them, or those listed ("role" in "play key role", whose plural takes no article). */
  asWritten: boolean | readonly string[]
  /** Whether the phrase is flagged in a headline or a title in capitals too; idioms whose article a headline drops by design are not. */
  inHeadlines: boolean
  /** Countries whose English writes the phrase as standard ("vote of trust" in India and Nepal): left alone in a story about one of them. */
  standardIn: string[]
  /** Words that, right after the phrase, make it right ("can not only … but also"): lowercase. */
  notBefore: string[]
  /** Words that, right before the phrase, make it right ("the final week" of a campaign, where "met final week" is a spinner's "last week"): lowercase. */
  notAfter: string[]
  examples: {invalid: string[]; valid: string[]}
  file: string
}

/**
 * Placeholders stand for a word that must sit just before or after the phrase
 * without being part of it: `{name}` any capitalized word, `{name's}` a
 * capitalized possessive ("Korea's president's authority" is
 * `{name's} president's authority`, and only "president's authority" is
 * flagged), `{word}` a word in lowercase ("the said company", not the legal
 * "the said John Smith").
 */
export const placeholders = ['{name}', "{name's}", '{word}'] as const
export type Placeholder = (typeof placeholders)[number]

export interface PhrasePattern {
  words: string[]
  before: Placeholder | undefined
  after: Placeholder | undefined
}

const fileKeys = ['source', 'category', 'level', 'inHeadlines', 'standardIn', 'entries']
const entryKeys = ['id', 'match', 'fix', 'why', 'note', 'category', 'level', 'levelInPast', 'caseSensitive', 'asWritten', 'inHeadlines', 'standardIn', 'notBefore', 'notAfter', 'examples']

function words(phrase: string): string[] {
  return straightApostrophes(phrase).trim().split(/\s+/)
}

/** Loads and validates phrase files; ids must be unique across all of them. */
export function loadPhraseRules(paths: readonly string[]): PhraseRule[] {
  const rules: PhraseRule[] = []
  const ids = new Map<string, string>()
  const phrases = new Map<string, string>()
  for (const path of paths) {
    const yaml = readYaml(path)
    const top = Reader.of(path, 1, 'file', yaml.value)
    top.keys(fileKeys)
    top.string('source')
    const fileCategory = top.oneOf('category', phraseCategories, 'eggcorn')
    const fileLevel = top.oneOf('level', levels, 'warning')
    const fileHeadlines = top.boolean('inHeadlines', true)
    const fileStandardIn = top.strings('standardIn')
    top.list('entries').forEach((raw, index) => {
      const line = yaml.itemLine('entries', index)
      const entry = Reader.of(path, line, `entry ${index + 1}`, raw)
      const id = entry.string('id')
      const where = new Reader(path, line, `entry \`${id}\``, entry.value)
      where.keys(entryKeys)
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) where.fail('`id` must be kebab-case')
      const previous = ids.get(id)
      if (previous) where.fail(`duplicate id, also in ${previous}`)
      ids.set(id, path)
      const caseSensitive = where.boolean('caseSensitive', false)
      const match = where.strings('match', false).map((phrase): PhrasePattern => {
        const all = words(caseSensitive ? phrase : phrase.toLowerCase())
        const isPlaceholder = (word: string | undefined): word is Placeholder =>
          (placeholders as readonly string[]).includes(word ?? '')
        const before = isPlaceholder(all[0]) ? all.shift() as Placeholder : undefined
        const after = isPlaceholder(all.at(-1)) ? all.pop() as Placeholder : undefined
        const literal = all.join(' ')
        if (all.length === 0 || /[^\p{L}\p{N}\s'’-]/u.test(literal)) {
          where.fail(`\`match\` has punctuation: \`${phrase}\` (write words, and placeholders ${placeholders.join(' ')} only at either end)`)
        }
        const key = caseSensitive ? phrase : phrase.toLowerCase()
        const other = phrases.get(key)
        if (other) where.fail(`phrase \`${phrase}\` is already matched by \`${other}\``)
        phrases.set(key, id)
        return {words: all, before, after}
      })
      const fix = where.strings('fix', false)
      const examples = {invalid: [] as string[], valid: [] as string[]}
      if (entry.value.examples !== undefined) {
        const ex = Reader.of(path, line, `entry \`${id}\` examples`, entry.value.examples)
        ex.keys(['invalid', 'valid'])
        examples.invalid = ex.strings('invalid')
        examples.valid = ex.strings('valid')
      }
      rules.push({
        id,
        match,
        fix,
        why: where.string('why'),
        note: where.string('note', true),
        category: where.oneOf('category', phraseCategories, fileCategory),
        level: where.oneOf('level', levels, fileLevel),
        levelInPast: entry.value.levelInPast === undefined ? undefined : where.oneOf('levelInPast', levels, 'warning'),
        caseSensitive,
        asWritten: asWrittenOf(where, match),
        inHeadlines: where.boolean('inHeadlines', fileHeadlines),
        standardIn: entry.value.standardIn === undefined ? fileStandardIn : where.strings('standardIn', false),
        notBefore: entry.value.notBefore === undefined ? [] : where.strings('notBefore', false).map((word) => word.toLowerCase()),
        notAfter: entry.value.notAfter === undefined ? [] : where.strings('notAfter', false).map((word) => word.toLowerCase()),
        examples,
        file: path
      })
    })
  }
  return rules
}

/** `asWritten`: true, false, or the words of `match` to take only as written (a list, not a set: the build stores rules as JSON). */
function asWrittenOf(where: Reader, match: readonly PhrasePattern[]): boolean | string[] {
  if (!Array.isArray(where.value.asWritten)) return where.boolean('asWritten', false)
  const listed = where.strings('asWritten', false).map((word) => word.toLowerCase())
  const unknown = listed.find((word) => !match.some((pattern) => pattern.words.includes(word)))
  if (unknown !== undefined) where.fail(`\`asWritten\` lists \`${unknown}\`, which no \`match\` has`)
  return listed
}

/** Whether the phrase's `word` is matched only as written. */
export function writtenOnly(rule: PhraseRule, word: string): boolean {
  return rule.asWritten === true || (rule.asWritten !== false && rule.asWritten.includes(word))
}

/** The inflected forms of every word of these phrases, once each: the build works them out for the shipped phrases. */
export function phraseForms(rules: readonly PhraseRule[]): Array<[word: string, forms: Array<[string, Suffix]>]> {
  const words = new Set(rules.flatMap((rule) => rule.match.flatMap((pattern) => pattern.words)))
  return [...words].map((word) => [word, formsOf(word)])
}

export interface PhraseCandidate {
  rule: PhraseRule
  pattern: PhrasePattern
  /** Its place among every candidate, in the order of the rules: of two as long, the first wins. */
  order: number
}

/**
 * The candidates of one first word, split by the base of their second
 * word: "in" opens some eighty phrases, and the word after it rules out all
 * but a few with one probe. Phrases of one word and case-sensitive ones
 * (compared as written, not by their lowercase bases) are always tried.
 */
export interface FirstWordCandidates {
  always: PhraseCandidate[]
  bySecond: Map<string, PhraseCandidate[]>
}

export interface WordMatch {
  suffix: Suffix
}

/**
 * The index as the build writes it (src/data/key-table.ts): first-word
 * forms and word forms as key tables, each key's entry by its number. A
 * candidate is written as its place in the order of the rules' patterns.
 */
export interface PackedPhraseIndex {
  first: PackedKeys
  groups: Array<[always: number[], bySecond: Array<[second: string, candidates: number[]]>]>
  forms: PackedKeys
  bases: Array<Array<[base: string, suffix: Suffix]>>
}

/**
 * Phrases indexed by every inflected form of their first word, so a lookup
 * costs one map probe per token however many phrases there are. The build
 * packs the shipped phrases' index (`pack`), which a run reads as it
 * looks words up (`fromPacked`): making it was a fifth of setting up the
 * rules for a one-line file.
 */
export class PhraseIndex {
  private constructor(
    readonly rules: readonly PhraseRule[],
    readonly byFirst: Lookup<FirstWordCandidates>,
    /** form → base word → suffix, for every word of every phrase. */
    private readonly forms: Lookup<ReadonlyMap<string, Suffix>>
  ) {}

  /** `inflected`: the forms of phrase words worked out before (the build's, see `phraseForms`); others are worked out here. */
  static build(rules: readonly PhraseRule[], inflected: ReadonlyMap<string, ReadonlyArray<readonly [string, Suffix]>> = new Map()): PhraseIndex {
    const byFirst = new Map<string, FirstWordCandidates>()
    const forms = new Map<string, Map<string, Suffix>>()
    const formsOfWord = (word: string) => inflected.get(word) ?? formsOf(word)
    const addForms = (word: string) => {
      for (const [form, suffix] of formsOfWord(word)) {
        const bases = forms.get(form) ?? new Map<string, Suffix>()
        if (!bases.has(word)) bases.set(word, suffix)
        forms.set(form, bases)
      }
    }
    for (const candidate of candidatesOf(rules)) {
      const {rule, pattern} = candidate
      for (const word of pattern.words) addForms(word)
      const first = pattern.words[0]!
      const second = pattern.words.length > 1 && !rule.caseSensitive ? pattern.words[1] : undefined
      for (const [form] of writtenOnly(rule, first) ? [[first]] : formsOfWord(first)) {
        let group = byFirst.get(form)
        if (!group) byFirst.set(form, (group = {always: [], bySecond: new Map()}))
        if (second === undefined) group.always.push(candidate)
        else {
          const list = group.bySecond.get(second)
          if (list) list.push(candidate)
          else group.bySecond.set(second, [candidate])
        }
      }
    }
    return new PhraseIndex(rules, byFirst, forms)
  }

  /** The index the build packed for `rules`, each entry read when a word first asks for it. */
  static fromPacked(rules: readonly PhraseRule[], packed: PackedPhraseIndex): PhraseIndex {
    const candidates = candidatesOf(rules)
    const groups = packedLookup(() => packed.first, () => packed.groups, ([always, bySecond]): FirstWordCandidates => ({
      always: always.map((order) => candidates[order]!),
      bySecond: new Map(bySecond.map(([second, list]) => [second, list.map((order) => candidates[order]!)]))
    }))
    return new PhraseIndex(rules, groups, packedLookup(() => packed.forms, () => packed.bases, (bases) => new Map(bases)))
  }

  /** The index as the build writes it; only an index `build` made can be packed. */
  pack(): PackedPhraseIndex {
    if (!(this.byFirst instanceof Map) || !(this.forms instanceof Map)) throw new TypeError('PhraseIndex: only a built index is packed')
    const byFirst = [...(this.byFirst as Map<string, FirstWordCandidates>)]
    const forms = [...(this.forms as Map<string, Map<string, Suffix>>)]
    return {
      first: packKeys(byFirst.map(([form]) => form)),
      groups: byFirst.map(([, group]) => [group.always.map(({order}) => order), [...group.bySecond].map(([second, list]) => [second, list.map(({order}) => order)])]),
      forms: packKeys(forms.map(([form]) => form)),
      bases: forms.map(([, bases]) => [...bases])
    }
  }

  /** How `token` realises `base` (its suffix), or undefined when it does not. */
  realises(token: string, base: string): Suffix | undefined {
    return this.forms.get(token)?.get(base)
  }

  /** Every base word `token` is a form of, with its suffix: one probe for all the candidates at a word. */
  basesOf(token: string): ReadonlyMap<string, Suffix> | undefined {
    return this.forms.get(token)
  }
}

/** Every pattern of every rule as a candidate, numbered in the rules' order. */
function candidatesOf(rules: readonly PhraseRule[]): PhraseCandidate[] {
  const candidates: PhraseCandidate[] = []
  for (const rule of rules) for (const pattern of rule.match) candidates.push({rule, pattern, order: candidates.length})
  return candidates
}
