import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {createProcessor} from '../src/processor.js'

const processor = createProcessor()
const seed = readFileSync(new URL('fixtures/seed-article.txt', import.meta.url), 'utf8')

async function messagesOf(value: string) {
  const file = new VFile({path: 'property.txt', value})
  await processor.run(processor.parse(file), file)
  return file.messages
}

/** Real text cut, doubled, stripped of spaces, given odd characters: what drafts look like after a bad paste. */
const mutatedText = fc
  .tuple(
    fc.nat({max: seed.length}),
    fc.nat({max: 600}),
    fc.array(
      fc.oneof(
        fc.constantFrom('', ' ', '  ', ',', '.', '\n', '\r\n', '\r', '’', '“', '”', '-', '—', '\u00a0', '\ufeff', '\u0000', '😀', 'é', '́', '\t', '1,000', 'U.S.', '?!'),
        fc.string({maxLength: 8})
      ),
      {maxLength: 12}
    ),
    fc.nat()
  )
  .map(([start, length, inserts, seedNumber]) => {
    let text = seed.slice(start, start + length)
    for (const [i, insert] of inserts.entries()) {
      const at = (seedNumber * (i + 1)) % (text.length + 1)
      text = text.slice(0, at) + insert + text.slice(at)
    }
    return text
  })

describe('properties over random and mutated real text', () => {
  it('never throws; every message lies inside the file with offsets that agree with line and column', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedText, fc.string({maxLength: 300}), fc.string({unit: "grapheme", maxLength: 200})), async (text) => {
        const messages = await messagesOf(text)
        // A byte order mark is not part of the document: positions count from after it (as editors do).
        const content = text.replace(/^\ufeff/, '')
        const place = location(content)
        for (const message of messages) {
          expect(message.source).toBe('copydesk')
          const span = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
          expect(span.start.offset).toBeGreaterThanOrEqual(0)
          expect(span.start.offset).toBeLessThanOrEqual(span.end.offset)
          expect(span.end.offset).toBeLessThanOrEqual(content.length)
          expect(place.toOffset(span.start)).toBe(span.start.offset)
          expect(place.toOffset(span.end)).toBe(span.end.offset)
          expect(content.slice(span.start.offset, span.end.offset)).toBe(message.actual)
        }
      }),
      // A fixed seed keeps CI repeatable; raise numRuns or drop the seed to explore.
      {numRuns: 300, seed: 20261128}
    )
  })

  it('gives identical results on identical input', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedText, async (text) => {
        const shape = (list: Awaited<ReturnType<typeof messagesOf>>) => list.map((m) => [m.ruleId, m.actual, m.expected, m.fatal, m.place])
        expect(shape(await messagesOf(text))).toEqual(shape(await messagesOf(text)))
      }),
      {numRuns: 100, seed: 20261128}
    )
  })
})
