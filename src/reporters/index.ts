import type {VFile} from 'vfile'
import {reporter as stylish} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import {checkstyle} from './checkstyle.js'
import {github} from './github.js'
import {htmlReporter} from './html.js'
import {sarif} from './sarif.js'
import {unix} from './unix.js'

export interface ReporterOptions {
  color?: boolean | undefined
  quiet?: boolean | undefined
  silent?: boolean | undefined
}

export type Reporter = (files: VFile[], options: ReporterOptions) => string

/** Reporters by name; each turns files with messages into text and does nothing else. */
export const reporters: Record<string, {write: Reporter; stdout: boolean}> = {
  stylish: {write: (files, options) => stylish(files, options), stdout: false},
  json: {write: (files, options) => reporterJson(files, {...options, pretty: 2}), stdout: true},
  unix: {write: (files) => unix(files), stdout: true},
  github: {write: (files) => github(files), stdout: true},
  sarif: {write: (files) => sarif(files), stdout: true},
  checkstyle: {write: (files) => checkstyle(files), stdout: true},
  html: {write: (files) => htmlReporter(files), stdout: true}
}
