import {escapeRegExp} from './normalize.js'

const joiner = '(?:,| and| or|, and|, or) '
/** A capitalized item and its comma, the list's earlier item. */
const itemBefore = "\\p{Lu}[\\p{L}'’-]*, "
const itemRightBefore = new RegExp(`${itemBefore}$`, 'u')

/**
 * Whether `form` stands right before or after the text from `start` to `end`
 * in a list of three or more, a comma, "and" or "or" between them ("the
 * Yellow, Huaihe and Haihe rivers"): items of one list are names of their
 * own, not one spelled twice. A pair alone may be the name said twice, the
 * second time misspelled ("@Jizahuli and Jijahuli").
 */
export function listedBeside(value: string, start: number, end: number, form: string): boolean {
  const escaped = escapeRegExp(form)
  const before = new RegExp(`${itemBefore}${escaped}${joiner}$`, 'u')
  const formAfter = new RegExp(`^${joiner}${escaped}(?![\\p{L}'’-])`, 'u')
  return before.test(value.slice(Math.max(0, start - form.length - 40), start)) || (formAfter.test(value.slice(end, end + form.length + 6)) && itemRightBefore.test(value.slice(Math.max(0, start - 40), start)))
}
