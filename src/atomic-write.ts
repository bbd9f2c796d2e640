import {createHash, randomBytes} from 'node:crypto'
import * as nodeFs from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'

/** The file on disk is not what copydesk read: someone else wrote it in the meantime. */
export class ChangedOnDiskError extends Error {
  readonly code = 'ECHANGED'
  constructor(path: string) {
    super(`${path} changed on disk since it was read`)
  }
}

/** The file system took fewer bytes than it was given and no error said why (a full disk, often). */
export class ShortWriteError extends Error {
  readonly code = 'ESHORT'
  constructor(written: number, total: number) {
    super(`the file system took ${written} of ${total} bytes`)
  }
}

/** What was written is not what was read back: the temporary copy is not trusted. */
export class VerifyError extends Error {
  readonly code = 'EVERIFY'
  constructor(what: string) {
    super(`the written copy did not read back the same (${what})`)
  }
}

/** The calls the writer makes; tests pass one that fails on cue at any of them. */
export type FileSystem = Pick<
  typeof nodeFs,
  | 'chmodSync'
  | 'chownSync'
  | 'closeSync'
  | 'fstatSync'
  | 'fsyncSync'
  | 'ftruncateSync'
  | 'openSync'
  | 'readFileSync'
  | 'readSync'
  | 'realpathSync'
  | 'renameSync'
  | 'statSync'
  | 'unlinkSync'
  | 'writeSync'
>

export interface WriteOptions {
  /** What the file must still hold, byte for byte, when it is replaced; otherwise nothing is written. */
  expected?: string | Uint8Array
  /** The file system to write through; node's by default. */
  fs?: FileSystem
  /** Create the file when it does not exist yet (readable by all, as a new file usually is). */
  create?: boolean
}

/**
 * Replaces a file's text so that it ends with every byte of the new text or
 * with its old text, never a part: a temporary file beside it is written
 * to the last byte, flushed, read back and compared (size and SHA-256),
 * given the original's mode (and owner, where allowed), then renamed over
 * it. Any failure removes the temporary file and leaves the original as it
 * was. A symbolic link stays a link: the file it points to is replaced.
 * With `expected`, the file's current bytes are compared just before the
 * rename, and a file someone changed in the meantime is left alone
 * (`ChangedOnDiskError`). The text is written as given, so a byte order
 * mark and line endings the caller kept are kept.
 *
 * A file with other hard links is rewritten in place instead, since a rename
 * would leave the other names with the old text (see `rewriteInPlace`).
 */
export function writeAtomic(path: string, text: string, options: WriteOptions = {}): void {
  const fs = options.fs ?? nodeFs
  const existing = options.create ? existingFile(fs, path) : path
  const target = existing === undefined ? resolve(path) : fs.realpathSync(existing)
  const stats = existing === undefined ? undefined : fs.statSync(target)
  const mode = stats ? stats.mode & 0o7777 : 0o666 & ~process.umask()
  const bytes = Buffer.from(text, 'utf8')
  const temp = join(dirname(target), `.${basename(target)}.copydesk-${randomBytes(4).toString('hex')}`)
  let keepTemp = false
  try {
    const fd = fs.openSync(temp, 'wx+', mode)
    try {
      writeAll(fs, fd, bytes, 0)
      fs.fsyncSync(fd)
      verify(fs, fd, bytes)
    } finally {
      fs.closeSync(fd)
    }
    fs.chmodSync(temp, mode)
    try {
      if (stats && (stats.uid !== process.getuid?.() || stats.gid !== process.getgid?.())) fs.chownSync(temp, stats.uid, stats.gid)
    } catch {
      // Only root may give a file away; others keep their own ownership.
    }
    if (options.expected !== undefined) {
      const expected = typeof options.expected === 'string' ? Buffer.from(options.expected, 'utf8') : options.expected
      if (!fs.readFileSync(target).equals(expected)) throw new ChangedOnDiskError(path)
    }
    if (stats && stats.nlink > 1) {
      try {
        rewriteInPlace(fs, target, bytes, stats.size)
      } catch (error) {
        if (error instanceof InPlaceWriteError) keepTemp = true
        throw error instanceof InPlaceWriteError ? new InPlaceWriteError(target, temp, error.cause) : error
      }
    } else {
      fs.renameSync(temp, target)
      syncFolder(fs, dirname(target))
      return
    }
  } catch (error) {
    if (!keepTemp) removeQuietly(fs, temp)
    throw error
  }
  removeQuietly(fs, temp)
}

