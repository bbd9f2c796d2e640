import {readFileSync} from 'node:fs'
import type {Node} from 'yaml'
import {onDemand} from '../on-demand.js'

// Asked only when a config file is wrong: a run that reads none needs no YAML parser.
const load = onDemand(import.meta.url)

/**
 * The line of a key in a JSON or YAML config file, for error messages. The
 * engine parses config files itself and hands copydesk the value without
 * positions, so the file is read again only when something is wrong (JSON
 * is YAML, so one parser serves both).
 */
export function keyLine(file: string, path: ReadonlyArray<string | number>): number | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const {LineCounter, isMap, isSeq, parseDocument} = load<typeof import('yaml')>('yaml', 'reading a config file')
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {lineCounter})
  let node: unknown = doc.contents
  let offset: number | undefined
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as {value?: unknown} | null)?.value === segment)
      if (!pair) break
      offset = (pair.key as Node).range?.[0]
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined
      if (!item) break
      offset = item.range?.[0]
      node = item
    } else break
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line
}
