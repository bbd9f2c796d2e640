import {basename, extname} from 'node:path'
import type {VFile} from 'vfile'
import {renderText} from './html/document.js'
import {escapeHtml} from './html/escape.js'
import type {Level} from '../message.js'
import {findingsOf, type Finding} from './html/findings.js'
import {page} from './html/page.js'
import {filters, sideList, type Located} from './html/side.js'

export interface HtmlReporterOptions {
  title?: string | undefined
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function tally(findings: readonly Finding[]): string {
  const of = (severity: Level) => findings.filter((finding) => finding.severity === severity).length
  const parts = [plural(of('error'), 'error'), plural(of('warning'), 'warning'), `${of('info')} info`]
  return `${plural(findings.length, 'finding')}: ${parts.join(', ')}`
}

function pathOf(file: VFile): string {
  return file.path || '<stdin>'
}

/** `drafts/story.txt` → `story.corrected.txt`, so a download never overwrites the draft. */
function correctedName(file: VFile): string {
  const name = file.path ? basename(file.path) : 'stdin.txt'
  const extension = extname(name) || '.txt'
  return `${name.slice(0, name.length - extname(name).length)}.corrected${extension}`
}

/** Shown, and filled in, once a suggestion is accepted; the script alone can do that. */
function correctedPanel(file: VFile, index: number): string {
  return (
    `<div class="corrected js-only" hidden data-filename="${escapeHtml(correctedName(file))}">` +
    `<p><span class="changes"></span> <button type="button" class="copy">Copy corrected text</button> ` +
    `<button type="button" class="download">Download corrected text</button> <span class="status" role="status"></span></p>` +
    `<details><summary>Show corrected text</summary><label for="corrected-${index}">Corrected text of ${escapeHtml(pathOf(file))}</label>` +
    `<textarea id="corrected-${index}" readonly></textarea></details></div>`
  )
}

function article(file: VFile, index: number, findings: readonly Finding[]): string {
  const elsewhere = findings.filter((finding) => finding.start === undefined)
  const notes =
    elsewhere.length === 0
      ? ''
      : `<section class="elsewhere"><h3>About the whole file</h3><ul>${elsewhere
          .map((finding) => `<li><span class="badge s-${finding.severity}">${finding.severity}</span>${escapeHtml(finding.reason)}</li>`)
          .join('')}</ul></section>`
  return (
    `<article class="doc" id="file-${index}" aria-labelledby="file-${index}-heading">` +
    `<h2 id="file-${index}-heading">${escapeHtml(pathOf(file))}</h2><p class="doc-meta">${tally(findings)}</p>` +
    correctedPanel(file, index) +
    `<div class="doc-text">${renderText(String(file.value ?? ''), findings)}</div>` +
    notes +
    `</article>`
  )
}

/** With several files, a table of contents with each file's count. */
function fileIndex(files: readonly VFile[], findings: readonly Finding[][]): string {
  if (files.length < 2) return ''
  const items = files.map(
    (file, index) => `<li><a href="#file-${index}">${escapeHtml(pathOf(file))}</a> — ${tally(findings[index]!)}</li>`
  )
  return `<nav class="index" aria-labelledby="index-heading"><h2 id="index-heading">Files</h2><ol>${items.join('')}</ol></nav>`
}

/**
 * One self-contained HTML page for an editor: each document's text with its
 * findings highlighted, a list by rule, filters, keyboard navigation, and
 * accepting suggestions into a corrected copy. Document text is only ever
 * escaped into the page, and the page loads nothing from anywhere.
 */
export function htmlReporter(files: VFile[], options: HtmlReporterOptions = {}): string {
  const title = options.title ?? 'copydesk report'
  const findings = files.map((file, index) => findingsOf(file, index))
  const located: Located[] = findings.flatMap((list, index) =>
    list.map((finding) => ({finding, fileLabel: files.length > 1 ? pathOf(files[index]!) : undefined}))
  )
  const all = findings.flat()
  const summary = `${plural(files.length, 'file')}, ${tally(all)}`
  const main =
    fileIndex(files, findings) + (files.length === 0 ? '<p>No files.</p>' : files.map((file, index) => article(file, index, findings[index]!)).join('\n'))
  return page({title, summary, filters: filters(located), main, side: sideList(located)})
}
