import type {Word} from 'nlcst'
import {nameConnectors} from '../data/entities.js'
import {isCapitalized} from '../text/normalize.js'
import type {SentenceTokens, Token} from '../text/tokens.js'

/** A word as a name sees it: "Trump’s" is "Trump", "Archynetys.com" is "Archynetys". */
export interface NameToken {
  text: string
  start: number
  end: number
  token: Token
  capitalized: boolean
  connector: boolean
}

export function nameToken(token: Token): NameToken {
  let text = token.value
  let end = token.end
  const node = token.node as Word
  // A domain or file name: only the part before the first dot is a name.
  const dot = node.children?.findIndex((child) => child.type === 'PunctuationNode' && child.value === '.')
  if (dot !== undefined && dot > 0) {
    const first = node.children[0]
    if (first?.type === 'TextNode' && first.position?.end.offset !== undefined) {
      text = first.value
      end = first.position.end.offset
    }
  }
  // "Trump’s", "the Geraghtys’", "Africa-" (a dash without spaces): the name is the word.
  const tail = /(?:['’]s|['’]|-)$/.exec(text)
  if (tail) {
    text = text.slice(0, -tail[0].length)
    end -= tail[0].length
  }
  // A contraction is not a name ("She'll" is not Shell).
  const contraction = /['’](?:ll|re|ve|d|m|t)$/i.test(text)
  return {
    text,
    start: token.start,
    end,
    token,
    // "al-Shaibani", "bin Farhan"-style particles joined to a capitalized name.
    capitalized:
      !contraction &&
      (isCapitalized(text) || /^(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|ben|de|di|da|du|van|von|le|la|d|o)[-'’]\p{Lu}/u.test(text)),
    connector: nameConnectors.has(text)
  }
}

/**
 * Runs of capitalized words ("Kevin Hae Sheet", "Bank of Korea") in a
 * sentence, separated by single spaces; connectors may sit inside a run.
 */
export function capitalizedRuns(sentence: SentenceTokens): NameToken[][] {
  const runs: NameToken[][] = []
  let run: NameToken[] = []
  let previous: Token | undefined
  const close = () => {
    while (run.length > 0 && run.at(-1)!.connector) run.pop()
    if (run.length > 0) runs.push(run)
    run = []
  }
  for (const index of sentence.words) {
    const token = sentence.tokens[index]!
    if (previous && !spaceBetween(sentence.tokens, previous, token)) close()
    const name = nameToken(token)
    if (name.capitalized || (name.connector && run.length > 0)) {
      run.push(name)
      // A possessive or a domain ends the name.
      if (name.end !== token.end) close()
    } else close()
    previous = token
  }
  close()
  return runs
}

function spaceBetween(tokens: readonly Token[], a: Token, b: Token): boolean {
  if (b.index === a.index + 2) {
    const between = tokens[a.index + 1]!
    return between.kind === 'space' && between.value === ' '
  }
  return false
}

/** Every sub-span of a run, longest first, that neither starts nor ends with a connector. */
export function subSpans(run: readonly NameToken[], maxLength: number): NameToken[][] {
  const spans: NameToken[][] = []
  for (let length = Math.min(run.length, maxLength); length >= 1; length--) {
    for (let start = 0; start + length <= run.length; start++) {
      const span = run.slice(start, start + length)
      if (span[0]!.connector || span.at(-1)!.connector) continue
      spans.push(span)
    }
  }
  return spans
}

export function spanText(span: readonly NameToken[], value: string): string {
  return value.slice(span[0]!.start, span.at(-1)!.end)
}

/**
 * Is there another name word right beside this one in the text, an initial
 * or a capitalized word that `isNameWord` accepts ("George P. Callan",
 * "Leon Bearden", "Hiroshi Tanabe")?
 */
export function besideOtherNames(value: string, name: NameToken, isNameWord: (word: string) => boolean): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)(\.?) $/u.exec(value.slice(Math.max(0, name.start - 40), name.start))
  if (before && ((before[1]!.length === 1 && before[2]) || isNameWord(before[1]!))) return true
  const after = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(value.slice(name.end, name.end + 40))
  return after !== null && isNameWord(after[1]!)
}
