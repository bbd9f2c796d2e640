import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../src/processor.js'
import {IncrementalLinter} from '../src/incremental.js'
import {resolveConfig} from '../src/config/resolve.js'
import {levelOf, offsetsOf} from '../src/message.js'

// Punch, 2024-11-17 (batch 402 of the real-copy fixtures):
// https://punchng.com/afcon-2025-nigeria-targets-strong-finish-against-rwanda-as-lookman-exits-camp/
const story = [
  'Ademola Lookman and Victor Osimhen celebrate against Cameroon in an AFCON 2023 match',
  'While the three-time African champions have already secured a ticket to Morocco 2025 and the top spot in the group, Head Coach, Augustine Eguavoen, has assured fans that the team will aim for victory, even in the absence of goalkeeper Stanley Nwabali, defender Olaoluwa Aina, and forward Ademola Lookman.',
  'Lookman joins Aina, Nwabali',
  'First-choice goalkeeper, Nwabali, has left camp following the demise of his father; defender Olaoluwa Aina has returned to Nottingham Forest for club duties; and forward Ademola Lookman, nursing a knock from Thursday’s encounter against Benin Republic, has also exited camp.'
].join('\n\n')

interface Note {
  actual: string
  level: string
  start: number
  end: number
  note: string | undefined
}

async function notesOf(value: string, lint: (file: VFile) => Promise<void>): Promise<Note[]> {
  const file = new VFile({path: 'story.txt', value})
  await lint(file)
  return file.messages.map((message) => {
    const [start, end] = offsetsOf(message)!
    return {actual: String(message.actual), level: levelOf(message), start, end, note: message.note}
  })
}

const processor = createProcessor()
const whole = (file: VFile) => processor.run(processor.parse(file), file).then(() => undefined)

describe('a note repeated on the same words', () => {
  it('is kept at its first place, saying at how many places it stood', async () => {
    const found = (await notesOf(story, whole)).filter((note) => note.actual === 'Lookman' || note.actual === 'Nwabali' || note.actual === 'Aina')
    expect(found).toEqual([
      {actual: 'Lookman', level: 'info', start: 8, end: 15, note: 'The same note stood at 4 places; kept at the first.'},
      {actual: 'Nwabali', level: 'info', start: story.indexOf('Nwabali'), end: story.indexOf('Nwabali') + 7, note: 'The same note stood at 2 places; kept at the first.'},
      {actual: 'Aina', level: 'info', start: story.indexOf('Aina'), end: story.indexOf('Aina') + 4, note: 'The same note stood at 3 places; kept at the first.'}
    ])
    // Said once, a note carries no count.
    expect((await notesOf(story, whole)).find((note) => note.actual === 'Osimhen')).toEqual({actual: 'Osimhen', level: 'info', start: 27, end: 34, note: undefined})
  })

  it('leaves a warning at every place: each is a slip to fix where it is', async () => {
    const text = 'The goverment said on Monday that the goverment would act.'
    const found = (await notesOf(text, whole)).filter((note) => note.actual === 'goverment')
    expect(found.map((note) => [note.level, note.start, note.end])).toEqual([
      ['warning', 4, 13],
      ['warning', 38, 47]
    ])
  })

  it('is kept once in the language server too, as it edits the story a paragraph at a time', async () => {
    const incremental = new IncrementalLinter(createProcessor(), resolveConfig())
    const lint = (file: VFile) => incremental.lint(file)
    const edited = story.replace('has left camp', 'has left the camp')
    expect(await notesOf(edited, lint)).toEqual(await notesOf(edited, whole))
    expect((await notesOf(edited, lint)).filter((note) => note.actual === 'Lookman')).toHaveLength(1)
  })
})
