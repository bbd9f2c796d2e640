import repeatedWords from '../plugins/repeated-words.js'
import {defineRule} from './define.js'

export default defineRule({
  id: 'repeated-words',
  description: 'A word written twice in a row (retext-repeated-words).',
  why: 'A doubled word is the classic slip of an edit made in a hurry: a sentence rewritten around a word that stayed behind.',
  levels: 'warning.',
  priority: 6,
  strict: 'raise',
  options: {},
  attach: () => [repeatedWords, undefined],
  examples: {
    valid: [
      'The committee voted to delay the plan.',
      'She said that that was the last offer.',
      'Voters will decide in November.'
    ],
    invalid: [
      {
        text: 'The the committee voted to delay the plan.',
        output: [{rule: 'repeated-words', reason: 'Unexpected repeated `the`, remove one occurrence', actual: 'The the', expected: ['the'], level: 'warning', start: 0, end: 7}]
      },
      {
        text: 'Rescuers worked through the night to to reach the miners.',
        output: [{rule: 'repeated-words', reason: 'Unexpected repeated `to`, remove one occurrence', actual: 'to to', expected: ['to'], level: 'warning', start: 34, end: 39}]
      },
      {
        text: 'Prices rose sharply in in the second quarter.',
        output: [{rule: 'repeated-words', reason: 'Unexpected repeated `in`, remove one occurrence', actual: 'in in', expected: ['in'], level: 'warning', start: 20, end: 25}]
      }
    ]
  }
})
