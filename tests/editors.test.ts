import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))

/** A program on PATH, or undefined. */
function onPath(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'})
  return found.status === 0 ? found.stdout.trim() : undefined
}

// Debian packages Neovim (`apt-get install -y neovim`); a machine without it skips, and says so.
const nvim = process.env.COPYDESK_NVIM ?? onPath('nvim')
if (!nvim) console.warn('editors: Neovim test skipped: nvim is not installed (apt-get install -y neovim)')

/**
 * The snippet in editors/neovim/copydesk.lua, loaded as a user would, in a
 * headless Neovim that finds `copydesk-language-server` on PATH (a link to
 * this build, as `npm install -g` makes) and edits a story outside the
 * repository; tests/fixtures/editors/neovim-session.lua does what a user
 * would do and reports it.
 */
describe.skipIf(!nvim)('Neovim with editors/neovim/copydesk.lua', () => {
  let scratch: string
  let story: string
  let seen: {diagnostics: Array<Record<string, unknown>>; actions: string[]; problem: string | null}

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-nvim-'))
    const bin = join(scratch, 'bin')
    const newsroom = join(scratch, 'newsroom')
    mkdirSync(bin)
    mkdirSync(newsroom)
    symlinkSync(join(root, 'dist/lsp.js'), join(bin, 'copydesk-language-server'))
    story = join(newsroom, 'story.txt')
    writeFileSync(story, 'The goverment said on Tuesday that the budget would pass.\n')
    const out = join(scratch, 'seen.json')
    const session = spawnSync(
      nvim!,
      ['--headless', '--clean', '-c', 'filetype on', '-c', `luafile ${join(root, 'editors/neovim/copydesk.lua')}`, '-c', `luafile ${join(root, 'tests/fixtures/editors/neovim-session.lua')}`],
      {cwd: newsroom, encoding: 'utf8', timeout: 90_000, env: {...process.env, PATH: bin + delimiter + process.env.PATH, COPYDESK_STORY: story, COPYDESK_OUT: out}}
    )
    if (session.status !== 0) throw new Error(`nvim exited ${session.status}: ${session.stderr}`)
    seen = JSON.parse(readFileSync(out, 'utf8')) as typeof seen
  }, 120_000)

  afterAll(() => {
    if (scratch) rmSync(scratch, {recursive: true, force: true})
  })

  it('shows the diagnostic where the typo is', () => {
    expect(seen.problem).toBeNull()
    expect(seen.diagnostics).toEqual([
      {
        lnum: 0,
        col: 4,
        end_lnum: 0,
        end_col: 13,
        severity: 2,
        source: 'copydesk',
        code: 'spelling',
        message: 'Unexpected unknown word `goverment`, expected for example `government`'
      }
    ])
  })

  it('offers the fix first, then the word list, then silencing', () => {
    expect(seen.actions).toEqual(['Replace `goverment` with `government`', "Add `goverment` to the project's word list", 'Disable `spelling` on this line'])
  })

  it('applies the fix to the saved file', () => {
    expect(readFileSync(story, 'utf8')).toBe('The government said on Tuesday that the budget would pass.\n')
  })
})
