import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'
import type {InitializeResult, PublishDiagnosticsParams} from 'vscode-languageserver-protocol'

export interface Session {
  serverInfo: InitializeResult['serverInfo']
  diagnostics: PublishDiagnosticsParams['diagnostics']
  stderr: string
}

/**
 * One editor session with an installed server, as a client would run it: spawn
 * `command` in `cwd`, initialize with the file's folder as the workspace, open
 * the file, and return the first diagnostics published for it. Fails with the
 * server's stderr when it exits or says nothing within `ms`.
 */
export async function lintOverStdio(command: string, args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv; file: string; languageId: string; ms?: number}): Promise<Session> {
  const child = spawn(command, args, {cwd: options.cwd, env: options.env ?? process.env})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const uri = pathToFileURL(options.file).href
  const published = new Promise<PublishDiagnosticsParams>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (params.uri === uri) resolve(params)
    })
  })
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const failed = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics in ${options.ms ?? 30_000} ms; stderr: ${stderr}`)), options.ms ?? 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${code}); stderr: ${stderr}`))
    })
    void published.then(() => clearTimeout(timer))
  })
  try {
    const workspace = pathToFileURL(dirname(options.file)).href
    const result = await Promise.race([
      connection.sendRequest<InitializeResult>('initialize', {processId: process.pid, rootUri: workspace, workspaceFolders: [{uri: workspace, name: 'story'}], capabilities: {}}),
      failed
    ])
    await connection.sendNotification('initialized', {})
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: options.languageId, version: 1, text: readFileSync(options.file, 'utf8')}})
    const params = await Promise.race([published, failed])
    return {serverInfo: result.serverInfo, diagnostics: params.diagnostics, stderr}
  } finally {
    failed.catch(() => {})
    connection.dispose()
    child.kill()
  }
}
