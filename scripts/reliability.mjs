#!/usr/bin/env node
// Runs the built CLI on hostile input, each case in a fresh temporary folder,
// and prints a Markdown table for the README's Reliability section: the case,
// what copydesk said (its first stderr line), the exit code, wall time and
// peak memory (/usr/bin/time). Cases that need root (a tmpfs, chattr) say
// so when they cannot run.
//   node scripts/reliability.mjs
import {execFileSync, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, truncateSync, statSync, writeFileSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist/cli.js')
const story = Array.from({length: 700}, (_, day) => `A goverment official said talks would resume on day ${day}. `).join('')
const hash = (path) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** Runs the CLI through /usr/bin/time in `dir`; `shell` for redirections. */
function measure(dir, args, {shell, input} = {}) {
  const command = shell ? ['bash', '-c', `node ${cli} ${args}`] : ['node', cli, ...args]
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], {cwd: dir, encoding: 'utf8', input: input ?? '', timeout: 120_000})
  const lines = result.stderr.trimEnd().split('\n')
  const [wall, kib] = (lines.pop() ?? '').split(' ')
  const said = lines.find((line) => line.startsWith('copydesk:')) ?? (result.stdout.trim().split('\n')[0] ?? '')
  return {code: result.status ?? 'killed', said, wall: `${Number(wall).toFixed(1)} s`, memory: `${Math.round(Number(kib) / 1024)} MiB`}
}

function folder() {
  return mkdtempSync(join(tmpdir(), 'copydesk-reliability-'))
}

const cases = [
  [
    '`--fix` on a disk with less room than the story (tmpfs)',
    () => {
      const dir = folder()
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=65536', 'tmpfs', dir], {stdio: 'pipe'})
      } catch {
        return {skipped: 'mount refused (needs root)'}
      }
      try {
        writeFileSync(join(dir, 'story.txt'), story)
        // Filled a page at a time: one large write may fail whole and leave room.
        const fd = openSync(join(dir, 'filler'), 'w')
        try {
          for (;;) writeSync(fd, Buffer.alloc(4096))
        } catch {}
        closeSync(fd)
        truncateSync(join(dir, 'filler'), statSync(join(dir, 'filler')).size - 8192)
        const before = hash(join(dir, 'story.txt'))
        const run = measure(dir, ['--fix', 'story.txt'])
        return {...run, said: `${run.said} (story ${hash(join(dir, 'story.txt')) === before ? 'byte for byte as it was' : 'CHANGED'})`}
      } finally {
        execFileSync('umount', [dir])
      }
    }
  ],
  [
    '`--fix` on an immutable file (chattr +i)',
    () => {
      const dir = folder()
      writeFileSync(join(dir, 'story.txt'), 'A goverment official spoke.\n')
      try {
        execFileSync('chattr', ['+i', join(dir, 'story.txt')], {stdio: 'pipe'})
      } catch {
        return {skipped: 'chattr refused'}
      }
      try {
        return measure(dir, ['--fix', 'story.txt'])
      } finally {
        execFileSync('chattr', ['-i', join(dir, 'story.txt')])
      }
    }
  ],
  [
    'empty `.html`, and `--reporter html . > report.html`',
    () => {
      const dir = folder()
      writeFileSync(join(dir, 'empty.html'), '  \n')
      writeFileSync(join(dir, 'story.txt'), 'A goverment official spoke.\n')
      return measure(dir, '--reporter html . > report.html', {shell: true})
    }
  ],
  [
    '10,000 nested block quotes (`.md`)',
    () => {
      const dir = folder()
      writeFileSync(join(dir, 'quotes.md'), '>'.repeat(10_000) + ' deep\n')
      return measure(dir, ['quotes.md'])
    }
  ],
  [
    '10,000 nested `div`s (`.html`)',
    () => {
      const dir = folder()
      writeFileSync(join(dir, 'divs.html'), '<div>'.repeat(10_000) + 'deep' + '</div>'.repeat(10_000))
      return measure(dir, ['divs.html'])
    }
  ],
  [
    'a named pipe inside a folder',
    () => {
      const dir = folder()
      mkdirSync(join(dir, 'desk'))
      execFileSync('mkfifo', [join(dir, 'desk/wire.txt')])
      writeFileSync(join(dir, 'desk/story.txt'), 'The cat sat on the mat.\n')
      return measure(dir, ['desk'])
    }
  ],
  [
    '`/dev/stdin` named as a file',
    () => measure(folder(), ['--reporter', 'unix', '/dev/stdin'], {input: 'A goverment official spoke.\n'})
  ],
  [
    '`--changed-since=--output=planted`',
    () => {
      const dir = folder()
      execFileSync('git', ['init', '-q'], {cwd: dir})
      const run = measure(dir, ['--changed-since=--output=planted'])
      let planted = false
      try {
        statSync(join(dir, 'planted'))
        planted = true
      } catch {}
      return {...run, said: `${run.said} (${planted ? 'A FILE WAS WRITTEN' : 'no file written'})`}
    }
  ],
  [
    '335 KB of lorem ipsum, about 40,000 findings (`--reporter json`)',
    () => {
      const dir = folder()
      const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(' ')
      const text = Array.from({length: 48_000}, (_, i) => words[i % words.length]).join(' ').replace(/(.{70,80}) /g, '$1\n')
      writeFileSync(join(dir, 'lorem.txt'), text)
      const run = measure(dir, '--reporter json lorem.txt > out.json', {shell: true})
      const count = (readFileSync(join(dir, 'out.json'), 'utf8').match(/"ruleId"/g) ?? []).length
      return {...run, said: `${count} findings reported`}
    }
  ]
]

console.log('| input | what copydesk says | exit | wall | peak memory |')
console.log('| --- | --- | ---: | ---: | ---: |')
for (const [name, test] of cases) {
  const result = test()
  if (result.skipped) console.log(`| ${name} | not run here: ${result.skipped} | | | |`)
  else console.log(`| ${name} | ${result.said.replace(/\|/g, '\\|').replace(/\/tmp\/copydesk-reliability-\w+\//g, '')} | ${result.code} | ${result.wall} | ${result.memory} |`)
}
