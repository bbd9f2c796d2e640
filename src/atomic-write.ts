import {randomBytes} from 'node:crypto'
import {chmodSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/**
 * Replaces a file's text without a window in which it is half written: a
 * temporary file beside it, given the original's mode, renamed over it.
 * The text is written as given, so a byte order mark and line endings the
 * linter kept are kept.
 */
export function writeAtomic(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777
  const temp = join(dirname(path), `.${basename(path)}.copydesk-${randomBytes(4).toString('hex')}`)
  try {
    writeFileSync(temp, text, {mode})
    chmodSync(temp, mode)
    renameSync(temp, path)
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {}
    throw error
  }
}
