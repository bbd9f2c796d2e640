import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {commands, window, workspace, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

// The server (copydesk-language-server) does all the work; this extension
// only finds it, starts it and tells it which documents to watch.

let client: LanguageClient | undefined

const serverFile = join('dist', 'lsp.js')

/**
 * The server to run, first found: the user's setting; the workspace's own
 * copydesk, so a project lints with the version and data it pins (only in a
 * trusted workspace, since that runs the workspace's code); the copy bundled
 * with the extension; and, in the copydesk repository itself, the build two
 * folders up.
 */
function findServer(context: ExtensionContext): string | undefined {
  const setting = workspace.getConfiguration('copydesk').get<string>('server.path') ?? ''
  const local = workspace.isTrusted ? (workspace.workspaceFolders ?? []).map((folder) => join(folder.uri.fsPath, 'node_modules', 'copydesk', serverFile)) : []
  const candidates = [
    ...(setting && workspace.isTrusted ? [setting] : []),
    ...local,
    join(context.extensionPath, 'node_modules', 'copydesk', serverFile),
    join(context.extensionPath, '..', '..', serverFile)
  ]
  return candidates.find((candidate) => existsSync(candidate))
}

function serverOptions(module: string): ServerOptions {
  const runtime = workspace.isTrusted ? (workspace.getConfiguration('copydesk').get<string>('server.runtime') ?? '') : ''
  // copydesk needs Node 20; the editor's runtime is used unless the user names another.
  if (runtime) return {command: runtime, args: [module, '--stdio'], transport: TransportKind.stdio}
  return {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6019']}}
  }
}

function clientOptions(): LanguageClientOptions {
  const languages = ['plaintext', 'markdown', 'html']
  return {
    documentSelector: languages.flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ]),
    initializationOptions: {debounce: workspace.getConfiguration('copydesk').get<number>('debounce')},
    synchronize: {
      // Word lists, gazetteers and config files: the server lints open documents again when they change.
      fileEvents: workspace.createFileSystemWatcher('**/{.copydesk/**,.copydeskrc,.copydeskrc.*,package.json}')
    }
  }
}

async function start(context: ExtensionContext) {
  const module = findServer(context)
  if (!module) {
    void window.showWarningMessage('copydesk: cannot find copydesk-language-server. Install copydesk in the workspace (`npm install copydesk`) or set `copydesk.server.path`.')
    return
  }
  client = new LanguageClient('copydesk', 'copydesk', serverOptions(module), clientOptions())
  await client.start()
}

export async function activate(context: ExtensionContext) {
  context.subscriptions.push(
    commands.registerCommand('copydesk.restartServer', async () => {
      await client?.stop()
      client = undefined
      await start(context)
    })
  )
  await start(context)
}

export async function deactivate() {
  await client?.stop()
}
