import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {describeCause, writeAtomic} from './atomic-write.js'
import {restoreUnfixed} from './pipeline/file-data.js'
import {restoreInput} from './pipeline/read.js'

/** Files whose fixes were not written, one line each naming the file and why. */
export interface Unwritten {
  /** copydesk chose not to write (the file is not valid UTF-8, or changed on disk): the findings decide the exit code. */
  refused: string[]
  /** Writing failed: the run fails (exit 2). */
  failed: string[]
}

/**
 * Writes the files `--fix` changed, each atomically; a file that did not
 * change is not touched, nor is one that changed on disk since it was read
 * (someone saved it meanwhile) or one that is not valid UTF-8 (writing it
 * would replace its bad bytes). The byte order mark is put back. A file
 * whose fixes are not written is put back as it was read, with all its
 * findings, so the report tells what the file on disk holds.
 */
export function fixFiles(files: readonly VFile[]): Unwritten {
  const unwritten: Unwritten = {refused: [], failed: []}
  for (const file of files) {
    const original = file.data.copydesk?.fixed?.original
    if (original === undefined || !file.path) continue
    const reason = write(file, original)
    if (!reason) continue
    restoreUnfixed(file)
    unwritten[reason.failed ? 'failed' : 'refused'].push(`${file.path}: ${reason.line}`)
  }
  return unwritten
}

function write(file: VFile, original: string): {line: string; failed: boolean} | undefined {
  if (file.data.copydesk?.input?.lossy) {
    return {line: 'fixes not written: the file is not valid UTF-8, and writing it would replace the bytes that are not', failed: false}
  }
  try {
    writeAtomic(resolve(file.cwd, file.path), restoreInput(file, String(file.value)), {expected: restoreInput(file, original)})
    return undefined
  } catch (error) {
    const {code, message} = error as NodeJS.ErrnoException
    if (code === 'ECHANGED') return {line: 'fixes not written: the file changed on disk while copydesk worked on it; run copydesk again', failed: false}
    if (code === 'EINPLACE') return {line: message, failed: true}
    return {line: `fixes not written: ${describeCause(error)}; the file is as it was`, failed: true}
  }
}
