import type {Entity} from '../data/entities.js'
import {capitalize, isCapitalized} from '../text/normalize.js'
import {nextWord, previousWord, type Token} from '../text/tokens.js'
import type {Gazetteer} from './gazetteer.js'

/**
 * The head nouns of formal titles, which AP style capitalizes right before a
 * name ("President Joe Biden", "Prime Minister Keir Starmer", "Treasury
 * Secretary Scott Bessent") and lowercases elsewhere ("the president said").
 * Job descriptions ("coach", "spokesman") are not formal titles.
 */
export const titleHeads: ReadonlySet<string> = new Set([
  'ambassador',
  'chancellor',
  'governor',
  'king',
  'mayor',
  'minister',
  'pope',
  'premier',
  'president',
  'queen',
  'secretary',
  'senator'
])

/**
 * Words that make a formal title with a head ("vice president", "prime
 * minister", "treasury secretary"). A title with another word of the
 * person's title before the head is a job description AP lowercases ("press
 * secretary Karoline Leavitt"), so it is left alone.
 */
const formalModifiers: ReadonlySet<string> = new Set([
  'agriculture', 'attorney', 'commerce', 'defence', 'defense', 'deputy', 'education', 'energy', 'finance', 'foreign',
  'general', 'health', 'home', 'interior', 'justice', 'labor', 'labour', 'prime', 'state', 'trade', 'transportation',
  'treasury', 'vice'
])

/** Words of an entity's title that are not part of the title before a name. */
const linking = new Set(['of', 'the', 'and', 'for', 'to', 'us', 'un'])

/** The most words a name after a title is looked up with ("Luiz Inacio Lula da Silva" is five). */
const longestName = 5

export interface TitleSlip {
  start: number
  end: number
  expected: string
  name: string
}

/**
 * A formal title in lowercase right before a known person's name, when the
 * gazetteer gives that person the title: "former president Joe Biden" →
 * "President", "vice president JD Vance" → "Vice President". Words that
 * make formal titles ("vice", "prime", "treasury") join the head; "former"
 * stays as it is; another word of the person's title before the head makes
 * it a job description ("press secretary"), left alone. `tokens[index]` is
 * a lowercase title head.
 */
export function lowercaseTitleBefore(
  tokens: readonly Token[],
  index: number,
  value: string,
  gazetteer: Gazetteer,
  /** A word only ever capitalized, lowercase ("chinese"): a nationality before a title, not part of it. */
  isProperWord: (lower: string) => boolean
): TitleSlip | undefined {
  const head = tokens[index]!
  let words: Set<string> | undefined
  const entity = peopleAfter(tokens, index, value, gazetteer).find((person) => {
    words = new Set((person.title ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((word) => word && !linking.has(word)))
    return words.has(head.lower)
  })
  if (!entity || !words) return undefined
  let first = head
  for (let before = previousWord(tokens, first.index); before; before = previousWord(tokens, first.index)) {
    if (value.slice(before.end, first.start) !== ' ' || isProperWord(before.lower)) break
    if (formalModifiers.has(before.lower)) {
      if (!isLowercaseWord(before)) break
      first = before
      continue
    }
    // "press secretary": a job description, whatever the record calls it.
    if (words.has(before.lower)) return undefined
    break
  }
  const actual = value.slice(first.start, head.end)
  return {start: first.start, end: head.end, expected: actual.split(' ').map(capitalize).join(' '), name: entity.name}
}

/** The people whose accepted name (or surname, longest first) follows the word at `index`, one space after it. */
function peopleAfter(tokens: readonly Token[], index: number, value: string, gazetteer: Gazetteer): Entity[] {
  const names: Token[] = []
  for (let word = nextWord(tokens, index); word && isCapitalized(word.value) && names.length < longestName; word = nextWord(tokens, word.index)) {
    names.push(word)
  }
  if (names.length === 0 || value.slice(tokens[index]!.end, names[0]!.start) !== ' ') return []
  for (let length = names.length; length >= 1; length--) {
    const text = value.slice(names[0]!.start, names[length - 1]!.end).replace(/['’]s$/, '')
    if (!gazetteer.isAccepted(text)) continue
    const people = gazetteer.lookup(text).filter((ref) => ref.entity.kind === 'person' && ref.type !== 'garble')
    if (people.length > 0) return people.map((ref) => ref.entity)
  }
  return []
}

function isLowercaseWord(token: Token): boolean {
  return token.kind === 'word' && token.value === token.lower && /^\p{Ll}+$/u.test(token.value)
}
