import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

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
    // Building the processor loads the dictionary and gazetteer once per thread.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
