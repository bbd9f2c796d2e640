import {describe, fixLabel} from './document.js'
import {escapeHtml} from './escape.js'
import type {Finding} from './findings.js'

export interface Located {
  finding: Finding
  /** Shown before the position only when the page has several files. */
  fileLabel: string | undefined
}

/** Up to this many suggestions get buttons straight away; the rest wait behind "more". */
const shownFixes = 6

function fixButtons(finding: Finding): string {
  if (finding.expected.length === 0 || finding.start === undefined) return ''
  const button = (fix: string) =>
    `<button type="button" class="accept" data-for="${finding.id}" data-fix="${escapeHtml(fix)}"` +
    ` aria-label="Accept ${escapeHtml(fixLabel(fix))}">${escapeHtml(fixLabel(fix))}</button>`
  const first = finding.expected.slice(0, shownFixes).map(button).join('')
  const rest = finding.expected.slice(shownFixes)
  const more = rest.length > 0 ? `<details class="more"><summary>${rest.length} more</summary>${rest.map(button).join('')}</details>` : ''
  return (
    `<div class="fixes js-only" role="group" aria-label="Suggestions for ${escapeHtml(finding.reason)}">` +
    first + more + `<button type="button" class="undo" data-for="${finding.id}">Undo</button></div>`
  )
}

function card({finding, fileLabel}: Located): string {
  const {badge, reason, fixes, note} = describe(finding)
  const where = finding.line === undefined ? 'file' : `${finding.line}:${finding.column}`
  const location = `<span class="loc">${fileLabel ? escapeHtml(fileLabel) + ' ' : ''}${where}</span>`
  // Editors scan the list by the words flagged; a phrase rule also names its entry.
  const words = finding.actual.trim() === '' ? '(here)' : escapeHtml(finding.actual)
  const entry = finding.ruleId === finding.rule ? '' : ` <span class="rule-id">${escapeHtml(finding.ruleId)}</span>`
  const title =
    finding.start === undefined
      ? `${location}${escapeHtml(finding.ruleId)}`
      : `<a class="jump" href="#${finding.id}" data-for="${finding.id}">${location}${words}</a>${entry}`
  return (
    `<li class="card" id="card-${finding.id}" data-for="${finding.id}" data-rule="${escapeHtml(finding.rule)}" data-severity="${finding.severity}">` +
    `<p>${badge}${title}</p><p class="reason">${reason}</p>` +
    (note ? `<p class="note">${note}</p>` : '') +
    (fixes ? `<p class="no-js">${fixes}</p>` : '') +
    fixButtons(finding) +
    `</li>`
  )
}

/** Rules in the order of the README's table, so the list reads the same in every report. */
const ruleOrder = ['spelling', 'names', 'phrases', 'spacing', 'case', 'consistency', 'repeated-words']

export function groupByRule(located: readonly Located[]): Array<[string, Located[]]> {
  const groups = new Map<string, Located[]>()
  for (const item of located) {
    const group = groups.get(item.finding.rule) ?? []
    group.push(item)
    groups.set(item.finding.rule, group)
  }
  const rank = (rule: string) => (ruleOrder.includes(rule) ? ruleOrder.indexOf(rule) : ruleOrder.length)
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
}

/** The side list: every finding, grouped by rule with counts; each links to its highlight. */
export function sideList(located: readonly Located[]): string {
  const groups = groupByRule(located)
  const body =
    groups.length === 0
      ? '<p>No findings.</p>'
      : groups
          .map(([rule, items]) => {
            const category = items[0]!.finding.category
            return (
              `<section class="group" data-rule="${escapeHtml(rule)}" aria-labelledby="group-${escapeHtml(rule)}">` +
              `<h3 id="group-${escapeHtml(rule)}"><span class="swatch c-${category}" aria-hidden="true"></span>${escapeHtml(rule)}` +
              ` <span class="count" data-total="${items.length}">${items.length}</span></h3>` +
              `<ol class="cards">${items.map(card).join('')}</ol></section>`
            )
          })
          .join('')
  return `<aside class="side" aria-labelledby="side-heading"><h2 id="side-heading">Findings by rule</h2>${body}</aside>`
}

/** Filters start all on; without the script they are hidden, since nothing could apply them. */
export function filters(located: readonly Located[]): string {
  const count = (test: (finding: Finding) => boolean) => located.filter((item) => test(item.finding)).length
  const box = (kind: string, value: string, label: string, total: number) =>
    `<label><input type="checkbox" name="${kind}" value="${escapeHtml(value)}" checked> ${escapeHtml(label)} (${total})</label>`
  const severities = (['error', 'warning', 'info'] as const)
    .map((severity) => box('severity', severity, severity, count((finding) => finding.severity === severity)))
    .join('')
  const rules = groupByRule(located)
    .map(([rule, items]) => box('rule', rule, rule, items.length))
    .join('')
  return (
    `<form class="filters js-only" aria-label="Filters">` +
    `<fieldset><legend>Severity</legend>${severities}</fieldset>` +
    `<fieldset><legend>Rule</legend>${rules}</fieldset>` +
    `<p class="status" id="filter-status" aria-live="polite"></p></form>`
  )
}
