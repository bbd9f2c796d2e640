import {charAt, nameChar} from './whole-words.js'

/** What stands between two items of a list: a comma, "and" or "or". */
const joiners = [', ', ' and ', ' or ', ', and ', ', or ']
/** A capitalized item and its comma, the list's earlier item. */
const itemRightBefore = /\p{Lu}[\p{L}'’-]*, $/u

/**
 * Whether `form` stands right before or after the text from `start` to `end`
 * in a list of three or more, a comma, "and" or "or" between them ("the
 * Yellow, Huaihe and Haihe rivers"): items of one list are names of their
 * own, not one spelled twice. A pair alone may be the name said twice, the
 * second time misspelled ("@Jizahuli and Jijahuli").
 */
export function listedBeside(value: string, start: number, end: number, form: string): boolean {
  const window = value.slice(Math.max(0, start - form.length - 40), start)
  for (const joiner of joiners) {
    if (window.endsWith(form + joiner) && itemRightBefore.test(window.slice(0, window.length - form.length - joiner.length))) return true
  }
  const after = value.slice(end, end + form.length + 6)
  for (const joiner of joiners) {
    if (!after.startsWith(joiner + form)) continue
    const next = charAt(after, joiner.length + form.length)
    if ((next === '' || !nameChar.test(next)) && itemRightBefore.test(value.slice(Math.max(0, start - 40), start))) return true
  }
  return false
}

/** Any of the joiners, as a pattern. */
const joiner = `(?:${joiners.join('|')})`
/** A capitalized word and a joiner right before the text: the list's item before it. */
const capitalizedItemBefore = new RegExp(`(\\p{Lu}[\\p{L}'’-]*)${joiner}$`, 'u')
/** A joiner and a capitalized word right after the text: the list's item after it. */
const capitalizedItemAfter = new RegExp(`^${joiner}(\\p{Lu}[\\p{L}'’-]*)`, 'u')

/**
 * The capitalized words beside the text from `start` to `end` when it is an
 * item of a list ("Gabardin, Tonban, Karvan and Khaldin"): a comma, "and" or
 * "or" and a capitalized word on one side at least. None when it is not.
 */
export function listNeighbours(value: string, start: number, end: number): string[] {
  const before = capitalizedItemBefore.exec(value.slice(Math.max(0, start - 40), start))?.[1]
  const after = capitalizedItemAfter.exec(value.slice(end, end + 40))?.[1]
  return [before, after].filter((word): word is string => word !== undefined)
}
