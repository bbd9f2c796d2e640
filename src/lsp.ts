#!/usr/bin/env node
/**
 * copydesk-language-server: copydesk's diagnostics and fixes in any LSP editor.
 *
 * Built on vscode-languageserver rather than unified-language-server, which
 * remark-language-server uses, because that package owns its connection and
 * handlers and offers no way to:
 * - add code actions beyond `expected` (our word-list, gazetteer and
 *   disable-line actions, and the commands that write project files);
 * - read copydesk's configuration: it loads rc files as unified presets and
 *   the processor by package name from the workspace, where copydesk resolves
 *   its own config and runs its pipeline (src/pipeline/) with it;
 * - debounce linting, or drop results for documents closed or edited while
 *   they were linted (it lints on every change and publishes whatever comes
 *   back).
 * The diagnostics keep its mapping (src/lsp/diagnostics.ts), so copydesk
 * looks in an editor as remark-lint does.
 */
import process from 'node:process'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {startServer} from './lsp/server.js'
import {packageVersion} from './version.js'

const args = process.argv.slice(2)
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(packageVersion + '\n')
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    [
      'Usage: copydesk-language-server --stdio',
      '',
      'Speaks the Language Server Protocol on standard input and output (or --node-ipc, --socket=<port>).',
      'Diagnostics for plain text, Markdown and HTML from the project\'s copydesk configuration.'
    ].join('\n') + '\n'
  )
} else {
  // The transport (--stdio, --node-ipc, --socket) is read from argv by createConnection.
  const connection = createConnection(ProposedFeatures.all)
  // A bug in one lint must not end the session: log it where the editor shows
  // server output, and keep serving the other documents.
  process.on('uncaughtException', (error) => connection.console.error(`copydesk: internal error: ${error.stack ?? error.message}`))
  process.on('unhandledRejection', (reason) => connection.console.error(`copydesk: internal error: ${String(reason)}`))
  startServer(connection)
}
