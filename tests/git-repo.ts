import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** A new repository in a temporary folder, with no commit yet; git runs in it as a fixed author. */
export function repository(prefix = 'copydesk-git-') {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {cwd: dir, encoding: 'utf8'})
  git('init', '-q')
  /** Writes a file, with its folders. */
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(join(dir, path, '..'), {recursive: true})
    writeFileSync(join(dir, path), text)
  }
  return {dir, git, write}
}
