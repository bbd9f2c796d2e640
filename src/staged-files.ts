import {resolve} from 'node:path'
import {VFile} from 'vfile'
import {git} from './git.js'

/**
 * `--staged`: the content a commit would record, not the working copy. The
 * staged files (added, copied, modified or renamed) are read from their
 * index blobs, so an edit left unstaged neither hides a staged mistake nor
 * blocks the commit, an untracked draft is not linted, and a repository
 * with no commit yet works (git compares its index with the empty tree).
 * Each file keeps its real path, so configuration, ignore files and format
 * are found as for the working copy; those are read from the working tree.
 * git honours GIT_INDEX_FILE, so a hook run by `git commit -a` or
 * `git commit <path>` sees the index that commit writes.
 */

/** A staged file: its absolute path and the id of its index blob. */
export interface StagedEntry {
  path: string
  blob: string
}

// Regular files only: a symbolic link's blob is its target, a submodule's entry a commit.
const fileModes = new Set(['100644', '100755'])

/** The staged regular files of the repository around `cwd`, with their blob ids. */
export function stagedEntries(cwd: string): StagedEntry[] {
  const root = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim()
  const raw = git(['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=ACMR'], root).toString('utf8')
  // `:<old mode> <new mode> <old id> <new id> <status>` NUL `<path>` NUL, one pair a file.
  const fields = raw.split('\0')
  const entries: StagedEntry[] = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, mode, , blob] = fields[i]!.slice(1).split(' ')
    if (mode && blob && fileModes.has(mode)) entries.push({path: resolve(root, fields[i + 1]!), blob})
  }
  return entries
}

/** The bytes of blobs, in their order, read through one `git cat-file --batch`. */
export function readBlobs(blobs: readonly string[], cwd: string): Buffer[] {
  if (blobs.length === 0) return []
  const out = git(['cat-file', '--batch'], cwd, blobs.join('\n') + '\n')
  const contents: Buffer[] = []
  let at = 0
  for (const blob of blobs) {
    // `<id> blob <size>` LF, the bytes, LF.
    const end = out.indexOf(0x0a, at)
    const header = out.subarray(at, end).toString('latin1').split(' ')
    if (header[0] !== blob || header[1] !== 'blob') throw new Error(`git cat-file: expected blob ${blob}, got \`${header.join(' ')}\``)
    const size = Number(header[2])
    contents.push(out.subarray(end + 1, end + 1 + size))
    at = end + 1 + size + 1
  }
  return contents
}

/** Staged entries as files whose text is their staged content. */
export function stagedFiles(entries: readonly StagedEntry[], cwd: string): VFile[] {
  const contents = readBlobs(
    entries.map((entry) => entry.blob),
    cwd
  )
  // Decoded as the engine decodes a file it reads (invalid bytes become U+FFFD).
  return entries.map((entry, i) => new VFile({path: entry.path, cwd, value: contents[i]!.toString('utf8'), data: {copydesk: {blob: entry.blob}}}))
}

/** Why `--staged` cannot go with these options, or nothing. */
export function stagedProblem(options: {files: readonly string[]; fix?: boolean | undefined; changedSince?: string | undefined; shard?: unknown}): string | undefined {
  if (options.files.includes('-')) return '--staged lints the index, not standard input'
  if (options.fix) return '--staged lints the index, which --fix cannot write: fix the working files and `git add` them (--fix-dry-run shows the fixes)'
  if (options.changedSince !== undefined) return 'use either --staged or --changed-since'
  if (options.shard !== undefined) return '--shard splits an archive, --staged lints one commit: use one or the other'
  return undefined
}
