import {isSpace} from './normalize.js'

/** Made once: a literal in the loops below made a new RegExp object for every character. */
const chunkEdge = /[\s<>]/

/** The run of non-space characters around `start..end`, without trailing punctuation. */
export function chunkAround(value: string, start: number, end: number): string {
  let from = start
  let to = end
  while (from > 0 && !chunkEdge.test(value[from - 1]!)) from--
  while (to < value.length && !chunkEdge.test(value[to]!)) to++
  return value.slice(from, to).replace(/^[("“‘'[]+/, '').replace(/[.,;:!?)"”’'\]]+$/, '')
}

/** URLs, e-mail addresses, handles, paths and domains ("Archynetys.com"): not prose. */
export function isAddress(chunk: string): boolean {
  if (/:\/\/|^www\.|@|[/\\]|^#/.test(chunk)) return true
  return /^[A-Za-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(chunk) && /\.[a-z][a-z0-9-]+$/.test(chunk)
}

export function insideAddress(value: string, start: number, end: number): boolean {
  // An address has a period, @, a slash, a backslash or #: most words are
  // ruled out by the scan for the chunk's ends, before any string is made.
  let from = start
  let to = end
  let marked = false
  while (from > 0) {
    const code = value.charCodeAt(from - 1)
    if (isSpace(code) || isTagEdge(code)) break
    if (isAddressMark(code)) marked = true
    from--
  }
  while (to < value.length) {
    const code = value.charCodeAt(to)
    if (isSpace(code) || isTagEdge(code)) break
    if (isAddressMark(code)) marked = true
    to++
  }
  for (let i = start; i < end && !marked; i++) if (isAddressMark(value.charCodeAt(i))) marked = true
  return marked && isAddress(chunkAround(value, start, end))
}

/**
 * < or >: in HTML source a word's chunk ends at its tags ("<b>recieve</b>"
 * is the word, not a path for the slash of "</b>"); an address in angle
 * brackets ("<desk@example.com>") is still one inside them.
 */
function isTagEdge(code: number): boolean {
  return code === 60 || code === 62
}

/** A period, @, a slash, a backslash or #. */
function isAddressMark(code: number): boolean {
  return code === 46 || code === 64 || code === 47 || code === 92 || code === 35
}
