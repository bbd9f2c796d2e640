import {execFile} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {parseArguments} from '../src/cli-args.js'
import {colorFromEnv} from '../src/color.js'
import {Progress} from '../src/progress.js'
import {run} from '../src/run.js'
import {cli, fixtures} from './cli-run.js'

/** A stand-in for a terminal's stream: what was written, call by call. */
function terminal(columns?: number) {
  const writes: string[] = []
  return {writes, columns, write: (text: string) => writes.push(text)}
}

const erase = '\r\u001B[K'

describe('the progress line', () => {
  it('shows files done of all and the seconds since the start, at most ten times a second, and is erased at the end', () => {
    const sink = terminal()
    let now = 5000
    const progress = new Progress(sink, {now: () => now, tick: 0})
    progress.update(0, 3)
    now += 50
    progress.update(1, 3)
    now += 1200
    progress.update(2, 3)
    now += 10
    progress.update(3, 3)
    progress.end()
    progress.end()
    expect(sink.writes).toEqual([`${erase}copydesk: 0/3 files, 0 s`, `${erase}copydesk: 2/3 files, 1 s`, `${erase}copydesk: 3/3 files, 1 s`, erase])
  })

  it('stays away for one file until a second has passed, and fits the terminal', () => {
    const sink = terminal(16)
    let now = 0
    const progress = new Progress(sink, {now: () => now, tick: 0})
    progress.update(0, 1)
    now = 999
    progress.update(0, 1)
    expect(sink.writes).toEqual([])
    now = 2000
    progress.update(1, 1)
    progress.end()
    expect(sink.writes).toEqual([`${erase}copydesk: 1/1 f`, erase])
  })

  it('writes nothing when never shown', () => {
    const sink = terminal()
    const progress = new Progress(sink, {now: () => 0, tick: 0})
    progress.update(1, 1)
    progress.end()
    expect(sink.writes).toEqual([])
  })

  it('counts a run in parts against all its files, from the files the parts before it did', async () => {
    const {FileSet} = await import('../node_modules/unified-engine/lib/file-set.js')
    const sink = terminal()
    let now = 0
    const progress = new Progress(sink, {now: () => now, tick: 0})
    const part = new FileSet()
    part.expected = 2
    progress.plugin(500, 502)(undefined, part)
    now = 2000
    part.emit('one')
    progress.end()
    expect(sink.writes).toEqual([`${erase}copydesk: 500/502 files, 0 s`, `${erase}copydesk: 501/502 files, 2 s`, erase])
  })

  const formats = ['story.txt', 'story.md', 'story.mdx', 'story.html'].map((name) => `${fixtures}/formats/${name}`)
  // A run slower than a second to find its files (a loaded machine) first says so.
  const lines = /^\r\u001B\[K(?:copydesk: (?:(\d)\/4 files|finding files), \d+ s)?$/

  it('is on standard error when it is a terminal, erased before the report', async () => {
    const stderr = terminal(80)
    const stdout = terminal()
    const result = await run({files: formats, reporter: 'unix', stdout, stderr, terminal: {stderr: true}})
    const report = stderr.writes.findIndex((text) => !lines.test(text))
    const shown = report === -1 ? stderr.writes : stderr.writes.slice(0, report)
    expect(shown.length).toBeGreaterThanOrEqual(2)
    expect(shown.every((text) => lines.test(text))).toBe(true)
    const counted = shown.filter((text) => lines.exec(text)![1] !== undefined)
    expect(counted[0]).toMatch(/^\r\u001B\[Kcopydesk: 0\/4 files, \d+ s$/)
    expect(shown.at(-1)).toBe(erase)
    const done = counted.map((text) => Number(lines.exec(text)![1]))
    expect(done).toEqual([...done].sort())
    // Nothing of it in the returned text, nor on standard output.
    expect(result.stderr).toBe('')
    expect(stdout.writes.join('')).toBe(result.stdout)
    expect(result.stdout).not.toContain('\r')
  })

  it('is not shown when standard error is no terminal, or with --quiet', async () => {
    for (const options of [{terminal: {stderr: false}}, {terminal: {stderr: true}, quiet: true}]) {
      const stderr = terminal(80)
      await run({files: formats, reporter: 'unix', stderr, ...options})
      expect(stderr.writes.filter((text) => text.includes('\r'))).toEqual([])
    }
  })
})

describe('colours', () => {
  it('follow FORCE_COLOR, then NO_COLOR, when no flag is given', () => {
    const cases: Array<[Record<string, string>, boolean | undefined]> = [
      [{}, undefined],
      [{NO_COLOR: '1'}, false],
      [{NO_COLOR: ''}, undefined],
      [{FORCE_COLOR: '0'}, false],
      [{FORCE_COLOR: 'false'}, false],
      [{FORCE_COLOR: '1'}, true],
      [{FORCE_COLOR: '3'}, true],
      [{FORCE_COLOR: ''}, true],
      [{FORCE_COLOR: 'true'}, true],
      [{FORCE_COLOR: 'loud'}, undefined],
      [{FORCE_COLOR: '1', NO_COLOR: '1'}, true],
      [{FORCE_COLOR: '0', NO_COLOR: ''}, false]
    ]
    expect(cases.map(([env]) => colorFromEnv(env))).toEqual(cases.map(([, expected]) => expected))
  })

  it('are asked for by --color or --no-color, the last one given winning', () => {
    const color = (...args: string[]) => {
      const parsed = parseArguments([...args, 'story.txt'])
      return 'options' in parsed ? parsed.options.color : parsed.stderr
    }
    expect([color(), color('--color'), color('--no-color'), color('--color', '--no-color'), color('--no-color', '-q', '--color')]).toEqual([undefined, true, false, false, true])
  })

  it('colour the stylish report when asked, on a terminal by default, and never when refused', async () => {
    const story = `${fixtures}/formats/story.txt`
    const coloured = (text: string) => text.includes('\u001B[')
    const report = async (options: object) => (await run({files: [story], ...options})).stderr
    expect(coloured(await report({}))).toBe(false)
    expect(coloured(await report({terminal: {stderr: true}}))).toBe(true)
    expect(coloured(await report({color: true}))).toBe(true)
    expect(coloured(await report({color: false, terminal: {stderr: true}}))).toBe(false)
    expect(coloured(await report({noColor: true, terminal: {stderr: true}}))).toBe(false)
  })

  it('come from the environment in the binary, and its flags win over it', async () => {
    const story = `${fixtures}/formats/story.txt`
    const stderr = (args: string[], env: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const base = {...process.env}
        delete base.NO_COLOR
        delete base.FORCE_COLOR
        execFile('node', [cli, ...args, story], {env: {...base, ...env}}, (_error, _stdout, text) => resolve(text))
      })
    const coloured = async (args: string[], env: Record<string, string>) => (await stderr(args, env)).includes('\u001B[')
    expect(await Promise.all([coloured([], {}), coloured([], {FORCE_COLOR: '1'}), coloured(['--no-color'], {FORCE_COLOR: '1'}), coloured(['--color'], {NO_COLOR: '1'}), coloured([], {FORCE_COLOR: '1', NO_COLOR: '1'})])).toEqual([
      false,
      true,
      false,
      true,
      true
    ])
  }, 60_000)
})
