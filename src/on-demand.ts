import {createRequire} from 'node:module'

/**
 * Loads modules a run needs only sometimes (a format's parser, a reporter,
 * `diff`), relative to `base` (the caller's `import.meta.url`), when first
 * asked for. `require()` loads ES modules synchronously since Node 20.19;
 * on an older Node the error says so, instead of ERR_REQUIRE_ESM.
 */
export function onDemand(base: string) {
  const require = createRequire(base)
  return <T>(specifier: string, what: string, hint = ''): T => {
    try {
      return require(specifier) as T
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw error
      throw new Error(`copydesk: ${what} needs Node.js 20.19 or later (this is ${process.version})${hint}`)
    }
  }
}
