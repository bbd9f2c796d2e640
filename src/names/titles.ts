import type {Entity} from '../data/entities.js'
import {capitalize, isCapitalized} from '../text/normalize.js'
import {nextWord, previousWord, type Token} from '../text/tokens.js'
import type {Gazetteer} from './gazetteer.js'

/** The most words a name after a title is looked up with ("Luiz Inacio Lula da Silva" is five). */
const longestName = 5

export interface TitleSlip {
  start: number
  end: number
  expected: string
  name: string
}

/** What `lowercaseTitleBefore` needs to know beyond the text. */
export interface TitleContext {
  gazetteer: Gazetteer
  /** Words that make a formal title with its head ("vice", "prime", "treasury"; dictionaries/formal-title-words.txt). */
  formalTitleWords: ReadonlySet<string>
  /** A word only ever capitalized, lowercase ("chinese"): a nationality before a title, not part of it. */
  isProperWord: (lower: string) => boolean
  /** Words of a title on record that are no title words ("of", "the"; dictionaries/title-linking-words.txt). */
  linkingWords: ReadonlySet<string>
}

/**
 * A formal title in lowercase right before a known person's name, when the
 * gazetteer gives that person the title: "former president Joe Biden" →
 * "President", "vice president JD Vance" → "Vice President". Words that
 * make formal titles ("vice", "prime", "treasury") join the head; "former"
 * stays as it is; another word of the person's title before the head makes
 * it a job description ("press secretary"), left alone. `tokens[index]` is
 * a lowercase head of a formal title (dictionaries/formal-titles.txt).
 */
export function lowercaseTitleBefore(tokens: readonly Token[], index: number, value: string, context: TitleContext): TitleSlip | undefined {
  const head = tokens[index]!
  const entity = peopleAfter(tokens, index, value, context.gazetteer).find((person) => titleWords(person, context.linkingWords).has(head.lower))
  if (!entity) return undefined
  const words = titleWords(entity, context.linkingWords)
  let first = head
  for (let before = previousWord(tokens, first.index); before; before = previousWord(tokens, first.index)) {
    if (value.slice(before.end, first.start) !== ' ' || context.isProperWord(before.lower)) break
    if (context.formalTitleWords.has(before.lower)) {
      // "Vice president JD Vance": the capital is there already; the head is what needs one.
      if (isCapitalized(before.value)) break
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

/** The words of a person's title on record, lowercase, without "of", "the" and the like. */
function titleWords(person: Entity, linking: ReadonlySet<string>): Set<string> {
  return new Set((person.title ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((word) => word && !linking.has(word)))
}

/** The people whose accepted name (or surname, longest first) follows the word at `index`, one space after it. */
function peopleAfter(tokens: readonly Token[], index: number, value: string, gazetteer: Gazetteer): Entity[] {
  const names: Token[] = []
  for (let word = nextWord(tokens, index); word && isCapitalized(word.value) && names.length < longestName; word = nextWord(tokens, word.index)) {
    names.push(word)
  }
  if (names.length === 0 || value.slice(tokens[index]!.end, names[0]!.start) !== ' ') return []
  // One known word opening a longer run is someone else's name ("deputy president Mohammed Sidik Mia").
  for (let length = names.length; length >= Math.min(2, names.length); length--) {
    const text = value.slice(names[0]!.start, names[length - 1]!.end).replace(/['’]s$/, '')
    if (!gazetteer.isAccepted(text)) continue
    const people = gazetteer.lookup(text).filter((ref) => ref.entity.kind === 'person' && ref.type !== 'garble')
    if (people.length > 0) return people.map((ref) => ref.entity)
  }
  return []
}
