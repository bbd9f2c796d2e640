import {onDemand} from '../on-demand.js'
import type {VFile} from 'vfile'

export interface ReporterOptions {
  color?: boolean | undefined
  quiet?: boolean | undefined
  silent?: boolean | undefined
}

export type Reporter = (files: VFile[], options: ReporterOptions) => string

/** Reporters by name; each turns files with messages into text and does nothing else. */
export const reporters: Record<string, {write: Reporter; stdout: boolean}> = {
  stylish: {write: (files, options) => loadedOr<typeof import('vfile-reporter')>('stylish', 'vfile-reporter').reporter(files, options), stdout: false},
  json: {write: (files, options) => loadedOr<typeof import('vfile-reporter-json')>('json', 'vfile-reporter-json').reporterJson(files, {...options, pretty: 2}), stdout: true},
  unix: {write: (files) => own<typeof import('./unix.js')>('unix').unix(files), stdout: true},
  github: {write: (files) => own<typeof import('./github.js')>('github').github(files), stdout: true},
  sarif: {write: (files) => own<typeof import('./sarif.js')>('sarif').sarif(files), stdout: true},
  checkstyle: {write: (files) => own<typeof import('./checkstyle.js')>('checkstyle').checkstyle(files), stdout: true},
  html: {write: (files) => own<typeof import('./html.js')>('html').htmlReporter(files), stdout: true}
}

// A run uses one reporter: the others (the HTML report's page, SARIF's
// rule table) are loaded only when named.
const load = onDemand(import.meta.url)
const what = 'reporting'

/** The reporters' modules, for loadReporter(): with `import()`, the command line's bundle holds them (scripts/bundle.mjs). */
const imports: Record<string, () => Promise<unknown>> = {
  stylish: () => import('vfile-reporter'),
  json: () => import('vfile-reporter-json'),
  unix: () => import('./unix.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
  checkstyle: () => import('./checkstyle.js'),
  html: () => import('./html.js')
}
const loaded = new Map<string, unknown>()

/** The module loadReporter() loaded for `name`, or `specifier` loaded now. */
function loadedOr<T>(name: string, specifier: string): T {
  return (loaded.get(name) as T | undefined) ?? load<T>(specifier, what)
}

function own<T>(name: string): T {
  return loadedOr<T>(name, `./${name}.js`)
}

/**
 * Loads one of copydesk's own reporters ahead of writing, with `import()`,
 * as src/formats/ does its parsers: where `require()` cannot load them
 * (src/ run in place by the tests, where they are TypeScript).
 */
export async function loadReporter(name: string): Promise<void> {
  const load = imports[name]
  if (load && !loaded.has(name)) loaded.set(name, await load())
}
