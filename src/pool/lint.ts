import type {Processor} from 'unified'
import {VFile} from 'vfile'
import {dataFilesKey, inWorkingFolder, workingFolder} from '../data/working-folder.js'
import {copydeskFix} from '../fix.js'
import {formatOf, loadFormat} from '../formats/index.js'
import {createProcessor, type Config} from '../processor.js'
import {toResult, type LintResult, type LintTask} from './result.js'

const processors = new Map<string, Processor>()

/**
 * The processor the CLI builds for a file with this configuration:
 * `createProcessor` (the parser and `copydeskLint`), then `copydeskFix` when
 * fixing, exactly as unified-engine attaches them; built once per thread.
 */
function processorFor(config: Config, fix: boolean): Processor {
  const key = JSON.stringify([config, fix, dataFilesKey(config.data)])
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor(config)
    if (fix) processor.use(copydeskFix as never)
    processor = processor.freeze() as unknown as Processor
    processors.set(key, processor)
  }
  return processor
}

/** Lints a file in place: the same steps as the engine's parse and run. */
export async function lintFile(file: VFile, config: Config, fix: boolean): Promise<void> {
  const processor = processorFor(config, fix)
  await loadFormat(formatOf(file))
  const tree = processor.parse(file)
  await processor.run(tree as never, file)
}

/** Lints one file sent as data, in whichever thread calls it. */
export async function lintTask(task: LintTask): Promise<LintResult> {
  // A Buffer posted to a worker arrives as a plain Uint8Array, which VFile
  // would stringify as numbers: read its bytes as a Buffer again.
  const value = typeof task.value === 'string' || Buffer.isBuffer(task.value) ? task.value : Buffer.from(task.value.buffer, task.value.byteOffset, task.value.byteLength)
  const file = new VFile({path: task.path, cwd: task.cwd, value, data: task.data ?? {}})
  // The configuration's data paths are relative to the run's folder.
  await inWorkingFolder(task.cwd ?? workingFolder(), () => lintFile(file, (task.config ?? {}) as Config, task.fix))
  return toResult(file, task.value)
}

/** Builds the default processor and lints a line, so the first real file does not wait for the data. */
export async function warm(fix: boolean): Promise<void> {
  await lintTask({path: 'warm.txt', cwd: process.cwd(), value: 'Teh warm-up.', config: {}, fix})
}
