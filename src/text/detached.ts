/**
 * `value` as a string of its own. A word or span taken out of a document is
 * often a slice that keeps the whole document's text alive; the memos of the
 * rules, the lexicon and the gazetteer outlive the document (the language
 * server lints one document after another), so what they keep is copied first. Only on a memo miss: a copy per distinct key.
 */
export function detached(value: string): string {
  return (' ' + value).slice(1)
}
