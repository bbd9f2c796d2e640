import {detached} from './detached.js'

/**
 * Answers remembered per word or name, for as long as the rule, lexicon or
 * gazetteer that asks lives (the language server: one document after
 * another). Keys are copied, so a memo never keeps a document's text alive,
 * and a full memo starts over: the words asked again and again are few (a
 * news story's vocabulary follows Zipf's law), so a small memo keeps nearly
 * every hit, where large ones kept 39 MB live after an 11 MB archive.
 */
export class Memo<V> {
  private readonly answers = new Map<string, V>()

  constructor(private readonly limit = 20_000) {}

  get(key: string): V | undefined {
    return this.answers.get(key)
  }

  has(key: string): boolean {
    return this.answers.has(key)
  }

  set(key: string, value: V): void {
    if (this.answers.size >= this.limit) this.answers.clear()
    this.answers.set(detached(key), value)
  }
}
