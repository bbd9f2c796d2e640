import {availableParallelism} from 'node:os'
import {relative} from 'node:path'
import {BaseSequencer, type TestSpecification} from 'vitest/node'
import {defineConfig} from 'vitest/config'

/**
 * Files whose setup packs and installs copydesk (CI=true): tens of seconds
 * each. Vitest starts the longest files first once it has timed them, but a
 * clean clone has no timings, and by size these would start last and finish
 * alone on one core.
 */
const installs = ['tests/vsix.test.ts', 'tests/release.test.ts']

class InstallsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const untimed = (file: TestSpecification) => !this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`)
    const first = sorted.filter((file) => installs.includes(relative(this.ctx.config.root, file.moduleId)) && untimed(file))
    return [...first, ...sorted.filter((file) => !first.includes(file))]
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The binary, the language server and worker threads run from dist/:
    // refuse a build older than src/ rather than test code that is not there.
    globalSetup: ['tests/global-setup.ts'],
    // Threads that keep their modules from file to file: the dictionary, the
    // gazetteer and the processors load once per thread, not once per file.
    // A test that needs modules fresh asks for them (vi.resetModules).
    pool: 'threads',
    isolate: false,
    // Vitest's default leaves one core of two idle; many tests wait on a
    // child process or a worker thread, so every core runs a test file.
    maxWorkers: availableParallelism(),
    sequence: {sequencer: InstallsFirst},
    // Building the processor loads the dictionary and gazetteer once per thread.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
