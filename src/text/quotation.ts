/**
 * Whether `offset` falls inside a quotation on its line: an odd number of
 * double quote marks, straight or curly, since the line began. Quoted words
 * are someone's own (a title of a work, a speaker's phrase), so rules that
 * judge house style leave them alone.
 */
export function insideQuotation(value: string, offset: number): boolean {
  const line = value.slice(value.lastIndexOf('\n', offset - 1) + 1, offset)
  let marks = 0
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code === 0x22 || code === 0x201c || code === 0x201d) marks++
  }
  return marks % 2 === 1
}
