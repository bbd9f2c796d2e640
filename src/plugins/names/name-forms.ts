import type {VFile} from 'vfile'
import {report} from '../../message.js'
import {nameFormClashes, type NameFormWords} from '../../names/name-forms.js'
import {flaggedSpans} from './findings.js'

/** A full name written two ways in one story: the less usual form, fixed to the story's own (a span the rule flagged already keeps that finding). */
export function reportNameForms(file: VFile, value: string, words: NameFormWords): void {
  const flagged = flaggedSpans(file)
  for (const clash of nameFormClashes(value, words)) {
    if (flagged.some(([start, end]) => start < clash.end && clash.start < end)) continue
    report(file, {
      ruleId: 'names',
      reason: clash.own
        ? `Unexpected \`${clash.actual}\`: the name is spelled \`${clash.expected}\`, as this story also writes it`
        : `Unexpected \`${clash.actual}\`: this story writes \`${clash.expected}\` elsewhere`,
      start: clash.start,
      end: clash.end,
      level: 'warning',
      expected: [clash.expected]
    })
  }
}
