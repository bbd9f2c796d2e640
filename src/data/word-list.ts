import {readFileSync} from 'node:fs'
import {fromWorkingFolder} from './working-folder.js'
import {DataError} from './yaml-file.js'

/** Reads a word list: one entry a line, `#` starts a comment. */
export function readWordList(path: string): string[] {
  let text: string
  try {
    text = readFileSync(fromWorkingFolder(path), 'utf8')
  } catch (error) {
    throw new DataError(path, undefined, `cannot read word list (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  const words: string[] = []
  // A comment runs from "#" to the line's end; `trim` takes a CRLF file's "\r". Most lines have no comment: a
  // regular expression on each made reading the place names at every start nearly twice as slow.
  for (const line of text.split('\n')) {
    const comment = line.indexOf('#')
    const word = (comment === -1 ? line : line.slice(0, comment)).trim()
    if (word) words.push(word)
  }
  return words
}
