import type {Node} from 'unist'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'

/** A source text node: its decoded value and where it sits in the file. */
export interface SourceText {
  value: string
  start: number
  end: number
}

/**
 * mdast-util-to-nlcst and hast-util-to-nlcst place words by adding up the
 * lengths of the *decoded* text (`AT&amp;T` → `AT&T`, `\*` → `*`, a
 * blockquote's `> ` dropped), so after an escape, a character reference or
 * a container prefix every later word in that text node points a few
 * characters too early. copydesk's rules read `file.value` by offset, so
 * this moves every nlcst position back onto the original text.
 */
export function realign(tree: Node, file: VFile, texts: readonly SourceText[]): void {
  const doc = String(file.value)
  const starts = new Map<number, number>()
  const ends = new Map<number, number>()
  for (const text of texts) {
    const raw = doc.slice(text.start, text.end)
    if (raw === text.value) continue
    const [rawStart, rawEnd] = align(text.value, raw)
    for (let i = 0; i <= text.value.length; i++) {
      const computed = text.start + i
      starts.set(computed, text.start + (rawStart[i] ?? raw.length))
      ends.set(computed, text.start + (i === 0 ? 0 : rawEnd[i - 1]!))
    }
  }
  if (starts.size === 0) return
  const place = location(file)
  visit(tree, (node) => {
    const position = node.position
    if (!position) return
    const start = position.start.offset
    const end = position.end.offset
    if (start === undefined || end === undefined) return
    const newStart = starts.get(start) ?? start
    const newEnd = Math.max(newStart, ends.get(end) ?? end)
    if (newStart === start && newEnd === end) return
    const startPoint = place.toPoint(newStart)
    const endPoint = place.toPoint(newEnd)
    if (startPoint && endPoint) node.position = {start: startPoint, end: endPoint}
  })
}

const reference = /^&(?:#[xX][\da-fA-F]+|#\d+|[A-Za-z][A-Za-z\d]*);?/

/** For each code unit of `value`, its start and end in `raw` (which it was decoded from). */
function align(value: string, raw: string): [number[], number[]] {
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  let j = 0
  while (i < value.length) {
    if (j >= raw.length) {
      starts[i] = ends[i] = raw.length
      i++
      continue
    }
    const char = value[i]!
    const ref = raw[j] === '&' ? reference.exec(raw.slice(j, j + 40)) : null
    if (ref && !value.startsWith(ref[0], i)) {
      // One reference decodes to one code point (one or two code units).
      const units = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
      for (let k = 0; k < units; k++) {
        starts[i + k] = j
        ends[i + k] = j + ref[0].length
      }
      i += units
      j += ref[0].length
    } else if (char === raw[j]) {
      starts[i] = j
      ends[i] = j + 1
      i++
      j++
    } else if (raw[j] === '\\' && raw[j + 1] === char) {
      starts[i] = j
      ends[i] = j + 2
      i++
      j += 2
    } else {
      // Source the value does not keep: a container prefix, indentation.
      j++
    }
  }
  return [starts, ends]
}
