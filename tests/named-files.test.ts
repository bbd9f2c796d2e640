import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {partSize} from '../src/engine-run.js'
import {namedFiles} from '../src/named-files.js'
import {run} from '../src/run.js'
import {folderWith as folder} from './cli-run.js'

describe('files named one by one', () => {
  it('are read without the engine when nothing configures or ignores them', () => {
    const dir = folder({'a.md': 'x', 'story/b.txt': 'x', 'other/c.txt': 'x'})
    expect(namedFiles(['a.md', 'story/b.txt'], dir, true)).toEqual({paths: ['a.md', join('story', 'b.txt')], configured: false})
    expect(namedFiles(['../other/c.txt', join(dir, 'a.md')], join(dir, 'story'), true)?.paths).toEqual([join('..', 'other', 'c.txt'), join('..', 'a.md')])
    // A package.json without a `copydesk` field configures nothing.
    writeFileSync(join(dir, 'story', 'package.json'), '{"name": "story"}')
    expect(namedFiles(['story/b.txt'], dir, true)).toEqual({paths: [join('story', 'b.txt')], configured: false})
  })

  it('are found in a folder without the engine when nothing in it configures or ignores them, by the extensions asked', () => {
    const dir = folder({'top.txt': 'x', 'news/a.md': 'x', 'news/deep/b.txt': 'x', 'news/c.json': 'x', 'news/node_modules/d.md': 'x', 'news/.copydesk/words.txt': 'x'})
    expect(namedFiles(['news'], dir, true, ['md', '.txt'])?.paths.sort()).toEqual([join('news', 'a.md'), join('news', 'deep', 'b.txt')])
    // Without the extensions a folder is the engine's, as before.
    expect(namedFiles(['news'], dir, true)).toBeUndefined()
    // The same file named and found in its folder, or a folder with nothing to lint, is the engine's to report.
    expect(namedFiles(['news', 'news/a.md'], dir, true, ['md'])).toBeUndefined()
    expect(namedFiles(['news/deep'], dir, true, ['md'])).toBeUndefined()
    // An ignore file anywhere below sends the whole run to the engine.
    writeFileSync(join(dir, 'news', 'deep', '.copydeskignore'), 'b.txt\n')
    expect(namedFiles(['news'], dir, true, ['md', 'txt'])).toBeUndefined()
  })

  it('go through the engine when it has anything to find or ignore, and are listed for it to configure', () => {
    const dir = folder({'a.md': 'x', 'b.md': 'x', 'node_modules/c.md': 'x', 'sub/d.md': 'x'})
    expect(namedFiles(['a.m?'], dir, true)).toBeUndefined()
    expect(namedFiles(['sub'], dir, true)).toBeUndefined()
    expect(namedFiles(['missing.md'], dir, true)).toBeUndefined()
    expect(namedFiles(['a.md', './a.md'], dir, true)).toBeUndefined()
    expect(namedFiles(['node_modules/c.md'], dir, true)).toBeUndefined()
    expect(namedFiles([], dir, true)).toBeUndefined()
    writeFileSync(join(dir, '.copydeskrc.yml'), 'preset: strict\n')
    expect(namedFiles(['sub/d.md'], dir, true)).toEqual({paths: [join('sub', 'd.md')], configured: true})
    expect(namedFiles(['sub'], dir, true, ['md'])).toEqual({paths: [join('sub', 'd.md')], configured: true})
    // `--no-config`: config files do not count, ignore files still do.
    expect(namedFiles(['sub/d.md'], dir, false)).toEqual({paths: [join('sub', 'd.md')], configured: false})
    writeFileSync(join(dir, 'sub', '.copydeskignore'), 'd.md\n')
    expect(namedFiles(['sub/d.md'], dir, false)).toBeUndefined()
    // A manifest that configures is a config file; one the engine cannot parse is the engine's to report.
    for (const manifest of ['{"copydesk": {"preset": "strict"}}', 'null']) {
      expect(namedFiles(['e.md'], folder({'package.json': manifest, 'e.md': 'x'}), true)?.configured).toBe(true)
    }
    expect(namedFiles(['e.md'], folder({'package.json': '{"name": ', 'e.md': 'x'}), true)).toBeUndefined()
  })

  it('get the report, notes and exit code the engine gives them', async () => {
    const dir = folder({
      'story.md': 'Teh council met on on Tuesday , said Joe Bidn.\n',
      'bom.txt': '\uFEFFThe the mayor spoke.\n',
      'clean.txt': 'The council met on Tuesday.\n',
      'empty.txt': '',
      'binary.txt': Buffer.from([0x54, 0x68, 0x00, 0x65]),
      'latin1.txt': Buffer.from('Caf\xe9 au lait , please.\n', 'latin1'),
      'notes/deep.markdown': '# Notes\n\nIt was was late.\n'
    })
    const files = ['story.md', 'bom.txt', 'clean.txt', 'empty.txt', 'binary.txt', 'latin1.txt', 'notes/deep.markdown']
    const runs: Array<[readonly string[], Record<string, unknown>]> = [
      [files, {}],
      [files, {reporter: 'json'}],
      [files, {reporter: 'unix', quiet: true}],
      [files, {reporter: 'json', maxWarnings: 3}],
      [files, {fixDryRun: true}],
      [['clean.txt'], {}]
    ]
    const report = async () => {
      const results = []
      for (const [list, options] of runs) results.push(await run({files: list, cwd: dir, ...options}))
      return results
    }
    const named = await report()
    // An ignore file that ignores nothing: the same files, through the engine.
    writeFileSync(join(dir, '.copydeskignore'), '')
    expect(namedFiles(files, dir, true)).toBeUndefined()
    const found = await report()
    runs.forEach((options, index) => {
      const pick = ({exitCode, stdout, stderr}: {exitCode: number; stdout: string; stderr: string}) => ({exitCode, stdout, stderr})
      expect(pick(named[index]!), JSON.stringify(options)).toEqual(pick(found[index]!))
    })
    const {stdout, exitCode} = await run({files: ['story.md'], cwd: dir, reporter: 'unix'})
    expect(exitCode).toBe(1)
    expect(stdout).toContain('story.md:1:1:')
  })

  it('are linted and reported once when named twice, by either way or path', async () => {
    const dir = folder({'a.txt': 'Teh council met.\n'})
    const once = await run({files: ['a.txt'], cwd: dir, reporter: 'unix'})
    const twice = await run({files: ['a.txt', './a.txt', join(dir, 'a.txt')], cwd: dir, reporter: 'unix'})
    expect(twice.stdout).toBe(once.stdout)
    expect(twice.stdout.match(/a\.txt:1:1:/g)).toHaveLength(1)
    expect(twice.files.map((file) => file.path)).toEqual(['a.txt'])
    writeFileSync(join(dir, '.copydeskignore'), '')
    expect((await run({files: ['a.txt', './a.txt'], cwd: dir, reporter: 'unix'})).stdout).toBe(once.stdout)
  })

  it('governed by a config file are configured by the engine in parts, with the report of one run', async () => {
    // One part and a file more, so the run goes in two; a slip in the first and the last file.
    const stories: Record<string, string> = {'.copydeskrc.yml': 'rules:\n  repeated-words: error\n'}
    for (let index = 0; index <= partSize; index++) stories[`news/${String(index).padStart(4, '0')}.txt`] = index % partSize === 0 ? 'The the council met.\n' : 'The council met.\n'
    const dir = folder(stories)
    expect(namedFiles(['news'], dir, true, ['txt'])?.paths).toHaveLength(partSize + 1)
    const runs: Array<Record<string, unknown>> = [{reporter: 'unix'}, {reporter: 'json', shard: {index: 1, count: 2}}, {reporter: 'unix', config: '.copydeskrc.yml'}]
    const inParts = await Promise.all(runs.map((options) => run({files: ['news'], cwd: dir, ...options})))
    expect(inParts[0]!.exitCode).toBe(1)
    expect(inParts[0]!.stdout.match(/ error /g)).toHaveLength(2)
    expect(inParts[0]!.files).toHaveLength(partSize + 1)
    // An ignore file that ignores nothing: the engine finds the same files in one run.
    writeFileSync(join(dir, '.copydeskignore'), '')
    expect(namedFiles(['news'], dir, true, ['txt'])).toBeUndefined()
    const whole = await Promise.all(runs.map((options) => run({files: ['news'], cwd: dir, ...options})))
    runs.forEach((options, index) => {
      const pick = ({exitCode, stdout, stderr, files}: {exitCode: number; stdout: string; stderr: string; files?: Array<{path: string}>}) => ({exitCode, stdout, stderr, paths: files?.map((file) => file.path)})
      expect(pick(inParts[index]!), JSON.stringify(options)).toEqual(pick(whole[index]!))
    })
  })
})
