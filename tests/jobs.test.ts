import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../src/config/resolve.js'
import {fixtures, root, run} from './cli-run.js'

/** A folder of several files in every format, some with slips, some clean. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-jobs-'))
  cpSync(join(fixtures, 'formats'), join(dir, 'formats'), {recursive: true})
  cpSync(join(root, 'tests/fixtures/seed-article.txt'), join(dir, 'seed-article.txt'))
  writeFileSync(join(dir, 'clean.txt'), 'The council met on Tuesday.\n')
  writeFileSync(join(dir, 'b.md'), '# Teh headline\n\nThe the mayor said so.\n')
  writeFileSync(join(dir, 'a.txt'), 'Recieve the the report.\n')
  return dir
}

describe('--jobs', () => {
  it('reports byte for byte what one thread does, in every reporter', async () => {
    const dir = folder()
    // Two threads under one reporter, three under the other: the files are shared out differently.
    for (const [reporter, threads] of [['json', ['2']], ['stylish', ['3']]] as const) {
      const one = await run(['--reporter', reporter, '.'], {cwd: dir})
      expect(one.code).toBe(1)
      expect(one.stdout + one.stderr).toContain('seed-article.txt')
      for (const jobs of threads) {
        const other = await run(['--reporter', reporter, '--jobs', jobs, '.'], {cwd: dir})
        expect(other.code).toBe(one.code)
        expect(other.stdout).toBe(one.stdout)
        expect(other.stderr).toBe(one.stderr)
      }
    }
  }, 300_000)

  it('fixes in the threads as in the main one', async () => {
    const one = folder()
    const two = folder()
    const a = await run(['--fix-dry-run', '.'], {cwd: one})
    const b = await run(['--fix-dry-run', '--jobs', '2', '.'], {cwd: two})
    expect(a.stdout).toContain('+Receive the report.')
    expect(b.stdout).toBe(a.stdout)
  }, 180_000)

  it('starts no more threads than the files named', async () => {
    const dir = folder()
    // Threads of its own, as the binary starts them (the other runs borrow the tests' shared ones).
    const two = await run(['--jobs', '3', '--debug', '--reporter', 'unix', 'a.txt', 'b.md'], {cwd: dir, ownThreads: true})
    expect(two.stderr).toContain('copydesk: jobs: 2 worker threads')
    expect(two.stdout).toBe((await run(['--reporter', 'unix', 'a.txt', 'b.md'], {cwd: dir})).stdout)
    // Found in a folder, the files are not known in advance: the threads asked for start.
    expect((await run(['--jobs', '3', '--debug', '--reporter', 'unix', '.'], {cwd: dir})).stderr).toContain('copydesk: jobs: 3 worker threads')
  }, 180_000)

  it('borrows threads kept across runs, leaves them running, and reports as one thread does', async () => {
    const {run: builtRun} = (await import(pathToFileURL(join(root, 'dist/run.js')).href)) as typeof import('../src/run.js')
    const {Threads} = (await import(pathToFileURL(join(root, 'dist/pool/threads.js')).href)) as typeof import('../src/pool/threads.js')
    const dir = folder()
    const threads = new Threads()
    const options = {files: ['a.txt', 'b.md'], reporter: 'unix', jobs: 2, debug: true, cwd: dir, stdin: '', env: {}, threads}
    try {
      const first = await builtRun(options)
      const pool = threads.pool(2)
      const second = await builtRun({...options, fix: false})
      // The same pool, and it still lints.
      expect(threads.pool(2)).toBe(pool)
      const result = await pool.run({path: 'c.txt', cwd: dir, value: 'Recieve it.\n', config: resolveConfig(), fix: false})
      expect(result.messages.map((message) => message.actual)).toContain('Recieve')
      expect(first.stderr).toBe('copydesk: jobs: 2 worker threads\n')
      expect([second.exitCode, second.stdout, second.stderr]).toEqual([first.exitCode, first.stdout, first.stderr])
      const one = await run(['--reporter', 'unix', 'a.txt', 'b.md'], {cwd: dir})
      expect([first.exitCode, first.stdout]).toEqual([one.code, one.stdout])
    } finally {
      await threads.close()
    }
  }, 180_000)

  it('takes auto, and refuses what is not a number of threads', async () => {
    const auto = await run(['--jobs', 'auto', '--debug', join(fixtures, 'formats/story.txt')])
    expect(auto.code).toBe(1)
    // One file named: no thread is started to load copydesk for it.
    expect(auto.stderr).not.toContain('worker threads')
    for (const bad of ['0', '1.5', 'many']) {
      const result = await run(['--jobs', bad, join(fixtures, 'formats/story.txt')])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('--jobs expects')
    }
  }, 180_000)
})
