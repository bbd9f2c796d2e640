import type {Root, Sentence, Word, Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Literal, Node, Parent} from 'unist'
import {straightApostrophes} from './normalize.js'

export interface Token {
  kind: 'word' | 'punctuation' | 'space' | 'symbol'
  value: string
  /** Lowercase, straight apostrophes: what rules compare. */
  lower: string
  start: number
  end: number
  node: Word | Sentence['children'][number]
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
const wordWithPeriod = /^\p{L}{2,}\.$/u

/** Flattens the nlcst tree into sentences of positioned tokens, once per tree. */
export function sentencesOf(tree: Root): SentenceTokens[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const result: SentenceTokens[] = []
  collect(tree, result)
  cache.set(tree, result)
  return result
}

/** Sentences in document order; a sentence holds no sentence, so the walk stops at each. */
function collect(parent: Root | Paragraph | Parent, result: SentenceTokens[]) {
  for (const child of parent.children as Node[]) {
    if (child.type === 'SentenceNode') result.push(tokenize(child as Sentence, parent))
    else if ('children' in child) collect(child as Parent, result)
  }
}

function tokenize(sentence: Sentence, parent: Root | Paragraph | Parent): SentenceTokens {
  const tokens: Token[] = []
  const words: number[] = []
  const children = sentence.children
  // An indexed loop: this runs for every node of the document, and iterators allocate.
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!
    const start = child.position?.start.offset
    let end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    let value = textOf(child)
    const kind =
      child.type === 'WordNode' ? 'word' : child.type === 'WhiteSpaceNode' ? 'space' : child.type === 'SymbolNode' ? 'symbol' : 'punctuation'
    // parse-english leaves a period on some last words ("in.", "partnership."):
    // the word is what rules compare.
    if (kind === 'word' && value.charCodeAt(value.length - 1) === 46 && wordWithPeriod.test(value)) {
      value = value.slice(0, -1)
      end -= 1
    }
    if (kind === 'word') words.push(tokens.length)
    const lower = kind === 'space' ? value : lowercase(value)
    tokens.push({
      kind,
      value,
      lower: straightApostrophes(lower),
      start,
      end,
      node: child,
      index: tokens.length
    })
  }
  return {sentence, paragraph: parent.type === 'ParagraphNode' ? (parent as Paragraph) : undefined, tokens, words}
}

/**
 * `value.toLowerCase()`, without a copy of a value already in lowercase
 * ASCII (most tokens): V8 makes a new string either way.
 */
function lowercase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) return value.toLowerCase()
  }
  return value
}

/** A node's text; most words are one text node, read without joining. */
export function textOf(node: Node): string {
  if ('value' in node) return (node as Literal).value as string
  const children = (node as Parent).children
  if (children.length === 1 && 'value' in children[0]!) return (children[0] as Literal).value as string
  return toString(node as Word)
}

/**
 * A token's index among its sentence's children (for nlcst utilities such as
 * nlcst-is-literal): its own index unless tokenizing skipped a child.
 */
export function childIndex(sentence: SentenceTokens, token: Token): number {
  const children = sentence.sentence.children
  return sentence.tokens.length === children.length ? token.index : children.indexOf(token.node as never)
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
