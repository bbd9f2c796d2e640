import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, chownSync, closeSync, openSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {ChangedOnDiskError, writeAtomic} from '../src/atomic-write.js'
import {resolveConfig} from '../src/config/resolve.js'
import {chunkSpans, lintInChunks, paragraphBoundaries} from '../src/pipeline/chunks.js'
import {lintPiece} from '../src/pipeline/index.js'
import {invalidUtf8At} from '../src/pipeline/read.js'
import {createProcessor} from '../src/processor.js'
import {cli, folderWith, run} from './cli-run.js'

interface JsonMessage {
  line: number
  column: number
  place: {start: {offset: number}; end: {offset: number}}
  ruleId: string
  actual?: string
}
interface JsonFile {
  path: string
  messages: JsonMessage[]
}

const noStack = /\n\s+at .*:\d+:\d+/

/** A run that names each problem in one line (in any order), with no stack trace, and exits 2. */
function expectProblemLines(result: {code: number; stderr: string}, lines: string[]) {
  expect(result.code).toBe(2)
  expect(result.stderr).not.toMatch(noStack)
  expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual(lines.map((line) => `copydesk: ${line}`))
}
const typo = 'The teh cat sat on the mat.\n'

describe('odd input through the command line', () => {
  it('empty and whitespace-only files are clean (exit 0, nothing on stderr)', async () => {
    const dir = folderWith({'empty.txt': '', 'blank.md': ' \n\t\n\r\n', 'bom-only.txt': '\uFEFF'})
    const result = await run(['--reporter', 'json', 'empty.txt', 'blank.md', 'bom-only.txt'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect((JSON.parse(result.stdout) as JsonFile[]).flatMap((file) => file.messages)).toEqual([])
  })

  it('an empty or whitespace-only HTML file is an empty document (exit 0, nothing on stderr)', async () => {
    const dir = folderWith({'empty.html': '', 'blank.htm': ' \n\t\r\n', 'story.txt': 'A clean sentence.\n'})
    const result = await run(['--reporter', 'json', '.'], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files.map((file) => [file.path, file.messages.length])).toEqual([['blank.htm', 0], ['empty.html', 0], ['story.txt', 0]])
  })

  it('refuses Markdown and HTML nested thousands deep in one line naming the file and the depth, and lints the rest', async () => {
    const list = Array.from({length: 600}, (_, i) => '  '.repeat(i) + '- item\n').join('')
    const dir = folderWith({
      'quotes.md': '>'.repeat(10_000) + ' Deep.\n',
      'items.md': '- '.repeat(10_000) + 'Deep.\n',
      'list.md': list,
      'divs.html': '<div>'.repeat(10_000) + 'Deep.' + '</div>'.repeat(10_000),
      'shallow.md': '>'.repeat(400) + ' ' + typo,
      'story.txt': typo
    })
    const result = await run(['--reporter', 'unix', '.'], {cwd: dir})
    expectProblemLines(result, [
      'divs.html: not linted: nesting 10002 levels deep (limit 500)',
      'items.md: not linted: nesting 10000 levels deep (limit 500)',
      'list.md: not linted: nesting 600 levels deep (limit 500)',
      'quotes.md: not linted: nesting 10000 levels deep (limit 500)'
    ])
    expect(result.stdout).toContain('shallow.md:1:406:')
    expect(result.stdout).toContain('story.txt:1:5:')
  })

  it('skips a binary file with a warning naming it, and lints the others', async () => {
    const dir = folderWith({'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x74, 0x68, 0x65, 0x73]), 'story.txt': typo})
    const result = await run(['--reporter', 'json', 'photo.txt', 'story.txt'], {cwd: dir})
    expect(result.stderr).toBe('copydesk: photo.txt: skipped: a binary file (it holds NUL bytes), not linted\n')
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files.map((file) => file.path)).toEqual(['story.txt'])
    expect(result.code).toBe(1)
  })

  it('skips UTF-16 text, saying how to convert it', async () => {
    const dir = folderWith({'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(typo, 'utf16le')])})
    const result = await run(['utf16.txt'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^copydesk: utf16\.txt: skipped: UTF-16 text .*iconv/)
  })

  it('lints invalid UTF-8 with a lossy decode and says so, naming the file and the byte; --fix leaves it alone', async () => {
    const bytes = Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(' has a goverment contract.\n')])
    const dir = folderWith({'latin1.txt': bytes})
    const result = await run(['--reporter', 'unix', 'latin1.txt'], {cwd: dir})
    expect(result.stderr).toBe('copydesk: latin1.txt: not valid UTF-8 (the byte 0xe9 at byte offset 7); linted with U+FFFD in place of the bad bytes\n')
    expect(result.stdout).toContain('latin1.txt:1:16: warning Unexpected unknown word `goverment`')
    // The report is of the file as it is, which still has the typo: exit 1, as for a lint.
    const fixed = await run(['--fix', '--reporter', 'unix', 'latin1.txt'], {cwd: dir})
    expect(fixed).toEqual({
      code: 1,
      stdout: result.stdout,
      stderr: result.stderr + 'copydesk: latin1.txt: fixes not written: the file is not valid UTF-8, and writing it would replace the bytes that are not\n'
    })
    expect(readFileSync(join(dir, 'latin1.txt'))).toEqual(bytes)
  })

  it('a UTF-8 byte order mark does not count as a column, and --fix keeps it', async () => {
    const dir = folderWith({'bom.txt': '\uFEFF' + typo + 'A goverment official spoke.\n', 'bom.md': '\uFEFF# Title\n\n' + typo})
    const result = await run(['--reporter', 'json', 'bom.txt', 'bom.md'], {cwd: dir})
    const files = JSON.parse(result.stdout) as JsonFile[]
    const at = (path: string) => files.find((file) => file.path === path)!.messages.filter((m) => m.actual === 'teh').map((m) => [m.line, m.column])
    expect(at('bom.txt')).toEqual([[1, 5]])
    expect(at('bom.md')).toEqual([[3, 5]])
    await run(['--fix', 'bom.txt'], {cwd: dir})
    expect(readFileSync(join(dir, 'bom.txt'), 'utf8')).toBe('\uFEFF' + typo + 'A government official spoke.\n')
  })

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['LF', '\n']
  ])('%s line endings: positions right, and kept by --fix', async (_name, eol) => {
    const text = ['First line is fine.', 'The teh cat sat.', '', 'A goverment official spoke.', ''].join(eol)
    const dir = folderWith({'story.txt': text})
    const result = await run(['--reporter', 'json', 'story.txt'], {cwd: dir})
    const messages = (JSON.parse(result.stdout) as JsonFile[])[0]!.messages
    expect(messages.filter((m) => m.actual === 'teh').map((m) => [m.line, m.column])).toEqual([[2, 5]])
    expect(messages.filter((m) => m.actual === 'goverment').map((m) => [m.line, m.column])).toEqual([[4, 3]])
    await run(['--fix', 'story.txt'], {cwd: dir})
    const fixed = readFileSync(join(dir, 'story.txt'), 'utf8')
    expect(fixed).toBe(text.replace('goverment', 'government'))
  })

  it('lints a 1 MB single line in pieces, every position on line 1 and holding its text', async () => {
    // Prose at both ends, around a run of numbers with no full stop: one sentence of 200,000 tokens, which
    // once overflowed the stack (unpaired). Numbers raise nothing, so the prose after the cut is what is checked.
    const seed = readFileSync(new URL('fixtures/seed-article.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ')
    const filler = '2026 '.repeat(Math.ceil((1 << 20) / 5))
    const line = (seed + filler).slice(0, (1 << 20) - seed.length) + seed
    expect(line.length).toBe(1 << 20)
    const dir = folderWith({'line.txt': line + '\n'})
    const result = await run(['--reporter', 'json', 'line.txt'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const messages = (JSON.parse(result.stdout) as JsonFile[])[0]!.messages
    expect(messages.every((m) => m.line === 1 && m.column === m.place.start.offset + 1)).toBe(true)
    const actual = messages.filter((m) => m.actual !== undefined)
    expect(actual.every((m) => line.slice(m.place.start.offset, m.place.end.offset) === m.actual)).toBe(true)
    // The seed's findings at the start and again at the end, beyond the last cut; not one across the seed's end and the
    // numbers, which only the first copy has ("Year2026": the seed's last word run into the first number).
    const last = actual.filter((m) => m.place.start.offset >= line.length - seed.length)
    expect(last.map((m) => m.actual)).toEqual(actual.filter((m) => m.place.end.offset <= seed.length).map((m) => m.actual))
    expect(last.length).toBeGreaterThan(10)
  }, 180_000)

  it('two runs over the same files give byte-identical reports', async () => {
    const dir = folderWith({'a.txt': readFileSync(new URL('fixtures/seed-article.txt', import.meta.url), 'utf8'), 'b.md': '# Notes\n\n' + typo, 'c.txt': '\uFEFF' + typo.replace(/\n/g, '\r\n')})
    const first = await run(['--reporter', 'json', '.'], {cwd: dir})
    const second = await run(['--reporter', 'json', '.'], {cwd: dir})
    expect(second).toEqual(first)
    expect(first.code).toBe(1)
  })

  it('names each path it cannot read in one plain line, lints the rest, exits 2, never with a stack trace', async () => {
    const dir = folderWith({'good.txt': typo, 'folder/inner.txt': typo, 'empty-folder/notes.bin': 'x'})
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'))
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'))
    symlinkSync('gone.txt', join(dir, 'dangling.txt'))
    execFileSync('mkfifo', [join(dir, 'pipe.txt')])
    const result = await run(['--reporter', 'unix', 'good.txt', 'missing.txt', 'loop-a.txt', 'dangling.txt', 'pipe.txt', 'empty-folder', 'folder'], {cwd: dir})
    expectProblemLines(result, [
      'dangling.txt: broken symbolic link (it points to `gone.txt`, which does not exist)',
      'empty-folder: a folder with no files to lint (looked for .txt .text .md .markdown .mdx .html .htm)',
      'loop-a.txt: symbolic link loop',
      'missing.txt: No such file or folder',
      'pipe.txt: a named pipe, not a file copydesk can read (pipe its text to `copydesk -` instead)'
    ])
    expect(result.stdout).toContain('good.txt:1:5:')
    expect(result.stdout).toContain('folder/inner.txt:1:5:')
  })

  it('skips a named pipe met inside a folder with a note, before anything opens it, and lints the rest', async () => {
    const dir = folderWith({'desk/good.txt': typo})
    execFileSync('mkfifo', [join(dir, 'desk/wire.txt'), join(dir, 'desk/odd #[1].md')])
    // Without the skip the engine opens the pipe and waits for a writer: the timeout turns that hang into a failure.
    const result = spawnSync('node', [cli, '--reporter', 'unix', 'desk'], {cwd: dir, encoding: 'utf8', timeout: 30_000, env: {...process.env, NO_COLOR: '1'}})
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('copydesk: desk/odd #[1].md: skipped: a named pipe, not a file copydesk can read\ncopydesk: desk/wire.txt: skipped: a named pipe, not a file copydesk can read\n')
    expect(result.stdout).toContain('desk/good.txt:1:5:')
  })

  it('never lints the file its report is being written to, found by device and inode', () => {
    const dir = folderWith({'desk/good.txt': typo})
    for (const args of [['--reporter', 'json', 'desk'], ['--reporter', 'json', 'desk/good.txt', 'desk/report.txt']]) {
      const out = openSync(join(dir, 'desk/report.txt'), 'w')
      const result = spawnSync('node', [cli, ...args], {cwd: dir, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], timeout: 30_000})
      closeSync(out)
      expect(result.status).toBe(1)
      expect(result.stderr).toBe('copydesk: desk/report.txt: skipped: the report this run is writing\n')
      const files = JSON.parse(readFileSync(join(dir, 'desk/report.txt'), 'utf8')) as JsonFile[]
      expect(files.map((file) => file.path)).toEqual(['desk/good.txt'])
    }
  })

  it('reports /dev/stdin as named, and lints what it reads from a pipe or a file', async () => {
    const piped = await run(['--reporter', 'unix', '/dev/stdin'], {input: typo})
    expect(piped.code).toBe(1)
    expect(piped.stderr).toBe('')
    expect(piped.stdout).toMatch(/^\/dev\/stdin:1:5: warning Unexpected unknown word `teh`/)
    // In a worker thread too: its bytes travel as a plain Uint8Array.
    expect(await run(['--reporter', 'unix', '--jobs', '2', '/dev/stdin'], {input: typo})).toEqual(piped)
    const dir = folderWith({'story.txt': typo})
    const redirected = spawnSync('node', [cli, '--reporter', 'unix', '/dev/stdin'], {cwd: dir, encoding: 'utf8', stdio: [openSync(join(dir, 'story.txt'), 'r'), 'pipe', 'pipe']})
    expect(redirected.status).toBe(1)
    expect(redirected.stdout).toMatch(/^\/dev\/stdin:1:5: warning Unexpected unknown word `teh`/)
    const fixing = await run(['--fix', '/dev/stdin'], {input: typo})
    expect(fixing.code).toBe(2)
    expect(fixing.stderr).toBe('copydesk: --fix writes files back, and /dev/stdin is standard input (use `copydesk --fix -`)\n')
  })

  it('names a symbolic link loop and a dangling link met inside a folder', async () => {
    const dir = folderWith({'desk/good.txt': typo})
    symlinkSync('b.txt', join(dir, 'desk/a.txt'))
    symlinkSync('a.txt', join(dir, 'desk/b.txt'))
    const result = await run(['--reporter', 'unix', 'desk'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: desk/a.txt: symbolic link loop\ncopydesk: desk/b.txt: symbolic link loop\n')
    expect(result.stdout).toContain('desk/good.txt:1:5:')
  })

  it.skipIf(process.getuid?.() === 0)('names an unreadable file (skipped as root, where chmod 000 does not stop reading)', async () => {
    const dir = folderWith({'secret.txt': typo, 'good.txt': typo})
    chmodSync(join(dir, 'secret.txt'), 0)
    const result = await run(['--reporter', 'unix', 'secret.txt', 'good.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: secret.txt: permission denied\n')
    expect(result.stdout).toContain('good.txt:1:5:')
  })
})

describe('configuration that is broken or unsafe', () => {
  it.each([
    ['.copydeskrc.json', '{\n  "rules": {\n    "spelling": "off",\n  }\n}\n', '.copydeskrc.json:4: Expected double-quoted property name in JSON'],
    ['.copydeskrc.yml', 'rules:\n  spelling: [off\n', '.copydeskrc.yml:3: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['.copydeskrc.yml', 'rules: {spelling: "off"}\nrules: {case: "off"}\n', '.copydeskrc.yml:2: Map keys must be unique'],
    ['.copydeskrc.yml', 'rules: [spelling]\n', '.copydeskrc.yml:1: `rules`: expected an object of rule ids'],
    ['.copydeskrc.yml', 'words: desk.txt\n', '.copydeskrc.yml:1: `words`: expected a list of file paths'],
    ['.copydeskrc.yml', '- spelling\n', '.copydeskrc.yml: expected an object of settings']
  ])('%s that is malformed or of the wrong type: file, line and what, exit 2', async (name, text, error) => {
    const dir = folderWith({[name]: text, 'story.txt': typo})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result).toEqual({code: 2, stdout: '', stderr: `copydesk: ${error}\n`})
  })

  it('refuses a YAML alias bomb in a config file', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'rules: {}', ''].join('\n')
    const dir = folderWith({'.copydeskrc.yml': bomb, 'story.txt': typo})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: \.copydeskrc\.yml: .*alias.*\n$/)
  })

  it.each(['.copydeskrc.js', '.copydeskrc.mjs', '.copydeskrc.cjs'])('runs %s only when it is named with --config', async (name) => {
    // The config's code runs in the process that loads it: it leaves its mark beside itself, whatever the process's folder.
    const code = name.endsWith('.cjs')
      ? 'require("fs").writeFileSync(require("path").join(__dirname, "ran"), "");module.exports = {rules: {spelling: "off"}}'
      : 'import {writeFileSync} from "node:fs"; writeFileSync(new URL("ran", import.meta.url), ""); export default {rules: {spelling: "off"}}'
    const dir = folderWith({[name]: code, 'story.txt': typo, 'package.json': name === '.copydeskrc.js' ? '{"type": "module"}' : '{}'})
    const found = await run(['story.txt'], {cwd: dir})
    expect(found.code).toBe(2)
    expect(found.stderr).toBe(`copydesk: ${name}: a JavaScript config runs code, so copydesk loads one only when it is named: \`--config ${name}\` (or use .copydeskrc.yml)\n`)
    expect(readdirSync(dir)).not.toContain('ran')
    const named = await run(['--config', name, 'story.txt'], {cwd: dir})
    // Its rules apply: the typo is not reported.
    expect(named).toEqual({code: 0, stdout: '', stderr: 'story.txt: no issues found\n'})
    expect(readdirSync(dir)).toContain('ran')
  })

  it('runs a named script config in a process that holds a second copy of copydesk (here dist/, for threads)', async () => {
    const dir = folderWith({'.copydeskrc.mjs': 'export default {rules: {spelling: "off"}}', 'story.txt': typo})
    expect(await run(['--jobs', '2', '--config', '.copydeskrc.mjs', 'story.txt'], {cwd: dir})).toEqual({code: 0, stdout: '', stderr: 'story.txt: no issues found\n'})
  })
})

describe('--fix safety', () => {
  it('writes nothing when nothing changes, keeps the mode, and fixes through a symbolic link without replacing it', async () => {
    const dir = folderWith({'clean.txt': 'The cat sat on the mat.\n', 'real/story.txt': 'A goverment official spoke.\n'})
    symlinkSync('real/story.txt', join(dir, 'link.txt'))
    chmodSync(join(dir, 'real/story.txt'), 0o604)
    const before = statSync(join(dir, 'clean.txt')).mtimeMs
    const result = await run(['--fix', 'clean.txt', 'link.txt'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(statSync(join(dir, 'clean.txt')).mtimeMs).toBe(before)
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'real/story.txt'), 'utf8')).toBe('A government official spoke.\n')
    expect(statSync(join(dir, 'real/story.txt')).mode & 0o777).toBe(0o604)
    expect(readdirSync(join(dir, 'real'))).toEqual(['story.txt'])
  })

  it.skipIf(process.getuid?.() !== 0)('keeps the owner of a file it fixes (as root, the one case where it could change)', () => {
    const dir = folderWith({'story.txt': 'as read\n'})
    const path = join(dir, 'story.txt')
    chownSync(path, 1234, 1234)
    writeAtomic(path, 'fixed\n', {expected: 'as read\n'})
    expect([statSync(path).uid, statSync(path).gid]).toEqual([1234, 1234])
  })

  it('fixes a hard-linked file in place, so every name of it sees the fix', () => {
    const dir = folderWith({'story.txt': 'as read\n'})
    const path = join(dir, 'story.txt')
    linkSync(path, join(dir, 'other-name.txt'))
    const inode = statSync(path).ino
    writeAtomic(path, 'fixed, and longer than before\n', {expected: 'as read\n'})
    expect(readFileSync(join(dir, 'other-name.txt'), 'utf8')).toBe('fixed, and longer than before\n')
    expect(statSync(path).ino).toBe(inode)
    writeAtomic(path, 'short\n', {expected: 'fixed, and longer than before\n'})
    expect(readFileSync(join(dir, 'other-name.txt'), 'utf8')).toBe('short\n')
    expect(readdirSync(dir).sort()).toEqual(['other-name.txt', 'story.txt'])
  })

  it('refuses to replace a file that changed since it was read, and leaves no temporary file', () => {
    const dir = folderWith({'story.txt': 'edited meanwhile\n'})
    const path = join(dir, 'story.txt')
    expect(() => writeAtomic(path, 'fixed\n', {expected: 'as read\n'})).toThrow(ChangedOnDiskError)
    expect(readFileSync(path, 'utf8')).toBe('edited meanwhile\n')
    expect(readdirSync(dir)).toEqual(['story.txt'])
    writeAtomic(path, 'fixed\n', {expected: 'edited meanwhile\n'})
    expect(readFileSync(path, 'utf8')).toBe('fixed\n')
  })
})

describe('the read step and large files, in process', () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(invalidUtf8At(Buffer.from('plain café ☕ 😀'))).toBe(-1)
    expect(invalidUtf8At(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1)
    expect(invalidUtf8At(Buffer.from([0x61, 0xf0, 0x9f, 0x98]))).toBe(1)
    expect(invalidUtf8At(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0)
  })

  it('cuts at paragraph boundaries outside fenced code, front matter and comments', () => {
    const markdown = '---\na: 1\n\nb: 2\n---\n\nPara one.\n\n```\ncode\n\nmore\n```\n\nPara two.\n\n<!--\n\n-->\n\n  indented\n\nPara three.\n'
    const cuts = paragraphBoundaries(markdown, 'markdown').map((at) => markdown.slice(at, at + 9))
    expect(cuts).toEqual(['Para one.', '```\ncode\n', 'Para two.', '<!--\n\n-->', 'Para thre'])
    const text = 'One.\r\n\r\nTwo.\r\rThree.\n\nFour.'
    expect(paragraphBoundaries(text, 'text').map((at) => text.slice(at, at + 4))).toEqual(['Two.', 'Thre', 'Four'])
    const spans = chunkSpans('x'.repeat(50) + ' ' + 'y'.repeat(50), 'text', 40)
    expect(spans[0]![0]).toBe(0)
    expect(spans.at(-1)![1]).toBe(101)
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBe(spans[i - 1]![1])
  })

  it('lints in pieces with the same findings, places and control comments as in one go (rules that read a paragraph)', async () => {
    const processor = createProcessor()
    const paragraphs = [
      'The teh cat sat on the mat.',
      '<!-- copydesk-disable spelling -->',
      'A goverment official spoke.',
      'Another paragraph with  two spaces.',
      '<!-- copydesk-enable spelling -->',
      // Lowercase slips: a capitalized unknown word is a typo when the story writes it once and a name (one note) when it
      // writes it again, which a piece of the file cannot tell.
      'With a droped letter, thes are noted.'
    ]
    const text = Array.from({length: 6}, (_, i) => paragraphs.join('\r\n\r\n') + (i % 2 ? '\n\n' : '\r\r')).join('')
    const whole = new VFile({path: 'a.txt', value: text})
    await processor.run(processor.parse(whole), whole)
    const pieces = new VFile({path: 'a.txt', value: text})
    // Pieces go through the same stages, their control comments applied over the whole file.
    const count = await lintInChunks(pieces, (piece) => lintPiece(piece, resolveConfig()), 200)
    expect(count).toBeGreaterThan(1)
    const local = (file: VFile) =>
      file.messages
        .filter((m) => ['spelling', 'spacing', 'repeated-words'].includes(m.ruleId ?? ''))
        .map((m) => `${m.ruleId} ${m.line}:${m.column} ${(m.place as {start: {offset: number}}).start.offset} ${m.actual}`)
        .sort()
    expect(local(pieces)).toEqual(local(whole))
    expect(local(whole).length).toBeGreaterThan(6)
  })
})

describe('a reader that stops early', () => {
  it('ends quietly when the pipe closes (copydesk … | head)', async () => {
    const {spawnSync} = await import('node:child_process')
    const {fileURLToPath} = await import('node:url')
    const root = fileURLToPath(new URL('../', import.meta.url))
    const result = spawnSync('bash', ['-c', 'node dist/cli.js --reporter html tests/fixtures/seed-article.txt | head -c 15'], {cwd: root, encoding: 'utf8'})
    expect(result.stdout).toBe('<!doctype html>')
    expect(result.stderr).toBe('')
  })
})
