import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {formatOf, type Format, type Marker} from '../formats/index.js'
import {ruleIds} from '../rules.js'
import {applyControl} from './control.js'
import {noteRepeatsOnce} from './notes-once.js'

/**
 * Files longer than this (in UTF-16 code units) are linted in pieces: the
 * syntax tree of a whole 20 MB file needs several gigabytes, a piece of
 * half a megabyte about a hundred megabytes.
 */
export const chunkThreshold = 1 << 20
/** The size a piece aims at. */
export const chunkTarget = 1 << 19

const lineBreak = /\r\n|\r|\n/g
const rawHtml = /<(\/?)(script|style|pre|textarea|svg|math|code|del|template)\b/gi

/**
 * Offsets where a piece may start: the first character of a line that
 * follows a blank line, begins without indentation, and is outside anything
 * that can span a blank line (a fenced code block, front matter, an HTML
 * comment, or an element whose content copydesk does not lint).
 */
export function paragraphBoundaries(text: string, format: Format): number[] {
  const boundaries: number[] = []
  const markdown = format === 'markdown' || format === 'mdx'
  let fence: string | undefined
  let frontMatter = markdown && /^(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.test(text)
  let comment = false
  let depth = 0
  let previousBlank = false
  let start = 0
  let first = true
  lineBreak.lastIndex = 0
  while (start <= text.length) {
    const match = lineBreak.exec(text)
    const end = match ? match.index : text.length
    const line = text.slice(start, end)
    const safe = fence === undefined && !frontMatter && !comment && depth === 0
    if (safe && previousBlank && start > 0 && line !== '' && !/^\s/.test(line)) boundaries.push(start)
    if (frontMatter) {
      if (!first && /^(?:---|\.\.\.|\+\+\+)[ \t]*$/.test(line)) frontMatter = false
    } else if (markdown && fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined
    } else {
      const open = markdown ? /^ {0,3}(`{3,}|~{3,})/.exec(line) : null
      if (open) fence = open[1]
      else {
        // Comments, then raw elements (HTML, and HTML blocks in Markdown).
        let at = 0
        for (;;) {
          if (comment) {
            const close = line.indexOf('-->', at)
            if (close === -1) break
            comment = false
            at = close + 3
          } else {
            const open = line.indexOf('<!--', at)
            if (open === -1) break
            comment = true
            at = open + 4
          }
        }
        rawHtml.lastIndex = 0
        for (let tag = rawHtml.exec(line); tag; tag = rawHtml.exec(line)) depth = Math.max(0, depth + (tag[1] ? -1 : 1))
      }
    }
    previousBlank = line.trim() === ''
    first = false
    if (!match) break
    start = match.index + match[0].length
  }
  return boundaries
}

/** A place to cut when no paragraph boundary is near: after a line break, else after a space, else anywhere that splits no character. */
function fallbackCut(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2)
  for (let i = limit; i > floor; i--) {
    const c = text[i - 1]
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) return i
  }
  for (let i = limit; i > floor; i--) {
    if (/\s/.test(text[i - 1]!) && /[.!?]["”’)]?$/.test(text.slice(Math.max(start, i - 3), i - 1))) return i
  }
  for (let i = limit; i > floor; i--) {
    if (/\s/.test(text[i - 1]!) && text[i - 1] !== '\r') return i
  }
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

/** Pieces of about `target` characters, cut at paragraph boundaries where there are any. */
export function chunkSpans(text: string, format: Format, target = chunkTarget): Array<[number, number]> {
  const boundaries = paragraphBoundaries(text, format)
  const spans: Array<[number, number]> = []
  let start = 0
  let b = 0
  while (text.length - start > target) {
    const limit = start + target
    while (b < boundaries.length && boundaries[b]! <= limit) b++
    let cut = b > 0 && boundaries[b - 1]! > start ? boundaries[b - 1]! : -1
    if (cut === -1) {
      const next = boundaries[b]
      cut = next !== undefined && next - start <= target * 4 ? next : fallbackCut(text, start, limit)
    }
    spans.push([start, cut])
    start = cut
  }
  spans.push([start, text.length])
  return spans
}

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

/** Line and column of `to`, counting from `from` at `point`; a CR LF pair is one break. */
function advance(text: string, from: number, to: number, point: {line: number; column: number}): {line: number; column: number} {
  let {line, column} = point
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) i++
      line++
      column = 1
    } else column++
  }
  return {line, column}
}

/** Moves a piece's message to where the piece sits in the file. */
function shift(message: VFileMessage, offset: number, base: {line: number; column: number}) {
  const move = (point: Point | undefined) => {
    if (!point) return
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    if (point.offset !== undefined) point.offset += offset
  }
  const place = message.place as {start: Point; end: Point} | Point | undefined
  if (place && 'start' in place) {
    move(place.start)
    if (place.end !== place.start) move(place.end)
    message.line = place.start.line
    message.column = place.start.column
    message.name = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  } else if (place) {
    move(place)
    message.line = place.line
    message.column = place.column
    message.name = `${place.line}:${place.column}`
  }
  // The piece's tree is not kept alive by its messages.
  message.ancestors = undefined
}

/**
 * Lints a large file piece by piece (`lintPiece` parses and lints one, and
 * returns its control comments), moves each message back to its place in
 * the file, then applies the control comments of all pieces over the whole file (so a `copydesk-disable` near
 * the top still reaches the end). Rules that look at the whole document
 * (consistency, name clusters, repeated words across a cut) see one piece.
 * Returns the number of pieces.
 */
export async function lintInChunks(file: VFile, lintPiece: (piece: VFile) => Promise<readonly Marker[]>, target = chunkTarget): Promise<number> {
  const text = String(file.value)
  const spans = chunkSpans(text, formatOf(file), target)
  const markers: Marker[] = []
  let at = 0
  let base = {line: 1, column: 1}
  for (const [start, end] of spans) {
    base = advance(text, at, start, base)
    at = start
    const piece = new VFile({path: file.path, cwd: file.cwd, value: text.slice(start, end)})
    const pieceMarkers = await lintPiece(piece)
    for (const message of piece.messages) {
      shift(message, start, base)
      file.messages.push(message)
    }
    for (const marker of pieceMarkers) markers.push({...marker, start: marker.start + start, end: marker.end + start})
  }
  applyControl(file, markers, ruleIds)
  noteRepeatsOnce(file)
  return spans.length
}
