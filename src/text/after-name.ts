/** Whether a name ends its phrase: a mark, the end of the text, or a possessive right after it. */
const endsHere = /^(?:['’]s\b|[,.;:!?)”"’]|\s*$)/u
/** The lowercase word one space after a name. */
const wordNext = /^ (\p{Ll}+)\b/u

/**
 * What follows a name, read from the text right after it: `true` where the
 * name ends its phrase (a mark, the end, a possessive), else the lowercase
 * word one space after it, or undefined (a capital, a digit, a hyphen: the
 * name goes on).
 */
export function afterName(after: string): true | string | undefined {
  return endsHere.test(after) ? true : wordNext.exec(after)?.[1]
}
