import {readFileSync} from 'node:fs'
import {dataPath} from './data/root.js'

export const packageVersion: string = (JSON.parse(readFileSync(dataPath('package.json'), 'utf8')) as {version: string}).version
