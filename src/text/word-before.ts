/** The word right before `start` with one space between, lowercase ('' if none); with `period`, a full stop after it allowed ("Gen."). */
export function wordBefore(value: string, start: number, period = false): string {
  return (period ? beforeWithPeriod : before).exec(value.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase() ?? ''
}

const before = /(\p{L}+) $/u
const beforeWithPeriod = /(\p{L}+)\.? $/u
