import unpaired from '../plugins/unpaired.js'
import {defineRule} from './define.js'

export default defineRule({
  id: 'unpaired',
  description: 'A quotation mark or bracket that opens and never closes in its paragraph, or closes with none open; a closing bracket doubled with one opened (“(PPP))”).',
  why: 'A quotation whose closing mark is lost leaves the reader to guess where the speaker stops and the reporter resumes; translated and pasted copy loses closing marks and leaves stray ones (“battle.’”). A long quotation that runs on into a paragraph opening with a quotation mark again follows the convention and stays quiet, as do inch marks (12") and list markers (“a)”).',
  levels: 'warning for a closing bracket doubled right after itself, fixed to one; otherwise info; the `strict` preset raises it to a warning. A sentence lifted from a longer quotation, or a paragraph quoted in part, opens or closes a mark whose other half lies outside it, which the text alone cannot tell from a lost mark. The closing mark is offered as a fix only where the quotation can end in one place, the end of its one-sentence paragraph; elsewhere the finding marks the opening mark and leaves the closing to the editor, since a misplaced one puts words in a speaker’s mouth.',
  priority: 9,
  strict: 'raise',
  options: {},
  data: ['abbreviations'],
  attach: (data) => [unpaired, {abbreviations: data.abbreviations}],
  examples: {
    valid: [
      'The minister said, “We will not resign.”',
      '“The vote is over,” she said. “We move on.”',
      'The panel (which met on Monday) approved the plan.'
    ],
    invalid: [
      {
        text: 'The minister said, “We will not resign.',
        output: [{rule: 'unpaired', reason: 'Missing closing `”`: the quotation opened with `“` is never closed in its paragraph', actual: 'resign.', expected: ['resign.”'], level: 'info', start: 32, end: 39}]
      },
      {
        text: 'He called it a “fight to the end. The vote comes on Friday.',
        output: [{rule: 'unpaired', reason: 'Unexpected `“` that is never closed in its paragraph', actual: '“', level: 'info', start: 15, end: 16}]
      },
      {
        text: 'Both sides prepared for battle.’',
        output: [{rule: 'unpaired', reason: 'Unexpected closing `’` with no opening mark before it in its paragraph', actual: '’', level: 'info', start: 31, end: 32}]
      },
      {
        text: 'The panel (which met on Monday approved the plan.',
        output: [{rule: 'unpaired', reason: 'Unexpected `(` that is never closed in its paragraph', actual: '(', level: 'info', start: 10, end: 11}]
      }
    ]
  }
})
