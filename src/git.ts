import {execFileSync} from 'node:child_process'

/**
 * Runs git directly (never through a shell, so no argument is ever parsed
 * as a command) and returns its standard output; `input` is written to its
 * standard input. A failure becomes a GitError of one line.
 */
export function git(args: readonly string[], cwd: string, input?: string): Buffer {
  try {
    // No limit on output: the staged blobs of a large commit come back in one read.
    return execFileSync('git', args, {cwd, input, maxBuffer: Number.POSITIVE_INFINITY, stdio: ['pipe', 'pipe', 'pipe']})
  } catch (error) {
    throw new GitError(gitProblem(error))
  }
}

/** A git command that could not run or failed, said in one line. */
export class GitError extends Error {}

function gitProblem(error: unknown): string {
  const failure = error as NodeJS.ErrnoException & {stderr?: Buffer | string}
  if (failure.code === 'ENOENT') return 'git is not installed (or not on PATH)'
  const said = String(failure.stderr ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean)
  return said ? said.replace(/^fatal: /, '') : failure.message.split('\n')[0]!
}
