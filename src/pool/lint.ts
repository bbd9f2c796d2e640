import {VFile} from 'vfile'
import {inWorkingFolder, workingFolder} from '../data/working-folder.js'
import {formatOf, loadFormat} from '../formats/index.js'
import {lint, type ResolvedConfig} from '../pipeline/index.js'
import {resolveConfig} from '../config/resolve.js'
import {toResult, type LintResult, type LintTask} from './result.js'

/** Lints a file in place, as the engine's processor would, fixing it when asked. */
export async function lintFile(file: VFile, config: ResolvedConfig, fix: boolean): Promise<void> {
  // The thread's Node may predate require() of ES modules: load the format's parser first.
  await loadFormat(formatOf(file))
  await lint(file, config, {fix})
}

/** Lints one file sent as data, in whichever thread calls it. */
export async function lintTask(task: LintTask): Promise<LintResult> {
  // A Buffer posted to a worker arrives as a plain Uint8Array, which VFile
  // would stringify as numbers: read its bytes as a Buffer again.
  const value = typeof task.value === 'string' || Buffer.isBuffer(task.value) ? task.value : Buffer.from(task.value.buffer, task.value.byteOffset, task.value.byteLength)
  const file = new VFile({path: task.path, cwd: task.cwd, value, data: task.data ?? {}})
  // The configuration's data paths are relative to the run's folder.
  await inWorkingFolder(task.cwd ?? workingFolder(), () => lintFile(file, task.config, task.fix))
  return toResult(file, task.value)
}

/** Builds the default rules and lints a line, so the first real file does not wait for the data. */
export async function warm(fix: boolean): Promise<void> {
  await lintTask({path: 'warm.txt', cwd: process.cwd(), value: 'Teh warm-up.', config: resolveConfig(), fix})
}
