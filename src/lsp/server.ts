import {
  CodeActionKind,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type Range
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {isEntityKind, addName, addWord} from './project-data.js'
import {badName, badWord, insideWorkspace} from './guard.js'
import {projectDataPaths} from '../config/project-data.js'
import {codeActions, commands} from './actions.js'
import {describe, Linter} from './linter.js'
import {packageVersion} from '../version.js'

/** Time after the last keystroke before a document is linted again; settable by the client. */
const defaultDebounce = 150

interface Options {
  /** Milliseconds between the last change and the lint (`initializationOptions.debounce`). */
  debounce?: number
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character)
  return !before(a.end, b.start) && !before(b.end, a.start)
}

/** A client's string in a message: quoted, escaped, and cut short. */
function shown(value: string): string {
  const quoted = JSON.stringify(value)
  return quoted.length > 80 ? quoted.slice(0, 79) + '…"' : quoted
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

/**
 * Wires copydesk into a language-server connection. Every handler either
 * answers or fails one request; nothing a client sends is allowed to take the
 * process down (the entry point also logs anything that escapes).
 */
export function startServer(connection: Connection) {
  const log = (line: string) => connection.console.log(line)
  const documents = new TextDocuments(TextDocument)
  const linter = new Linter(log)
  const timers = new Map<string, NodeJS.Timeout>()
  /** Opened documents waiting for their first lint, which is not debounced. */
  const fresh = new Set<string>()
  /** What was last sent per document, for clients that send code-action requests without diagnostics. */
  const published = new Map<string, Diagnostic[]>()
  let debounce = defaultDebounce

  async function lintAndPublish(uri: string) {
    const document = documents.get(uri)
    if (!document) return
    const {version} = document
    const diagnostics = await linter.lint(document)
    // Closed or edited while linting: the result is stale and, for an edit,
    // a newer lint is already scheduled.
    const current = documents.get(uri)
    if (!current || current.version !== version) return
    published.set(uri, diagnostics)
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  function schedule(uri: string, delay: number) {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        lintAndPublish(uri).catch((error: unknown) => log(`copydesk: lint of ${uri} failed: ${describe(error)}`))
      }, delay)
    )
  }

  const relintAll = () => {
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  connection.onInitialize((params): InitializeResult => {
    const options = record(params.initializationOptions) as Options
    if (typeof options.debounce === 'number' && options.debounce >= 0) debounce = options.debounce
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    linter.setFolders(folders)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        executeCommandProvider: {commands: Object.values(commands)},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'copydesk-language-server', version: packageVersion}
    }
  })

  connection.onInitialized(() => {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const current = new Set(linter.folderUris)
      for (const folder of event.removed) current.delete(folder.uri)
      for (const folder of event.added) current.add(folder.uri)
      linter.setFolders([...current])
      relintAll()
    })
  })

  documents.onDidOpen((event) => fresh.add(event.document.uri))
  documents.onDidChangeContent((event) => {
    const {uri} = event.document
    schedule(uri, fresh.delete(uri) ? 0 : debounce)
  })
  documents.onDidClose((event) => {
    const {uri} = event.document
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    fresh.delete(uri)
    published.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  // Word lists, gazetteers or config edited outside the editor: processors
  // notice changed files themselves; a new `.copydesk/` or package.json may
  // make another folder a document's project.
  connection.onDidChangeWatchedFiles(() => {
    linter.forgetRoots()
    relintAll()
  })
  connection.onDidChangeConfiguration(relintAll)

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const sent = params.context.diagnostics.filter((diagnostic) => diagnostic.data !== undefined)
    const diagnostics = sent.length > 0 ? sent : (published.get(document.uri) ?? []).filter((diagnostic) => overlaps(diagnostic.range, params.range))
    return codeActions(document, diagnostics)
  })

  /** A command that would write what it must not: said to the user, and nothing written. */
  const refuse = (message: string) => {
    void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `copydesk: ${message}`})
    return {changed: false}
  }

  connection.onExecuteCommand((params) => {
    const args = record(params.arguments?.[0])
    const uri = args.uri
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: expected an argument with \`uri\``)
    const kind = args.kind
    const action =
      params.command === commands.addWord
        ? {what: 'word', text: args.word, check: badWord, target: 'words' as const, add: addWord}
        : params.command === commands.addName && isEntityKind(kind)
          ? {what: 'name', text: args.name, check: badName, target: 'entities' as const, add: (root: string, name: string) => addName(root, name, kind)}
          : undefined
    if (!action || typeof action.text !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `unknown command or bad arguments: ${params.command}`)
    const bad = action.check(action.text)
    if (bad) return refuse(`not added: ${shown(action.text)} is not a single ${action.what} (${bad})`)
    let root: string
    try {
      root = linter.placeOf({uri, languageId: ''}).root
    } catch {
      return refuse(`not added: ${shown(uri)} is not a file copydesk can place`)
    }
    const target = projectDataPaths(root)[action.target]
    if (!insideWorkspace(target, linter.folderPaths)) return refuse(`not added: ${shown(target)} is outside the workspace folders`)
    const changed = action.add(root, action.text.trim())
    log(`copydesk: ${params.command} in ${root}${changed ? '' : ' (already there)'}`)
    relintAll()
    return {changed}
  })

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
  connection.listen()
}
