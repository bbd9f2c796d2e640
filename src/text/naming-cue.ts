import {dataPath} from '../data/root.js'
import {readWordList} from '../data/word-list.js'
import {escapeRegExp} from './normalize.js'

/**
 * "known as Mtskhetoba", "a festival called Eid al-Ghadir", "dubbed the
 * Iron Lady": a name a story introduces with a verb of naming
 * (dictionaries/naming-cues.txt) is a name of its own, as deliberate as its
 * spelling, however near another it is.
 */
let cue: RegExp | undefined

/** Whether the word at `start` follows a verb of naming. */
export function afterNamingCue(value: string, start: number): boolean {
  cue ??= new RegExp(`(?:^|[^\\p{L}])(?:${readWordList(dataPath('dictionaries/naming-cues.txt')).map(escapeRegExp).join('|')}) (?:the )?["“‘']?$`, 'iu')
  return cue.test(value.slice(Math.max(0, start - 24), start))
}
