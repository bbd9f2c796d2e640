import {isAbsolute} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {baseRule, levelOf} from '../message.js'
import {ruleDefinitions} from '../rules.js'
import {packageVersion} from '../version.js'
import {pathOf, spanOf} from './shared.js'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const
const homepage = 'https://github.com/copydesk/copydesk'

/**
 * A relative path as a relative URI reference, which SARIF viewers resolve
 * against the checkout; an absolute one as a file URI. Each segment is
 * encoded whole: `encodeURI` would leave `#` and `?` to start a fragment or
 * query, and a colon in the first segment (`c:d.md`) to read as a scheme.
 */
export function uriOf(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/')
}

function region(message: VFileMessage) {
  const span = spanOf(message)
  return {
    startLine: span.line,
    startColumn: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    ...(span.offset !== undefined && span.endOffset !== undefined
      ? {charOffset: span.offset, charLength: span.endOffset - span.offset}
      : {})
  }
}

/**
 * SARIF 2.1.0, for GitHub code scanning and other security dashboards. A
 * finding with exactly one suggestion carries it as a SARIF fix.
 */
export function sarif(files: readonly VFile[]): string {
  const ids: string[] = []
  const results = files.flatMap((file) =>
    file.messages.map((message) => {
      const ruleId = message.ruleId ?? 'copydesk'
      if (!ids.includes(ruleId)) ids.push(ruleId)
      const location = {physicalLocation: {artifactLocation: {uri: uriOf(pathOf(file))}, region: region(message)}}
      const fix = message.expected?.length === 1 ? message.expected[0] : undefined
      return {
        ruleId,
        ruleIndex: ids.indexOf(ruleId),
        level: levels[levelOf(message)],
        message: {text: message.reason},
        locations: [location],
        ...(fix !== undefined
          ? {
              fixes: [
                {
                  description: {text: fix === '' ? 'Remove it' : `Replace with \`${fix}\``},
                  artifactChanges: [
                    {
                      artifactLocation: {uri: uriOf(pathOf(file))},
                      replacements: [{deletedRegion: region(message), insertedContent: {text: fix}}]
                    }
                  ]
                }
              ]
            }
          : {})
      }
    })
  )
  const rules = ids.map((id) => {
    const definition = ruleDefinitions.find((rule) => rule.id === baseRule(id))
    return {
      id,
      shortDescription: {text: definition?.description ?? id},
      helpUri: definition?.url ?? homepage
    }
  })
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'copydesk', version: packageVersion, informationUri: homepage, rules}},
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
