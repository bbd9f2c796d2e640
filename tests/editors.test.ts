import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const message = 'Unexpected unknown word `goverment`, expected for example `government`'

/** A program on PATH, or undefined. */
function onPath(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'})
  return found.status === 0 ? found.stdout.trim() : undefined
}

interface Editor {
  name: string
  program: string | undefined
  install: string
  /** The command line that loads `snippet` and runs `session` on the story. */
  args: (snippet: string, session: string) => string[]
  snippet: string
  session: string
  /** The diagnostic as the editor holds it. */
  diagnostic: Record<string, unknown>
}

/**
 * Each editor's snippet, loaded as a user would, in the real editor run
 * headless with `copydesk-language-server` on PATH (a link to this build, as
 * `npm install -g` makes) on a story outside the repository. The session
 * script (tests/fixtures/editors/) does what a user would: waits for the
 * diagnostic, asks for the code actions on it, applies the fix and saves,
 * and writes what it saw as JSON. Debian packages both editors; a machine
 * without one skips its test, and says so.
 */
const editors: Editor[] = [
  {
    name: 'Neovim',
    program: process.env.COPYDESK_NVIM ?? onPath('nvim'),
    install: 'apt-get install -y neovim',
    args: (snippet, session) => ['--headless', '--clean', '-c', 'filetype on', '-c', `luafile ${snippet}`, '-c', `luafile ${session}`],
    snippet: 'editors/neovim/copydesk.lua',
    session: 'tests/fixtures/editors/neovim-session.lua',
    diagnostic: {lnum: 0, col: 4, end_lnum: 0, end_col: 13, severity: 2, source: 'copydesk', code: 'spelling', message}
  },
  {
    name: 'Emacs with eglot',
    program: process.env.COPYDESK_EMACS ?? onPath('emacs'),
    install: 'apt-get install -y --no-install-recommends emacs-nox elpa-eglot',
    // The session script loads the snippet, from $COPYDESK_SNIPPET, once eglot is loaded.
    args: (_snippet, session) => ['--batch', '-l', session],
    snippet: 'editors/emacs/copydesk.el',
    session: 'tests/fixtures/editors/eglot-session.el',
    // Flymake counts characters from 1; eglot prefixes the source and the code.
    diagnostic: {beg: 5, end: 14, type: 'eglot-warning', text: `copydesk [spelling]: ${message}`}
  }
]

for (const editor of editors) {
  if (!editor.program) console.warn(`editors: ${editor.name} test skipped: not installed (${editor.install})`)

  describe.skipIf(!editor.program)(`${editor.name} with ${editor.snippet}`, () => {
    let scratch: string
    let story: string
    let seen: {diagnostics: Array<Record<string, unknown>>; actions: string[]; problem: string | null}

    beforeAll(() => {
      scratch = mkdtempSync(join(tmpdir(), 'copydesk-editor-'))
      const bin = join(scratch, 'bin')
      const newsroom = join(scratch, 'newsroom')
      mkdirSync(bin)
      mkdirSync(newsroom)
      symlinkSync(join(root, 'dist/lsp.js'), join(bin, 'copydesk-language-server'))
      story = join(newsroom, 'story.txt')
      writeFileSync(story, 'The goverment said on Tuesday that the budget would pass.\n')
      const out = join(scratch, 'seen.json')
      const snippet = join(root, editor.snippet)
      const run = spawnSync(editor.program!, editor.args(snippet, join(root, editor.session)), {
        cwd: newsroom,
        encoding: 'utf8',
        timeout: 90_000,
        env: {...process.env, PATH: bin + delimiter + process.env.PATH, COPYDESK_SNIPPET: snippet, COPYDESK_STORY: story, COPYDESK_OUT: out}
      })
      if (run.status !== 0) throw new Error(`${editor.program} exited ${run.status}: ${run.stderr}`)
      seen = JSON.parse(readFileSync(out, 'utf8')) as typeof seen
    }, 120_000)

    afterAll(() => {
      if (scratch) rmSync(scratch, {recursive: true, force: true})
    })

    it('shows the diagnostic where the typo is', () => {
      expect(seen.problem).toBeNull()
      expect(seen.diagnostics).toEqual([editor.diagnostic])
    })

    it('offers the fix first, then the word list, then silencing', () => {
      expect(seen.actions).toEqual(['Replace `goverment` with `government`', "Add `goverment` to the project's word list", 'Disable `spelling` on this line'])
    })

    it('applies the fix to the saved file', () => {
      expect(readFileSync(story, 'utf8')).toBe('The government said on Tuesday that the budget would pass.\n')
    })
  })
}
