import {createHash} from 'node:crypto'
import {clientScript} from './client.js'
import {escapeHtml} from './escape.js'
import {styleSheet} from './style.js'

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The policy is the second line of defence behind escaping: only this page's
 * own style sheet and script (by hash) may run, and nothing may be fetched,
 * so even a mistake in escaping could neither run injected script nor reach
 * the network. `img-src data:` is not needed and so not given.
 */
function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    `script-src ${sha256(script)}`,
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
}

const keys: Array<[string, string]> = [
  ['j or n', 'next finding'],
  ['k or p', 'previous finding'],
  ['Tab', 'move through highlights in the text; each shows its message'],
  ['a', 'accept the first suggestion of the highlight in focus'],
  ['Enter', 'from a highlight, go to its card in the list (all suggestions)'],
  ['Esc', 'hide the message under a highlight']
]

function keyHelp(): string {
  const rows = keys.map(([key, what]) => `<dt>${key.split(' or ').map((k) => `<kbd>${k}</kbd>`).join(' or ')}</dt><dd>${what}</dd>`)
  return `<details class="keys js-only"><summary>Keyboard shortcuts</summary><dl>${rows.join('')}</dl></details>`
}

export interface PageParts {
  title: string
  summary: string
  filters: string
  main: string
  side: string
}

export function page(parts: PageParts): string {
  const style = styleSheet()
  const script = clientScript
  return (
    '<!doctype html>\n<html lang="en" class="no-js"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(style, script)}">` +
    `<meta name="generator" content="copydesk">` +
    `<title>${escapeHtml(parts.title)}</title><style>${style}</style><script>${script}</script></head>\n<body>` +
    '<a class="skip" href="#main">Skip to the text</a>' +
    `<header class="top"><h1>${escapeHtml(parts.title)}</h1><p class="summary">${parts.summary}</p>` +
    keyHelp() +
    parts.filters +
    '</header>\n' +
    `<div class="layout"><main id="main">${parts.main}</main>\n${parts.side}</div>\n</body></html>\n`
  )
}
