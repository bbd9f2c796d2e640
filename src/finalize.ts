import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {baseRule, levelToFatal, source, type Level} from './message.js'
import {rulesByPriority} from './rules.js'

/** Which rule speaks when two flag the same words: the more specific one, by each rule's `priority`. */
const priority = rulesByPriority

export interface Options {
  /** Configured severity per rule id; `info` turns every message of the rule into info. */
  levels: Readonly<Record<string, Level>>
}

function offsets(message: VFileMessage): [number, number] {
  const place = message.place
  if (place && 'start' in place) return [place.start.offset ?? 0, place.end.offset ?? 0]
  return [place?.offset ?? 0, place?.offset ?? 0]
}

/**
 * Last step of every processor: one message per slip (a finding inside a
 * more specific rule's finding goes), then the configured severities.
 */
export default function finalize(options: Readonly<Options>) {
  const rank = (message: VFileMessage) => {
    const index = priority.indexOf(baseRule(message.ruleId ?? ''))
    return index === -1 ? priority.length : index
  }
  return function (_tree: Root, file: VFile) {
    const ours = file.messages.filter((message) => message.source === source)
    const dropped = new Set<VFileMessage>()
    for (const message of ours) {
      const [start, end] = offsets(message)
      for (const other of ours) {
        if (other === message || dropped.has(other)) continue
        const [otherStart, otherEnd] = offsets(other)
        const same = start === otherStart && end === otherEnd
        const inside = otherStart <= start && end <= otherEnd
        // A message inside a more specific rule's finding says less about the same slip.
        if (inside && (rank(other) < rank(message) || (!same && (rank(other) === rank(message) || baseRule(message.ruleId ?? '') === 'spelling')))) {
          dropped.add(message)
          break
        }
      }
    }
    file.messages = file.messages.filter((message) => !dropped.has(message))
    for (const message of file.messages) {
      if (message.source !== source) continue
      const level = options.levels[baseRule(message.ruleId ?? '')]
      if (level === 'info') message.fatal = null
      else if (level === 'error' && message.fatal === false) message.fatal = levelToFatal('error')
    }
    file.messages.sort((a, b) => offsets(a)[0] - offsets(b)[0] || offsets(a)[1] - offsets(b)[1])
  }
}
