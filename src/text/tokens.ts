import type {Root, Sentence, Word, Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {straightApostrophes} from './normalize.js'

export interface Token {
  kind: 'word' | 'punctuation' | 'space' | 'symbol'
  value: string
  /** Lowercase, straight apostrophes: what rules compare. */
  lower: string
  start: number
  end: number
  node: Word | Sentence['children'][number]
  sentence: Sentence
  /** Index of this token in its sentence's token list. */
  index: number
}

export interface SentenceTokens {
  sentence: Sentence
  paragraph: Paragraph | undefined
  tokens: Token[]
  /** Indexes of word tokens in `tokens`. */
  words: number[]
}

const cache = new WeakMap<Root, SentenceTokens[]>()

/** Flattens the nlcst tree into sentences of positioned tokens, once per tree. */
export function sentencesOf(tree: Root): SentenceTokens[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const result: SentenceTokens[] = []
  visit(tree, 'SentenceNode', (sentence, _index, parent) => {
    const tokens: Token[] = []
    const words: number[] = []
    for (const child of sentence.children) {
      const start = child.position?.start.offset
      let end = child.position?.end.offset
      if (start === undefined || end === undefined) continue
      let value = toString(child)
      // parse-english leaves a period on some last words ("in.", "partnership."):
      // the word is what rules compare.
      if (child.type === 'WordNode' && /^\p{L}{2,}\.$/u.test(value)) {
        value = value.slice(0, -1)
        end -= 1
      }
      const kind =
        child.type === 'WordNode'
          ? 'word'
          : child.type === 'WhiteSpaceNode'
            ? 'space'
            : child.type === 'SymbolNode'
              ? 'symbol'
              : 'punctuation'
      if (kind === 'word') words.push(tokens.length)
      tokens.push({
        kind,
        value,
        lower: straightApostrophes(value.toLowerCase()),
        start,
        end,
        node: child,
        sentence,
        index: tokens.length
      })
    }
    result.push({
      sentence,
      paragraph: parent && parent.type === 'ParagraphNode' ? parent : undefined,
      tokens,
      words
    })
  })
  cache.set(tree, result)
  return result
}

/** The word token after `index` when only a single space (or nothing) separates them. */
export function nextWord(tokens: readonly Token[], index: number): Token | undefined {
  let i = index + 1
  if (tokens[i]?.kind === 'space') i++
  const token = tokens[i]
  return token?.kind === 'word' ? token : undefined
}

export function previousWord(tokens: readonly Token[], index: number): Token | undefined {
  let i = index - 1
  if (tokens[i]?.kind === 'space') i--
  const token = tokens[i]
  return token?.kind === 'word' ? token : undefined
}
