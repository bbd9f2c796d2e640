import indefiniteArticle from '../plugins/indefinite-article.js'
import {defineRule} from './define.js'

export default defineRule({
  id: 'indefinite-article',
  description: '`a` before a vowel sound or `an` before a consonant sound (retext-indefinite-article), with the sound of a word its letters mislead on taken from the CMU Pronouncing Dictionary.',
  why: 'Machine translation and a hurried edit leave the article of a word that was changed or translated away: “a extremely close vote”, “an necessary vacuum”, “a honorary role”. A speller passes both words. The article follows the sound, not the letter: “a unilateral move”, “a European summit”, “an hour”, “an FBI agent”; before an h that opens an unstressed syllable (“historic”, “hotel”) either article is house style and stays quiet.',
  levels: 'warning, fixed to the other article.',
  priority: 12,
  strict: 'keep',
  options: {},
  data: [],
  attach: () => [indefiniteArticle, {}],
  examples: {
    valid: [
      'It was a unilateral move by a European ally.',
      'The vote came an hour after an FBI agent testified.',
      'It was an historic day, and a historic vote.',
      'He won a one-year term as an honorary consul.'
    ],
    invalid: [
      {
        text: 'Five candidates face a extremely close vote.',
        output: [{rule: 'indefinite-article', reason: 'Unexpected `a` before `extremely`, expected `an`', actual: 'a', expected: ['an'], level: 'warning', start: 21, end: 22}]
      },
      {
        text: 'The ruling leaves an necessary legal vacuum.',
        output: [{rule: 'indefinite-article', reason: 'Unexpected `an` before `necessary`, expected `a`', actual: 'an', expected: ['a'], level: 'warning', start: 18, end: 20}]
      },
      {
        text: 'She held a honorary role at the embassy.',
        output: [{rule: 'indefinite-article', reason: 'Unexpected `a` before `honorary`, expected `an`', actual: 'a', expected: ['an'], level: 'warning', start: 9, end: 10}]
      }
    ]
  }
})
