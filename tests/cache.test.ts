import {appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtures, run} from './cli-run.js'

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cache-'))
  cpSync(join(fixtures, 'formats'), dir, {recursive: true})
  return dir
}

const stats = (stderr: string) => /cache: (\d+) from cache, (\d+) linted/.exec(stderr)?.slice(1).map(Number)

describe('--cache', () => {
  it('reads unchanged files from the cache, with the same report', async () => {
    const dir = project()
    const plain = await run(['--reporter', 'json', '.'], {cwd: dir})
    const first = await run(['--reporter', 'json', '--cache', '--debug', '.'], {cwd: dir})
    expect(stats(first.stderr)).toEqual([0, 4])
    const second = await run(['--reporter', 'json', '--cache', '--debug', '.'], {cwd: dir})
    expect(stats(second.stderr)).toEqual([4, 0])
    expect(second.stdout).toBe(plain.stdout)
    expect(first.stdout).toBe(plain.stdout)
    expect(second.code).toBe(plain.code)
    expect(readFileSync(join(dir, 'node_modules/.cache/copydesk/cache.json'), 'utf8')).toContain('story.md')
  }, 240_000)

  it('lints again a file that changed, or all files when the configuration did', async () => {
    const dir = project()
    const location = join(dir, 'cache-here')
    const args = ['--reporter', 'unix', '--cache', '--cache-location', location, '--debug', '.']
    await run(args, {cwd: dir})
    writeFileSync(join(dir, 'story.txt'), 'Teh mayor resigned.\n')
    const changed = await run(args, {cwd: dir})
    expect(stats(changed.stderr)).toEqual([3, 1])
    expect(changed.stdout).toContain('story.txt:1:1')
    writeFileSync(join(dir, '.copydeskrc.json'), JSON.stringify({rules: {spelling: 'off'}}))
    const configured = await run(args, {cwd: dir})
    expect(stats(configured.stderr)).toEqual([0, 4])
    expect(configured.stdout).not.toContain('story.txt:1:1')
  }, 240_000)

  it('lints again when a word is added to the project\'s .copydesk/words.txt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cache-'))
    mkdirSync(join(dir, '.copydesk'), {recursive: true})
    writeFileSync(join(dir, 'package.json'), '{}')
    writeFileSync(join(dir, '.copydesk/words.txt'), 'Brightwater\n')
    writeFileSync(join(dir, 'story.txt'), 'The mayor, Anna Wexlund, said so.\n')
    const args = ['--reporter', 'unix', '--cache', '--debug', 'story.txt']
    const first = await run(args, {cwd: dir})
    expect(first.stdout).toBe('story.txt:1:17: info Unexpected unknown word `Wexlund` [spelling]\n')
    appendFileSync(join(dir, '.copydesk/words.txt'), 'Wexlund\n')
    const added = await run(args, {cwd: dir})
    expect([added.stdout, stats(added.stderr)]).toEqual(['', [0, 1]])
    expect(stats((await run(args, {cwd: dir})).stderr)).toEqual([1, 0])
  }, 240_000)

  it('keys each file by its own project\'s word list, by content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cache-'))
    for (const name of ['north', 'south']) {
      mkdirSync(join(dir, name, '.copydesk'), {recursive: true})
      writeFileSync(join(dir, name, '.copydesk/words.txt'), 'Brightwater\n')
      writeFileSync(join(dir, name, 'story.txt'), 'The mayor, Anna Wexlund, said so.\n')
    }
    const args = ['--reporter', 'unix', '--cache', '--debug', 'north', 'south']
    const unknown = (name: string) => `${name}/story.txt:1:17: info Unexpected unknown word \`Wexlund\` [spelling]\n`
    const first = await run(args, {cwd: dir})
    expect([first.stdout, stats(first.stderr)]).toEqual([unknown('north') + unknown('south'), [0, 2]])
    // Same size, same time of change: only the text differs, and only north's file is linted again.
    const words = join(dir, 'north/.copydesk/words.txt')
    const {mtime} = statSync(words)
    writeFileSync(words, 'Wexlund\n\n\n\n\n')
    utimesSync(words, mtime, mtime)
    const changed = await run(args, {cwd: dir})
    expect([changed.stdout, stats(changed.stderr)]).toEqual([unknown('south'), [1, 1]])
  }, 240_000)

  it('leaves standard input alone', async () => {
    const dir = project()
    const result = await run(['--reporter', 'unix', '--cache', '--debug', '-'], {cwd: dir, input: 'Teh cat.\n'})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Teh')
    expect(stats(result.stderr)).toEqual([0, 0])
  }, 240_000)

  it('works with threads too', async () => {
    const dir = project()
    const args = ['--reporter', 'json', '--cache', '--jobs', '2', '--debug', '.']
    const first = await run(args, {cwd: dir})
    const second = await run(args, {cwd: dir})
    expect(stats(first.stderr)).toEqual([0, 4])
    expect(stats(second.stderr)).toEqual([4, 0])
    expect(second.stdout).toBe(first.stdout)
  }, 240_000)
})
