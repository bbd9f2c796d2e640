import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parse} from 'yaml'
import {restoreInput} from '../src/pipeline/read.js'
import {createProcessor} from '../src/processor.js'
import {changes} from './fix-locality.js'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const seed = read('fixtures/seed-article.txt')
const realPages = (parse(read('fixtures/real/tune/garbled.yml')) as {pages: Array<{sentences: Array<{text: string}>}>}).pages.map((page) =>
  page.sentences.map((sentence) => sentence.text).join('\n\n')
)
const garbles = (parse(read('fixtures/names/garbles.yml')) as {cases: Array<{text: string}>}).cases.map((entry) => entry.text)

const linter = createProcessor()
const fixer = createProcessor({}, {fix: true})

async function run(processor: ReturnType<typeof createProcessor>, value: string): Promise<VFile> {
  const file = new VFile({path: 'story.txt', value})
  await processor.run(processor.parse(file), file)
  return file
}

// "A fix never writes a word the speller rejects": every word --fix writes is one the speller knows.
describe('--fix writes only words the speller accepts', () => {
  it('on the seed article, the real machine-translated pages and the garbled names', async () => {
    const rejected: string[] = []
    let fixedTexts = 0
    for (const text of [seed, ...realPages, ...garbles]) {
      const file = await run(fixer, text)
      const after = restoreInput(file, String(file.value))
      if (after === text) continue
      fixedTexts++
      const spelling = (await run(linter, after)).messages.filter((message) => message.ruleId === 'spelling')
      for (const change of changes(text, after)) {
        // The whole words the change touched, in the fixed text.
        const start = after.lastIndexOf(' ', change.new.start - 1) + 1
        const end = (after.indexOf(' ', change.new.end) + 1 || after.length + 1) - 1
        for (const message of spelling) {
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          // A word the writer wrote is the writer's (a spacing fix may set it apart or close up its hyphen: "Min -hyun" →
          // "Min-hyun"; a quote fix give it its apostrophe: `Popkhadze"s` → "Popkhadze's"; a case fix its capitals: "Vlad
          // plahotniuc" → "Plahotniuc", "Hyeong-Wook Noh" → "Noh Hyeong-wook"); a word the fix made up is not.
          const word = String(message.actual).replace(/['’]s$/, '')
          const made = !text.includes(word) && !text.includes(word.replace(/-/g, ' -')) && !new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu').test(text)
          if (made && place.start.offset < end && start < place.end.offset) rejected.push(`${String(message.actual)} in …${after.slice(start, end)}…`)
        }
      }
    }
    expect(fixedTexts).toBeGreaterThan(20)
    expect(rejected).toEqual([])

  }, 300_000)
})
