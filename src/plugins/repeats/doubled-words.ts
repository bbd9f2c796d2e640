import type {Root} from 'nlcst'
import type {SentenceTokens, Token} from '../../text/tokens.js'

/**
 * The sentences in which retext-repeated-words may find "the the": those
 * with a word, one white space and a word the same in lowercase. The
 * package walks the whole tree and joins and lowercases every word, most of
 * a document's garbage once it is linted; handed only these sentences, in
 * document order, it makes the same messages in the same order.
 */
export function sentencesWithDoubles(sentences: readonly SentenceTokens[]): Root | undefined {
  const found: SentenceTokens['sentence'][] = []
  for (let s = 0; s < sentences.length; s++) {
    if (mayHoldDouble(sentences[s]!)) found.push(sentences[s]!.sentence)
  }
  return found.length === 0 ? undefined : {type: 'RootNode', children: found as never}
}

function mayHoldDouble({sentence, tokens}: SentenceTokens): boolean {
  // A child left out of the tokens (one with no position) shifts the pattern: the package decides.
  if (tokens.length !== sentence.children.length) return true
  for (let i = 0; i + 2 < tokens.length; i++) {
    const first = tokens[i]!
    const second = tokens[i + 2]!
    if (first.kind !== 'word' || tokens[i + 1]!.kind !== 'space' || second.kind !== 'word') continue
    if (first.lower === second.lower || !plainAscii(first) || !plainAscii(second)) return true
  }
  return false
}

/**
 * A token's `lower` cuts a final period and straightens apostrophes: in
 * ASCII, two words the package lowercases alike always get one `lower`;
 * elsewhere Unicode's case mappings may not agree, so the package decides.
 */
function plainAscii(token: Token): boolean {
  const value = token.value
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false
  return true
}
