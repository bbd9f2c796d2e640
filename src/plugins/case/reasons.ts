import {quote} from '../../message.js'
import {capitalize} from '../../text/normalize.js'
import {isSentenceStart} from '../../text/sentence-start.js'
import type {Token} from '../../text/tokens.js'

export function writtenAsName(word: string, base: string): string {
  return `Unexpected lowercase ${quote(word)}, the name is written ${quote(capitalize(base))} elsewhere`
}

export function atSentenceStart(word: string, fixed: string): string {
  return `Unexpected lowercase ${quote(word)} at the start of a sentence, expected ${quote(fixed)}`
}

/** A lone letter is a list marker ("(b) Authorizations"), not a sentence. */
export function startsSentence(value: string, token: Token, abbreviations: ReadonlySet<string>): boolean {
  return token.value.length > 1 && isSentenceStart(value, token.start, abbreviations)
}
