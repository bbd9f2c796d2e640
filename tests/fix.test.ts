import {execFileSync} from 'node:child_process'
import {chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fixFiles} from '../src/cli-fix.js'
import {nearestEdit, offsetMap, type Edit} from '../src/edit-map.js'
import {applyEdits, safeEdits, safeFix} from '../src/fix.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lintFile} from '../src/pool/lint.js'
import {root, run} from './cli-run.js'
import {repository} from './git-repo.js'

const seed = join(root, 'tests/fixtures/seed-article.txt')

function copyOfSeed(): {dir: string; path: string} {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fix-'))
  const path = join(dir, 'seed.txt')
  copyFileSync(seed, path)
  return {dir, path}
}

function message(actual: string, start: number, expected: string[], fatal: boolean | null = false) {
  const file = new VFile({value: 'x'.repeat(start) + actual})
  const m = file.message('test', {place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + actual.length + 1, offset: start + actual.length}}, source: 'copydesk', ruleId: 'spelling'})
  m.actual = actual
  m.expected = expected
  m.fatal = fatal
  return m
}

describe('fixes', () => {
  it('takes only unambiguous fixes: one suggestion, or the one that restores a dropped letter', () => {
    expect(safeFix(message('goverment', 0, ['government']))).toBe('government')
    expect(safeFix(message('thes', 0, ['the', 'this', 'these', 'thus']))).toBe('these')
    expect(safeFix(message('Handeoksu', 0, ['Han Duck-soo', 'Han Deok-su']))).toBeUndefined()
    expect(safeFix(message('Amidst', 0, ['amid'], null))).toBeUndefined()
  })

  it('applies edits in one pass and leaves overlapping ones for a later pass', () => {
    const text = 'a thes b'
    const edits = safeEdits(text, [message('thes', 2, ['these']), message('thes b', 2, ['x'])])
    expect(edits).toEqual([{start: 2, end: 6, text: 'these'}])
    expect(applyEdits('one two three', [{start: 0, end: 3, text: '1'}, {start: 8, end: 13, text: '3'}])).toBe('1 two 3')
  })

  it('--fix corrects the seed article in place, reports what remains, and changes nothing the second time', async () => {
    const {path} = copyOfSeed()
    chmodSync(path, 0o640)
    const first = await run(['--fix', '--reporter', 'json', path])
    const fixed = readFileSync(path, 'utf8')
    expect(fixed).toContain('navigating these challenges')
    expect(fixed).toContain('the conversation, highlighting key areas')
    expect(fixed).toContain('A government official')
    expect(fixed).not.toContain('Han Duk-soo')
    // Ambiguous ones stay, and are still reported.
    expect(fixed).toContain('Handeoksu')
    const [report] = JSON.parse(first.stdout) as Array<{messages: Array<{actual: string}>}>
    expect(report!.messages.map((m) => m.actual)).toContain('Handeoksu')
    expect(report!.messages.map((m) => m.actual)).not.toContain('thes')
    expect(statSync(path).mode & 0o777).toBe(0o640)

    const before = statSync(path).mtimeMs
    const second = await run(['--fix', '--reporter', 'json', path])
    expect(readFileSync(path, 'utf8')).toBe(fixed)
    expect(statSync(path).mtimeMs).toBe(before)
    expect(second.stdout).toBe(first.stdout)
  })

  it('--fix keeps a byte order mark and CRLF line endings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-fix-'))
    const path = join(dir, 'crlf.txt')
    writeFileSync(path, '\uFEFFThe goverment met.\r\nOfficials met on Friday,saying little.\r\n')
    await run(['--fix', path])
    expect(readFileSync(path, 'utf8')).toBe('\uFEFFThe government met.\r\nOfficials met on Friday, saying little.\r\n')
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const {path} = copyOfSeed()
    const result = await run(['--fix-dry-run', path])
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(seed, 'utf8'))
    expect(result.stdout).toMatch(/^Index: .*seed\.txt\n={67}\n--- .*seed\.txt\n\+\+\+ .*seed\.txt\n@@ /)
    expect(result.stdout).toContain('-The dialog between Presidents Han and Trump')
    expect(result.stdout).toContain('+The dialogue between Presidents Han and Trump')
    expect(result.stdout).toContain('navigating these challenges')
    expect(result.stderr).toContain('warning')
  })
})

