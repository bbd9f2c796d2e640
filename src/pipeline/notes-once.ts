import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {levelOf, offsetsOf, source} from '../message.js'

/**
 * The last stage: a note (info) repeated word for word on the same text
 * ("Unexpected unknown word `Osimhen`" at each of his six mentions) is kept
 * at its first place only, its note saying at how many places it stood. A
 * note is "possibly right" and never fixed, so an editor checks the word
 * once; a name the story writes the same way each time is one name to
 * check, not six. Warnings and errors stay at every place: each is a slip
 * to fix where it is.
 */
export function noteRepeatsOnce(file: VFile): void {
  const first = new Map<string, VFileMessage>()
  const uses = new Map<VFileMessage, number>()
  const kept: VFileMessage[] = []
  for (const message of file.messages) {
    if (message.source !== source || levelOf(message) !== 'info' || offsetsOf(message) === undefined) {
      kept.push(message)
      continue
    }
    const key = `${message.ruleId}\u0000${message.reason}\u0000${String(message.actual ?? '')}`
    const earlier = first.get(key)
    if (earlier) {
      uses.set(earlier, (uses.get(earlier) ?? 1) + 1)
      continue
    }
    first.set(key, message)
    kept.push(message)
  }
  if (uses.size === 0) return
  for (const [message, count] of uses) {
    const repeated = `The same note stood at ${count} places; kept at the first.`
    message.note = message.note ? `${message.note} ${repeated}` : repeated
  }
  file.messages = kept
}
