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
  for (const line of text.split(/\r?\n/)) {
    const word = line.replace(/#.*/, '').trim()
    if (word) words.push(word)
  }
  return words
}
