import {lstatSync, readdirSync, readlinkSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import type {VFileMessage} from 'vfile-message'

// Paths a run is given or finds, before any file is read: what cannot be
// linted, and the engine's errors about a path in plain words. A file's
// text is the pipeline's first stage (src/pipeline/read.ts).

/** `/dev/stdin` and the descriptor paths that name it. */
export function isStdinPath(path: string): boolean {
  return /^\/(?:dev\/stdin|dev\/fd\/0|proc\/self\/fd\/0)$/.test(path)
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
