import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {cli, root, run} from './cli-run.js'
import {repository} from './git-repo.js'

const typo = (path: string) => `${path}:1:5: warning Unexpected unknown word \`goverment\`, expected for example \`government\` [spelling]`

/** `git commit` as a user runs it, hooks and all: its exit code and what the hook printed. */
function commit(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'copy', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...env}
  })
  return {code: result.status, output: result.stdout + result.stderr}
}

const committed = (git: (...args: string[]) => string) => git('log', '--format=%s').split('\n').filter(Boolean).length

/**
 * A repository with the example hook installed, copydesk as a project
 * dependency; and a PATH on which `npx --no-install copydesk` runs that
 * dependency at once, for the commits that test what the hook's copydesk
 * does rather than how npx finds it (npx takes half a second of CPU each time).
 */
function withExampleHook() {
  const repo = repository('copydesk-staged-')
  mkdirSync(join(repo.dir, 'node_modules/.bin'), {recursive: true})
  symlinkSync(cli, join(repo.dir, 'node_modules/.bin/copydesk'))
  repo.write('.gitignore', 'node_modules/\n')
  copyFileSync(join(root, 'examples/pre-commit/pre-commit'), join(repo.dir, '.git/hooks/pre-commit'))
  chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755)
  const shims = mkdtempSync(join(tmpdir(), 'copydesk-npx-'))
  writeFileSync(join(shims, 'npx'), '#!/bin/sh\n[ "$1 $2" = "--no-install copydesk" ] || { echo "npx shim: not the example hook\'s command: $*" >&2; exit 99; }\nshift 2\nexec node_modules/.bin/copydesk "$@"\n')
  chmodSync(join(shims, 'npx'), 0o755)
  return {...repo, withoutNpx: {PATH: shims + delimiter + process.env.PATH}}
}

describe('--staged', () => {
  it('lints the staged text under the real path, not the working copy, and nothing unstaged or untracked', async () => {
    const {dir, git, write} = repository('copydesk-staged-')
    write('desk/story.txt', 'The goverment met.\n')
    write('desk/clean.md', 'The talks ended.\n')
    git('add', '.')
    git('commit', '-q', '-m', 'first')
    write('desk/story.txt', 'The government met.\n') // fixed, not staged
    write('desk/clean.md', 'The goverment resigned.\n') // broken, not staged
    write('draft.txt', 'A goverment plan.\n') // untracked
    expect(await run(['--staged', '--reporter', 'unix'], {cwd: dir})).toEqual({code: 0, stdout: '', stderr: 'copydesk: no staged files to lint\n'})
    write('desk/story.txt', 'The goverment met on Friday.\n')
    git('add', 'desk/story.txt')
    write('desk/story.txt', 'The government met on Friday.\n')
    const result = await run(['--staged', '--reporter', 'unix'], {cwd: dir})
    expect(result).toEqual({code: 1, stdout: typo('desk/story.txt') + '\n', stderr: ''})
    // From a subfolder, named relative to it; a path named narrows the staged files.
    expect((await run(['--staged', '--reporter', 'unix'], {cwd: join(dir, 'desk')})).stdout).toBe(typo('story.txt') + '\n')
    expect(await run(['--staged', 'elsewhere'], {cwd: dir})).toEqual({code: 0, stdout: '', stderr: 'copydesk: no staged files to lint\n'})
  })

  it('works before the first commit, and reads config, ignore files and format by path', async () => {
    const {dir, git, write} = repository('copydesk-staged-')
    write('a.md', '# The goverment\n\n`goverment` in code.\n')
    write('notes.json', '{"goverment": 1}\n')
    write('quiet/b.txt', 'The goverment met.\n')
    write('quiet/.copydeskrc.yml', 'rules:\n  spelling: "off"\n')
    write('skipped/c.txt', 'The goverment met.\n')
    write('.copydeskignore', 'skipped/\n')
    write('target.txt', 'The goverment met.\n')
    symlinkSync('target.txt', join(dir, 'link.txt'))
    git('add', '.')
    const result = await run(['--staged', '--reporter', 'unix'], {cwd: dir})
    // Markdown code is not prose; the link's blob is its target's name, not copy.
    expect(result.stdout).toBe(['a.md:1:7: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]', typo('target.txt'), ''].join('\n'))
    expect(result.code).toBe(1)
  })

  it('checks the staged bytes for UTF-8, and shows fixes of the staged text but never writes them', async () => {
    const {dir, git, write} = repository('copydesk-staged-')
    write('story.txt', Buffer.from([...Buffer.from('The goverment met.\n'), 0xff, 0x0a]))
    git('add', 'story.txt')
    write('story.txt', 'Clean and valid.\n')
    const result = await run(['--staged', '--reporter', 'unix'], {cwd: dir})
    expect(result.stderr).toBe('copydesk: story.txt: not valid UTF-8 (the byte 0xff at byte offset 19); linted with U+FFFD in place of the bad bytes\n')
    expect(result.stdout).toBe(typo('story.txt') + '\n')
    const dry = await run(['--staged', '--fix-dry-run', '--reporter', 'unix'], {cwd: dir})
    expect(dry.stdout).toContain('-The goverment met.\n+The government met.\n')
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe('Clean and valid.\n')
    expect(await run(['--staged', '--fix'], {cwd: dir})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'copydesk: --staged lints the index, which --fix cannot write: fix the working files and `git add` them (--fix-dry-run shows the fixes)\n'
    })
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe('Clean and valid.\n')
  })

  it('says in one line why it cannot run: no repository, no git, or options it cannot go with', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'copydesk-no-git-'))
    const notRepo = await run(['--staged'], {cwd: outside})
    expect(notRepo.code).toBe(2)
    expect(notRepo.stdout).toBe('')
    expect(notRepo.stderr).toMatch(/^copydesk: --staged: not a git repository \(or any of the parent directories\): \.git\n$/)
    const noGit = spawnSync(process.execPath, [cli, '--staged'], {cwd: outside, encoding: 'utf8', env: {PATH: join(outside, 'no-bin')}})
    expect([noGit.status, noGit.stdout, noGit.stderr]).toEqual([2, '', 'copydesk: --staged: git is not installed (or not on PATH)\n'])
    expect((await run(['--staged', '-'], {cwd: outside})).stderr).toBe('copydesk: --staged lints the index, not standard input\n')
    expect((await run(['--staged', '--changed-since', 'HEAD'], {cwd: outside})).stderr).toBe('copydesk: use either --staged or --changed-since\n')
    expect((await run(['--staged', '--shard', '1/2'], {cwd: outside})).stderr).toBe('copydesk: --shard splits an archive, --staged lints one commit: use one or the other\n')
  })
})

