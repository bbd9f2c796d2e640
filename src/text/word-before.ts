/** The word right before `start` with one space between, lowercase ('' if none); with `period`, a full stop after it allowed ("Gen."). */
export function wordBefore(value: string, start: number, period = false): string {
  return (period ? beforeWithPeriod : before).exec(value.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase() ?? ''
}

const before = /(\p{L}+) $/u
const beforeWithPeriod = /(\p{L}+)\.? $/u

/**
 * The lowercase word right before `start`, one space apart, where a
 * capitalized word stands right before it ("Jeta ne", "Ben van"): a name's
 * small word, its particle or another language's; '' if none. With `dotted`
 * the capitalized word may hold full stops ("J.R. van").
 */
export function smallWordInName(value: string, start: number, dotted = false): string {
  return (dotted ? afterDottedCapital : afterCapital).exec(value.slice(Math.max(0, start - 40), start))?.[1] ?? ''
}

const afterCapital = /\p{Lu}[\p{L}'’-]* (\p{Ll}+) $/u
const afterDottedCapital = /\p{Lu}[\p{L}'’.-]* (\p{Ll}+) $/u
