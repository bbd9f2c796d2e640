import consistency, {consistencyPasses} from '../plugins/consistency.js'
import {defineRule} from './define.js'

export default defineRule({
  id: 'consistency',
  description: 'One word spelled two ways in one document.',
  why: 'A story that writes “theater” and “theatre”, or “amid” and “amidst”, looks unedited even when both spellings are right. The variant groups live in rules/consistency.yml; the spelling the story uses more often wins.',
  levels: 'warning for the minority spelling; info when both are used equally often, or when the spelling the story uses more is one the document’s dialect does not accept (the fix is then said, never applied).',
  priority: 4,
  strict: 'raise',
  options: {},
  data: ['variantGroups'],
  passes: consistencyPasses,
  attach: (data, settings) => [consistency, {groups: data.variantGroups, dialect: settings.dialect}],
  examples: {
    valid: [
      'The theater reopened in May after a year.',
      'Talks continued amid protests in the capital.',
      'The color guard marched past the reviewing stand.'
    ],
    invalid: [
      {
        text: 'The theatre reopened in May. The theater had been closed for a year.',
        output: [{rule: 'consistency', reason: 'Unexpected `theatre`, the document spells it `theater` elsewhere', actual: 'theatre', expected: ['theater'], level: 'info', start: 4, end: 11}]
      },
      {
        text: 'Talks continued amid protests. Amidst the noise, talks went on.',
        output: [{rule: 'consistency', reason: 'Unexpected `Amidst`, the document spells it `amid` elsewhere', actual: 'Amidst', expected: ['Amid'], level: 'info', start: 31, end: 37}]
      },
      {
        text: 'Officials met for a dialogue in June. The dialog went on until July.',
        output: [{rule: 'consistency', reason: 'Unexpected `dialog`, the document spells it `dialogue` elsewhere', actual: 'dialog', expected: ['dialogue'], level: 'info', start: 42, end: 48}]
      }
    ]
  }
})
