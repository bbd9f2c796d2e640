/** The first index in `0..length` where `past` turns true (it must stay true after), found by halves. */
export function firstWhere(length: number, past: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (past(middle)) high = middle
    else low = middle + 1
  }
  return low
}
