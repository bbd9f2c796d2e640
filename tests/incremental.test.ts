import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {loadFormat} from '../src/formats/index.js'
import {IncrementalLinter, paragraphSpans} from '../src/incremental.js'
import {resolveConfig} from '../src/config/resolve.js'
import {createProcessor, type Config} from '../src/processor.js'
import {benchStory} from '../scripts/lib/story.mjs'
import {realPages} from '../scripts/lib/real-copy.mjs'

/**
 * The language server's incremental linting (src/incremental.ts) against a
 * whole lint of the same text: random edits of a real 1,500-word story,
 * one linter kept through all of them so that remembered paragraphs are
 * reused, and every message compared field by field, byte for byte.
 * COPYDESK_PROPERTY_RUNS sets the number of runs: 20 by default, which with
 * the fixed seed run every block of src/incremental.ts, src/passes.ts,
 * src/pipeline/ and the whole-story rules (spacing's quote style,
 * consistency, repeats) that 30 ran (V8 block coverage, 2026-12-03).
 * Real pages follow, whose paragraphs read what the rest of the page says.
 */
const runs = Number(process.env.COPYDESK_PROPERTY_RUNS ?? 20)
const seedOption = process.env.COPYDESK_PROPERTY_SEED === 'random' ? {} : {seed: Number(process.env.COPYDESK_PROPERTY_SEED ?? 20261203)}
const story = benchStory()

/** Everything a message says, as one string. */
function shown(file: VFile): string {
  return JSON.stringify(
    file.messages.map((message) => [message.name, message.ruleId, message.source, message.reason, message.place, message.fatal, message.actual, message.expected, message.note, message.url, message.line, message.column])
  )
}

function pair(config: Config = {}) {
  const processor = createProcessor(config)
  const incremental = new IncrementalLinter(createProcessor(config), resolveConfig(config))
  return {
    incremental,
    async whole(text: string, path = 'story.txt') {
      const file = new VFile({path, value: text})
      await processor.run(processor.parse(file), file)
      return shown(file)
    },
    async parts(text: string, path = 'story.txt') {
      const file = new VFile({path, value: text})
      await incremental.lint(file)
      return shown(file)
    }
  }
}

// What typing does to a story, and what trips rules that read the whole of
// it: paragraph breaks, quotes of both kinds and guillemets (spacing reads
// the story's quote style), names and variant spellings (names, consistency),
// control comments that span paragraphs, and copies of the story's own
// sentences (repeated sentences).
const typed = fc.constantFrom('x', 'e', ' ', '  ', '\n', '\n\n', '.', ',', '"', '“', '”', '«', ' »', 'The ', ' the', 'korea', 'Han Duk-soo', 'Han said', 'theatre', 'theater', '\n<!-- copydesk-disable spacing -->\n', '\n<!-- copydesk-enable -->\n')
const edit = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.oneof(fc.constant(0), fc.integer({min: 1, max: 3}), fc.integer({min: 4, max: 400})),
  insert: fc.oneof(typed, fc.constant(''), fc.record({from: fc.double({min: 0, max: 1, noNaN: true}), length: fc.integer({min: 1, max: 300})}))
})

function apply(text: string, change: fc.RecordValue<{at: number; remove: number; insert: string | {from: number; length: number}}>): string {
  const at = Math.floor(change.at * text.length)
  const copied = typeof change.insert === 'string' ? change.insert : text.slice(Math.floor(change.insert.from * text.length)).slice(0, change.insert.length)
  return text.slice(0, at) + copied + text.slice(at + change.remove)
}

