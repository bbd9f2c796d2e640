import type {VFile} from 'vfile'
import {levelOf} from '../message.js'
import {eachMessage, pathOf, spanOf} from './shared.js'

/** `path:line:column: severity message [rule]`, one a line: for editors' problem matchers and grep. */
export function unix(files: readonly VFile[]): string {
  const lines: string[] = []
  eachMessage(files, (file, message) => {
    const {line, column} = spanOf(message)
    const rule = message.ruleId ? ` [${message.ruleId}]` : ''
    lines.push(`${pathOf(file)}:${line}:${column}: ${levelOf(message)} ${message.reason}${rule}`)
  })
  return lines.length ? lines.join('\n') + '\n' : ''
}