/** Whether this file system and user can make a file immutable (chattr +i), which even root cannot replace. */
const immutable = (() => {
  const path = join(mkdtempSync(join(tmpdir(), 'copydesk-chattr-')), 'probe')
  writeFileSync(path, '')
  try {
    execFileSync('chattr', ['+i', path], {stdio: 'ignore'})
    execFileSync('chattr', ['-i', path], {stdio: 'ignore'})
    return true
  } catch {
    console.warn('fix.test.ts: chattr +i is refused here: the tests of fixes that cannot be written to an immutable file are skipped')
    return false
  }
})()

describe('fixes that cannot be written', () => {
  it.skipIf(!immutable).each([
    ['an immutable file', '1', 'a.txt'],
    ['an immutable file', '2', 'a.txt'],
    ['a file in an immutable folder', '2', 'locked']
  ])('%s (--jobs %s): the report is of the text on disk, with one line saying why, exit 2', async (_what, jobs, locked) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-fix-'))
    const a = locked === 'a.txt' ? 'a.txt' : 'locked/a.txt'
    mkdirSync(join(dir, 'locked'))
    copyFileSync(seed, join(dir, a))
    copyFileSync(seed, join(dir, 'b.txt'))
    type Report = Array<{path: string; messages: unknown[]}>
    // Reports list files by path.
    const byPath = (report: Report) => [report.find((file) => file.path === a), report.find((file) => file.path === 'b.txt')]
    const [plainA, plainB] = byPath(JSON.parse((await run(['--reporter', 'json', a, 'b.txt'], {cwd: dir})).stdout) as Report)
    execFileSync('chattr', ['+i', join(dir, locked)])
    try {
      const result = await run(['--fix', '--jobs', jobs, '--reporter', 'json', a, 'b.txt'], {cwd: dir})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`copydesk: ${a}: fixes not written: the operation is not permitted, EPERM; the file is as it was\n`)
      const [reportA, reportB] = byPath(JSON.parse(result.stdout) as Report)
      expect(readFileSync(join(dir, a), 'utf8')).toBe(readFileSync(seed, 'utf8'))
      expect(reportA).toEqual(plainA)
      // The other file is fixed, and reported with what remains.
      expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toContain('navigating these challenges')
      expect(reportB!.messages.length).toBeLessThan(plainB!.messages.length)
    } finally {
      execFileSync('chattr', ['-i', join(dir, locked)])
    }
  })

  it('a file changed on disk meanwhile keeps its findings and its text as read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-fix-'))
    const text = 'The goverment met on Friday,saying little.\n'
    writeFileSync(join(dir, 'story.txt'), text)
    const lint = async (fix: boolean) => {
      const file = new VFile({path: 'story.txt', cwd: dir, value: text})
      await lintFile(file, resolveConfig(), fix)
      return file
    }
    const plain = await lint(false)
    const file = await lint(true)
    expect(String(file.value)).toBe('The government met on Friday, saying little.\n')
    expect(file.messages).toEqual([])
    writeFileSync(join(dir, 'story.txt'), 'Edited meanwhile.\n')
    expect(fixFiles([file])).toEqual({refused: ['story.txt: fixes not written: the file changed on disk while copydesk worked on it; run copydesk again'], failed: []})
    expect(String(file.value)).toBe(text)
    expect(file.data.copydesk?.fixed).toBeUndefined()
    const shape = (messages: typeof file.messages) => messages.map((m) => [m.ruleId, m.place, m.reason, m.fatal, m.actual, m.expected])
    expect(shape(file.messages)).toEqual(shape(plain.messages))
    expect(shape(file.messages)).toHaveLength(2)
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe('Edited meanwhile.\n')
  })
})

// The linear and quadratic forms the binary searches replaced: what they must equal.
function mapOffsetLinear(at: number, edits: readonly Edit[]): number {
  let delta = 0
  for (const edit of edits) {
    if (edit.end <= at) delta += edit.text.length - (edit.end - edit.start)
    else if (edit.start < at) return edit.start + delta + edit.text.length
    else break
  }
  return at + delta
}

/** As fixText's linear scan did, but an insertion's replacement starts where it is inserted, not after itself. */
function nearestLinear(edits: readonly Edit[], start: number, end: number): Edit {
  let best = edits[0]!
  let distance = Infinity
  for (const edit of edits) {
    const editStart = edit.end > edit.start ? mapOffsetLinear(edit.start, edits) : mapOffsetLinear(edit.start, edits) - edit.text.length
    const gap = Math.max(0, editStart - end, start - editStart - edit.text.length)
    if (gap < distance) {
      best = edit
      distance = gap
    }
  }
  return best
}

