import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

describe('consistency', () => {
  it('flags the minority spelling and points at the other', async () => {
    const text = 'The judgment was read aloud. A second judgment followed. Critics called the judgement hasty.'
    const found = (await lint(text)).filter((f) => f.rule === 'consistency')
    expect(found).toEqual([
      {rule: 'consistency', actual: 'judgement', expected: ['judgment'], level: 'warning', start: 76, end: 85}
    ])
  })

  it('keeps inflection and case in the fix', async () => {
    const text = 'Both sides canceled talks. They canceled again. Cancelled flights piled up.'
    const found = (await lint(text)).filter((f) => f.rule === 'consistency')
    expect(found.map((f) => [f.actual, f.expected[0], f.level])).toEqual([['Cancelled', 'Canceled', 'warning']])
  })

  it('only informs on a tie', async () => {
    const found = (await lint('Send an email or an e-mail.')).filter((f) => f.rule === 'consistency')
    expect(found.map((f) => [f.actual, f.expected[0], f.level])).toEqual([['e-mail', 'email', 'info']])
  })

  it('only informs when the story’s own spelling is one the document’s dialect rejects, so --fix never writes it', async () => {
    // Pulse Live (Kenya), batch 237: British spellings three times, one US "honored".
    const text = 'Kenyatta gave honours to 508 people. He honored them on Wednesday. It is an honour, one said. The honour is rare.'
    const us = (await lint(text)).filter((f) => f.rule === 'consistency').map((f) => [f.actual, f.expected[0], f.level])
    expect(us).toEqual([['honored', 'honoured', 'info']])
    const gb = (await lint(text, {dialect: 'en-GB'})).filter((f) => f.rule === 'consistency').map((f) => [f.actual, f.expected[0], f.level])
    expect(gb).toEqual([['honored', 'honoured', 'warning']])
  })

  it('on a tie prefers the document dialect', async () => {
    const text = 'The centre opened. The center closed.'
    const us = (await lint(text)).filter((f) => f.rule === 'consistency').map((f) => [f.actual, f.expected[0], f.level])
    expect(us).toEqual([['centre', 'center', 'info']])
    const gb = (await lint(text, {dialect: 'en-GB'})).filter((f) => f.rule === 'consistency').map((f) => [f.actual, f.expected[0], f.level])
    expect(gb).toEqual([['center', 'centre', 'info']])
  })

  it('is quiet when one spelling is used throughout', async () => {
    const found = (await lint('The dialogue resumed. Dialogue is the only way, she said.')).filter((f) => f.rule === 'consistency')
    expect(found).toEqual([])
  })
})

// From an Interfax-Ukraine page in tests/fixtures/real (a clean page).
describe('consistency: a name keeps its owner’s spelling', () => {
  it('leaves a word capitalized inside its sentence, and still counts one opening it', async () => {
    const text = 'The defense minister met John Healey, Secretary of State for Defence of the United Kingdom. The defense budget grew.'
    expect((await lint(text)).filter((f) => f.rule === 'consistency')).toEqual([])
    const opening = 'The defense budget grew. Defence spending rose. The defense minister spoke.'
    expect((await lint(opening)).filter((f) => f.rule === 'consistency').map((f) => [f.actual, f.expected[0]])).toEqual([['Defence', 'Defense']])
  })
})
