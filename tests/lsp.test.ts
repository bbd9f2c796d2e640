import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection
} from 'vscode-languageserver-protocol/node.js'
import type {CodeAction, Diagnostic, PublishDiagnosticsParams, ShowMessageParams} from 'vscode-languageserver-protocol'
import {loadConfig} from '../src/lsp/project.js'
import {run} from './cli-run.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const server = join(root, 'dist/lsp.js')
const seedPath = join(root, 'tests/fixtures/seed-article.txt')

interface CliMessage {
  ruleId: string
  fatal: boolean | null
  place: {start: {line: number; column: number}; end: {line: number; column: number}}
}

/** What the command line reports for a file (run in process, see ./cli-run.ts). */
async function cliMessages(path: string): Promise<CliMessage[]> {
  const {stdout} = await run(['--reporter', 'json', path])
  return (JSON.parse(stdout) as Array<{messages: CliMessage[]}>)[0]?.messages ?? []
}

/** An editor's side of the conversation: the built server over stdio, diagnostics collected as they come. */
class Client {
  readonly child: ChildProcessWithoutNullStreams
  readonly connection: ProtocolConnection
  readonly stderr: string[] = []
  /** Messages the server asked the editor to show. */
  readonly shown: ShowMessageParams[] = []
  private readonly waiting = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>()

  constructor() {
    this.child = spawn('node', [server, '--stdio'], {cwd: root})
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(String(chunk)))
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const listeners = this.waiting.get(params.uri) ?? []
      this.waiting.delete(params.uri)
      for (const listener of listeners) listener(params)
    })
    // The server's log lines; kept quiet.
    this.connection.onNotification('window/logMessage', () => {})
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => this.shown.push(params))
    this.connection.listen()
  }

  /** The next diagnostics published for a document. */
  diagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const list = this.waiting.get(uri) ?? []
      list.push(resolve)
      this.waiting.set(uri, list)
    })
  }

  /**
   * The first diagnostics published for a document that satisfy `test`:
   * under load a lint scheduled before may still publish first, and what a
   * test waits for is the server reaching the state it asked for. Fails with
   * the last diagnostics seen when that does not come in time.
   */
  async until(uri: string, test: (params: PublishDiagnosticsParams) => boolean, ms = 30_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + ms
    let last: PublishDiagnosticsParams | undefined
    for (;;) {
      const left = deadline - Date.now()
      const next = await Promise.race([this.diagnostics(uri), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), Math.max(0, left)))])
      if (next === undefined) throw new Error(`no diagnostics for ${uri} as expected in ${ms} ms; last: ${JSON.stringify(last?.diagnostics.map((d) => d.code))}`)
      if (test(next)) return next
      last = next
    }
  }

  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null
  }
}

const lspRange = (place: CliMessage['place']) => ({
  start: {line: place.start.line - 1, character: place.start.column - 1},
  end: {line: place.end.line - 1, character: place.end.column - 1}
})

