import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {inShard, parseShard, shardOf} from '../src/shard.js'
import {run} from './cli-run.js'

const paths = Array.from({length: 200}, (_, i) => `stories/${i % 7}/story-${i}.md`)

describe('shards', () => {
  it('split any list into disjoint parts whose union is the whole', () => {
    for (const count of [1, 2, 3, 5]) {
      const parts = Array.from({length: count}, (_, i) => inShard(paths, {index: i + 1, count}))
      expect(parts.flat().sort()).toEqual([...paths].sort())
      expect(new Set(parts.flat()).size).toBe(paths.length)
      // Roughly even: a hash, not a sort, so allow some slack.
      for (const part of parts) expect(part.length).toBeGreaterThan(paths.length / count / 2)
    }
  }, 240_000)

  it('depend on the path alone, whatever else is in the list and however it is written', () => {
    const path = 'stories/3/story-10.md'
    expect(shardOf(path, 4)).toBe(shardOf(`./${path}`, 4))
    expect(shardOf(path, 4)).toBe(shardOf(join(process.cwd(), path), 4))
    expect(inShard([path, 'x.md'], {index: shardOf(path, 4), count: 4})).toContain(path)
  }, 240_000)

  it('are written k/n', () => {
    expect(parseShard('2/3')).toEqual({index: 2, count: 3})
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard/)
  }, 240_000)

  it('cover a folder once through the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-shard-'))
    mkdirSync(join(dir, 'desk'))
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, i % 2 ? 'desk' : '.', `story-${i}.txt`), `Story ${i}: teh end.\n`)
    writeFileSync(join(dir, 'skip.js'), 'not copy')
    const whole = await run(['--reporter', 'unix', '.'], {cwd: dir})
    const files = (stdout: string) => [...new Set(stdout.split('\n').filter(Boolean).map((line) => line.split(':')[0]))]
    const parts = await Promise.all([1, 2, 3].map((k) => run(['--reporter', 'unix', '--shard', `${k}/3`, '.'], {cwd: dir})))
    expect(files(whole.stdout)).toHaveLength(12)
    expect(parts.flatMap((part) => files(part.stdout)).sort()).toEqual(files(whole.stdout).sort())
    expect(parts.map((part) => part.stdout).join('').split('\n').filter(Boolean).sort()).toEqual(whole.stdout.split('\n').filter(Boolean).sort())
    const bad = await run(['--shard', '4/3', '.'], {cwd: dir})
    expect(bad.code).toBe(2)
  }, 240_000)
})
