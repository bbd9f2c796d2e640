import type {VFile} from 'vfile'
import {levelOf, report} from '../../message.js'
import {dropFindings, flaggedSpans} from './findings.js'
import {editDistance} from '../../names/distance.js'
import {secondReferences, storyPeople, type ReferenceData, type StoryPerson} from '../../names/second-references.js'
import {titledSurnameSlips} from '../../names/titled-surnames.js'

/**
 * Second references that do not match the person the story named in full.
 * A span another check of the rule already flagged keeps that finding, with
 * the story's own person offered first.
 */
export function reportSecondReferences(file: VFile, value: string, data: ReferenceData): void {
  const people = storyPeople(value, data)
  preferStoryPeople(file, people)
  const findings = [...secondReferences(value, people, data), ...titledSurnameSlips(value, data)]
  // A note that a word is near someone the story never names ("Ishida": Ishiba?) gives way to the person it names ("Fumio Kishida").
  dropNotesUnder(file, findings.filter((finding) => !finding.yields))
  const flagged = flaggedSpans(file)
  for (const finding of findings) {
    if (flagged.some(([start, end]) => start < finding.end && finding.start < end)) continue
    flagged.push([finding.start, finding.end])
    report(file, {ruleId: 'names', reason: finding.reason, start: finding.start, end: finding.end, level: 'warning', expected: [finding.expected]})
  }
}

function dropNotesUnder(file: VFile, findings: ReadonlyArray<{start: number; end: number}>): void {
  if (findings.length === 0) return
  dropFindings(file, ([start, end], message) => levelOf(message) === 'info' && findings.some((finding) => start < finding.end && finding.start < end))
}

/**
 * A garbled full name whose family name is that of a person the story names
 * ("Lee Jae-myung" … "Lee Jae-young") is that person first, before a
 * look-alike the gazetteer knows (Lee Jae-yong): the story says who it means.
 */
function preferStoryPeople(file: VFile, people: readonly StoryPerson[]): void {
  for (const message of file.messages) {
    if (message.ruleId !== 'names' || !message.expected?.length || levelOf(message) === 'info') continue
    const actual = String(message.actual ?? '')
    const words = actual.split(/\s+/)
    if (words.length < 2 || people.some((person) => person.full === message.expected![0])) continue
    const person = people.find((candidate) => candidate.known === true && candidate.full !== actual && (words[0] === candidate.surname || words.at(-1) === candidate.surname) && near(actual, candidate.full))
    // Not one much further than the finding's own: "Han Deok-soo" (2 letters from Han Duck-soo) is not Han Dong-hoon (5),
    // whom the story names, while "Lee Jae-young" (1 from Lee Jae-yong) is the story's Lee Jae-myung (3).
    if (!person || distance(actual, person.full) > distance(actual, message.expected[0]!) + 2) continue
    message.expected = [person.full, ...message.expected.filter((form) => form !== person.full)]
    message.reason = `Unexpected \`${actual}\`: this story names ${person.full}`
  }
}

function distance(a: string, b: string): number {
  return editDistance(a.toLowerCase(), b.toLowerCase())
}

/** Within a third of the name's letters of each other. */
function near(a: string, b: string): boolean {
  return editDistance(a.toLowerCase(), b.toLowerCase(), Math.ceil(b.length / 3)) <= Math.ceil(b.length / 3)
}
