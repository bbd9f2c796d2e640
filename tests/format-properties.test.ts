import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {safeFix} from '../src/fix.js'
import {loadFormat} from '../src/formats/index.js'
import {restoreInput} from '../src/pipeline/read.js'
import {createProcessor} from '../src/processor.js'
import {root} from './cli-run.js'
import {expectOnlyFlaggedChanged} from './fix-locality.js'

/**
 * The properties of tests/properties.test.ts and tests/fix-properties.test.ts,
 * over random Markdown and HTML documents built from damaged sentences of the
 * seed article: linting ends without throwing; every message's place is inside
 * the file and holds its `actual`; `--fix` changes only flagged spans and a
 * second `--fix` changes nothing. COPYDESK_PROPERTY_RUNS sets the runs: 20
 * by default, which with the fixed seed run every block of src/formats/,
 * src/pipeline/, src/fix.ts and src/edit-map.ts that 60 ran (V8 block
 * coverage, 2026-12-03); more runs reach more of the rules' own branches,
 * which their tests cover, at 0.17 s a run for HTML.
 */
const runs = Number(process.env.COPYDESK_PROPERTY_RUNS ?? 20)
const seedOption = process.env.COPYDESK_PROPERTY_SEED === 'random' ? {} : {seed: Number(process.env.COPYDESK_PROPERTY_SEED ?? 20261203)}

const sentences = readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8')
  .split(/(?<=[.!?])\s+/)
  .filter((sentence) => sentence.length > 20)

/** A sentence of the seed, maybe damaged the way drafts are. */
const sentence = fc
  .tuple(fc.nat({max: sentences.length - 1}), fc.constantFrom('', 'goverment', 'the the', '  ', ' ,', 'thes', '*', '_', '<', '&', '\\', '`', '[', ']('), fc.nat())
  .map(([which, damage, at]) => {
    const text = sentences[which]!
    const cut = at % (text.length + 1)
    return text.slice(0, cut) + damage + text.slice(cut)
  })

const inline = fc.oneof(
  sentence,
  sentence.map((text) => `*${text}*`),
  sentence.map((text) => `**${text}**`),
  sentence.map((text) => `[${text}](https://example.com/a?b=c)`),
  sentence.map((text) => `${text} \`code thes\` <span>${text}</span>`)
)

/** A Markdown block, nested up to `depth` in quotes and lists. */
const markdownBlock: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(
        inline,
        inline.map((text) => `## ${text}`),
        inline.map((text) => '```\n' + text + '\n```'),
        fc.tuple(inline, inline).map(([a, b]) => `| a | b |\n| - | - |\n| ${a} | ${b} |`)
      )
    : fc.oneof(
        markdownBlock(depth - 1),
        markdownBlock(depth - 1).map((block) => block.replace(/^/gm, '> ')),
        markdownBlock(depth - 1).map((block) => '- ' + block.replace(/\n/g, '\n  ')),
        markdownBlock(depth - 1).map((block) => '1. ' + block.replace(/\n/g, '\n   '))
      )
)

const markdown = fc
  .tuple(fc.boolean(), fc.array(markdownBlock(4), {minLength: 1, maxLength: 6}), fc.constantFrom('\n', '\r\n'))
  .map(([front, blocks, eol]) => ((front ? '---\ntitle: x\n---\n\n' : '') + blocks.join('\n\n') + '\n').replace(/\r?\n/g, eol))

const htmlBlock: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(
        inline.map((text) => `<p>${text}</p>`),
        inline.map((text) => `<h2 class="x">${text}</h2>`),
        inline.map((text) => `<pre>${text}</pre><script>var thes = 1</script>`),
        inline.map((text) => `<p>${text.replace(/ /, ' &amp; ')}<br>${text}`)
      )
    : fc.oneof(
        htmlBlock(depth - 1),
        fc.array(htmlBlock(depth - 1), {minLength: 1, maxLength: 3}).map((blocks) => `<div>${blocks.join('\n')}</div>`),
        htmlBlock(depth - 1).map((block) => `<blockquote>${block}</blockquote>`),
        fc.array(htmlBlock(depth - 1), {minLength: 1, maxLength: 3}).map((blocks) => `<ul>${blocks.map((block) => `<li>${block}`).join('')}</ul>`)
      )
)

const html = fc
  .tuple(fc.boolean(), fc.array(htmlBlock(4), {minLength: 1, maxLength: 5}))
  .map(([whole, blocks]) => (whole ? `<!doctype html><html><head><title>t</title></head><body>${blocks.join('\n')}</body></html>` : blocks.join('\n')))

const linter = createProcessor()
const fixer = createProcessor({}, {fix: true})

async function lint(path: string, value: string): Promise<VFileMessage[]> {
  const file = new VFile({path, value})
  await linter.run(linter.parse(file), file)
  return file.messages
}

async function fix(path: string, value: string): Promise<string> {
  const file = new VFile({path, value})
  await fixer.run(fixer.parse(file), file)
  return restoreInput(file, String(file.value))
}

function spanOf(message: VFileMessage): {start: number; end: number} {
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return {start: place.start.offset, end: place.end.offset}
}

async function holds(path: string, text: string) {
  const messages = await lint(path, text)
  for (const message of messages) {
    expect(message.source).toBe('copydesk')
    const {start, end} = spanOf(message)
    expect(0 <= start && start <= end && end <= text.length, `${message.ruleId} ${start}-${end} in ${text.length}`).toBe(true)
    expect(text.slice(start, end)).toBe(message.actual)
  }
  const fixed = await fix(path, text)
  expect(await fix(path, fixed), `second --fix of ${JSON.stringify(fixed)}`).toBe(fixed)
  expectOnlyFlaggedChanged(text, fixed, messages.filter((message) => safeFix(message) !== undefined).map(spanOf))
}

describe('properties over random Markdown and HTML', () => {
  beforeAll(async () => {
    await loadFormat('markdown')
    await loadFormat('html')
  })

  it(`Markdown: lints without throwing, places hold their text, --fix is local and idempotent (${runs} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(markdown, (text) => holds('story.md', text)),
      {numRuns: runs, ...seedOption}
    )
  }, 600_000)

  it(`HTML: lints without throwing, places hold their text, --fix is local and idempotent (${runs} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(html, (text) => holds('story.html', text)),
      {numRuns: runs, ...seedOption}
    )
  }, 600_000)
})
