import {messageControl} from 'unified-message-control'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Marker} from '../formats/markers.js'
import {baseRule, offsetsOf, report, source} from '../message.js'

interface MarkNode extends Node {
  type: 'copydeskMark'
  attributes: string
}

/**
 * Applies inline control comments to a linted file with
 * unified-message-control, which keeps the enable/disable state per rule.
 * copydesk adds what it lacks: `disable-next-line` (a disable at the start
 * of the next line and an enable at the line after), and a rule naming its
 * entries (`phrases` also silences `phrases:baited-breath`). A comment
 * naming a rule copydesk does not have is itself reported.
 */
export function applyControl(file: VFile, markers: readonly Marker[], ruleIds: readonly string[]): void {
  if (markers.length === 0) return
  const place = location(file)
  const present = [...new Set(file.messages.filter((m) => m.source === source).map((m) => m.ruleId ?? ''))]
  const marks: MarkNode[] = []
  const mark = (offset: number, verb: string, rules: string[]) => {
    const point = place.toPoint(offset)
    if (point) marks.push({type: 'copydeskMark', attributes: [verb, ...rules].join(' '), position: {start: point, end: point}})
  }
  for (const marker of markers) {
    const rules: string[] = []
    for (const rule of marker.rules) {
      if (!ruleIds.includes(baseRule(rule))) {
        report(file, {
          ruleId: 'inline-control',
          reason: `Unknown rule \`${rule}\` in \`copydesk-${marker.verb}\`, expected one of ${ruleIds.join(', ')}`,
          start: marker.start,
          end: marker.end,
          level: 'warning'
        })
        continue
      }
      rules.push(rule, ...present.filter((id) => rule !== id && baseRule(id) === rule))
    }
    if (marker.rules.length > 0 && rules.length === 0) continue
    if (marker.verb === 'disable-next-line') {
      const line = place.toPoint(marker.end)?.line
      if (line === undefined) continue
      const next = place.toOffset({line: line + 1, column: 1})
      if (next === undefined) continue
      mark(next, 'disable', rules)
      mark(place.toOffset({line: line + 2, column: 1}) ?? String(file.value).length, 'enable', rules)
    } else {
      mark(marker.start, marker.verb, rules)
    }
  }
  // A report about a comment joins the others in document order.
  file.messages.sort((a, b) => (offsetsOf(a)?.[0] ?? 0) - (offsetsOf(b)?.[0] ?? 0))
  // The engine's state machine reads marks in document order.
  marks.sort((a, b) => a.position!.start.offset! - b.position!.start.offset!)
  // The root spans from the start of the file to the last mark: the engine
  // drops messages in stretches no node covers (generated content).
  const first = place.toPoint(0)
  const last = marks.at(-1)?.position?.start
  if (!first || !last) return
  const tree = {type: 'root', children: marks, position: {start: first, end: last}}
  messageControl(tree as Node, {
    file,
    name: 'copydesk',
    source,
    marker: (node) => (node.type === 'copydeskMark' ? {name: 'copydesk', attributes: (node as MarkNode).attributes} : null)
  })
}
