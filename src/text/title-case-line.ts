import {isCapitalized} from './normalize.js'
import {lineAt} from './lines.js'

/**
 * The last document asked about and each line's answer once asked. Rules ask
 * for most capitalized words, and reading the line afresh each time read the
 * whole of a long line again: a one-line megabyte took twice as long as the
 * same text in paragraphs.
 */
let titleCase: {value: string; lines: Map<number, boolean>} | undefined
const longWord = /\p{L}{4,}/gu

/** Is the line at `offset` a heading in title case ("Bank Of Korea Holds Rates Steady")? */
export function inTitleCaseLine(value: string, offset: number): boolean {
  if (value.charCodeAt(offset) === 10) return false
  if (titleCase?.value !== value) titleCase = {value, lines: new Map()}
  const {line, start, next} = lineAt(value, offset)
  let answer = titleCase.lines.get(line)
  if (answer === undefined) {
    answer = titleCaseBetween(value, start, next === undefined ? value.length : next - 1)
    titleCase.lines.set(line, answer)
  }
  return answer
}

/** At least three words of four letters or more, every one capitalized; stops at the first that is not. */
function titleCaseBetween(value: string, start: number, end: number): boolean {
  const line = value.slice(start, end)
  let count = 0
  longWord.lastIndex = 0
  for (let match = longWord.exec(line); match !== null; match = longWord.exec(line)) {
    if (!isCapitalized(match[0])) return false
    count++
  }
  return count >= 3
}
