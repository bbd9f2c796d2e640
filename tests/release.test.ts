import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import packlist from 'npm-packlist'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lintOverStdio} from './stdio-session.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string; bundleDependencies?: string[]}

/** The install tests pack and install the tarball: tens of seconds, so in CI (CI=true) and on request. */
const installing = process.env.CI === 'true' || process.env.COPYDESK_RELEASE_TESTS === '1'

let packed: {files: string[]; folder?: string; tarball?: string} | undefined

/**
 * What `npm pack` puts in the tarball, without building again (the suite
 * runs on a fresh build): the list npm-packlist, npm's own, makes of the
 * package's root (no bundled dependencies to follow), in half a second
 * where `npm pack --dry-run` takes seven. When the install tests run, the
 * tarball itself, packed once for both: npm spends five seconds of CPU
 * compressing it.
 */
async function pack(): Promise<{files: string[]; tarball?: string}> {
  if (!packed) {
    if (installing) {
      const folder = mkdtempSync(join(tmpdir(), 'copydesk-tarball-'))
      const args = ['pack', '--ignore-scripts', '--json', '--pack-destination', folder]
      const [result] = JSON.parse(execFileSync('npm', args, {cwd: root, encoding: 'utf8'})) as Array<{filename: string; files: Array<{path: string}>}>
      packed = {files: result!.files.map((file) => file.path).sort(), folder, tarball: join(folder, result!.filename)}
    } else {
      const files = await packlist({path: root, package: manifest, isProjectRoot: true, edgesOut: new Map()})
      packed = {files: files.sort()}
    }
  }
  return packed
}

afterAll(() => {
  if (packed?.folder) rmSync(packed.folder, {recursive: true, force: true})
})

describe('the npm tarball', () => {
  it('holds what runs and nothing else', async () => {
    // npm-packlist is given the root alone: with bundled dependencies it would need npm's whole tree.
    expect(manifest.bundleDependencies).toBeUndefined()
    const files = (await pack()).files
    for (const needed of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/cli.js',
      'dist/lsp.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/pool/worker.js',
      'dist/data/compiled/entities.json',
      'dist/data/compiled/phrases.json',
      'dist/data/compiled/en-US.trie',
      'dist/data/compiled/en-GB.trie',
      'dist/data/compiled/frequencies.trie',
      'rules/consistency.yml',
      'dictionaries/newsroom.txt'
    ]) {
      expect(files).toContain(needed)
    }
    expect(files.filter((file) => !/^(dist|rules|dictionaries)\//.test(file))).toEqual(['LICENSE', 'README.md', 'package.json'])
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])
  })
})

/**
 * The tarball installed into a new project outside the repository, as a user
 * would install it, its commands run from another folder. npm ci caches
 * tarballs, not registry metadata, so npm cannot resolve version ranges
 * offline: the project starts from this repository's package-lock.json, npm
 * keeps the entries copydesk needs (the versions the suite ran with) and
 * prunes the rest, and `--offline` proves nothing came from the network. A
 * global install (`npm install -g`) needs that metadata; it lays out the same
 * package and bin links. Installing takes tens of seconds, so it runs in CI
 * (CI=true) and on request (COPYDESK_RELEASE_TESTS=1).
 */
describe.runIf(installing)('the installed tarball', () => {
  let scratch: string
  let project: string
  let elsewhere: string
  let env: NodeJS.ProcessEnv
  let story: string

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-release-'))
    project = join(scratch, 'project')
    elsewhere = join(scratch, 'newsroom')
    mkdirSync(project)
    mkdirSync(elsewhere)
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'newsroom-tools', private: true}))
    copyFileSync(join(root, 'package-lock.json'), join(project, 'package-lock.json'))
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', (await pack()).tarball!], {cwd: project, stdio: 'pipe'})
    env = {...process.env, PATH: join(project, 'node_modules', '.bin') + delimiter + process.env.PATH}
    story = join(elsewhere, 'story.md')
    writeFileSync(story, '# Budget talks\n\nThe goverment said on Tuesday that the budget would pass.\n')
  }, 120_000)

  afterAll(() => {
    if (scratch) rmSync(scratch, {recursive: true, force: true})
  })

  it('puts both commands on the path, linked into the installed package', () => {
    for (const command of ['copydesk', 'copydesk-language-server']) {
      const found = execFileSync('sh', ['-c', `command -v ${command}`], {cwd: elsewhere, env, encoding: 'utf8'}).trim()
      expect(realpathSync(found).startsWith(realpathSync(join(project, 'node_modules', 'copydesk', 'dist')) + '/')).toBe(true)
    }
  })

  it('copydesk --version prints the package version', () => {
    const result = spawnSync('copydesk', ['--version'], {cwd: elsewhere, env, encoding: 'utf8'})
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${manifest.version}\n`, ''])
  })

  it('copydesk story.md reports the typo and exits 1', () => {
    const result = spawnSync('copydesk', ['--no-color', 'story.md'], {cwd: elsewhere, env, encoding: 'utf8'})
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n').map((line) => line.trim().replace(/\s+/g, ' '))).toEqual([
      'story.md',
      '3:5-3:14 warning Unexpected unknown word `goverment`, expected for example `government` spelling copydesk',
      '',
      '⚠ 1 warning',
      ''
    ])
  })

  it('copydesk-language-server --stdio publishes the typo', async () => {
    const session = await lintOverStdio('copydesk-language-server', ['--stdio'], {cwd: elsewhere, env, file: story, languageId: 'markdown'})
    expect(session.serverInfo).toEqual({name: 'copydesk-language-server', version: manifest.version})
    expect(session.diagnostics.map((d) => [d.code, d.range, d.message])).toEqual([
      [
        'spelling',
        {start: {line: 2, character: 4}, end: {line: 2, character: 13}},
        'Unexpected unknown word `goverment`, expected for example `government`'
      ]
    ])
  })
})
