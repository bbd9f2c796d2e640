import {execFileSync} from 'node:child_process'
import {resolve} from 'node:path'

/**
 * Files changed since a git ref (committed, staged or not) and files git
 * does not track yet, as absolute paths; deleted files are left out. Runs
 * git directly, never through a shell, so a ref cannot inject commands.
 */
export function changedSince(ref: string, cwd = process.cwd()): string[] {
  const git = (...args: string[]) => execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  const root = git('rev-parse', '--show-toplevel').trim()
  const changed = git('diff', '--name-only', '--diff-filter=ACMR', '-z', ref, '--').split('\0')
  const untracked = git('ls-files', '--others', '--exclude-standard', '-z', '--full-name').split('\0')
  return [...new Set([...changed, ...untracked].filter(Boolean))].map((path) => resolve(root, path))
}
