import type {VFile} from 'vfile'
import {report} from '../../message.js'
import {secondReferences, storyPeople, type ReferenceData} from '../../names/second-references.js'

/**
 * Second references that do not match the person the story named in full.
 * A span another check of the rule already flagged keeps that finding.
 */
export function reportSecondReferences(file: VFile, value: string, data: ReferenceData): void {
  const flagged = file.messages.filter((message) => message.ruleId === 'names').map((message) => message.place as {start: {offset: number}; end: {offset: number}})
  for (const finding of secondReferences(value, storyPeople(value, data), data)) {
    if (flagged.some((place) => place.start.offset < finding.end && finding.start < place.end.offset)) continue
    report(file, {ruleId: 'names', reason: finding.reason, start: finding.start, end: finding.end, level: 'warning', expected: [finding.expected]})
  }
}