describe('copydesk-language-server', () => {
  let client: Client
  let workspace: string
  let uri: string
  let text: string
  let first: Diagnostic[]

  beforeAll(async () => {
    // A workspace of its own, so the word-list action writes into a temporary folder.
    workspace = mkdtempSync(join(tmpdir(), 'copydesk-lsp-'))
    const path = join(workspace, 'seed-article.txt')
    copyFileSync(seedPath, path)
    uri = pathToFileURL(path).href
    text = readFileSync(path, 'utf8')
    client = new Client()
    const result = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'test'}],
      capabilities: {},
      initializationOptions: {debounce: 20}
    })
    expect(result).toMatchObject({
      capabilities: {codeActionProvider: {codeActionKinds: ['quickfix']}, executeCommandProvider: {commands: ['copydesk.addWord', 'copydesk.addName']}},
      serverInfo: {name: 'copydesk-language-server'}
    })
    await client.connection.sendNotification('initialized', {})
  })

  afterAll(() => {
    if (client.alive) client.child.kill()
  })

  it('publishes diagnostics on open with the CLI’s ranges', async () => {
    const published = client.diagnostics(uri)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const [params, expected] = await Promise.all([published, cliMessages(seedPath)])
    first = params.diagnostics
    expect(params.version).toBe(1)
    expect(first.length).toBeGreaterThan(20)
    const key = (code: unknown, severity: unknown, range: Diagnostic['range']) =>
      `${String(code)} ${String(severity)} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`
    // Severity: fatal true → Error (1), false → Warning (2), info (null) → Information (3).
    const severity = (fatal: boolean | null) => (fatal === true ? 1 : fatal === false ? 2 : 3)
    expect(first.map((d) => key(d.code, d.severity, d.range))).toEqual(expected.map((m) => key(m.ruleId, severity(m.fatal), lspRange(m.place))))
    expect(first.every((d) => d.source === 'copydesk')).toBe(true)
  })

  it('offers `these` for `thes` as a workspace edit', async () => {
    const thes = first.find((d) => d.data && (d.data as {actual?: string}).actual === 'thes')
    expect(thes).toBeDefined()
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: thes!.range,
      context: {diagnostics: [thes]}
    })) as CodeAction[]
    const these = actions.find((action) => action.title === 'Replace `thes` with `these`')
    expect(these).toMatchObject({kind: 'quickfix', edit: {changes: {[uri]: [{range: thes!.range, newText: 'these'}]}}})
    // Twelve suggestions: none is preferred over the others.
    expect(these?.isPreferred).toBeUndefined()
    expect(actions.map((action) => action.title)).toContain("Add `thes` to the project's word list")
  })

  it('marks the only fix as preferred and offers to add names for capitalized words', async () => {
    const single = first.find((d) => (d.data as {expected?: string[]} | undefined)?.expected?.length === 1)!
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: single.range,
      context: {diagnostics: []}
    })) as CodeAction[]
    // No diagnostics in the request: the server uses the ones it published there.
    expect(actions.filter((action) => action.isPreferred).length).toBeGreaterThanOrEqual(1)
    const capitalized = first.find((d) => d.code === 'spelling' && /^[A-Z]/.test((d.data as {actual: string}).actual))
    if (capitalized) {
      const more = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: capitalized.range,
        context: {diagnostics: [capitalized]}
      })) as CodeAction[]
      expect(more.some((action) => action.command?.command === 'copydesk.addName')).toBe(true)
    }
  })

  it('lints again after a change: fixing `thes` leaves one diagnostic fewer', async () => {
    const thes = first.find((d) => (d.data as {actual?: string} | undefined)?.actual === 'thes')!
    const published = client.diagnostics(uri)
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: thes.range, text: 'these'}]
    })
    const params = await published
    expect(params.version).toBe(2)
    expect(params.diagnostics.length).toBe(first.length - 1)
    expect(params.diagnostics.some((d) => (d.data as {actual?: string} | undefined)?.actual === 'thes')).toBe(false)
  })

  it('adds a word to the project word list, created if missing', async () => {
    const words = join(workspace, '.copydesk', 'words.txt')
    expect(existsSync(words)).toBe(false)
    const published = client.diagnostics(uri)
    const result = await client.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addWord', arguments: [{uri, word: 'goverment'}]})
    expect(result).toEqual({changed: true})
    expect(readFileSync(words, 'utf8')).toMatch(/^#.*\ngoverment\n$/)
    const params = await published
    expect(params.diagnostics.some((d) => (d.data as {actual?: string} | undefined)?.actual === 'goverment')).toBe(false)
  })

  it('adds a name to the project gazetteer as valid YAML', async () => {
    const published = client.diagnostics(uri)
    const result = await client.connection.sendRequest('workspace/executeCommand', {
      command: 'copydesk.addName',
      arguments: [{uri, name: 'Archynetys', kind: 'outlet'}]
    })
    expect(result).toEqual({changed: true})
    const yaml = readFileSync(join(workspace, '.copydesk', 'entities.yml'), 'utf8')
    expect(yaml).toMatch(/^source: .+$/m)
    expect(yaml).toMatch(/- name: Archynetys\n\s+kind: outlet/)
    // The lint that follows loads the new file, so it passed validation.
    expect((await published).diagnostics.some((d) => d.code === 'configuration')).toBe(false)
  })

  it('adds only a single word or name: anything else is refused with a message, and nothing is written', async () => {
    const words = join(workspace, '.copydesk', 'words.txt')
    const entities = join(workspace, '.copydesk', 'entities.yml')
    const before = [readFileSync(words, 'utf8'), readFileSync(entities, 'utf8')]
    const refused: Array<[string, Record<string, unknown>, string]> = [
      ['copydesk.addWord', {word: 'Wexlund\nteh'}, '"Wexlund\\nteh" is not a single word (it holds a line break or a control character)'],
      ['copydesk.addWord', {word: 'Wexlund\r'}, '"Wexlund\\r" is not a single word (it holds a line break or a control character)'],
      ['copydesk.addWord', {word: 'Wex\u2028lund'}, '"Wex\u2028lund" is not a single word (it holds a line break or a control character)'],
      ['copydesk.addWord', {word: 'bell\u0007'}, '"bell\\u0007" is not a single word (it holds a line break or a control character)'],
      ['copydesk.addWord', {word: '# all'}, '"# all" is not a single word (a `#` starts a comment in the word list)'],
      ['copydesk.addWord', {word: 'C#'}, '"C#" is not a single word (a `#` starts a comment in the word list)'],
      ['copydesk.addWord', {word: 'two words'}, '"two words" is not a single word (a word has no spaces)'],
      ['copydesk.addWord', {word: '   '}, '"   " is not a single word (it has no letter)'],
      ['copydesk.addWord', {word: 'x'.repeat(65)}, `"${'x'.repeat(65)}" is not a single word (it is longer than 64 characters)`],
      ['copydesk.addName', {name: 'Ada\n  - name: Eve', kind: 'person'}, '"Ada\\n  - name: Eve" is not a single name (it holds a line break or a control character)'],
      ['copydesk.addName', {name: 'Ada\tLovelace', kind: 'person'}, '"Ada\\tLovelace" is not a single name (it holds a line break or a control character)'],
      ['copydesk.addName', {name: 'Ada  Lovelace', kind: 'person'}, '"Ada  Lovelace" is not a single name (a name has single spaces only)'],
      ['copydesk.addName', {name: '#1 Ada', kind: 'person'}, '"#1 Ada" is not a single name (a `#` starts a comment in the word list)']
    ]
    for (const [command, args, reason] of refused) {
      const shown = client.shown.length
      const result = await client.connection.sendRequest('workspace/executeCommand', {command, arguments: [{uri, ...args}]})
      expect(result).toEqual({changed: false})
      expect(client.shown.slice(shown)).toEqual([{type: 1, message: `copydesk: not added: ${reason}`}])
    }
    expect([readFileSync(words, 'utf8'), readFileSync(entities, 'utf8')]).toEqual(before)
    // A name with single spaces is one name.
    expect(await client.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addName', arguments: [{uri, name: 'Ada Wexlund', kind: 'person'}]})).toEqual({changed: true})
    writeFileSync(entities, before[1]!)
  })

  it('writes only inside a workspace folder: not beside a file elsewhere, through `..`, or through a symbolic link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'copydesk-lsp-outside-'))
    writeFileSync(join(outside, 'package.json'), '{}')
    // A project inside the workspace whose `.copydesk/` is a link to the outside folder.
    const linked = join(workspace, 'linked')
    mkdirSync(linked)
    writeFileSync(join(linked, 'package.json'), '{}')
    symlinkSync(outside, join(linked, '.copydesk'))
    // A folder of the workspace that is a link to the outside.
    symlinkSync(outside, join(workspace, 'elsewhere'))
    const cases: Array<[string, string]> = [
      [pathToFileURL(join(outside, 'story.txt')).href, join(outside, '.copydesk', 'words.txt')],
      [`${pathToFileURL(workspace).href}/../${outside.split('/').pop()}/story.txt`, join(outside, '.copydesk', 'words.txt')],
      [pathToFileURL(join(workspace, 'elsewhere', 'story.txt')).href, join(workspace, 'elsewhere', '.copydesk', 'words.txt')],
      [pathToFileURL(join(linked, 'story.txt')).href, join(linked, '.copydesk', 'words.txt')]
    ]
    for (const [target, path] of cases) {
      const shown = client.shown.length
      const result = await client.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addWord', arguments: [{uri: target, word: 'Wexlund'}]})
      expect(result).toEqual({changed: false})
      expect(client.shown.slice(shown)).toEqual([{type: 1, message: `copydesk: not added: ${JSON.stringify(path)} is outside the workspace folders`}])
    }
    expect(readdirSync(outside)).toEqual(['package.json'])
    rmSync(join(workspace, 'elsewhere'))
    rmSync(linked, {recursive: true})
  })

  it('reports a broken project file as a diagnostic and keeps serving', async () => {
    const entities = join(workspace, '.copydesk', 'entities.yml')
    const good = readFileSync(entities, 'utf8')
    writeFileSync(entities, good + '  - name: Nobody\n    kind: planet\n')
    const published = client.until(uri, (params) => params.diagnostics.some((d) => d.code === 'configuration'))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(entities).href, type: 2}]})
    const params = await published
    expect(params.diagnostics.map((d) => d.message)).toHaveLength(1)
    expect(params.diagnostics[0], params.diagnostics[0]?.message).toMatchObject({code: 'configuration', severity: 1, source: 'copydesk'})
    expect(params.diagnostics[0]?.message).toContain('entities.yml')
    writeFileSync(entities, good)
    const again = client.until(uri, (params) => params.diagnostics.length > 20)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(entities).href, type: 2}]})
    expect((await again).diagnostics.length).toBeGreaterThan(20)
  })

  it('reads the same config files as the CLI, and reports a broken one', async () => {
    const rc = join(workspace, '.copydeskrc.json')
    const relint = async (test: (diagnostics: PublishDiagnosticsParams['diagnostics']) => boolean) => {
      const published = client.until(uri, (params) => test(params.diagnostics))
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(rc).href, type: 1}]})
      return (await published).diagnostics
    }
    writeFileSync(rc, JSON.stringify({rules: {spelling: 'off'}}))
    const quiet = await relint((diagnostics) => diagnostics.length > 10 && !diagnostics.some((d) => d.code === 'spelling'))
    expect(quiet.filter((d) => d.code === 'spelling')).toEqual([])
    writeFileSync(rc, JSON.stringify({rulez: {spelling: 'off'}}))
    const broken = await relint((diagnostics) => diagnostics.some((d) => d.code === 'configuration'))
    expect(broken.map((d) => [d.code, d.severity])).toEqual([['configuration', 1]])
    expect(broken[0]?.message).toMatch(/copydeskrc\.json.*`rulez`: unknown key/)
    rmSync(rc)
    expect((await relint((diagnostics) => diagnostics.some((d) => d.code === 'spelling'))).some((d) => d.code === 'spelling')).toBe(true)
  })

  it('offers to disable a rule on the line in Markdown', async () => {
    const mdUri = pathToFileURL(join(workspace, 'note.md')).href
    const published = client.diagnostics(mdUri)
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: mdUri, languageId: 'markdown', version: 1, text: '# Note\n\nThe goverment said so.\n'}
    })
    const params = await published
    const spelling = params.diagnostics.find((d) => d.code === 'spelling')
    expect(spelling).toBeUndefined() // `goverment` is in the project's word list now
    const line = {uri: mdUri, languageId: 'markdown', version: 2, text: '# Note\n\nThe govermint said so.\n'}
    const next = client.until(mdUri, (params) => params.diagnostics.some((d) => d.code === 'spelling'))
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: mdUri, version: 2}, contentChanges: [{text: line.text}]})
    const flagged = (await next).diagnostics.find((d) => d.code === 'spelling')!
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: mdUri},
      range: flagged.range,
      context: {diagnostics: [flagged]}
    })) as CodeAction[]
    const disable = actions.find((action) => action.title === 'Disable `spelling` on this line')
    expect(disable?.edit?.changes?.[mdUri]).toEqual([
      {range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}, newText: '<!-- copydesk-disable-next-line spelling -->\n'}
    ])
    // With the comment in place the word is no longer flagged.
    const silenced = client.diagnostics(mdUri)
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: mdUri, version: 3},
      contentChanges: disable!.edit!.changes![mdUri]!.map((edit) => ({range: edit.range, text: edit.newText}))
    })
    expect((await silenced).diagnostics.filter((d) => d.code === 'spelling')).toEqual([])
  })

  it('survives malformed messages, unknown methods, bad parameters and a document closed mid-lint', async () => {
    // A body that is not JSON, written straight onto the wire.
    const garbage = '{"jsonrpc": "2.0", "id": 99, "method": '
    client.child.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`)
    await expect(client.connection.sendRequest('copydesk/noSuchMethod', {})).rejects.toMatchObject({code: -32601})
    await client.connection.sendNotification('copydesk/noSuchNotification', {})
    await expect(client.connection.sendRequest('textDocument/codeAction', null)).rejects.toBeDefined()
    await expect(client.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addWord', arguments: ['nonsense']})).rejects.toMatchObject({
      code: -32602
    })
    // Actions for a document the server never saw: none, not an error.
    expect(await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: 'file:///nowhere.txt'}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})).toEqual([])

    // Close while the lint of an edit is pending or running: the last word is the empty list.
    const closed = pathToFileURL(join(workspace, 'closed.txt')).href
    const opened = client.diagnostics(closed)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: closed, languageId: 'plaintext', version: 1, text}})
    await opened
    const cleared = client.until(closed, (params) => params.diagnostics.length === 0)
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: closed, version: 2}, contentChanges: [{text: text + '\nMore thes.'}]})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: closed}})
    expect((await cleared).diagnostics).toEqual([])
    // Nothing stale arrives after the clearing.
    const late = await Promise.race([client.diagnostics(closed).then(() => 'late'), new Promise((resolve) => setTimeout(() => resolve('none'), 1500))])
    expect(late).toBe('none')

    // An unsaved buffer has no path; it is linted all the same.
    const untitled = 'untitled:Untitled-1'
    const buffer = client.diagnostics(untitled)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: untitled, languageId: 'plaintext', version: 1, text: 'The goverment met.'}})
    expect((await buffer).diagnostics).toEqual([])

    expect(client.alive).toBe(true)
  })

  it('finds a document\'s project again when a .copydesk/ folder appears beside it', async () => {
    const desk = join(workspace, 'desk')
    mkdirSync(desk)
    const path = join(desk, 'story.txt')
    const story = 'The mayor, Anna Wexlund, said so.\n'
    writeFileSync(path, story)
    const storyUri = pathToFileURL(path).href
    const wexlund = (params: PublishDiagnosticsParams) => params.diagnostics.some((d) => (d.data as {actual?: string} | undefined)?.actual === 'Wexlund')
    const opened = client.until(storyUri, wexlund)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: storyUri, languageId: 'plaintext', version: 1, text: story}})
    await opened
    const words = join(desk, '.copydesk', 'words.txt')
    mkdirSync(join(desk, '.copydesk'))
    writeFileSync(words, 'Wexlund\n')
    const relinted = client.until(storyUri, (params) => !wexlund(params))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(words).href, type: 1}]})
    expect((await relinted).diagnostics).toEqual([])
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: storyUri}})
    rmSync(desk, {recursive: true})
  })

  it('shuts down and exits cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => client.child.on('exit', (code) => resolve(code)))
    await client.connection.sendRequest('shutdown')
    await client.connection.sendNotification('exit')
    expect(await exited).toBe(0)
  })
})

describe('a session without workspace folders', () => {
  it('writes no project data anywhere', async () => {
    const client = new Client()
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-lsp-nofolder-'))
    try {
      await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}})
      await client.connection.sendNotification('initialized', {})
      for (const uri of [pathToFileURL(join(folder, 'story.txt')).href, 'untitled:Untitled-1']) {
        const result = await client.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addWord', arguments: [{uri, word: 'Wexlund'}]})
        expect(result).toEqual({changed: false})
      }
      expect(client.shown.map((shown) => shown.message)).toEqual([
        `copydesk: not added: ${JSON.stringify(join(folder, '.copydesk', 'words.txt'))} is outside the workspace folders`,
        `copydesk: not added: ${JSON.stringify(join(root, '.copydesk', 'words.txt'))} is outside the workspace folders`
      ])
      expect(readdirSync(folder)).toEqual([])
      expect(existsSync(join(root, '.copydesk'))).toBe(false)
    } finally {
      client.child.kill()
    }
  })
})

describe('the server’s configuration', () => {
  it('reads the project’s word list once, listed in the config or not, whatever the working directory', async () => {
    // The test runs in the repository: a config's paths are relative to it, not to the project (at another depth).
    const project = join(mkdtempSync(join(tmpdir(), 'copydesk-lsp-config-')), 'desk', 'news')
    mkdirSync(join(project, '.copydesk'), {recursive: true})
    writeFileSync(join(project, '.copydesk', 'words.txt'), 'Wexlund\n')
    writeFileSync(join(project, 'package.json'), '{}')
    const read = async () => ((await loadConfig(project, join(project, 'story.txt'))).data?.words ?? []).map((path) => relative(project, resolve(path)))
    expect(await read()).toEqual(['.copydesk/words.txt'])
    writeFileSync(join(project, '.copydeskrc.json'), JSON.stringify({words: ['.copydesk/words.txt']}))
    expect(await read()).toEqual(['.copydesk/words.txt'])
  })
})

describe('VS Code extension', () => {
  it('is built by the root build and activates on plain text, Markdown and HTML', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'editors/vscode/package.json'), 'utf8')) as {main: string; activationEvents: string[]}
    expect(manifest.activationEvents).toEqual(['onLanguage:plaintext', 'onLanguage:markdown', 'onLanguage:html'])
    expect(existsSync(join(root, 'editors/vscode', manifest.main))).toBe(true)
  })
})
