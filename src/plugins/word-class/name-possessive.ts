import type {WordClasses} from '../../data/word-classes.js'
import type {Lexicon} from '../../data/lexicon.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {quote} from '../../message.js'
import {nextWord, previousWord, type SentenceTokens, type Token} from '../../text/tokens.js'
import type {Finding} from './checks.js'

const capitalizedPlural = /^\p{Lu}\p{Ll}+s$/u

export interface PossessiveContext {
  table: WordClasses
  lexicon: Lexicon
  determiners: ReadonlySet<string>
  gazetteer: Gazetteer
}

/** The apostrophe a story types: straight where its marks are mostly straight. */
export function apostropheOf(value: string): string {
  const straight = (value.match(/['"]/g) ?? []).length
  const curly = (value.match(/[’“”]/g) ?? []).length
  // A story with no quotation mark or apostrophe to go by gets the straight one, as the keyboard writes it.
  return straight >= curly ? "'" : '’'
}

/**
 * "Japans economy", "Abes cabinet": a person's or a place's name the story
 * writes, with an "s" and no apostrophe before a noun or an adjective, is
 * its possessive ("Nations", "Hills" and "Ivorians" name no one). A
 * name that is itself plural or ends in "s" ("the Philippines", "Jones",
 * "the two Koreas") is left: the dictionary knows it as a name, or a
 * determiner or a number counts it.
 */
export function namePossessive(entry: SentenceTokens, word: Token, context: PossessiveContext, written: (word: string) => boolean, apostrophe: () => string): Finding | undefined {
  const {table, lexicon, determiners, gazetteer} = context
  // Asked of every word: the last letter and the first's case before any pattern.
  if (word.value.length < 4 || word.value.charCodeAt(word.value.length - 1) !== 115 || word.value === word.lower || !capitalizedPlural.test(word.value)) return undefined
  const name = word.value.slice(0, -1)
  if (!written(name) || lexicon.hasCapitalForm(word.lower) || !gazetteer.lookup(name).some((ref) => ref.entity.kind === 'person' || ref.entity.kind === 'place')) return undefined
  const before = previousWord(entry.tokens, word.index)
  if (before && (determiners.has(before.lower) || /^\d/.test(before.value))) return undefined
  const next = nextWord(entry.tokens, word.index)
  if (!next || next.value !== next.lower || entry.tokens[word.index + 1]?.value !== ' ') return undefined
  if (!table.isNoun(next.lower) && table.classes.get(next.lower) !== 'j') return undefined
  return {
    start: word.start,
    end: word.end,
    reason: `${quote(word.value)} before ${quote(next.value)}: the story names ${quote(name)}, and this is its possessive without the apostrophe`,
    expected: [`${name}${apostrophe()}s`],
    level: 'warning'
  }
}
