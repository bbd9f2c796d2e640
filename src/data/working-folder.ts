import {AsyncLocalStorage} from 'node:async_hooks'
import {statSync} from 'node:fs'
import {resolve} from 'node:path'

/**
 * The folder a run's relative paths are relative to: the paths a
 * configuration lists (kept relative, as its errors name them) are read
 * from here. It is the process's working folder unless a run in this
 * process says otherwise (run() with `cwd`, a worker thread with its
 * task's), carried with the run's own calls, so runs in other folders can
 * go on at once without process.chdir.
 */
const folder = new AsyncLocalStorage<string>()

export function workingFolder(): string {
  return folder.getStore() ?? process.cwd()
}

/** Calls `fn` (and everything it starts) with `cwd` as the working folder. */
export function inWorkingFolder<T>(cwd: string, fn: () => T): T {
  return folder.run(resolve(cwd), fn)
}

/** A path as given (relative or absolute), to read from the working folder. */
export function fromWorkingFolder(path: string): string {
  return resolve(workingFolder(), path)
}

/**
 * What makes a project's data files these files as they are now: the
 * working folder (the same relative paths are other files in another) and
 * each file's size and time of change, so what is built from them once per
 * process is built again when they change (a long-lived process running
 * several times, as the tests and the language server do). Empty for no
 * project data.
 */
export function dataFilesKey(data: object | undefined): string {
  const paths = Object.values(data ?? {}).flatMap((list: readonly string[] | undefined) => list ?? [])
  if (paths.length === 0) return ''
  const stamps = paths.map((path) => {
    try {
      const stats = statSync(fromWorkingFolder(path))
      return `${stats.size}:${stats.mtimeMs}`
    } catch {
      return 'missing'
    }
  })
  return JSON.stringify([workingFolder(), stamps])
}
