/**
 * A list read from texts, each item parsed the first time it is read and
 * kept: an array to its readers (indexing, length, iteration, the array
 * methods), whose items a run that reads few of them never makes. The
 * gazetteer's thirteen thousand entries took a one-line file some 30 ms to
 * make, and such a file reads a few dozen. An item's text is asked for
 * (`textAt`) only when the item is first read.
 */
export function lazyItems<T>(count: number, textAt: (n: number) => string, parse: (text: string) => T): T[] {
  // Filled, so that the array's methods see every place (they skip holes); each item is put in its place once made.
  const items: unknown[] = new Array(count).fill(0)
  const made = new Uint8Array(count)
  return new Proxy(items as T[], {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const n = indexOf(key)
        if (n !== undefined && n < made.length && n < target.length) {
          if (made[n] === 0) {
            target[n] = parse(textAt(n))
            made[n] = 1
          }
          return target[n]
        }
      }
      return Reflect.get(target, key, receiver)
    },
    set(target, key, value, receiver) {
      // An item written over is made, no text to parse; one added past the texts is read as it is.
      if (typeof key === 'string') {
        const n = indexOf(key)
        if (n !== undefined && n < made.length) made[n] = 1
      }
      return Reflect.set(target, key, value, receiver)
    }
  })
}

/** The array index a property key names ("12"), or undefined for any other key ("length", "map", "01"). */
function indexOf(key: string): number | undefined {
  const first = key.charCodeAt(0)
  if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return undefined
  let n = 0
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    if (code < 48 || code > 57) return undefined
    n = n * 10 + code - 48
  }
  return n
}
