import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {describeCause, writeAtomic} from './atomic-write.js'
import {restoreInput} from './input.js'

/**
 * Writes the files `--fix` changed, each atomically; a file that did not
 * change is not touched, nor is one that changed on disk since it was read
 * (someone saved it meanwhile) or one that is not valid UTF-8 (writing it
 * would replace its bad bytes). The byte order mark is put back. Returns
 * one line per file that could not be written.
 */
export function fixFiles(files: readonly VFile[]): string[] {
  const problems: string[] = []
  for (const file of files) {
    const original = file.data.copydeskOriginal
    if (original === undefined || !file.path) continue
    if (file.data.copydeskInput?.lossy) {
      problems.push(`${file.path}: fixes not written: the file is not valid UTF-8, and writing it would replace the bytes that are not`)
      continue
    }
    try {
      writeAtomic(resolve(file.cwd, file.path), restoreInput(file, String(file.value)), {expected: restoreInput(file, original)})
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      problems.push(
        code === 'ECHANGED'
          ? `${file.path}: fixes not written: the file changed on disk while copydesk worked on it; run copydesk again`
          : code === 'EINPLACE'
            ? `${file.path}: ${(error as Error).message}`
            : `${file.path}: fixes not written: ${describeCause(error)}; the file is as it was`
      )
    }
  }
  return problems
}
