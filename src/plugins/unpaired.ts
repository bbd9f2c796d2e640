import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {quote, report} from '../message.js'
import {isSentenceStart} from '../text/sentence-start.js'
import {sentencesOf, type SentenceTokens, type Token} from '../text/tokens.js'
import {quoteForApostrophe, singlesForDouble, turnedClosingQuote} from '../text/quotation.js'

export interface Options {
  /** Abbreviations whose full stop ends no sentence (dictionaries/abbreviations.txt). */
  abbreviations: ReadonlySet<string>
}

interface Mark {
  char: string
  at: number
}

const closerOf: Record<string, string> = {'“': '”', '(': ')', '[': ']', '"': '"'}
const openerOf: Record<string, string> = {'”': '“', ')': '(', ']': '['}
const ruleId = 'unpaired'

/**
 * Quotation marks and brackets that open and never close in their paragraph,
 * or close with none open: a quotation whose end is lost makes the reader
 * guess where the speaker stops. A quotation running on into the next
 * paragraph, which opens with a quotation mark again, is the convention of
 * long quotes and stays quiet. The closing mark is offered only where the
 * quotation can end in one place, the end of its paragraph; a misplaced one
 * would put words in a speaker's mouth. All are notes: a paragraph quoted
 * in part, or a sentence lifted from a longer quotation, opens or closes a
 * mark its other half lies outside of, and nothing in the text tells that
 * from a lost mark.
 */
export default function unpaired(options: Readonly<Options>) {
  if (!options?.abbreviations) throw new TypeError('copydesk unpaired: expected `abbreviations`')
  const {abbreviations} = options
  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    const paragraphs = paragraphSentences(tree)
    for (let p = 0; p < paragraphs.length; p++) {
      const sentences = paragraphs[p]!
      const next = paragraphs[p + 1]?.[0]!.tokens[0]
      const open = scan(file, value, sentences)
      if (open.length === 0) continue
      const tokens = tokensOf(sentences)
      for (const mark of open) {
        if ((mark.char === '“' || mark.char === '"') && next?.value.startsWith(mark.char)) continue
        unclosed(file, value, tokens, mark, abbreviations)
      }
    }
  }
}

/** The marks of one paragraph in order, reporting closers with none open; returns the openers left open. */
function scan(file: VFile, value: string, sentences: readonly SentenceTokens[]): Mark[] {
  const stack: Mark[] = []
  for (const {tokens} of sentences) for (const token of tokens) {
    if (token.kind !== 'punctuation' && token.kind !== 'symbol') continue
    for (let i = 0; i < token.value.length; i++) {
      const at = token.start + i
      // "silent“,": a closing mark turned the wrong way (the spacing rule turns it) still closes.
      // "sitting,’’ it states": two single marks set for a double one (the spacing rule's to mend) open or close as it.
      const pair = singlesForDouble(value, at)
      if (pair) i++
      const char = pair ?? (turnedClosingQuote(value, at) ? '”' : token.value[i]!)
      if (char === '"') {
        // An inch mark (12"), an apostrophe typed as a quote (the spacing rule's), or a straight quote closing the one before it.
        if (/\d/.test(value[at - 1] ?? '') || quoteForApostrophe(value, at)) continue
        if (stack.at(-1)?.char === '"') stack.pop()
        else stack.push({char, at})
      } else if (char in closerOf) {
        stack.push({char, at})
      } else if (char in openerOf) {
        const opener = openerOf[char]!
        const depth = stack.findLastIndex((mark) => mark.char === opener)
        if (depth >= 0) stack.length = depth
        else if (!listMarker(value, at)) stray(file, value, at, char)
      } else if (char === '’' && /[.!?,]/.test(value[at - 1] ?? '') && !/\p{L}/u.test(value[at + 1] ?? '') && !opensSingle(sentences)) {
        stray(file, value, at, char)
      }
    }
  }
  return stack
}

function stray(file: VFile, value: string, at: number, char: string) {
  // "(PPP))": a closer with none open right after the same closer is that mark doubled.
  if ((char === ')' || char === ']') && value[at - 1] === char) {
    report(file, {ruleId, start: at - 1, end: at + 1, level: 'warning', expected: [char], reason: `Unexpected ${quote(char + char)}: the closing mark doubled, with one opened`})
    return
  }
  report(file, {
    ruleId,
    start: at,
    end: at + 1,
    level: 'info',
    reason: `Unexpected closing ${quote(char)} with no opening mark before it in its paragraph`
  })
}

/** An opener left open: a fix at the paragraph's end where the quotation holds one sentence, else the opener alone. */
function unclosed(file: VFile, value: string, tokens: readonly Token[], mark: Mark, abbreviations: ReadonlySet<string>) {
  const last = tokens.at(-1)!
  const closer = closerOf[mark.char]!
  const ending = /^[.!?]+$/.test(last.value) ? tokens.at(-2) : undefined
  const oneSentence = ending?.kind === 'word' && !tokens.some((token) => token.kind === 'word' && token.start > mark.at + 1 && isSentenceStart(value, token.start, abbreviations))
  if (mark.char !== '(' && mark.char !== '[' && oneSentence) {
    const actual = value.slice(ending.start, last.end)
    report(file, {
      ruleId,
      start: ending.start,
      end: last.end,
      level: 'info',
      expected: [actual + closer],
      reason: `Missing closing ${quote(closer)}: the quotation opened with ${quote(mark.char)} is never closed in its paragraph`
    })
    return
  }
  report(file, {
    ruleId,
    start: mark.at,
    end: mark.at + 1,
    level: 'info',
    reason: `Unexpected ${quote(mark.char)} that is never closed in its paragraph`
  })
}

/** "a)", "(ii)": a list's marker closes a bracket it never opened; so does a smiley. */
function listMarker(value: string, at: number): boolean {
  return /(?:^|\s)[\p{L}\d]{1,3}$/u.test(value.slice(Math.max(0, at - 5), at)) || /[:;]$/.test(value.slice(0, at))
}

/** Whether the paragraph opens a single quotation anywhere, so its ’ may close one. */
function opensSingle(sentences: readonly SentenceTokens[]): boolean {
  return sentences.some(({tokens}) => tokens.some((token) => token.value.includes('‘')))
}

/**
 * Each paragraph's sentences in document order, those with tokens only;
 * sentences outside a paragraph stand alone. Sentences, not one copy of
 * their tokens: a paragraph's tokens are wanted whole only where a mark is
 * left open.
 */
function paragraphSentences(tree: Root): SentenceTokens[][] {
  const result: SentenceTokens[][] = []
  let current: Paragraph | undefined
  let group: SentenceTokens[] = []
  for (const entry of sentencesOf(tree)) {
    if (entry.paragraph === undefined || entry.paragraph !== current) {
      if (group.length > 0) result.push(group)
      group = []
    }
    current = entry.paragraph
    if (entry.tokens.length > 0) group.push(entry)
  }
  if (group.length > 0) result.push(group)
  return result
}

function tokensOf(sentences: readonly SentenceTokens[]): Token[] {
  const tokens: Token[] = []
  // One by one: a sentence with no end in a long line has more tokens than a call takes arguments.
  for (const entry of sentences) for (const token of entry.tokens) tokens.push(token)
  return tokens
}
