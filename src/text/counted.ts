/**
 * Whether one of the two words right before `start` counts a noun ("a",
 * "an", "each", from `determiners`): "a provisional amparo", "an amparo".
 */
export function countedBefore(value: string, start: number, determiners: ReadonlySet<string>): boolean {
  const before = value.slice(Math.max(0, start - 40), start).split(/\s+/).filter(Boolean).slice(-2)
  return before.some((word) => determiners.has(word.toLowerCase()))
}
