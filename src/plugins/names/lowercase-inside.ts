import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {nameConnectors} from '../../data/name-words.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {misformed} from './swapped.js'
import {squash} from '../../text/normalize.js'

/** A lowercase word between two capitalized ones, single spaces around it: a word of a name written small, perhaps. */
const smallWords = /(?<= )\p{Ll}+(?= \p{Lu})/gu

/** The word before ends in a capitalized stretch of letters ("Nationalistic movement"): asked after the match, a lookbehind over it tries every word. */
const capitalizedBefore = /\p{Lu}[\p{L}'’-]*$/u

interface Word {
  text: string
  start: number
  end: number
}

/**
 * A long body's name with one word written small and another misformed
 * ("Nationalistic movement Party" for the Nationalist Movement Party):
 * machine translation lowercases a word it read as common and picks
 * another form of the next. The rest of the name must match the known
 * body's words exactly, and the misformed word be a typo or another ending
 * of the body's own. A name with only its case off is the case rule's.
 */
export function reportLowercaseInside(file: VFile, value: string, gazetteer: Gazetteer): void {
  const flagged = flaggedSpans(file)
  for (const match of value.matchAll(smallWords)) {
    if (nameConnectors.has(match[0]) || !capitalizedBefore.test(value.slice(Math.max(0, match.index - 65), match.index - 1))) continue
    const small: Word = {text: match[0], start: match.index, end: match.index + match[0].length}
    const found = bestSpan(wordsAround(value, small), small, gazetteer)
    if (!found || overlapsFlagged(flagged, found.start, found.end)) continue
    flagged.push([found.start, found.end])
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(value.slice(found.start, found.end))}, did you mean ${quote(found.name)}?`,
      start: found.start,
      end: found.end,
      level: 'warning',
      expected: [found.name],
      note: `The known body is the ${found.name}; ${quote(found.word)} looks misformed for ${quote(found.expectedWord)}, and ${quote(small.text)} is written small.`
    })
  }
}

/** The words of the name around `small`: capitalized words and connectors on either side, up to six each way. */
function wordsAround(value: string, small: Word): Word[] {
  const before: Word[] = []
  let at = small.start
  while (before.length < 6) {
    const word = /(\S+) $/u.exec(value.slice(Math.max(0, at - 40), at))
    if (!word || !nameWord(word[1]!)) break
    const start = at - word[0].length
    before.unshift({text: word[1]!, start, end: at - 1})
    at = start
  }
  const after: Word[] = []
  at = small.end
  while (after.length < 6) {
    const word = /^ (\S+)/u.exec(value.slice(at, at + 40))
    if (!word) break
    // A comma or full stop after the word ends the name with it.
    const text = word[1]!.replace(/[,.;:]$/u, '')
    if (!nameWord(text)) break
    after.push({text, start: at + 1, end: at + 1 + text.length})
    if (text !== word[1]) break
    at += word[0].length
  }
  return [...before, small, ...after]
}

/** A capitalized word or a connector ("of", "and"): a word a name may have. */
export function nameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) || nameConnectors.has(word)
}

/** The name words, connectors among them, that end `text` ("… the Democratic Revolution"), split at single spaces. */
export function nameWordsEnding(text: string): string[] {
  const words: string[] = []
  for (const word of text.split(' ').reverse()) {
    if (!nameWord(word)) break
    words.unshift(word)
  }
  return words
}

/** The longest stretch through `small`, of three words or more, one misformed word from exactly one long body's name. */
function bestSpan(words: readonly Word[], small: Word, gazetteer: Gazetteer) {
  const at = words.indexOf(small)
  for (let length = Math.min(words.length, 8); length >= 3; length--) {
    for (let first = Math.max(0, at - length + 1); first <= at && first + length <= words.length; first++) {
      const span = words.slice(first, first + length)
      if (nameConnectors.has(span[0]!.text) || nameConnectors.has(span.at(-1)!.text)) continue
      const texts = span.map((word) => word.text)
      if (gazetteer.lookupCaseless(texts.join(' ')).length > 0) continue
      const hits = gazetteer.swapped(texts).filter((hit) => hit.position !== at - first && misformed(texts[hit.position]!, hit.expectedWord))
      if (hits.length !== 1) continue
      const hit = hits[0]!
      // "Faatuatua I le Atua Samoa ua Tasi": the body's letters all there, only a glottal stop's mark and the case off.
      if (squash(texts.join(' ')) === squash(hit.entity.name)) return undefined
      return {start: span[0]!.start, end: span.at(-1)!.end, name: hit.entity.name, word: texts[hit.position]!, expectedWord: hit.expectedWord}
    }
  }
  return undefined
}
