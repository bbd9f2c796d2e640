import type {VFile} from 'vfile'
import {levelOf} from '../message.js'
import {pathOf, spanOf} from './shared.js'

/**
 * An attribute value. XML 1.0 has no way to write most C0 controls, U+FFFE,
 * U+FFFF or a lone surrogate, not even as a character reference, so those
 * become U+FFFD; tab and line breaks are written as references, since a
 * parser turns them into spaces in an attribute otherwise.
 */
const escape = (value: string) =>
  value
    .replace(/[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`)

/** Checkstyle XML, which Jenkins, GitLab and most CI dashboards read. */
export function checkstyle(files: readonly VFile[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const file of files) {
    out.push(`  <file name="${escape(pathOf(file))}">`)
    for (const message of file.messages) {
      const {line, column} = spanOf(message)
      out.push(
        `    <error line="${line}" column="${column}" severity="${levelOf(message)}" message="${escape(message.reason)}" source="${escape(`copydesk.${message.ruleId ?? 'copydesk'}`)}"/>`
      )
    }
    out.push('  </file>')
  }
  out.push('</checkstyle>')
  return out.join('\n') + '\n'
}
