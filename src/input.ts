import {lstatSync, readdirSync, readFileSync, readlinkSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {chunkThreshold} from './chunks.js'
import {blobBytes} from './staged-files.js'

/**
 * What the read step found out about a file before parsing it. The engine
 * reads every file as UTF-8 text; copydesk then looks at that text (and, when
 * it holds a replacement character, at the bytes) before any rule sees it.
 */
export interface InputInfo {
  /** A UTF-8 byte order mark was taken off before parsing (so line 1 columns are right) and is put back by `--fix`. */
  bom: boolean
  /** Set when the bytes are not valid UTF-8: where, and that the text was linted with U+FFFD in their place. */
  lossy?: string
  /** Set when the file is not linted at all: why. */
  skipped?: string
  /** Set when the file was linted in this many chunks (see src/chunks.ts). */
  chunks?: number
}

declare module 'vfile' {
  interface DataMap {
    copydeskInput: InputInfo
    /** Set on the pieces of a large file linted one by one. */
    copydeskChunk: boolean
  }
}

/** `/dev/stdin` and the descriptor paths that name it. */
export function isStdinPath(path: string): boolean {
  return /^\/(?:dev\/stdin|dev\/fd\/0|proc\/self\/fd\/0)$/.test(path)
}

/** Binary files hold NUL bytes early on (the test git uses); text almost never does. */
const binaryWindow = 8000

/** The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid. */
export function invalidUtf8At(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return -1
  } catch {}
  // Walk the sequences to the first one that does not decode on its own.
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0
    if (size === 0 || i + size > bytes.length) return i
    if (size > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + size))
      } catch {
        return i
      }
    }
    i += size
  }
  return -1
}

function readBytes(file: VFile): Buffer | undefined {
  if (!file.path || file.data.unifiedEngineStreamIn) return undefined
  // A staged file's text is its index blob, not what is on disk.
  if (file.data.copydeskBlob) return blobBytes(file.data.copydeskBlob, file.cwd)
  try {
    return readFileSync(resolve(file.cwd, file.path))
  } catch {
    return undefined
  }
}

/**
 * Looks at a file's text before parsing: takes off a byte order mark, and
 * decides whether the file is text at all. Changes `file.value` (without the
 * mark) and records what it found in `file.data.copydeskInput`.
 */
export function prepareInput(file: VFile): InputInfo {
  const known = file.data.copydeskInput
  if (known) return known
  const info: InputInfo = {bom: false}
  file.data.copydeskInput = info
  let text = String(file.value ?? '')
  if (text.includes('\uFFFD')) {
    // The engine decoded the bytes leniently: a replacement character may be
    // in the file, or may stand for bytes that are not UTF-8.
    const bytes = readBytes(file)
    if (bytes && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      info.skipped = 'UTF-16 text (copydesk reads UTF-8; convert it with `iconv -f UTF-16 -t UTF-8`)'
    } else if (bytes) {
      const at = invalidUtf8At(bytes)
      if (at !== -1) {
        info.lossy = `not valid UTF-8 (the byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at byte offset ${at}); linted with U+FFFD in place of the bad bytes`
      }
    }
  }
  if (!info.skipped && text.slice(0, binaryWindow).includes('\u0000')) {
    info.skipped = 'a binary file (it holds NUL bytes), not linted'
  }
  if (text.charCodeAt(0) === 0xfeff) {
    info.bom = true
    text = text.slice(1)
  }
  file.value = info.skipped ? '' : text
  return info
}

/** The text to write back for a file's (fixed) text: its byte order mark restored. */
export function restoreInput(file: VFile, text: string): string {
  return file.data.copydeskInput?.bom ? '\uFEFF' + text : text
}

/** An empty tree: what a file that is not linted, or is linted in pieces, parses to. */
function empty(): Root {
  return {type: 'RootNode', children: []} as unknown as Root
}

/**
 * The read step, run by copydesk's parser on every file: prepares it (see
 * `prepareInput`), gives a file that is not text an empty tree, and marks a
 * file past `chunkThreshold` characters to be linted in pieces (see
 * src/chunks.ts) so that memory stays bounded. Copies the fixer re-lints
 * and the pieces themselves are already prepared.
 */
export function readInput(file: VFile, parse: (file: VFile) => Root): Root {
  const derived = file.data.copydeskRelint || file.data.copydeskChunk
  const info = derived ? undefined : prepareInput(file)
  if (info?.skipped) {
    file.data.copydeskMarkers = []
    return empty()
  }
  if (!file.data.copydeskChunk && String(file.value).length > chunkThreshold) {
    file.data.copydeskMarkers = []
    file.data.copydeskChunked = true
    return empty()
  }
  const tree = parse(file)
  if (file.data.copydeskChunk) {
    // A piece's control comments apply over the whole file, once.
    file.data.copydeskChunkMarkers = file.data.copydeskMarkers ?? []
    file.data.copydeskMarkers = []
  }
  return tree
}

