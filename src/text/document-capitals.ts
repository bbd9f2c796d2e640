import type {SentenceTokens} from './tokens.js'

const capitalized = /^\p{Lu}\p{Ll}+$/u

// One set a document, made for the first rule that asks and kept for the others (the sentences are the parse's own).
const made = new WeakMap<readonly SentenceTokens[], Set<string>>()

/**
 * Whether the document writes a Capitalized word ("Chega", "Japan")
 * somewhere as a word of its own: a test whose set is made when first asked,
 * as most documents never ask.
 */
export function documentCapitals(sentences: readonly SentenceTokens[]): (word: string) => boolean {
  let words: Set<string> | undefined
  return (word) => {
    words ??= made.get(sentences)
    if (!words) {
      words = new Set()
      for (const {tokens, words: indexes} of sentences) for (const index of indexes) if (capitalized.test(tokens[index]!.value)) words.add(tokens[index]!.value)
      made.set(sentences, words)
    }
    return words.has(word)
  }
}
