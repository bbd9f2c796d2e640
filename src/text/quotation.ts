import {lineAt, quoteMarksBetween} from './lines.js'

/**
 * Whether `offset` falls inside a quotation on its line: an odd number of
 * double quote marks, straight or curly, since the line began. Quoted words
 * are someone's own (a title of a work, a speaker's phrase), so rules that
 * judge house style leave them alone.
 */
export function insideQuotation(value: string, offset: number): boolean {
  return quoteMarksBetween(value, lineAt(value, offset).start, offset) % 2 === 1
}
