/** The run of non-space characters around `start..end`, without trailing punctuation. */
export function chunkAround(value: string, start: number, end: number): string {
  let from = start
  let to = end
  while (from > 0 && !/\s/.test(value[from - 1]!)) from--
  while (to < value.length && !/\s/.test(value[to]!)) to++
  return value.slice(from, to).replace(/^[("“‘'[]+/, '').replace(/[.,;:!?)"”’'\]]+$/, '')
}

/** URLs, e-mail addresses, handles, paths and domains ("Archynetys.com"): not prose. */
export function isAddress(chunk: string): boolean {
  if (/:\/\/|^www\.|@|[/\\]|^#/.test(chunk)) return true
  return /^[A-Za-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(chunk) && /\.[a-z][a-z0-9-]+$/.test(chunk)
}

export function insideAddress(value: string, start: number, end: number): boolean {
  return isAddress(chunkAround(value, start, end))
}
