import type {VFile} from 'vfile'
import {levelOf} from '../message.js'
import {eachMessage, pathOf, spanOf} from './shared.js'

// Escaping as GitHub's @actions/core does for workflow commands.
const data = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const property = (value: string) => data(value).replace(/:/g, '%3A').replace(/,/g, '%2C')

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on
 * the pull request's diff. GitHub's end column is inclusive, vfile's is not.
 */
export function github(files: readonly VFile[]): string {
  const lines: string[] = []
  eachMessage(files, (file, message) => {
    const span = spanOf(message)
    const endColumn = span.endLine === span.line ? Math.max(span.column, span.endColumn - 1) : span.endColumn
    const properties = [
      `file=${property(pathOf(file))}`,
      `line=${span.line}`,
      `col=${span.column}`,
      `endLine=${span.endLine}`,
      `endColumn=${endColumn}`,
      `title=${property(`copydesk ${message.ruleId ?? ''}`.trim())}`
    ]
    lines.push(`::${commands[levelOf(message)]} ${properties.join(',')}::${data(message.reason)}`)
  })
  return lines.length ? lines.join('\n') + '\n' : ''
}
