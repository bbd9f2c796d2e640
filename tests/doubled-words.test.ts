import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {sentencesWithDoubles} from '../src/plugins/repeats/doubled-words.js'
import {sentencesOf} from '../src/text/tokens.js'

const parse = (text: string) => new ParseEnglish().parse(text) as Root

function chosen(text: string): string[] {
  const root = sentencesWithDoubles(sentencesOf(parse(text)))
  return root === undefined ? [] : root.children.map((sentence) => toString(sentence))
}

/** What retext-repeated-words says about `tree`, as plain data. */
function packageSays(tree: Root, text: string) {
  const file = new VFile({value: text})
  ;(retextRepeatedWords() as unknown as (tree: Root, file: VFile) => void)(tree, file)
  return file.messages.map((message) => [message.reason, message.actual, message.expected, message.place])
}

describe('sentencesWithDoubles', () => {
  it('keeps only the sentences with a word written twice, in document order', () => {
    const text = 'The talks resume in in March. Nothing doubled here. The The board met.\n\nNo pair. Then then she left.'
    expect(chosen(text)).toEqual(['The talks resume in in March.', 'The The board met.', 'Then then she left.'])
  })

  it('gives nothing when no sentence has a double', () => {
    expect(sentencesWithDoubles(sentencesOf(parse('One word after another. And more, more or less.')))).toBe(undefined)
  })

  it('needs the two words one white space apart', () => {
    expect(chosen('in, in March.\n\nin\n\nin April.')).toEqual([])
    expect(chosen('in  in May.')).toEqual(['in  in May.'])
  })

  it('leaves a pair outside ASCII to the package, whose lowercase it cannot tell', () => {
    expect(chosen('İstanbul istanbul traffic. Straße strasse signs.')).toEqual(['İstanbul istanbul traffic.', 'Straße strasse signs.'])
  })

  it('leads the package to the messages it makes on the whole tree', () => {
    const texts = [
      'The talks will resume in in March. She said that that plan failed. Duran Duran played.',
      'Exports to the EU EU rose.\n\nThe the board met. D. D. will pop up. THE the end.',
      'He wrote “it it” and don’t don’t. İstanbul istanbul. Straße STRASSE.'
    ]
    for (const text of texts) {
      const whole = packageSays(parse(text), text)
      const tree = parse(text)
      const some = sentencesWithDoubles(sentencesOf(tree))
      expect(some === undefined ? [] : packageSays(some, text), text).toEqual(whole)
      expect(whole.length, text).toBeGreaterThan(0)
    }
  })
})
