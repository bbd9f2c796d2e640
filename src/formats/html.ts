import type {Root as Hast, Nodes} from 'hast'
import {toNlcst} from 'hast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {parseMarker, type Marker} from './markers.js'
import {realign, type SourceText} from './realign.js'

const html = unified().use(rehypeParse).freeze()

/**
 * HTML: prose from the hast text nodes (hast-util-to-nlcst, which already
 * skips script, style, svg and math and treats code as source); pre is
 * preformatted code or output, so it is skipped too.
 */
export function parseHtml(file: VFile): {tree: Root; markers: Marker[]} {
  const hast = html.parse(file) as Hast
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
