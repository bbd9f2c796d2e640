/**
 * A species' scientific name in brackets after its common one, "the jaguar
 * (Panthera onca)": a genus, capitalized, and one or two lowercase epithets,
 * alone between the brackets. The caller asks that the genus be no word it
 * knows, so that "(Reuters reprot)" is still checked.
 */
const bracketed = /^\((\p{Lu}\p{Ll}{2,})( \p{Ll}{3,}){1,2}\)$/u

/** The genus of the bracketed scientific name that `start`..`end` stands in, if it stands in one. */
export function binomialGenusAt(value: string, start: number, end: number): string | undefined {
  const open = value.lastIndexOf('(', start)
  if (open < 0 || start - open > 40) return undefined
  const close = value.indexOf(')', end)
  if (close < 0 || close - end > 40) return undefined
  return bracketed.exec(value.slice(open, close + 1))?.[1]
}