function applyRightToLeft(text: string, edits: readonly Edit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

/** Sorted edits that do not overlap, in a text of 60 characters: gaps, lengths and replacements often zero. */
const sortedEdits = fc.array(fc.tuple(fc.nat({max: 4}), fc.nat({max: 4}), fc.string({maxLength: 5})), {maxLength: 12}).map((parts) => {
  const edits: Edit[] = []
  let at = 0
  for (const [gap, length, text] of parts) {
    // Two insertions at one place would make their order matter: at most one edit starts at each offset.
    const start = at + (edits.length > 0 && edits.at(-1)!.end === edits.at(-1)!.start ? Math.max(gap, 1) : gap)
    edits.push({start, end: start + length, text})
    at = start + length
  }
  return edits
})

describe('edit offsets', () => {
  it('map offsets, find the nearest edit and apply edits as the linear forms did', () => {
    fc.assert(
      fc.property(sortedEdits, fc.nat({max: 70}), fc.nat({max: 70}), (edits, a, b) => {
        const text = 'abcdefghij'.repeat(7)
        expect(offsetMap(edits)(a)).toBe(mapOffsetLinear(a, edits))
        expect(applyEdits(text, edits)).toBe(applyRightToLeft(text, edits))
        if (edits.length > 0) expect(nearestEdit(edits)(Math.min(a, b), Math.max(a, b))).toBe(nearestLinear(edits, Math.min(a, b), Math.max(a, b)))
      }),
      {numRuns: 5000, seed: 20261203}
    )
  })
})

describe('--changed-since', () => {
  it('lints only the files changed since a git ref, and names a bad ref', async () => {
    const {dir, git} = repository()
    mkdirSync(join(dir, 'stories'))
    writeFileSync(join(dir, 'stories/old.txt'), 'The goverment met.\n')
    writeFileSync(join(dir, 'stories/edited.md'), 'The talks ended.\n')
    git('add', '.')
    git('commit', '-q', '-m', 'first')
    writeFileSync(join(dir, 'stories/edited.md'), 'The talks ended on Friday,saying little.\n')
    writeFileSync(join(dir, 'stories/new.txt'), 'A goverment plan.\n')
    writeFileSync(join(dir, 'notes.json'), '{}\n')
    const result = await run(['--changed-since', 'HEAD', '--reporter', 'unix'], {cwd: dir})
    expect(result.stdout).toBe(
      [
        'stories/edited.md:1:20: warning Missing space after `,` in `Friday,saying` [spacing]',
        'stories/new.txt:1:3: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]',
        ''
      ].join('\n')
    )
    const bad = await run(['--changed-since', 'no-such-ref', '.'], {cwd: dir})
    expect(bad).toEqual({code: 2, stdout: '', stderr: 'copydesk: --changed-since no-such-ref: not a commit in this git repository\n'})
  })

  it('never lets a ref be taken as a git option, and names a bad one on one line', async () => {
    const {dir, git} = repository()
    writeFileSync(join(dir, 'story.txt'), 'The talks ended.\n')
    git('add', '.')
    git('commit', '-q', '-m', 'first')
    writeFileSync(join(dir, 'story.txt'), 'The goverment met.\n')
    // `git diff --output=FILE` writes the diff to FILE.
    const planted = join(dir, 'planted')
    for (const ref of [`--output=${planted}`, '-p', '--no-index', 'HEAD\n--output=x', '', 'HEAD:story.txt']) {
      const result = await run([`--changed-since=${ref}`], {cwd: dir})
      expect(result).toEqual({code: 2, stdout: '', stderr: `copydesk: --changed-since ${JSON.stringify(ref).slice(1, -1)}: not a commit in this git repository\n`})
    }
    expect(existsSync(planted)).toBe(false)
    // A ref that names a commit in any of git's ways still works.
    for (const ref of ['HEAD', 'HEAD~0', 'main@{0}'.replace('main', String(execFileSync('git', ['branch', '--show-current'], {cwd: dir})).trim())]) {
      const result = await run(['--changed-since', ref, '--reporter', 'unix'], {cwd: dir})
      expect(result.stdout).toBe('story.txt:1:5: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]\n')
    }
  })
})
