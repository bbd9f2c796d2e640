import {lstatSync, realpathSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {isInside} from './project.js'

/**
 * What the editor's add-word and add-name commands may write. A client may
 * send any URI and any string: the word list is one entry a line with `#`
 * starting a comment, so a "word" with a line break would add several
 * entries, and a `file://` URI outside the workspace would put a
 * `.copydesk/` folder wherever it points.
 */

const longestWord = 64
const longestName = 128

/** Why `value` is not one word the word list can hold, or undefined when it is. */
export function badWord(value: string): string | undefined {
  return badEntry(value, longestWord) ?? (/\s/u.test(value.trim()) ? 'a word has no spaces' : undefined)
}

/** Why `value` is not one name the gazetteer can hold, or undefined when it is. */
export function badName(value: string): string | undefined {
  return badEntry(value, longestName) ?? (/\s{2}|[^\S ]/u.test(value.trim()) ? 'a name has single spaces only' : undefined)
}

function badEntry(value: string, longest: number): string | undefined {
  // \p{Cc} covers line breaks and tabs; U+2028 and U+2029 end a line too in some readers.
  if (/[\p{Cc}\u2028\u2029]/u.test(value)) return 'it holds a line break or a control character'
  const entry = value.trim()
  if (entry.includes('#')) return 'a `#` starts a comment in the word list'
  if (!/\p{L}/u.test(entry)) return 'it has no letter'
  if ([...entry].length > longest) return `it is longer than ${longest} characters`
  return undefined
}

/**
 * The real path `path` would have once created: its nearest existing
 * ancestor resolved (links followed, `..` gone), the rest appended.
 * Undefined for a link that points nowhere, whose target would be created
 * wherever it points.
 */
function realPathToBe(path: string): string | undefined {
  const rest: string[] = []
  let current = resolve(path)
  for (;;) {
    try {
      return join(realpathSync(current), ...rest)
    } catch {
      try {
        lstatSync(current)
        return undefined
      } catch {}
    }
    const parent = dirname(current)
    if (parent === current) return undefined
    rest.unshift(basename(current))
    current = parent
  }
}

/** Whether writing `path` stays inside one of the workspace folders, once links are followed. */
export function insideWorkspace(path: string, folders: readonly string[]): boolean {
  const real = realPathToBe(path)
  if (real === undefined) return false
  return folders.some((folder) => {
    try {
      return isInside(real, realpathSync(folder))
    } catch {
      return false
    }
  })
}
