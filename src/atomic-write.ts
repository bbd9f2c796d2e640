import {randomBytes} from 'node:crypto'
import {chmodSync, chownSync, closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/** The file on disk is not what copydesk read: someone else wrote it in the meantime. */
export class ChangedOnDiskError extends Error {
  readonly code = 'ECHANGED'
  constructor(path: string) {
    super(`${path} changed on disk since it was read`)
  }
}

export interface WriteOptions {
  /** What the file must still hold, byte for byte, when it is replaced; otherwise nothing is written. */
  expected?: string | Uint8Array
}

/**
 * Replaces a file's text without a window in which it is half written: a
 * temporary file beside it, flushed to disk and given the original's mode
 * (and owner, where allowed), renamed over it. A symbolic link stays a link:
 * the file it points to is replaced. With `expected`, the file's current
 * bytes are compared just before the rename, and a file someone changed in
 * the meantime is left alone (`ChangedOnDiskError`). The text is written as
 * given, so a byte order mark and line endings the caller kept are kept.
 *
 * A file with other hard links is rewritten in place instead, since a rename
 * would leave the other names with the old text. The flushed temporary copy
 * is removed only once the file holds the new text, so a write that fails
 * half way leaves the new text beside it, and the error names that copy.
 */
export function writeAtomic(path: string, text: string, options: WriteOptions = {}): void {
  const target = realpathSync(path)
  const stats = statSync(target)
  const mode = stats.mode & 0o7777
  const temp = join(dirname(target), `.${basename(target)}.copydesk-${randomBytes(4).toString('hex')}`)
  try {
    const fd = openSync(temp, 'wx', mode)
    try {
      writeSync(fd, text)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    chmodSync(temp, mode)
    try {
      if (stats.uid !== process.getuid?.() || stats.gid !== process.getgid?.()) chownSync(temp, stats.uid, stats.gid)
    } catch {
      // Only root may give a file away; others keep their own ownership.
    }
    if (options.expected !== undefined) {
      const expected = typeof options.expected === 'string' ? Buffer.from(options.expected, 'utf8') : options.expected
      if (!readFileSync(target).equals(expected)) throw new ChangedOnDiskError(path)
    }
    if (stats.nlink > 1) {
      rewriteInPlace(target, text, temp)
      unlinkSync(temp)
      return
    }
    renameSync(temp, target)
  } catch (error) {
    if (error instanceof InPlaceWriteError) throw error
    try {
      unlinkSync(temp)
    } catch {}
    throw error
  }
}

/** A hard-linked file whose rewrite in place failed; the new text is kept in `copy`. */
export class InPlaceWriteError extends Error {
  readonly code = 'EINPLACE'
  constructor(
    path: string,
    readonly copy: string,
    cause: unknown
  ) {
    super(`${path} could not be rewritten in place (${(cause as Error).message}); the fixed text is in ${copy}`, {cause})
  }
}

function rewriteInPlace(target: string, text: string, copy: string): void {
  let fd: number | undefined
  try {
    fd = openSync(target, 'r+')
    const bytes = Buffer.from(text, 'utf8')
    writeSync(fd, bytes, 0, bytes.length, 0)
    ftruncateSync(fd, bytes.length)
    fsyncSync(fd)
  } catch (error) {
    throw new InPlaceWriteError(target, copy, error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
