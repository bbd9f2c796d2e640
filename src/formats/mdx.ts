import type {Root as Mdast} from 'mdast'
import type {Root} from 'nlcst'
import remarkMdx from 'remark-mdx'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {markdown, parseMarkdown} from './markdown.js'
import type {Marker} from './markers.js'

// MDX gets its own parser: JSX, imports and expressions are syntax there, and
// `<!-- -->` is not a comment (`{/* copydesk-disable */}` is). Its own module,
// so a run on Markdown does not load the JavaScript parser it brings.
const mdx = markdown().use(remarkMdx).freeze() as unknown as Processor<Mdast>

/** MDX, read as Markdown is (./markdown.ts) with MDX's syntax. */
export function parseMdx(file: VFile): {tree: Root; markers: Marker[]} {
  return parseMarkdown(file, mdx)
}