/** Plain words for the system errors a path can raise. */
const errnoWords: Readonly<Record<string, string>> = {
  ELOOP: 'symbolic link loop',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'no such device',
  EBUSY: 'busy',
  ETIMEDOUT: 'timed out'
}

function errnoOf(message: VFileMessage): string | undefined {
  for (let cause: unknown = message.cause; cause instanceof Error; cause = cause.cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code) return code
  }
  return undefined
}

/**
 * A file problem the engine reported, said plainly: `symbolic link loop`
 * rather than `Cannot process file`, and a dangling link named as such.
 * Undefined when it is not about reading the path.
 */
export function plainProblem(path: string, message: VFileMessage, cwd = process.cwd()): string | undefined {
  const code = errnoOf(message)
  if (code === 'ENOENT' || message.reason === 'No such file or folder') {
    try {
      const link = resolve(cwd, path)
      if (lstatSync(link).isSymbolicLink()) return `${path}: broken symbolic link (it points to \`${readlinkSync(link)}\`, which does not exist)`
    } catch {}
    return undefined // The engine's own words, `No such file or folder`.
  }
  const words = code ? errnoWords[code] : undefined
  return words ? `${path}: ${words}` : undefined
}

/**
 * Paths named on the command line that copydesk cannot lint, each with its
 * one line: a named pipe or a device (reading one would block forever), or
 * a folder that holds no file with one of `extensions`. Paths that do not
 * exist or loop are left to the engine, which names them.
 */
export function screenPaths(paths: readonly string[], extensions: readonly string[], cwd = process.cwd()): Map<string, string> {
  const found = new Map<string, string>()
  for (const path of paths) {
    let stats
    try {
      stats = statSync(resolve(cwd, path))
    } catch {
      continue
    }
    if (stats.isFile()) continue
    if (stats.isDirectory()) {
      if (!folderHasFiles(resolve(cwd, path), extensions)) found.set(path, `${path}: a folder with no files to lint (looked for ${extensions.map((ext) => '.' + ext).join(' ')})`)
      continue
    }
    found.set(path, `${path}: ${kindOf(stats)}, not a file copydesk can read (pipe its text to \`copydesk -\` instead)`)
  }
  return found
}

type Entry = import('node:fs').Dirent

/**
 * Walks a folder's entries at any depth, `node_modules` aside, without
 * following links to folders, until `visit` returns true or after many
 * entries (then true).
 */
function walk(folder: string, visit: (entry: Entry) => boolean): boolean {
  const pending = [folder]
  let seen = 0
  while (pending.length > 0) {
    let entries
    try {
      entries = readdirSync(pending.pop()!, {withFileTypes: true})
    } catch {
      continue
    }
    for (const entry of entries) {
      if (++seen > 100_000) return true
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') pending.push(join(entry.parentPath, entry.name))
      } else if (visit(entry)) return true
    }
  }
  return false
}

const hasExtension = (name: string, extensions: readonly string[]) => extensions.some((ext) => name.toLowerCase().endsWith('.' + ext.toLowerCase()))

/** Whether a folder holds a file copydesk would read (by extension), looking at names only. Stops at the first one. */
export function folderHasFiles(folder: string, extensions: readonly string[]): boolean {
  return walk(folder, (entry) => hasExtension(entry.name, extensions))
}

/**
 * Named pipes, sockets and devices in a folder with a name copydesk reads,
 * each with what it is: the engine would open one and wait for a writer
 * forever, before copydesk sees the file.
 */
export function unreadableIn(folder: string, extensions: readonly string[]): Map<string, string> {
  const found = new Map<string, string>()
  walk(folder, (entry) => {
    if (entry.isFile() || !hasExtension(entry.name, extensions)) return false
    const path = join(entry.parentPath, entry.name)
    try {
      const stats = statSync(path)
      if (!stats.isFile() && !stats.isDirectory()) found.set(path, kindOf(stats))
    } catch {}
    return false
  })
  return found
}

function kindOf(stats: import('node:fs').Stats): string {
  return stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a regular file'
}

/** Files in a folder copydesk would read that are this file (by device and inode): the report the run is writing. */
export function copiesIn(folder: string, extensions: readonly string[], target: {dev: number; ino: number}): string[] {
  const found: string[] = []
  walk(folder, (entry) => {
    if (!hasExtension(entry.name, extensions)) return false
    const path = join(entry.parentPath, entry.name)
    try {
      const stats = statSync(path)
      if (stats.dev === target.dev && stats.ino === target.ino) found.push(path)
    } catch {}
    return false
  })
  return found
}
