import type {SentenceTokens} from './tokens.js'

/** A Capitalized word, or an acronym ("CNN"): a story writes a body's short name alone as it writes a surname. */
export const capitalized = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})$/u

// One set a document, made for the first rule that asks and kept for the others (the sentences are the parse's own).
const made = new WeakMap<readonly SentenceTokens[], Set<string>>()

/**
 * Whether the document writes a Capitalized word ("Chega", "Japan") or an acronym ("CNN")
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
