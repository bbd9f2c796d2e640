import {readFileSync} from 'node:fs'
import {fromWorkingFolder} from '../data/working-folder.js'

/**
 * One line for a config file the engine could not parse, in the shape of
 * copydesk's own config errors: `file:line: what`. JSON errors give a
 * position (turned into a line), YAML errors a line; either way the message
 * loses its quoted excerpt of the file.
 */
export function configError(path: string, cause: Error | undefined): string {
  const text = cause?.message ?? 'cannot be read'
  const first = text.split('\n')[0]!.trim()
  let line = (cause as {linePos?: Array<{line: number}>} | undefined)?.linePos?.[0]?.line
  const position = /\bat position (\d+)/.exec(first)
  if (line === undefined && position) {
    try {
      line = readFileSync(fromWorkingFolder(path), 'utf8').slice(0, Number(position[1])).split(/\r\n|\r|\n/).length
    } catch {}
  }
  const words = first
    .replace(/ while parsing[\s\S]*$/, '')
    .replace(/ at position \d+.*$/, '')
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/:$/, '')
  return line === undefined ? `${path}: ${words}` : `${path}:${line}: ${words}`
}
