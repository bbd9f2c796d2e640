import type {Root as Mdast, Nodes} from 'mdast'
import type {Root} from 'nlcst'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {markdownNesting, nestingOf, refuseDeeperThanLimit} from './depth.js'
import {parseHtmlComment, parseMarker, type Marker} from './markers.js'
import {realign, type SourceText} from './realign.js'

/** Markdown's parser: CommonMark, front matter and GFM (./mdx.ts adds MDX to it). */
export const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()

/** Not prose: written as the writer typed it, so never linted. */
const sourceTypes = ['code', 'inlineCode', 'copydeskAddress', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']
const ignoredTypes = ['html', 'yaml', 'toml', 'definition', 'footnoteDefinition']

/**
 * Markdown and MDX: prose from the mdast text nodes (mdast-util-to-nlcst);
 * code, inline code, bare URLs, HTML and front matter are left out. Control
 * comments are HTML comments, or `{/* … *\/}` in MDX.
 */
export function parseMarkdown(file: VFile, parser: Processor<Mdast> = markdown as never): {tree: Root; markers: Marker[]} {
  // Before parsing: deep block quotes and lists cost the parser lines times depth.
  refuseDeeperThanLimit(markdownNesting(String(file.value)))
  const mdast = parser.parse(file) as Mdast
  // Inline nesting (emphasis, links) the line scan does not see.
  refuseDeeperThanLimit(nestingOf<Nodes>(mdast, (node) => ('children' in node ? node.children : undefined)))
  const markers: Marker[] = []
  const texts: SourceText[] = []
  visit(mdast, (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'html') {
      const marker = parseHtmlComment(node.value, start)
      if (marker) markers.push(marker)
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(node.value)
      const marker = comment ? parseMarker(comment[1]!, start, end) : undefined
      if (marker) markers.push(marker)
    } else if (node.type === 'link' && isAddress(node)) {
      // An autolink (`<https://…>`, `www.…`, an e-mail) shows its address as
      // its text: an address, not prose.
      ;(node as unknown as {type: string}).type = 'copydeskAddress'
      return 'skip'
    } else if (node.type === 'text') {
      texts.push({value: node.value, start, end})
    }
    return undefined
  })
  const tree = toNlcst(mdast, file, ParseEnglish, {source: sourceTypes, ignore: ignoredTypes}) as Root
  realign(tree, file, texts)
  return {tree, markers}
}

function isAddress(node: Extract<Nodes, {type: 'link'}>): boolean {
  if (node.children.length !== 1 || node.children[0]!.type !== 'text') return false
  const text = node.children[0]!.value
  return node.url === text || node.url.replace(/^(mailto:|https?:\/\/)/, '') === text.replace(/^(mailto:|https?:\/\/)/, '')
}
