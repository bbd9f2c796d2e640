#!/usr/bin/env node
/**
 * Big inputs through the built CLI, with wall time and peak memory (GNU
 * time's %M): too slow for the default test suite, so CI may skip it.
 *
 *   npm run build && node scripts/stress.mjs [--mb 20] [--only name]
 *
 * Each case writes its file into a temporary folder (text from .cache/corpus
 * when it is there, else the seed article), lints it with `--reporter json`,
 * and checks: exit 0 or 1, one JSON report, every position inside the file
 * and agreeing with its offset. Exit 1 when a case fails.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const {values} = parseArgs({options: {mb: {type: 'string', default: '20'}, only: {type: 'string'}}})
const megabytes = Number(values.mb)

const corpus = join(root, '.cache/corpus')
const prose = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(corpus, name), 'utf8'))
      .join('\n\n')
  : readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8')

function fill(text, size) {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size)
}

const size = Math.round(megabytes * 2 ** 20)
const cases = {
  [`text-${megabytes}mb`]: () => ({name: 'big.txt', value: fill(prose + '\n\n', size)}),
  [`markdown-${megabytes}mb`]: () => ({name: 'big.md', value: fill('# Section\n\n' + prose.split('\n\n').slice(0, 40).join('\n\n') + '\n\n```\ncode\n\nmore code\n```\n\n', size)}),
  [`crlf-bom-${megabytes}mb`]: () => ({name: 'crlf.txt', value: '\uFEFF' + fill(prose.replace(/\n/g, '\r\n') + '\r\n\r\n', size)}),
  'single-line-1mb': () => ({name: 'line.txt', value: fill(prose.replace(/\s+/g, ' '), 2 ** 20) + '\n'}),
  'single-line-5mb': () => ({name: 'line5.txt', value: fill(prose.replace(/\s+/g, ' '), 5 * 2 ** 20) + '\n'})
}

let time = '/usr/bin/time'
try {
  execFileSync(time, ['-f', '%M', 'true'], {stdio: 'ignore'})
} catch {
  time = undefined
}

const dir = mkdtempSync(join(tmpdir(), 'copydesk-stress-'))
let failed = 0
console.log('| input | size | exit | messages | pieces | wall | peak RSS |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [label, make] of Object.entries(cases)) {
  if (values.only && !label.includes(values.only)) continue
  const {name, value} = make()
  const path = join(dir, name)
  writeFileSync(path, value)
  const args = [join(root, 'dist/cli.js'), '--reporter', 'json', path]
  const start = process.hrtime.bigint()
  const result = time
    ? spawnSync(time, ['-f', 'peak-rss-kb %M', 'node', ...args], {encoding: 'utf8', maxBuffer: 1 << 30})
    : spawnSync('node', args, {encoding: 'utf8', maxBuffer: 1 << 30})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const rss = /peak-rss-kb (\d+)/.exec(result.stderr ?? '')?.[1]
  const problems = []
  if (result.status !== 0 && result.status !== 1) problems.push(`exit ${result.status}: ${(result.stderr ?? '').split('\n').slice(-3).join(' ')}`)
  let messages = []
  try {
    messages = JSON.parse(result.stdout)[0].messages
  } catch {
    problems.push('no JSON report')
  }
  const text = value.replace(/^\uFEFF/, '')
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1)
  }
  for (const message of messages) {
    const at = message.place?.start ?? message.position?.start
    if (!at || at.offset === undefined) continue
    const expected = lineStarts[at.line - 1] + at.column - 1
    if (expected !== at.offset || at.offset > text.length) {
      problems.push(`position ${at.line}:${at.column} (offset ${at.offset}) does not agree`)
      break
    }
    if (message.actual !== undefined && text.slice(at.offset, message.place.end.offset) !== message.actual) {
      problems.push(`offset ${at.offset}: text is not the message's actual \`${message.actual}\``)
      break
    }
  }
  const pieces = Math.max(1, Math.ceil(text.length / 2 ** 19))
  console.log(`| ${label} | ${(Buffer.byteLength(value) / 2 ** 20).toFixed(1)} MB | ${result.status} | ${messages.length} | ${text.length > 2 ** 20 ? '~' + pieces : 1} | ${seconds.toFixed(1)} s | ${rss ? (Number(rss) / 1024).toFixed(0) + ' MB' : '?'} |`)
  for (const problem of problems) console.log(`  FAIL ${label}: ${problem}`)
  failed += problems.length > 0 ? 1 : 0
  rmSync(path)
}
rmSync(dir, {recursive: true, force: true})
process.exitCode = failed > 0 ? 1 : 0
