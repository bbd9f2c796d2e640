import {execFileSync} from 'node:child_process'
import {appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ItemLines, U32Words, readPartsFile, writePartsFile} from '../src/data/parts-file.js'
import {root} from './cli-run.js'

const table = {
  entities: [{name: 'Zoë Baird', file: 'a.yml'}],
  gazetteer: {exact: {zoebaird: [0]}, near: {sound: {}, deletions: '', stride: 3}, longestName: 2}
}

describe('a parts file (src/data/parts-file.ts)', () => {
  it('holds each part, and each table of a split object, as written', () => {
    const bytes = writePartsFile({hash: 'h'}, table, ['gazetteer'])
    const read = readPartsFile<typeof table>(bytes)!
    expect(read.fields).toEqual({hash: 'h'})
    expect(JSON.parse(JSON.stringify(read.value))).toEqual(table)
  })

  it('parses a part on its first read only, once, and lets a caller set it', () => {
    const read = readPartsFile<typeof table>(writePartsFile({}, table, ['gazetteer']), (part) => (Array.isArray(part) ? [...part, 'prepared'] : part))!
    const index = read.value.gazetteer
    expect(typeof Object.getOwnPropertyDescriptor(index, 'exact')!.get).toBe('function')
    expect(index.exact).toEqual({zoebaird: [0]})
    expect(Object.getOwnPropertyDescriptor(index, 'exact')!.value).toBe(index.exact)
    expect(typeof Object.getOwnPropertyDescriptor(index, 'near')!.get).toBe('function')
    expect(read.value.entities).toEqual([{name: 'Zoë Baird', file: 'a.yml'}, 'prepared'])
    index.longestName = 5
    expect(index.longestName).toBe(5)
  })

  it('splits an object inside a split one, and reads 32-bit words written as bytes back as a Uint32Array', () => {
    const deletions = new Uint32Array([0, 1, 2 ** 32 - 1, 70_000])
    const bytes = writePartsFile({}, {gazetteer: {exact: {zoebaird: [0]}, near: {stride: 3, deletions: new U32Words(deletions)}}}, ['gazetteer', 'gazetteer.near'])
    const header = JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(10))) as {parts: unknown[][]}
    expect(header.parts.map(([path, start, end, form]) => [path, (end as number) - (start as number), form])).toEqual([
      ['gazetteer.exact', 16, undefined],
      ['gazetteer.near.stride', 1, undefined],
      ['gazetteer.near.deletions', 16, 'u32']
    ])
    const near = readPartsFile<{gazetteer: {near: {stride: number; deletions: Uint32Array}}}>(bytes)!.value.gazetteer.near
    expect(near.deletions).toBeInstanceOf(Uint32Array)
    expect([...near.deletions]).toEqual([0, 1, 2 ** 32 - 1, 70_000])
    expect(near.stride).toBe(3)
  })

  it('reads a list written an item a line as an array whose items are parsed when first read', () => {
    const entries = [{name: 'Zoë Baird', file: 'a.yml'}, {name: 'Line\nBreak', file: 'b.yml'}, {name: 'Ōtaki', file: 'a.yml'}]
    const parsed: string[] = []
    const read = readPartsFile<{entities: typeof entries; none: unknown[]}>(writePartsFile({}, {entities: new ItemLines(entries), none: new ItemLines([])}), undefined, (item) => {
      parsed.push((item as {name: string}).name)
      return {...(item as object), file: `/pkg/${(item as {file: string}).file}`}
    })!.value
    const entities = read.entities
    expect(entities.length).toBe(3)
    expect(Array.isArray(entities)).toBe(true)
    expect(parsed).toEqual([])
    expect(entities[2]).toEqual({name: 'Ōtaki', file: '/pkg/a.yml'})
    expect(entities[2]).toBe(entities[2])
    expect(parsed).toEqual(['Ōtaki'])
    expect(entities.map((entity) => entity.name)).toEqual(['Zoë Baird', 'Line\nBreak', 'Ōtaki'])
    expect(parsed).toEqual(['Ōtaki', 'Zoë Baird', 'Line\nBreak'])
    expect(entities[3]).toBeUndefined()
    expect(read.none).toEqual([])
    entities[0] = {name: 'Set', file: 'c.yml'}
    expect(entities[0]).toEqual({name: 'Set', file: 'c.yml'})
    expect(parsed).toHaveLength(3)
  })

  it('is refused when it is not whole: no header line, a header that does not parse, parts cut short or followed by more', () => {
    const bytes = writePartsFile({hash: 'h'}, table, ['gazetteer'])
    expect(readPartsFile(Buffer.from('{"hash":"h","parts":[]}'))).toBeUndefined()
    expect(readPartsFile(Buffer.from('{"hash":\n'))).toBeUndefined()
    expect(readPartsFile(Buffer.from('[1]\n'))).toBeUndefined()
    expect(readPartsFile(bytes.subarray(0, bytes.length - 1))).toBeUndefined()
    expect(readPartsFile(Buffer.concat([bytes, Buffer.from(' ')]))).toBeUndefined()
    expect(readPartsFile(writePartsFile({hash: 'h'}, {}))).toEqual({fields: {hash: 'h'}, value: {}})
  })
})

/** The seed article's findings from a copy of the package whose compiled slices `spoil` changed. */
function seedFrom(spoil: (copy: string) => void): string {
  const copy = mkdtempSync(join(tmpdir(), 'copydesk-slices-'))
  try {
    for (const path of ['dist', 'rules', 'dictionaries', 'package.json']) cpSync(join(root, path), join(copy, path), {recursive: true})
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
    spoil(join(copy, 'dist/data/compiled'))
    const args = [join(copy, 'dist/cli.js'), '--no-config', '--reporter', 'json', 'tests/fixtures/seed-article.txt']
    try {
      execFileSync('node', args, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
      throw new Error('the seed article has findings: exit 1 expected')
    } catch (error) {
      // Exit 1 is findings; anything else (a stack trace, exit 2) fails here.
      const failed = error as {status: number; stdout: string; stderr: string}
      expect(failed.stderr).toBe('')
      expect(failed.status).toBe(1)
      return failed.stdout
    }
  } finally {
    rmSync(copy, {recursive: true, force: true})
  }
}

describe('compiled slices the build wrote', () => {
  it('are read again from their sources, with the same findings, when missing, stale or cut short', () => {
    const fresh = seedFrom(() => {})
    expect(JSON.parse(fresh)[0].messages.length).toBeGreaterThan(30)
    // Each spoiled slice is rebuilt from its sources, seconds of CPU a run: three kinds of harm in one run.
    expect(
      seedFrom((compiled) => {
        rmSync(join(compiled, 'variants.json'))
        truncateSync(join(compiled, 'entities.json'), statSync(join(compiled, 'entities.json')).size - 10)
        writeFileSync(join(compiled, 'phrases.json'), 'not json\n')
      })
    ).toBe(fresh)
    // A source edited after the build: a comment changes its hash, not its entries.
    expect(seedFrom((compiled) => appendFileSync(join(compiled, '../../../dictionaries/entities/people.yml'), '\n# edited\n'))).toBe(fresh)
  })
})
