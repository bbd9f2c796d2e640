import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The binary, the language server and worker threads run from dist/:
    // refuse a build older than src/ rather than test code that is not there.
    globalSetup: ['tests/global-setup.ts'],
    // Building the processor loads the dictionary and gazetteer once per file.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
