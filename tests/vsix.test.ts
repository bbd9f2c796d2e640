import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import yauzl from 'yauzl'
import {lintOverStdio} from './stdio-session.js'

const root = fileURLToPath(new URL('../', import.meta.url))

/** Every entry of a zip file, written under `folder`; returns the entry names. */
async function unzip(file: string, folder: string): Promise<string[]> {
  const zip = await yauzl.openPromise(file)
  const names: string[] = []
  for await (const entry of zip.eachEntry()) {
    names.push(entry.fileName)
    if (entry.fileName.endsWith('/')) continue
    const target = join(folder, entry.fileName)
    mkdirSync(dirname(target), {recursive: true})
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    writeFileSync(target, Buffer.concat(chunks))
  }
  return names
}

/**
 * `npm run package:vscode` without its build step (the suite runs on a fresh
 * build), then the .vsix unpacked as VS Code installs it and its bundled
 * server started from outside the repository. Packaging takes tens of
 * seconds, so this runs in CI (CI=true) and on request (COPYDESK_RELEASE_TESTS=1).
 */
describe.runIf(process.env.CI === 'true' || process.env.COPYDESK_RELEASE_TESTS === '1')('the VS Code extension package', () => {
  let scratch: string
  let files: string[]
  let extension: string
  const tracked = () => execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {cwd: root, encoding: 'utf8'})
  let before: string
  let after: string

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-vsix-test-'))
    const vsix = join(scratch, 'copydesk.vsix')
    before = tracked()
    execFileSync('node', [join(root, 'scripts/package-vscode.mjs'), '--out', vsix], {cwd: root, stdio: 'pipe'})
    after = tracked()
    files = await unzip(vsix, join(scratch, 'installed'))
    extension = join(scratch, 'installed', 'extension')
  }, 180_000)

  afterAll(() => {
    if (scratch) rmSync(scratch, {recursive: true, force: true})
  })

  it('changes no tracked file', () => {
    expect(after).toBe(before)
  })

  it('holds the extension, copydesk and its runtime dependencies, and no sources, maps or build files', () => {
    for (const needed of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/node_modules/vscode-languageclient/package.json',
      // Where the extension looks for the server it bundles (editors/vscode/src/extension.ts).
      'extension/node_modules/copydesk/dist/lsp.js',
      'extension/node_modules/copydesk/dist/data/compiled/en-US.trie',
      'extension/node_modules/copydesk/rules/consistency.yml',
      'extension/node_modules/unified/package.json'
    ]) {
      expect(files).toContain(needed)
    }
    const unwanted = files.filter((file) => /^extension\/(src|tests?)\/|\.(map|ts|tgz|vsix)$|(^|\/)tsconfig[^/]*\.json$/.test(file))
    expect(unwanted).toEqual([])
    // Development tools stay out: only what copydesk and the client need at run time.
    for (const tool of ['typescript', 'vitest', '@vscode/vsce', '@types/vscode']) {
      expect(files.some((file) => file.startsWith(`extension/node_modules/${tool}/`))).toBe(false)
    }
    const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')) as {dependencies: Record<string, string>}
    expect(manifest).toEqual(JSON.parse(readFileSync(join(root, 'editors/vscode/package.json'), 'utf8')))
  })

  it('starts the bundled server, which reports a typo', async () => {
    const story = join(scratch, 'story.txt')
    writeFileSync(story, 'The goverment said on Tuesday that the budget would pass.\n')
    const session = await lintOverStdio('node', [join(extension, 'node_modules/copydesk/dist/lsp.js'), '--stdio'], {cwd: scratch, file: story, languageId: 'plaintext'})
    expect(session.serverInfo?.name).toBe('copydesk-language-server')
    expect(session.diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([['spelling', 2, {start: {line: 0, character: 4}, end: {line: 0, character: 13}}]])
  })
})
