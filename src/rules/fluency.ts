import fluency from '../plugins/fluency.js'
import {defineRule} from './define.js'

/** Surprise (−log10 chance) from which a pair is reported: chosen on the tuning set's curve (docs/fluency.md). */
export const infoAt = 4

export default defineRule({
  id: 'fluency',
  description: 'What machine translation gets wrong that spelling and grammar checkers pass: a verb or adjective followed by a preposition edited English does not put after it (“stressed on”, “lacked of”), an article before a count (“a 120 MKs”).',
  why: 'Machine translation carries the preposition of the source language over (“stressed on the need”, “lacked of fuel”) and counts with an article (“Out of a 120 MKs”): every word is spelled right and a grammar checker passes it, but an editor reads it as foreign. An article, a figure and a plural never stand together in the Brown corpus or the precision corpus. For prepositions, two tests, both learned at build time: a verb whose every WordNet sense takes an object, in the past tense, followed by a preposition that neither its WordNet frames nor its phrasal verbs allow and that the Brown corpus and State of the Union addresses put after it in under one use in a hundred; and any verb or adjective followed by a preposition those corpora put after it a tenth as often as after words of its class, or less, with a chance of 1 in 10,000 or less.',
  levels: 'warning for an article before a count, fixed by dropping the article. Info for a preposition: a rare pair can still be right (“said by Friday”), so it asks an editor to look and never fixes; suggestions are the word alone, where edited English uses it without a preposition nine times in ten, and its usual preposition, where one takes most of its prepositional uses.',
  priority: 8,
  strict: 'keep',
  options: {},
  data: ['collocations', 'subjectPronouns', 'determiners', 'timeWords', 'timeOpeners'],
  attach: (data) => [fluency, {collocations: data.collocations, subjects: data.subjectPronouns, determiners: data.determiners, timeWords: data.timeWords, timeOpeners: data.timeOpeners, infoAt}],
  examples: {
    valid: [
      'The leader urged lawmakers to suspend the president.',
      'He stressed the need for reform.',
      'The spokesman told reporters that talks had failed.',
      'Out of 120 lawmakers, 93 voted in favor.',
      'Catholics number 123 million according to a 2010 census.'
    ],
    invalid: [
      {
        text: 'Out of a 120 lawmakers, 93 voted in favor.',
        output: [
          {
            rule: 'fluency',
            reason: 'Unexpected `a 120 lawmakers`: an article counts one thing, and `lawmakers` is many; drop `a`',
            actual: 'a 120 lawmakers',
            expected: ['120 lawmakers'],
            level: 'warning',
            start: 7,
            end: 22
          }
        ]
      },
      {
        text: 'He stressed on the need for reform.',
        output: [
          {
            rule: 'fluency',
            reason:
              'Unusual `stressed on`: `stress` takes an object straight after it in every sense WordNet lists, and edited English follows `stress` with `on` 0 times in 28 uses; a machine-translation slip?',
            actual: 'stressed on',
            expected: ['stressed'],
            level: 'info',
            start: 3,
            end: 14
          }
        ]
      },
      {
        text: 'The spokesman told to the reporters that talks had failed.',
        output: [
          {
            rule: 'fluency',
            reason: 'Unusual `told to`: edited English follows `tell` with `to` once in 742 uses, where a verb would have it 36.8 times; a machine-translation slip?',
            actual: 'told to',
            expected: ['told'],
            level: 'info',
            start: 14,
            end: 21
          }
        ]
      },
      {
        text: 'The army lacked of fuel.',
        output: [
          {
            rule: 'fluency',
            reason:
              'Unusual `lacked of`: `lack` takes an object straight after it in every sense WordNet lists, and edited English follows `lack` with `of` 0 times in 72 uses; a machine-translation slip?',
            actual: 'lacked of',
            level: 'info',
            start: 9,
            end: 18
          }
        ]
      }
    ]
  }
})
