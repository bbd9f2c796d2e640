import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../', import.meta.url))
export const cli = join(root, 'dist/cli.js')
export const fixtures = join(root, 'tests/fixtures/cli')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built CLI as a user would; `cwd` defaults to the repository. */
export function run(args: string[], options: {cwd?: string; input?: string} = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile('node', [cli, ...args], {cwd: options.cwd ?? root, maxBuffer: 1 << 24, env: {...process.env, NO_COLOR: '1'}}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
    child.stdin?.end(options.input ?? '')
  })
}
