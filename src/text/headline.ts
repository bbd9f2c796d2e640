import {lineAt} from './lines.js'

/**
 * Whether the line at `offset` reads as a headline: a line of its own, of
 * twenty words or fewer, that ends without a sentence's closing mark
 * ("Sri Lanka’s new Parliament convened; speaker and others elected").
 */
export function inHeadline(value: string, offset: number): boolean {
  const {start, next} = lineAt(value, offset)
  const line = value.slice(start, next === undefined ? value.length : next - 1).trim()
  return line.length > 0 && !/[.!?:…"”’)]$/u.test(line) && line.split(/\s+/).length <= 20
}
