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
  stylish: {write: (files, options) => load<typeof import('vfile-reporter')>('vfile-reporter', what).reporter(files, options), stdout: false},
  json: {write: (files, options) => load<typeof import('vfile-reporter-json')>('vfile-reporter-json', what).reporterJson(files, {...options, pretty: 2}), stdout: true},
  unix: {write: (files) => load<typeof import('./unix.js')>('./unix.js', what).unix(files), stdout: true},
  github: {write: (files) => load<typeof import('./github.js')>('./github.js', what).github(files), stdout: true},
  sarif: {write: (files) => load<typeof import('./sarif.js')>('./sarif.js', what).sarif(files), stdout: true},
  checkstyle: {write: (files) => load<typeof import('./checkstyle.js')>('./checkstyle.js', what).checkstyle(files), stdout: true},
  html: {write: (files) => load<typeof import('./html.js')>('./html.js', what).htmlReporter(files), stdout: true}
}

// A run uses one reporter: the others (the HTML report's page, SARIF's
// rule table) are loaded only when named.
const load = onDemand(import.meta.url)
const what = 'reporting'
