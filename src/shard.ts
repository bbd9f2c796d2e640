import {createHash} from 'node:crypto'
import {relative, resolve, sep} from 'node:path'
import {Readable} from 'node:stream'
import type {Processor} from 'unified'
import type {Options} from 'unified-engine'
import type {VFile} from 'vfile'

/**
 * `--shard k/n`: this run lints the k-th of n disjoint parts of the files,
 * so a CI matrix of n jobs covers an archive once. A file's part depends on
 * its path relative to the working directory (a hash of it, modulo n), not
 * on the other files, so adding a file moves no other file between shards
 * (and their caches stay warm); the parts are about equal for more than a
 * handful of files.
 */
export interface Shard {
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard expects k/n with 1 ≤ k ≤ n, such as 1/4, or \`auto\`, not \`${value}\``)
  return {index, count}
}

/** The shard (1 to `count`) of a path; the same on every machine and checkout. */
export function shardOf(path: string, count: number, cwd = process.cwd()): number {
  const key = relative(cwd, resolve(cwd, path)).split(sep).join('/')
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1
}

/** The paths among `paths` in this shard, in their order. */
export function inShard(paths: readonly string[], shard: Shard, cwd = process.cwd()): string[] {
  return paths.filter((path) => shardOf(path, shard.count, cwd) === shard.index)
}

function noParse(this: Processor) {
  this.parser = () => ({type: 'root', children: []}) as never
}

/**
 * The files a run with these engine options would lint, found by the
 * engine itself (folders, globs, extensions, ignore files), then this
 * shard's. The engine reads them but neither configures nor lints them.
 * Paths that name nothing are kept too, so the shard they fall in reports
 * them as the whole run would.
 */
export async function shardFiles(options: Options, shard: Shard): Promise<string[]> {
  // The command line checks `--shard` without loading the engine.
  const [{engine}, {unified}] = await Promise.all([import('unified-engine'), import('unified')])
  const found = await new Promise<VFile[]>((resolvePromise, reject) => {
    engine(
      {
        ...options,
        processor: unified().use(noParse) as never,
        plugins: [],
        detectConfig: false,
        rcPath: undefined,
        configTransform: undefined,
        defaultConfig: {plugins: []},
        streamIn: Readable.from([]),
        streamOut: undefined,
        streamError: undefined,
        quiet: false,
        reporter: () => ''
      } as Options,
      (error, _code, context) => (error ? reject(error) : resolvePromise((context as {files: VFile[]}).files))
    )
  })
  const cwd = options.cwd === undefined ? process.cwd() : String(options.cwd instanceof URL ? new URL(options.cwd).pathname : options.cwd)
  return inShard(
    found.map((file) => file.path),
    shard,
    cwd
  )
}
