import type {Root as Hast, Nodes} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {toNlcst} from 'hast-util-to-nlcst'
import type {Root} from 'nlcst'
import {parse as parse5, type DefaultTreeAdapterMap} from 'parse5'
import {ParseEnglish} from 'parse-english'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {nestingOf, refuseDeeperThanLimit} from './depth.js'
import {parseMarker, type Marker} from './markers.js'
import {realign, type SourceText} from './realign.js'

type Parse5Node = DefaultTreeAdapterMap['node']

/** A parse5 node's children, a template's content included. */
function childrenOf(node: Parse5Node): Parse5Node[] | undefined {
  const children = 'childNodes' in node ? node.childNodes : undefined
  return 'content' in node ? [...(children ?? []), node.content] : children
}

/**
 * HTML: prose from the hast text nodes (hast-util-to-nlcst, which already
 * skips script, style, svg and math and treats code as source); pre is
 * preformatted code or output, so it is skipped too.
 */
export function parseHtml(file: VFile): {tree: Root; markers: Marker[]} {
  // What rehype-parse does, with the depth looked at in between: parse5
  // builds any depth without recursion, hast-util-from-parse5 does not.
  const document = parse5(String(file.value), {sourceCodeLocationInfo: true, onParseError: null, scriptingEnabled: false})
  refuseDeeperThanLimit(nestingOf(document as Parse5Node, childrenOf))
  const hast = fromParse5(document, {file}) as Hast
  // Whitespace only: parse5 places no node, and hast-util-to-nlcst refuses a tree without a position.
  if (!hast.position) return {tree: {type: 'RootNode', children: []}, markers: []}
  const markers: Marker[] = []
  const texts: SourceText[] = []
  visit(hast, (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'element' && node.tagName === 'pre') node.properties.dataNlcst = 'ignore'
    if (start === undefined || end === undefined) return
    if (node.type === 'comment') {
      const marker = parseMarker(node.value, start, end)
      if (marker) markers.push(marker)
    } else if (node.type === 'text') {
      texts.push({value: node.value, start, end})
    }
  })
  const tree = toNlcst(hast, file, ParseEnglish) as Root
  realign(tree, file, texts)
  return {tree, markers}
}
