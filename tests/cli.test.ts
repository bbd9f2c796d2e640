import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ruleUrl} from '../src/message.js'
import {ruleIds} from '../src/rules.js'
import {root, run, spawnCli} from './cli-run.js'

const seed = join(root, 'tests/fixtures/seed-article.txt')

interface JsonMessage {
  ruleId: string
  source: string
  fatal: boolean | null
  actual: string
  expected?: string[]
  url: string
  place: {start: {offset: number}; end: {offset: number}}
}

interface Gold {
  level: 'required' | 'optional'
  actual: string
  expected: string
  start: number
  end: number
}

describe('the copydesk command', () => {
  it('finds every required slip in the seed article, with few other warnings', async () => {
    const {code, stdout} = await run(['--reporter', 'json', seed])
    expect(code).toBe(1)
    const [file] = JSON.parse(stdout) as Array<{messages: JsonMessage[]}>
    const messages = file!.messages
    const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/seed-article.gold.json'), 'utf8')) as Gold[]
    const text = readFileSync(seed, 'utf8')
    const warning = (m: JsonMessage) => m.fatal !== null && m.fatal !== undefined
    const overlaps = (m: JsonMessage, g: Gold) => m.place.start.offset < g.end && m.place.end.offset > g.start

    const required = gold.filter((g) => g.level === 'required')
    expect(required).toHaveLength(35)
    const missed = required.filter((g) => !messages.some((m) => warning(m) && overlaps(m, g)))
    expect(missed.map((g) => g.actual)).toEqual([])
    const fixed = required.filter((g) => messages.some((m) => overlaps(m, g) && (m.expected ?? []).includes(g.expected)))
    expect(fixed.length).toBeGreaterThanOrEqual(32)
    const extra = messages.filter((m) => warning(m) && !gold.some((g) => overlaps(m, g)))
    expect(extra.map((m) => m.actual)).toEqual([])

    for (const m of messages) {
      expect(m.source).toBe('copydesk')
      const [rule, entry] = m.ruleId.split(':')
      expect(ruleIds).toContain(rule)
      if (entry !== undefined) expect(entry).toMatch(/^[a-z0-9-]+$/)
      expect(m.url).toBe(ruleUrl(rule!))
      expect(text.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual)
    }
  })

  it('prints a readable report by default and exits 0 on clean copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-'))
    const clean = join(dir, 'clean.txt')
    writeFileSync(clean, 'The central bank kept its main rate unchanged on Thursday, citing slower inflation.\n')
    const result = await run([clean])
    expect(result).toEqual({code: 0, stdout: '', stderr: `${relative(root, clean)}: no issues found\n`})
  })

  it('reads standard input with `-`', async () => {
    // The binary's own standard input, and its exit code.
    const result = await spawnCli(['--reporter', 'json', '-'], {input: 'Officials met on Friday,saying little.\n'})
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>
    expect(file!.messages.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['spacing', 'Friday,saying', ['Friday, saying']]
    ])
  })

  it('names a missing file in one line, exits 2, and still lints the others', async () => {
    const result = await run(['--reporter', 'json', 'no-such-file.txt', seed])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: no-such-file.txt: No such file or folder\n')
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
    expect(files.map((file) => file.path)).toEqual(['tests/fixtures/seed-article.txt'])
    expect(files[0]!.messages.length).toBeGreaterThan(30)
  })

  it('rejects unknown options and reporters with exit 2 and no stack trace', async () => {
    // The binary's arguments and exit code, in a process of its own.
    const flag = await spawnCli(['--frobnicate', seed])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/^copydesk: Unknown option '--frobnicate'.*\n$/)
    const reporter = await run(['--reporter', 'xml', seed])
    expect(reporter).toEqual({code: 2, stdout: '', stderr: 'copydesk: unknown reporter `xml`, expected one of stylish, json, unix, github, sarif, checkstyle, html\n'})
  })
})
