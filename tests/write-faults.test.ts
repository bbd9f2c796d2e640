import {execFileSync} from 'node:child_process'
import * as nodeFs from 'node:fs'
import {linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {InPlaceWriteError, writeAtomic, type FileSystem} from '../src/atomic-write.js'
import {addWord} from '../src/lsp/project-data.js'
import {run} from './cli-run.js'

type Op = keyof FileSystem
type Fault = 'short' | 'none-taken' | 'ENOSPC' | 'EIO' | 'EPERM'

const ops: Op[] = [
  'chmodSync',
  'chownSync',
  'closeSync',
  'fstatSync',
  'fsyncSync',
  'ftruncateSync',
  'openSync',
  'readFileSync',
  'readSync',
  'realpathSync',
  'renameSync',
  'statSync',
  'unlinkSync',
  'writeSync'
]

/** node's file system, with one call of one kind failing as `fault` says; counts every call. */
function faulty(target?: {op: Op; call: number; fault: Fault}) {
  const calls = new Map<Op, number>()
  const fs = {} as Record<Op, (...args: never[]) => unknown>
  for (const op of ops) {
    const real = nodeFs[op] as (...args: unknown[]) => unknown
    fs[op] = (...args: unknown[]) => {
      const count = (calls.get(op) ?? 0) + 1
      calls.set(op, count)
      if (target && target.op === op && target.call === count) {
        if (target.fault === 'none-taken') return 0
        if (target.fault === 'short') {
          // Takes half of what it was given, as a file system filling up does.
          const [fd, buffer, offset, length, position] = args as [number, Uint8Array, number, number, number]
          return nodeFs.writeSync(fd, buffer, offset, Math.max(1, Math.floor(length / 2)), position)
        }
        throw Object.assign(new Error(`${target.fault}: injected in ${op}`), {code: target.fault})
      }
      return real(...args)
    }
  }
  return {fs: fs as unknown as FileSystem, calls}
}

const scratch = mkdtempSync(join(tmpdir(), 'copydesk-faults-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

interface Scenario {
  name: string
  before: string
  after: string
  hardLink: boolean
}

const longer = 'A goverment official said the the talks would resume. '.repeat(40)
const scenarios: Scenario[] = [
  {name: 'a plain file', before: longer, after: longer.replaceAll('goverment', 'government'), hardLink: false},
  {name: 'a hard-linked file that grows', before: longer, after: longer.replaceAll('goverment', 'government'), hardLink: true},
  {name: 'a hard-linked file that shrinks', before: longer, after: longer.replaceAll('the the', 'the'), hardLink: true}
]

let serial = 0
function setUp(scenario: Scenario): {dir: string; path: string} {
  const dir = join(scratch, String(serial++))
  mkdirSync(dir)
  const path = join(dir, 'story.txt')
  writeFileSync(path, scenario.before)
  if (scenario.hardLink) linkSync(path, join(dir, 'other-name.txt'))
  return {dir, path}
}

const names = (scenario: Scenario) => (scenario.hardLink ? ['other-name.txt', 'story.txt'] : ['story.txt'])

describe('writing fixes when every file-system call can fail', () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: ends with all of the new text or all of the old, at every call`, () => {
      const counting = faulty()
      const {path} = setUp(scenario)
      writeAtomic(path, scenario.after, {expected: scenario.before, fs: counting.fs})
      expect(readFileSync(path, 'utf8')).toBe(scenario.after)

      let failures = 0
      for (const [op, count] of counting.calls) {
        const kinds: Fault[] = op === 'writeSync' ? ['short', 'none-taken', 'ENOSPC', 'EIO'] : ['ENOSPC', 'EIO', 'EPERM']
        for (let call = 1; call <= count; call++) {
          for (const fault of kinds) {
            const {dir, path} = setUp(scenario)
            const where = `${fault} at ${op} #${call}`
            let error: unknown
            try {
              writeAtomic(path, scenario.after, {expected: scenario.before, fs: faulty({op, call, fault}).fs})
            } catch (caught) {
              error = caught
            }
            const text = readFileSync(path, 'utf8')
            const left = readdirSync(dir).sort()
            if (error === undefined) {
              expect(text, where).toBe(scenario.after)
              // Only a failed clean-up may leave the verified copy behind.
              if (op !== 'unlinkSync') expect(left, where).toEqual(names(scenario))
            } else if (error instanceof InPlaceWriteError) {
              failures++
              expect(readFileSync(error.copy, 'utf8'), where).toBe(scenario.after)
            } else {
              failures++
              expect(text, where).toBe(scenario.before)
              expect(left, where).toEqual(names(scenario))
            }
            if (fault === 'short') expect(error, where).toBeUndefined()
            if (op === 'writeSync' && (fault === 'none-taken' || fault === 'ENOSPC') && call === 1) expect(error, where).toBeDefined()
          }
        }
      }
      expect(failures).toBeGreaterThan(20)
    })
  }

  it('names the cause of a write that takes nothing', () => {
    const {path} = setUp(scenarios[0]!)
    expect(() => writeAtomic(path, 'new', {fs: faulty({op: 'writeSync', call: 1, fault: 'none-taken'}).fs})).toThrow('the file system took 0 of 3 bytes')
  })
})

