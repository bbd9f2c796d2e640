import type {VFile} from 'vfile'
import {pathOf, severityOf, spanOf} from './shared.js'

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

/** Checkstyle XML, which Jenkins, GitLab and most CI dashboards read. */
export function checkstyle(files: readonly VFile[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const file of files) {
    out.push(`  <file name="${escape(pathOf(file))}">`)
    for (const message of file.messages) {
      const {line, column} = spanOf(message)
      out.push(
        `    <error line="${line}" column="${column}" severity="${severityOf(message)}" message="${escape(message.reason)}" source="${escape(`copydesk.${message.ruleId ?? 'copydesk'}`)}"/>`
      )
    }
    out.push('  </file>')
  }
  out.push('</checkstyle>')
  return out.join('\n') + '\n'
}