/** The path when something is there to replace, else undefined. */
function existingFile(fs: FileSystem, path: string): string | undefined {
  try {
    fs.statSync(path)
    return path
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** A hard-linked file whose rewrite in place failed half way; the new text is kept in `copy`. */
export class InPlaceWriteError extends Error {
  readonly code = 'EINPLACE'
  constructor(
    path: string,
    readonly copy: string,
    cause: unknown
  ) {
    super(`${path} could not be rewritten in place (${describeCause(cause)}); the fixed text is in ${copy}`, {cause})
  }
}

/**
 * Writes `bytes` at `position` until every byte is taken: a write may take
 * fewer bytes than it is given, and only a write that takes none means the
 * file system has stopped taking them.
 */
function writeAll(fs: FileSystem, fd: number, bytes: Uint8Array, position: number): void {
  let done = 0
  while (done < bytes.length) {
    const written = fs.writeSync(fd, bytes, done, bytes.length - done, position + done)
    if (!(written > 0)) throw new ShortWriteError(done, bytes.length)
    done += written
  }
}

/** Reads the open file back and compares it with what was meant to be there. */
function verify(fs: FileSystem, fd: number, bytes: Uint8Array): void {
  const size = fs.fstatSync(fd).size
  if (size !== bytes.length) throw new VerifyError(`${size} bytes on disk, ${bytes.length} meant`)
  const back = Buffer.alloc(size)
  let done = 0
  while (done < size) {
    const read = fs.readSync(fd, back, done, size - done, done)
    if (!(read > 0)) throw new VerifyError(`read ${done} of ${size} bytes`)
    done += read
  }
  if (digest(back) !== digest(bytes)) throw new VerifyError('the SHA-256 differs')
}

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Rewrites a hard-linked file through its own inode. The part past the old
 * end goes first: on a full disk that is the write that fails, and cutting
 * the file back to its old length then leaves it as it was. Only a failure
 * while the old bytes are overwritten leaves the file changed; that is an
 * `InPlaceWriteError`, and the caller keeps the verified copy.
 */
function rewriteInPlace(fs: FileSystem, target: string, bytes: Uint8Array, oldSize: number): void {
  const fd = fs.openSync(target, 'r+')
  try {
    if (bytes.length > oldSize) {
      try {
        writeAll(fs, fd, bytes.subarray(oldSize), oldSize)
        fs.fsyncSync(fd)
      } catch (error) {
        try {
          fs.ftruncateSync(fd, oldSize)
        } catch (undo) {
          throw new InPlaceWriteError(target, '', undo)
        }
        throw error
      }
    }
    try {
      writeAll(fs, fd, bytes.subarray(0, Math.min(oldSize, bytes.length)), 0)
      if (bytes.length < oldSize) fs.ftruncateSync(fd, bytes.length)
      fs.fsyncSync(fd)
      verify(fs, fd, bytes)
    } catch (error) {
      throw new InPlaceWriteError(target, '', error)
    }
  } finally {
    // Flushed and read back already: a failing close loses nothing.
    quietly(() => fs.closeSync(fd))
  }
}

/** Makes the rename itself durable; file systems that cannot sync a folder are let be. */
function syncFolder(fs: FileSystem, folder: string): void {
  let fd: number
  try {
    fd = fs.openSync(folder, 'r')
  } catch {
    return
  }
  // The rename has happened; only its durability across a crash is in doubt.
  quietly(() => fs.fsyncSync(fd))
  quietly(() => fs.closeSync(fd))
}

function removeQuietly(fs: FileSystem, path: string): void {
  quietly(() => fs.unlinkSync(path))
}

function quietly(action: () => void): void {
  try {
    action()
  } catch {}
}

const causes: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error',
  EPERM: 'the operation is not permitted',
  EACCES: 'permission denied',
  EROFS: 'the file system is read-only',
  EFBIG: 'the file would be too large'
}

/** One short phrase for why a write failed, for the line that names the file. */
export function describeCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && code in causes) return `${causes[code]}, ${code}`
  if (error instanceof ShortWriteError || error instanceof VerifyError) return error.message
  return code ?? (error instanceof Error ? error.message : String(error))
}
