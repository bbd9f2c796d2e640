import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {parseHtml} from './html.js'
import {parseMarkdown} from './markdown.js'
import type {Marker} from './markers.js'
import {parseText} from './text.js'

export type {Marker} from './markers.js'

export type Format = 'text' | 'markdown' | 'mdx' | 'html'

/** Extensions copydesk reads by default, and the format of each. */
export const formats: Readonly<Record<string, Format>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  htm: 'html'
}

/** A file's format by its extension; anything else (standard input, `--ext rst`) is plain text. */
export function formatOf(file: VFile): Format {
  return formats[(file.extname ?? '').slice(1).toLowerCase()] ?? 'text'
}

declare module 'vfile' {
  interface DataMap {
    /** Inline control comments found while parsing, applied after linting. */
    copydeskMarkers: Marker[]
  }
}

/**
 * The one parser: the engine hands copydesk one processor for every file,
 * so it dispatches on the extension. Every format ends as nlcst whose
 * offsets point into the file as written.
 */
export function parse(file: VFile): Root {
  const format = formatOf(file)
  const {tree, markers} =
    format === 'markdown' || format === 'mdx'
      ? parseMarkdown(file, format === 'mdx')
      : format === 'html'
        ? parseHtml(file)
        : parseText(file)
  file.data.copydeskMarkers = markers
  return tree
}
