import {escapeHtml} from './escape.js'
import type {Finding} from './findings.js'

/** Everything the page says about one finding, in words: reused by the tooltip and the side list. */
export function describe(finding: Finding): {badge: string; reason: string; fixes: string; note: string} {
  return {
    badge: `<span class="badge s-${finding.severity}">${finding.severity}</span>`,
    reason: escapeHtml(finding.reason),
    fixes: finding.expected.length > 0 ? 'Suggestions: ' + finding.expected.map(fixLabel).map(escapeHtml).join(', ') : '',
    note: finding.note ? escapeHtml(finding.note) : ''
  }
}

/** `''` in `expected` means "delete the flagged text"; an empty button would say nothing. */
export function fixLabel(fix: string): string {
  return fix === '' ? '(remove)' : fix
}

/**
 * The tooltip lives right after its highlight (not inside it) so the
 * highlight's text stays exactly the document's text, and CSS alone can show
 * it on hover and focus (`.hl:focus + .tip`). It is also the highlight's
 * accessible description.
 */
function tip(finding: Finding): string {
  const {badge, reason, fixes, note} = describe(finding)
  return (
    `<span class="tip" id="${finding.id}-tip" role="tooltip">` +
    `<span class="tip-head">${badge}<span class="rule-id">${escapeHtml(finding.ruleId)}</span></span>` +
    `<span class="tip-reason">${reason}</span>` +
    (fixes ? `<span class="tip-fixes">${fixes}</span>` : '') +
    (note ? `<span class="note">${note}</span>` : '') +
    `</span>`
  )
}

function open(finding: Finding, clipped: boolean): string {
  const classes = ['hl', `c-${finding.category}`, `s-${finding.severity}`]
  if (finding.start === finding.end) classes.push('empty')
  if (clipped) classes.push('clipped')
  return (
    `<mark class="${classes.join(' ')}" id="${finding.id}" tabindex="0"` +
    ` data-rule="${escapeHtml(finding.rule)}" data-severity="${finding.severity}"` +
    ` aria-describedby="${finding.id}-tip">`
  )
}

/**
 * The document text with one `<mark>` per located finding. Findings arrive
 * sorted by start, longer first, so a finding inside another nests in it. A
 * finding that crosses the end of the one it starts in is cut at that end:
 * HTML cannot cross elements, and keeping a (shorter) highlight keeps one
 * highlight per message, which editors count on.
 */
export function renderText(text: string, findings: readonly Finding[]): string {
  let html = ''
  let position = 0
  const stack: Array<{end: number; finding: Finding}> = []
  const emitTo = (offset: number) => {
    if (offset > position) html += escapeHtml(text.slice(position, offset))
    position = Math.max(position, offset)
  }
  const close = () => {
    const top = stack.pop()!
    emitTo(top.end)
    html += '</mark>' + tip(top.finding)
  }
  for (const finding of findings) {
    if (finding.start === undefined || finding.end === undefined) continue
    while (stack.length > 0 && stack[stack.length - 1]!.end <= finding.start) close()
    emitTo(finding.start)
    const parent = stack[stack.length - 1]
    const end = parent && finding.end > parent.end ? parent.end : finding.end
    html += open(finding, end !== finding.end)
    stack.push({end, finding})
  }
  while (stack.length > 0) close()
  emitTo(text.length)
  return html
}
