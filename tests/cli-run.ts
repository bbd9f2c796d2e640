import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArguments} from '../src/cli-args.js'
import {run as runCopydesk} from '../src/run.js'

export const root = fileURLToPath(new URL('../', import.meta.url))
export const cli = join(root, 'dist/cli.js')
export const fixtures = join(root, 'tests/fixtures/cli')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** The working folder (default: the repository). */
  cwd?: string
  /** Standard input (default: empty). */
  input?: string
  /** The variables `--shard auto` reads (default: none, whatever the CI running the tests sets). */
  env?: Record<string, string>
  /** `--jobs` starts its own threads and stops them, as the binary does (default: the shared ones, below). */
  ownThreads?: boolean
}

/**
 * Runs copydesk's command line in this process: the binary's argument
 * parsing and run(), with the working folder and standard input passed as
 * values (never process.chdir), so no Node starts. One thread runs src/;
 * worker threads (`--jobs` above 1) start from the built worker, so those
 * runs call the built run() (tests/global-setup.ts has refused a stale
 * build). What belongs to the binary alone (its streams, exit, signals) is
 * tested through spawnCli.
 */
export async function run(args: string[], options: RunOptions = {}): Promise<Run> {
  const parsed = parseArguments(args)
  if (!('options' in parsed)) return {code: parsed.exitCode, stdout: parsed.stdout, stderr: parsed.stderr}
  const runner = parsed.options.jobs === 1 ? runCopydesk : await builtRun()
  const threads = parsed.options.jobs === 1 || options.ownThreads ? undefined : await builtThreads()
  const result = await runner({...parsed.options, threads, cwd: options.cwd ?? root, stdin: options.input ?? '', env: options.env ?? {}})
  return {code: result.exitCode, stdout: result.stdout, stderr: result.stderr}
}

/** run() as built in dist/, whose worker threads are built too. */
async function builtRun(): Promise<typeof runCopydesk> {
  const built = (await import(pathToFileURL(join(root, 'dist/run.js')).href)) as typeof import('../src/run.js')
  return built.run
}

/**
 * The threads every `--jobs` run of this test thread borrows (one pool per
 * size), as an editor or watch loop would keep them: each thread loads
 * copydesk's data once (0.4 s of CPU), not once per run. A run still asks
 * for as many threads as it would start (its `--debug` line names them);
 * tests/jobs.test.ts also runs with threads of its own (`ownThreads`).
 */
let threads: import('../src/pool/threads.js').Threads | undefined
async function builtThreads(): Promise<import('../src/pool/threads.js').Threads> {
  const built = (await import(pathToFileURL(join(root, 'dist/pool/threads.js')).href)) as typeof import('../src/pool/threads.js')
  threads ??= new built.Threads()
  return threads
}

/** Runs the built CLI as a user would, in its own process; `cwd` defaults to the repository. */
export function spawnCli(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile('node', [cli, ...args], {cwd: options.cwd ?? root, maxBuffer: 1 << 24, env: {...process.env, NO_COLOR: '1'}}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
    child.stdin?.end(options.input ?? '')
  })
}

/** A fresh folder with these files (text or bytes), made at run time: nothing odd is committed. */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-test-'))
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), value)
  }
  return dir
}
