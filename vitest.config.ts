import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Building the processor loads the dictionary and gazetteer once per file.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
