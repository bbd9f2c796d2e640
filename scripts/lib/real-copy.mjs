// Scores a copydesk processor on the real-copy fixtures (tests/fixtures/real/):
// for the garbled pages, the slips an editor marked that copydesk flags at
// warning level, and those whose first fix gives the editor's text; for the clean
// pages, warnings per 1,000 words that lie on no marked slip (false alarms).
// Each page is linted as one document, its sentences a paragraph each, so
// rules that read the whole story see the story. Used by scripts/real-copy.mjs
// and tests/real-copy.test.ts.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {parse} from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The pages of one set (`tune`, `held-out`) and kind of copy (`garbled`,
 * `clean`). A new batch may hold one kind so far: a set with neither file is
 * an error naming the folder, a missing kind has no pages.
 */
export function realPages(which, kind) {
  const folder = join(root, 'tests/fixtures/real', which)
  if (!existsSync(join(folder, 'garbled.yml')) && !existsSync(join(folder, 'clean.yml'))) throw new RealCopyError(`${folder}: no garbled.yml or clean.yml in this set`)
  const path = join(folder, `${kind}.yml`)
  if (!existsSync(path)) return []
  let pages
  try {
    pages = parse(readFileSync(path, 'utf8'))?.pages
  } catch (error) {
    throw new RealCopyError(`${path}: ${error.message.split('\n')[0]}`)
  }
  if (!Array.isArray(pages)) throw new RealCopyError(`${path}: expected a top-level \`pages\` list`)
  return pages
}

/** A fixture the scorer cannot read: the CLI prints the message alone. */
export class RealCopyError extends Error {}

const level = (message) => (message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info')
const overlaps = (a, b) => a.start < b.end && b.start < a.end
const wordCount = (value) => value.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length

/** Lints one page and places its marked slips in the document's offsets. */
async function lintPage(processor, page) {
  let value = ''
  const slips = []
  for (const sentence of page.sentences) {
    const at = value.length
    for (const slip of sentence.slips ?? []) {
      const start = at + sentence.text.indexOf(slip.actual)
      slips.push({...slip, start, end: start + slip.actual.length})
    }
    value += sentence.text + '\n\n'
  }
  const file = new VFile({path: 'page.txt', value})
  await processor.run(processor.parse(file), file)
  const messages = file.messages.map((message) => ({
    rule: message.ruleId,
    level: level(message),
    actual: String(message.actual),
    expected: message.expected ?? [],
    start: message.place.start.offset,
    end: message.place.end.offset
  }))
  return {value, slips, messages}
}

/**
 * Whether a finding's first fix gives the editor's text: the stretch covering
 * both the slip and the finding reads, once the fix is applied, as it reads
 * with the editor's change ("Shi intends" fixed at "Shi" to "Ishiba" is right
 * for an editor's "Ishiba intends").
 */
function fixesSlip(value, slip, message) {
  const fix = message.expected[0]
  if (fix === undefined) return false
  if (fix === slip.expected) return true
  const start = Math.min(slip.start, message.start)
  const end = Math.max(slip.end, message.end)
  const edited = value.slice(start, message.start) + fix + value.slice(message.end, end)
  const wanted = value.slice(start, slip.start) + slip.expected + value.slice(slip.end, end)
  return edited === wanted
}

const context = (value, message) => value.slice(Math.max(0, message.start - 40), message.end + 40).replace(/\s+/g, ' ')

/** Recall by kind on the garbled pages and false alarms on the clean ones, for the given sets. */
export async function scoreRealCopy(processor, sets) {
  const kinds = new Map()
  const listing = []
  const clean = {words: 0, falseWarnings: 0, info: 0}
  let unmarked = 0
  for (const which of sets) {
    for (const page of realPages(which, 'garbled')) {
      const {slips, messages, value} = await lintPage(processor, page)
      for (const slip of slips) {
        const hits = messages.filter((message) => message.level !== 'info' && overlaps(message, slip))
        const right = slip.expected !== null && hits.some((message) => fixesSlip(value, slip, message))
        const entry = kinds.get(slip.kind) ?? {slips: 0, caught: 0, right: 0, fixable: 0}
        entry.slips++
        if (hits.length > 0) entry.caught++
        if (slip.expected !== null) entry.fixable++
        if (right) entry.right++
        kinds.set(slip.kind, entry)
        const found = hits.map((hit) => `${hit.rule}: ${JSON.stringify(hit.expected.slice(0, 2))}`).join('; ')
        // A slip missed at warning level that an info message lies on: what a threshold would change.
        const noted = hits.length > 0 ? [] : messages.filter((message) => message.level === 'info' && overlaps(message, slip))
        const info = noted.map((note) => `${note.rule}: ${JSON.stringify(note.expected.slice(0, 2))}`).join('; ')
        listing.push(`${hits.length ? (right ? 'RIGHT ' : 'CAUGHT') : 'MISSED'} ${slip.kind.padEnd(11)} ${JSON.stringify(slip.actual)} → ${JSON.stringify(slip.expected)}${found ? `  [${found}]` : ''}${info ? `  {info ${info}}` : ''}`)
      }
      for (const message of messages) {
        if (message.level === 'info' || slips.some((slip) => overlaps(message, slip))) continue
        unmarked++
        listing.push(`UNMARKED (garbled page) ${message.rule} ${JSON.stringify(message.actual)} → ${JSON.stringify(message.expected.slice(0, 2))}: …${context(value, message)}…`)
      }
    }
    for (const page of realPages(which, 'clean')) {
      const {slips, messages, value} = await lintPage(processor, page)
      clean.words += wordCount(value)
      for (const message of messages) {
        if (slips.some((slip) => overlaps(message, slip))) continue
        if (message.level === 'info') {
          clean.info++
          continue
        }
        clean.falseWarnings++
        listing.push(`FALSE (clean page) ${message.rule} ${JSON.stringify(message.actual)} → ${JSON.stringify(message.expected.slice(0, 2))}: …${context(value, message)}… ${page.url}`)
      }
    }
  }
  const total = {slips: 0, caught: 0, right: 0, fixable: 0}
  for (const entry of kinds.values()) for (const key of Object.keys(total)) total[key] += entry[key]
  const per1000 = (count) => Number(((count * 1000) / clean.words).toFixed(2))
  return {
    kinds: Object.fromEntries([...kinds].sort((a, b) => b[1].slips - a[1].slips)),
    total,
    clean: {...clean, perThousand: per1000(clean.falseWarnings), infoPerThousand: per1000(clean.info)},
    unmarked,
    listing
  }
}
