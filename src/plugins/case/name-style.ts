import type {Gazetteer} from '../../names/gazetteer.js'
import {isCapitalized} from '../../text/normalize.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import {lineAt} from '../../text/lines.js'

// Whether a multi-word name's odd case is a slip or the document's choice.

/** Does the document write `form` exactly, somewhere other than `except` and not just at a sentence start? */
export function writtenElsewhere(value: string, form: string, except: number, abbreviations: ReadonlySet<string>, counts: (at: number) => boolean = () => true): boolean {
  for (let at = value.indexOf(form); at !== -1; at = value.indexOf(form, at + 1)) {
    if (at !== except && !isSentenceStart(value, at, abbreviations) && counts(at)) return true
  }
  return false
}

/** The same lowercase form used more than once, or a direction word ("southern Africa"): a choice, not a slip. */
export function houseStyle(value: string, actual: string, directionWords: ReadonlySet<string>): boolean {
  if (directionWords.has(actual)) return true
  return value.split(actual).length - 1 >= 2
}

/** The smallest run of the name's words that covers the wrong ones and is a known name shorter than the whole. */
export function smallestName(gazetteer: Gazetteer, words: readonly string[], wrong: readonly number[]): [number, number] {
  const first = wrong[0]!
  const last = wrong.at(-1)!
  let best: [number, number] | undefined
  for (let from = first; from >= 0; from--) {
    for (let to = last; to < words.length; to++) {
      if (best && to - from >= best[1] - best[0]) break
      if (gazetteer.isAccepted(words.slice(from, to + 1).join(' '))) best = [from, to]
    }
  }
  // The whole name is no smaller unit: then the slip's words alone, the least to change.
  if (!best || best[1] - best[0] === words.length - 1) return [first, last]
  return best
}
