import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {nameConnectors} from '../../data/name-words.js'
import type {Entity} from '../../data/entities.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'
import {nameWordsEnding} from './lowercase-inside.js'

/** An acronym in brackets, capitals first ("PRI", "PiS", "M5-RFP"). */
const bracketed = /\((\p{Lu}[\p{Lu}\p{Ll}\d-]{1,9})\)/gu

/**
 * A body's name written without the word that says what kind of body it is,
 * right before the acronym that names it: "the Institutional Revolutionary
 * (PRI)", "the Democratic Revolution (PRD)", "People Power (PPP)". Spanish,
 * Italian and Korean leave "party" to be understood ("el Revolucionario
 * Institucional"); English does not. Only the kind's words (`Party`,
 * `Commission`, with `of the`) may be missing: a name without its country
 * ("Democratic Party (DP)" for the Democratic Party of Korea) is how edited
 * copy writes it. Words after the bracket that finish the name ("Justice and
 * Development (AK) Party") are the writer's layout.
 */
export function reportCutShortNames(file: VFile, value: string, gazetteer: Gazetteer, institutionWords: ReadonlyMap<string, number>): void {
  let flagged: Array<[number, number]> | undefined
  for (const match of value.matchAll(bracketed)) {
    const acronym = match[1]!
    if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue
    const bodies = [...new Set(gazetteer.lookup(acronym).filter((ref) => ref.entity.kind === 'org').map((ref) => ref.entity))]
    if (bodies.length === 0) continue
    const written = wordsBefore(value, match.index)
    if (written.length < 2) continue
    const text = written.join(' ')
    if (gazetteer.isAccepted(text)) continue
    const fixes = bodies.map((entity) => fullForm(entity, written, institutionWords)).filter((form) => form !== undefined)
    if (fixes.length !== 1) continue
    const fix = fixes[0]!
    const after = value.slice(match.index + match[0].length, match.index + match[0].length + 40)
    if (finishedAfter(fix, written, after)) continue
    const end = match.index - 1
    const start = end - text.length
    flagged ??= flaggedSpans(file)
    if (overlapsFlagged(flagged, start, end)) continue
    flagged.push([start, end])
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(text)} before ${quote(`(${acronym})`)}, expected ${quote(fix)}`,
      start,
      end,
      level: 'warning',
      expected: [fix],
      note: `${quote(acronym)} stands for ${quote(fix)}; English does not leave the kind of body to be understood.`
    })
  }
}

/** The name words right before a bracket, from the first capitalized one: "the Democratic Revolution (" gives Democratic Revolution. */
function wordsBefore(value: string, bracket: number): string[] {
  if (value[bracket - 1] !== ' ') return []
  // A name does not run across a line break: the paragraph's first words are the name's first.
  const before = value.slice(Math.max(0, bracket - 120, value.lastIndexOf('\n', bracket) + 1), bracket - 1)
  // Connectors inside the run are the name's ("Association of Southeast Asian Nations").
  const words = nameWordsEnding(before)
  while (words.length > 0 && nameConnectors.has(words[0]!)) words.shift()
  return words
}

/**
 * The entity's form that holds the written words in a row with only words
 * of a kind of body (and connectors) around them, if there is one.
 */
function fullForm(entity: Entity, written: readonly string[], institutionWords: ReadonlyMap<string, number>): string | undefined {
  for (const form of [entity.name, ...entity.variants]) {
    const words = form.split(' ')
    if (words.length <= written.length) continue
    for (let at = 0; at + written.length <= words.length; at++) {
      if (!written.every((word, index) => word === words[at + index])) continue
      const missing = [...words.slice(0, at), ...words.slice(at + written.length)]
      const kinds = missing.filter((word) => !nameConnectors.has(word.toLowerCase()))
      if (kinds.length > 0 && kinds.every((word) => institutionWords.has(word.toLowerCase()))) return form
    }
  }
  return undefined
}

/** Whether the words the name lacks after the written ones follow the bracket ("(AK) Party"). */
function finishedAfter(form: string, written: readonly string[], after: string): boolean {
  const words = form.split(' ')
  const at = words.findIndex((_, index) => written.every((word, offset) => word === words[index + offset]))
  const rest = words.slice(at + written.length).join(' ')
  return rest !== '' && after.startsWith(` ${rest}`)
}