/** A tmpfs of `size` bytes at a fresh folder, or why none could be mounted. */
function smallDisk(size: number): {dir: string} | {refused: string} {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-tmpfs-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], {stdio: 'pipe'})
    return {dir}
  } catch (error) {
    return {refused: String((error as {stderr?: Buffer}).stderr ?? error).trim()}
  }
}

/** Fills a small disk to the last block, a page at a time, then frees `room` bytes. */
function fill(dir: string, room: number) {
  const filler = join(dir, 'filler')
  const fd = nodeFs.openSync(filler, 'w')
  try {
    const page = Buffer.alloc(4096)
    for (;;) nodeFs.writeSync(fd, page)
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    nodeFs.closeSync(fd)
  }
  nodeFs.truncateSync(filler, Math.max(0, nodeFs.statSync(filler).size - room))
}

const probe = smallDisk(4096)
if ('dir' in probe) execFileSync('umount', [probe.dir])
else console.warn(`write-faults: no tmpfs could be mounted, so the full-disk tests are skipped (${probe.refused})`)

/** Runs `test` on a fresh 64 KiB tmpfs and unmounts it after. */
async function onSmallDisk(test: (dir: string) => Promise<void> | void) {
  const disk = smallDisk(64 * 1024) as {dir: string}
  try {
    await test(disk.dir)
  } finally {
    execFileSync('umount', [disk.dir])
  }
}

describe.skipIf('refused' in probe)('on a disk with less room than what is written', () => {
  it('--fix leaves the story whole, removes its copy, and names the file and the cause (exit 2)', () =>
    onSmallDisk(async (dir) => {
      const story = Array.from({length: 700}, (_, day) => `A goverment official said talks would resume on day ${day}. `).join('')
      expect(story.length).toBeGreaterThan(38_000)
      writeFileSync(join(dir, 'story.txt'), story)
      fill(dir, 8192)
      const result = await run(['--fix', '--reporter', 'json', 'story.txt'], {cwd: dir})
      expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(story)
      expect(readdirSync(dir).sort()).toEqual(['filler', 'story.txt'])
      expect(result.stderr).toBe('copydesk: story.txt: fixes not written: no space left on the device, ENOSPC; the file is as it was\n')
      expect(result.code).toBe(2)
    }))

  it('a cache that cannot be saved is a note; the report is whole', () =>
    onSmallDisk(async (dir) => {
      const work = mkdtempSync(join(scratch, 'cache-'))
      writeFileSync(join(work, 'story.txt'), 'A goverment official spoke.\n')
      fill(dir, 0)
      const result = await run(['--cache', '--cache-location', dir, '--reporter', 'json', 'story.txt'], {cwd: work})
      const [report] = JSON.parse(result.stdout) as Array<{messages: Array<{actual: string}>}>
      expect(report!.messages.map((m) => m.actual)).toEqual(['goverment'])
      expect(result.stderr).toBe(`copydesk: cache not saved (${join(dir, 'cache.json')}): no space left on the device, ENOSPC\n`)
      expect(result.code).toBe(1)
      expect(readdirSync(dir)).toEqual(['filler'])
    }))

  it('a word added from the editor never cuts the project word list short', () =>
    onSmallDisk(async (dir) => {
      const words = join(dir, '.copydesk/words.txt')
      mkdirSync(join(dir, '.copydesk'))
      const list = '# Words\n' + Array.from({length: 900}, (_, i) => `Word${i}`).join('\n') + '\n'
      writeFileSync(words, list)
      fill(dir, 0)
      expect(() => addWord(dir, 'Yonhap')).toThrow(/ENOSPC/)
      expect(readFileSync(words, 'utf8')).toBe(list)
      expect(readdirSync(join(dir, '.copydesk'))).toEqual(['words.txt'])
    }))
})
