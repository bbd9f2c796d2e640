import type {VFile} from 'vfile'
import {writeAtomic} from './atomic-write.js'

/**
 * Writes the files `--fix` changed, each atomically; a file that did not
 * change is not touched. Returns one line per file that could not be written.
 */
export function fixFiles(files: readonly VFile[]): string[] {
  const problems: string[] = []
  for (const file of files) {
    if (file.data.copydeskOriginal === undefined || !file.path) continue
    try {
      writeAtomic(file.path, String(file.value))
    } catch (error) {
      problems.push(`${file.path}: cannot write fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }
  return problems
}
