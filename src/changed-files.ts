import {execFileSync} from 'node:child_process'
import {resolve, sep} from 'node:path'
import {git} from './git.js'

/** A `--changed-since` value that does not name a commit of the repository. */
export class BadRefError extends Error {}

/**
 * Files changed since a git ref (committed, staged or not) and files git
 * does not track yet, as absolute paths; deleted files are left out. Runs
 * git directly, never through a shell, so a ref cannot inject commands.
 * git takes any argument that starts with `-` as an option, and some write
 * files (`--output=FILE`), so the ref only ever reaches git after
 * `--end-of-options`, and git diff gets the commit id it resolved to.
 */
export function changedSince(ref: string, cwd = process.cwd()): string[] {
  const lines = (...args: string[]) => git(args, cwd).toString('utf8')
  const root = lines('rev-parse', '--show-toplevel').trim()
  const commit = commitOf(ref, cwd)
  const changed = lines('diff', '--name-only', '--diff-filter=ACMR', '-z', commit, '--').split('\0')
  const untracked = lines('ls-files', '--others', '--exclude-standard', '-z', '--full-name').split('\0')
  return [...new Set([...changed, ...untracked].filter(Boolean))].map((path) => resolve(root, path))
}

/** The commit id `ref` names, or a BadRefError. */
export function commitOf(ref: string, cwd = process.cwd()): string {
  let id = ''
  try {
    id = execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
  } catch {}
  if (!/^[0-9a-f]{40,64}$/.test(id)) throw new BadRefError('not a commit in this git repository')
  return id
}

/**
 * The paths git named that a run lints: those with one of `extensions`,
 * and, when paths are named on the command line, inside one of them.
 */
export function lintable(paths: readonly string[], extensions: readonly string[], within: readonly string[]): string[] {
  return paths.filter(
    (path) =>
      extensions.some((ext) => path.toLowerCase().endsWith('.' + ext.toLowerCase())) &&
      (within.length === 0 || within.some((dir) => path === dir || path.startsWith(dir + sep)))
  )
}
