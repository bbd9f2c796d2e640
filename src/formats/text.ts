import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {VFile} from 'vfile'
import {parseHtmlComment, type Marker} from './markers.js'

/** A control comment alone on its line: `<!-- copydesk-disable-next-line spelling -->`. */
const controlLine = /^[ \t]*<!--[ \t]*copydesk-[^\n]*?-->[ \t]*$/gm

/**
 * Plain text: the whole file is prose, except control comments standing on
 * a line of their own. Those are blanked to spaces of the same length
 * before parsing, so they are not linted and every offset stays real.
 */
export function parseText(file: VFile): {tree: Root; markers: Marker[]} {
  const value = String(file.value)
  const markers: Marker[] = []
  const masked = value.replace(controlLine, (line, offset: number) => {
    const lead = line.length - line.trimStart().length
    const marker = parseHtmlComment(line.trim(), offset + lead)
    if (!marker) return line
    markers.push(marker)
    return ' '.repeat(line.length)
  })
  return {tree: new ParseEnglish().parse(masked), markers}
}