describe('incremental linting', () => {
  it('gives what a whole lint gives after any edits of a story', {timeout: 600_000}, async () => {
    const {whole, parts} = pair()
    expect(await parts(story)).toBe(await whole(story))
    await fc.assert(
      fc.asyncProperty(fc.array(edit, {minLength: 1, maxLength: 4}), async (edits) => {
        let text = story
        for (const change of edits) {
          text = apply(text, change)
          expect(await parts(text)).toBe(await whole(text))
        }
      }),
      {numRuns: runs, ...seedOption}
    )
  })

  it('gives what a whole lint gives with CR LF line ends, a byte order mark and control comments across paragraphs', {timeout: 120_000}, async () => {
    const {whole, parts} = pair()
    const paragraphs = story.split('\n\n')
    const controlled = [...paragraphs.slice(0, 3), '<!-- copydesk-disable spacing case -->', ...paragraphs.slice(3, 9), '<!-- copydesk-enable case -->\n<!-- copydesk-disable-next-line names -->', ...paragraphs.slice(9)].join('\n\n')
    for (const text of [story.replace(/\n/g, '\r\n'), '\uFEFF' + story, controlled, controlled.replace('copydesk-enable case', 'copydesk-enable nothing')]) {
      expect(await parts(text)).toBe(await whole(text))
    }
  })

  it('gives what a whole lint gives with a project configuration', {timeout: 120_000}, async () => {
    const config: Config = {preset: 'strict', rules: {case: 'off', 'phrases:amid-amidst': 'error', spacing: 'info', names: 'error'}, dialect: 'en-GB'}
    const {whole, parts} = pair(config)
    for (const text of [story, story.replace('Amidst', 'amidst'), story.replace(/,then/g, ', then').replace(/ Tariffs/g, '  Tariffs')]) {
      expect(await parts(text)).toBe(await whole(text))
    }
  })

  it('reports a remembered paragraph anew when the rest of the story changes how its words read', async () => {
    const {whole, parts, incremental} = pair()
    const once = 'Officials met on Monday.\n\nThe mayor said Goverment offices would close.\n\nWorkers left.\n'
    const twice = once.replace('Workers', 'Goverment workers')
    const before = incremental.paragraphsLinted
    expect(await parts(once)).toBe(await whole(once))
    expect(await parts(twice)).toBe(await whole(twice))
    // The second paragraph was scanned once: a capitalized unknown word written once is a typo with a fix, twice a name,
    // noted at its first use only.
    expect(incremental.paragraphsLinted - before).toBe(4)
    const spelled = async (text: string) => (JSON.parse(await parts(text)) as unknown[][]).map((message) => [message[6], message[7], message[5]])
    expect(await spelled(once)).toEqual([['Goverment', ['Government'], false]])
    expect(await spelled(twice)).toEqual([['Goverment', null, null]])
  })

  it('flags the other spelling when an edit elsewhere changes which one the story writes more', async () => {
    const {whole, parts} = pair()
    const tie = 'The theater reopened in May.\n\nCritics liked the theatre.\n\nTickets sold out.\n'
    const more = tie.replace('Tickets', 'The theatre')
    const varied = async (text: string) => (JSON.parse(await parts(text)) as unknown[][]).filter((message) => message[1] === 'consistency').map((message) => [message[6], message[7], message[5]])
    expect(await parts(tie)).toBe(await whole(tie))
    expect(await varied(tie)).toEqual([['theatre', ['theater'], null]])
    expect(await parts(more)).toBe(await whole(more))
    // Info: the story's spelling now is "theatre", which the en-US speller does not know, so the fix is said, not applied.
    expect(await varied(more)).toEqual([['theater', ['theatre'], null]])
  })

  it('reads Markdown and HTML whole, as the processor does', async () => {
    const {whole, parts, incremental} = pair()
    await loadFormat('markdown')
    await loadFormat('html')
    const markdown = '# Trade talks\n\nThe [summit][1] opens in seoul.\n\n[1]: https://example.com/summit\n\n- one item,then two\n'
    expect(await parts(markdown, 'story.md')).toBe(await whole(markdown, 'story.md'))
    const html = '<p>The summit opens in seoul.</p>\n\n<p>Talks went on,then ended.</p>\n'
    expect(await parts(html, 'story.html')).toBe(await whole(html, 'story.html'))
    expect(incremental.paragraphsLinted).toBe(0)
  })

  it('lints again only the paragraphs an edit changed', async () => {
    const {incremental, parts} = pair()
    const paragraphs = paragraphSpans(story)
    expect(paragraphs.length).toBe(44)
    await parts(story)
    expect(incremental.paragraphsLinted).toBe(44)
    // A character typed in the fifth paragraph: that paragraph; deleted again: none, it is remembered.
    const at = paragraphs[4]![0] + 10
    await parts(story.slice(0, at) + 'x' + story.slice(at))
    expect(incremental.paragraphsLinted).toBe(45)
    await parts(story)
    expect(incremental.paragraphsLinted).toBe(45)
    // A paragraph that makes Ghana one of the story's countries changes which phrases are standard there: all 45 paragraphs again.
    await parts(story + '\nThe talks moved to Accra, Ghana.\n')
    expect(incremental.paragraphsLinted).toBe(90)
  })

  // Real pages (tests/fixtures/real/) whose paragraphs read what the rest of the story says, each as the scorer lints it.
  const page = (set: string, kind: 'garbled' | 'clean', url: string) => {
    const found = realPages(set, kind).find((candidate: {url: string}) => candidate.url === url)
    if (!found) throw new Error(`no page ${url} in ${set}`)
    return (found.sentences as Array<{text: string}>).map((sentence) => sentence.text + '\n\n').join('')
  }
  const findings = (shownText: string, rule: string) =>
    (JSON.parse(shownText) as unknown[][]).filter((message) => String(message[1]).startsWith(rule)).map((message) => [message[6], message[7]])

  it('splits the plain words a page runs together only where the whole page runs words together, as a whole lint does', async () => {
    const {whole, parts} = pair()
    const text = page('new221', 'garbled', 'https://en.vietnamplus.vn/central-bank-cryptocurrencies-are-not-accepted-in-vietnam/187414.vnp')
    expect(await parts(text)).toBe(await whole(text))
    // "toensure" and "havemobilised" stand in paragraphs with no other run-on: the page's other paragraphs make them two words.
    expect(findings(await parts(text), 'spacing')).toEqual(expect.arrayContaining([['toensure', ['to ensure']], ['havemobilised', ['have mobilised']]]))
  })

  it('gives a run-on word the comma first in every paragraph of a page that lost its commas with its spaces, as a whole lint does', async () => {
    const {whole, parts} = pair()
    const text = page('tune', 'garbled', 'https://euro.eseuro.com/news/2687705.html')
    expect(await parts(text)).toBe(await whole(text))
    expect(findings(await parts(text), 'spacing')).toContainEqual(['Karinahas', ['Karina, has', 'Karina has']])
  })

  it('gives a guillemet or a low quote the quote style of the whole story, as a whole lint does', async () => {
    const {whole, parts} = pair()
    const text = page('new233', 'garbled', 'http://www.beogradskagroblja.rs/page/events/100473/cnt/the-legend-of-local-acting-scene-milena-dravi%C4%87-laid-to-rest-at-the-alley-of-meritorious-citizens-new-cemetery-in-belgrade.en-GB.htm')
    expect(await parts(text)).toBe(await whole(text))
    expect(findings(await parts(text), 'spacing').filter(([actual]) => actual === '„')).toEqual([['„', ['"']]])
  })

  it('sets a country’s currency sign against its amount in a paragraph where the story does so in another, as a whole lint does', async () => {
    const {whole, parts} = pair()
    // Two paragraphs of an edited page (http://nation.lk/online/2015/12/13/telling-tale-of-deserted-maids.html), each alone.
    const text = 'Worker remittances grew by 9.5% to US$7.02 billion in 2014.\n\nMiddle East contributed around 55% of total remittances (US$ 3.85bn) although its share has been declining.\n'
    expect(await parts(text)).toBe(await whole(text))
    expect(findings(await parts(text), 'spacing')).toEqual([['$ ', ['$']]])
    expect(findings(await parts(text.slice(text.indexOf('Middle'))), 'spacing')).toEqual([])
  })

  it('leaves a phrase standard in the story’s country alone in any paragraph, as a whole lint does', async () => {
    const {whole, parts} = pair()
    const text = page('new226', 'clean', 'https://mobile.ghanaweb.com/GhanaHomePage/entertainment/First-photos-of-arrested-Shatta-Wale-1383955')
    expect(text).toContain('he had been declared wanted along with an aide')
    expect(await parts(text)).toBe(await whole(text))
    expect(findings(await parts(text), 'phrases:declare-wanted')).toEqual([])
    // Without the paragraphs that place the story in Ghana, a Russian calque.
    const alone = 'According to an October 19, 2021, statement, the musician turned himself in after he had been declared wanted along with an aide.\n'
    expect(findings(await parts(alone), 'phrases:declare-wanted')).toEqual([['declared wanted', ['placed on a wanted list']]])
    expect(await parts(alone)).toBe(await whole(alone))
  })

  it('reads a paragraph that opens on a full stop run into its first word as a whole lint does', async () => {
    const {whole, parts} = pair()
    const text = page('new232', 'clean', 'https://whdh.com/news/healthy-standing-and-nursing-zoo-celebrates-birth-of-baby-elephant/')
    expect(text).toContain('\n\n.The new calf')
    expect(await parts(text)).toBe(await whole(text))
    expect(findings(await parts(text), 'spelling').filter(([actual]) => String(actual).startsWith('.'))).toEqual([])
  })

  it('notes a decimal comma in any paragraph of a story that sets its thousands apart by spaces, as a whole lint does', async () => {
    const {whole, parts} = pair()
    const text = page('new351', 'clean', 'http://www.herald.co.zw/ordinary-level-results-out/')
    expect(text).toContain('285 260')
    expect(await parts(text)).toBe(await whole(text))
    const levels = JSON.parse(await parts(text)).filter((message: unknown[]) => message[1] === 'usage' && message[6] === '18,4').map((message: unknown[]) => message[5])
    expect(levels).toEqual([null])
  })
})
