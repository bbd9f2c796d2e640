/**
 * `value` as a string of its own. A word or span taken out of a document is
 * often a slice that keeps the whole document's text alive; the memos of the
 * names and case rules (and the gazetteer's) outlive the document, so what
 * they keep is copied first. Only on a memo miss: a copy per distinct key.
 */
export function detached(value: string): string {
  return (' ' + value).slice(1)
}
