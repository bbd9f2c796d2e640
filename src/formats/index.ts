import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {onDemand} from '../on-demand.js'
import type {Marker} from './markers.js'
import {parseText} from './text.js'
import {setMarkup} from '../text/markup.js'

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

/**
 * The one parser: the engine hands copydesk one processor for every file,
 * so it dispatches on the extension. Every format ends as nlcst whose
 * offsets point into the file as written, with the inline control comments
 * it holds (applied after the rules).
 */
export function parse(file: VFile): {tree: Root; markers: Marker[]} {
  const format = formatOf(file)
  const parsed =
    format === 'markdown'
      ? markdownFormat().parseMarkdown(file)
      : format === 'mdx'
        ? mdxFormat().parseMdx(file)
        : format === 'html'
          ? htmlFormat().parseHtml(file)
          : parseText(file)
  setMarkup(parsed.tree, format !== 'text')
  return parsed
}

// Markdown and HTML bring remark, micromark and parse5 (over 250 modules, a
// third of a second to load): a run on plain text should not pay for them,
// nor one on Markdown for MDX's JavaScript parser.
// The engine parses synchronously, so they come through require(), which
// loads ES modules synchronously since Node 20.19.
const load = onDemand(import.meta.url)
const hint = ', or `await loadFormat()` first'
let markdown: typeof import('./markdown.js') | undefined
let mdx: typeof import('./mdx.js') | undefined
let html: typeof import('./html.js') | undefined
const markdownFormat = () => (markdown ??= load<typeof import('./markdown.js')>('./markdown.js', 'reading Markdown', hint))
const mdxFormat = () => (mdx ??= load<typeof import('./mdx.js')>('./mdx.js', 'reading MDX', hint))
const htmlFormat = () => (html ??= load<typeof import('./html.js')>('./html.js', 'reading HTML', hint))

/**
 * Loads a format's parser ahead of parsing, with `import()`: for callers
 * that can wait (the language server, worker threads) and may run where
 * `require()` cannot load ES modules, such as an editor's older Node.
 */
export async function loadFormat(format: Format): Promise<void> {
  if (format === 'markdown') markdown ??= await import('./markdown.js')
  else if (format === 'mdx') mdx ??= await import('./mdx.js')
  else if (format === 'html') html ??= await import('./html.js')
}
