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
  /** Each note kept, by rule, reason and text, with the places it stood at. */
  const first = new Map<string, {message: VFileMessage; places: number}>()
  const kept: VFileMessage[] = []
  for (const message of file.messages) {
    if (message.source !== source || levelOf(message) !== 'info' || offsetsOf(message) === undefined) {
      kept.push(message)
      continue
    }
    const key = `${message.ruleId}\u0000${message.reason}\u0000${String(message.actual ?? '')}`
    const earlier = first.get(key)
    if (earlier) {
      earlier.places++
      continue
    }
    first.set(key, {message, places: 1})
    kept.push(message)
  }
  if (kept.length === file.messages.length) return
  for (const {message, places} of first.values()) {
    if (places === 1) continue
    const repeated = `The same note stood at ${places} places; kept at the first.`
    message.note = message.note ? `${message.note} ${repeated}` : repeated
  }
  file.messages = kept
}