describe('the example pre-commit hook', () => {
  it('blocks a staged mistake whatever the working copy holds, and nothing else', () => {
    const {dir, git, write, withoutNpx} = withExampleHook()
    // The first commit of a repository, through npx as the hook is written.
    write('story.txt', 'The goverment met.\n')
    git('add', '.')
    const first = commit(dir)
    expect(first).toEqual({code: 1, output: typo('story.txt') + '\n'})
    expect(() => git('rev-parse', '--verify', '--quiet', 'HEAD')).toThrow()
    write('story.txt', 'The government met.\n')
    git('add', 'story.txt')
    expect(commit(dir, [], withoutNpx)).toEqual({code: 0, output: ''})
    // A staged mistake with a clean working copy is still blocked.
    write('story.txt', 'The goverment met again.\n')
    git('add', 'story.txt')
    write('story.txt', 'The government met.\n')
    expect(commit(dir, [], withoutNpx)).toEqual({code: 1, output: typo('story.txt') + '\n'})
    // An untracked draft and an unstaged edit do not block a clean commit.
    git('reset', '-q')
    write('draft.txt', 'A goverment plan.\n')
    write('story.txt', 'The goverment met.\n')
    write('other.md', 'The talks ended.\n')
    git('add', 'other.md')
    expect(commit(dir, [], withoutNpx)).toEqual({code: 0, output: ''})
    // `git commit -a` stages the working copy in a temporary index: the hook lints that.
    expect(commit(dir, ['-a'], withoutNpx)).toEqual({code: 1, output: typo('story.txt') + '\n'})
    expect(committed(git)).toBe(2)
  }, 240_000)
})

describe('the pre-commit framework hook', () => {
  it('runs its entry on the staged copy the framework passes, and blocks a staged mistake', () => {
    const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as {id: string; entry: string; files: string; language: string}[]
    expect(hook!.id).toBe('copydesk')
    // The framework passes the staged files its `files` pattern matches (Python's (?i) is a flag).
    const pattern = new RegExp(hook!.files.replace(/^\(\?i\)/, ''), 'i')
    const {dir, git, write} = repository('copydesk-staged-')
    const shim = join(dir, '.git/hooks/pre-commit')
    writeFileSync(
      shim,
      [
        '#!/bin/sh',
        `files=$(git diff --cached --name-only --diff-filter=ACMR | grep -iE '${pattern.source}')`,
        '[ -z "$files" ] && exit 0',
        `exec node ${JSON.stringify(cli)} ${hook!.entry.replace(/^copydesk /, '')} $files`,
        ''
      ].join('\n')
    )
    chmodSync(shim, 0o755)
    write('Story.TXT', 'The goverment met.\n')
    write('data.json', '{"goverment": 1}\n')
    git('add', '.')
    write('Story.TXT', 'The government met.\n')
    expect(commit(dir)).toEqual({code: 1, output: typo('Story.TXT') + '\n'})
    git('add', '.')
    expect(commit(dir)).toEqual({code: 0, output: ''})
  }, 240_000)
})
