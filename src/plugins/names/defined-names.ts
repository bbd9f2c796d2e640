import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {nameConnectors} from '../../data/name-words.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {escapeRegExp} from '../../text/normalize.js'
import {wholeWordsAt} from '../../text/whole-words.js'
import {nameWordsEnding} from './lowercase-inside.js'
import {misformed} from './swapped.js'
import {countriesOf} from '../../names/countries.js'

/** An acronym in brackets: what a story writes after a long name the first time. */
const acronyms = /\((\p{Lu}{2,6})\)/gu

interface Definition {
  words: string[]
  text: string
  acronym: string
}

/**
 * A long name the story defines with its acronym ("Islamic Revolution
 * Guards Corps (IRGC)") written again with one word a letter off or in
 * another ending ("… Guards Corp"): the definition is the story's careful
 * form, so the other is the slip, unless it is used as often or is a name
 * the gazetteer accepts.
 */
export function reportDefinedNames(file: VFile, value: string, gazetteer: Gazetteer): void {
  const definitions = definitionsOf(value)
  if (definitions.length === 0) return
  const flagged = flaggedSpans(file)
  for (const definition of definitions) {
    const uses = count(value, definition.text)
    definition.words.forEach((expectedWord, position) => {
      if (nameConnectors.has(expectedWord)) return
      for (const match of value.matchAll(oneWordOff(definition.words, position))) {
        const word = match[1]!
        const start = match.index
        const end = start + match[0].length
        // A word only in other capitals ("FREE National Movement", a story's first word set so) is the case rule's.
        if (word.toLowerCase() === expectedWord.toLowerCase() || word[0]!.toLowerCase() !== expectedWord[0]!.toLowerCase() || !misformed(word, expectedWord)) continue
        if (gazetteer.isAccepted(match[0]) || count(value, match[0]) > uses) continue
        // "49 Members of Parliament" after "Member of Parliament (MP)": the plural of a title's head names several holders.
        if (position === 0 && word === `${expectedWord}s`) continue
        // "the Nigerian Premier Football League" for the Nigeria Premier Football League: the country's adjective for its name says the same.
        if (sameCountry(gazetteer, word, expectedWord)) continue
        if (overlapsFlagged(flagged, start, end)) continue
        flagged.push([start, end])
        report(file, {
          ruleId: 'names',
          reason: `Unexpected ${quote(match[0])}, the story defines ${quote(`${definition.text} (${definition.acronym})`)}`,
          start,
          end,
          level: 'warning',
          expected: [definition.text],
          note: `${quote(word)} looks misformed for ${quote(expectedWord)}.`
        })
      }
    })
  }
}

/** Whether two words name the same one country, as its name and its adjective ("Nigeria", "Nigerian"). */
function sameCountry(gazetteer: Gazetteer, a: string, b: string): boolean {
  const countries = countriesOf(gazetteer.entities)
  const [x, y] = [countries.in(a), countries.in(b)]
  return x.size === 1 && y.size === 1 && [...x][0] === [...y][0]
}

/** Names of three words or more right before an acronym in brackets whose letters are their capitalized words' initials. */
function definitionsOf(value: string): Definition[] {
  const found = new Map<string, Definition>()
  for (const match of value.matchAll(acronyms)) {
    const acronym = match[1]!
    const before = value.slice(Math.max(0, match.index - 120), match.index)
    const words = nameWordsEnding(before.trimEnd())
    if (!before.endsWith(' ')) continue
    // The shortest tail of the words whose initials spell the acronym.
    for (let from = words.length - 3; from >= 0; from--) {
      const tail = words.slice(from)
      if (nameConnectors.has(tail[0]!)) continue
      const initials = tail.filter((word) => !nameConnectors.has(word)).map((word) => word[0]).join('')
      if (initials !== acronym) continue
      // "the Sunni Ittehad Council’s (SIC)": the possessive is the sentence's, not the name's.
      const last = tail.at(-1)!.replace(/['’]s$/u, '')
      const name = [...tail.slice(0, -1), last]
      const text = name.join(' ')
      found.set(text, {words: name, text, acronym})
      break
    }
  }
  return [...found.values()]
}

/** The name's words with the one at `position` any word, the word caught. */
function oneWordOff(words: readonly string[], position: number): RegExp {
  const parts = words.map((word, i) => (i === position ? '(\\p{L}+)' : escapeRegExp(word)))
  return new RegExp(`(?<![\\p{L}'’-])${parts.join(' ')}(?![\\p{L}'’-])`, 'gu')
}

/** How often `text` stands as whole words ("Corp" is not counted inside "Corps"). */
function count(value: string, text: string): number {
  return wholeWordsAt(value, text).length
}
