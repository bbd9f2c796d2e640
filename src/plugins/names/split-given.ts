import type {VFile} from 'vfile'
import type {Lexicon} from '../../data/lexicon.js'
import {quote, report} from '../../message.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'

/** A family name, a given name's first syllable, then its second written small: "Lee Jae myeong". */
const splitGiven = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) (\p{Ll}{2,})(?![\p{L}'’-])/gu

/** The word after a name is a verb's past or -s form, which no preposition takes ("Moon Jae in went", not "Moon Jae in office"). */
function verbAfter(value: string, end: number, finiteVerb: ((lower: string) => boolean) | undefined): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(value.slice(end, end + 20))?.[1]
  return next !== undefined && finiteVerb?.(next) === true
}

/**
 * A two-syllable given name split at its hyphen, the second syllable small
 * ("Yoon Seok yeol", "Lee Jae myeong"): copy from Chinese-language portals
 * writes Korean names so, and no capitalized run reaches the small syllable.
 * The syllable must be no English word, and the name joined at the hyphen a
 * known person's, or a slip of one whose family name it keeps exactly; an
 * English word ("Moon Jae in went") only where the name joined is a known
 * person's as written and a verb follows, which no preposition takes
 * ("Moon Jae in office" keeps its "in").
 */
export function reportSplitGivenNames(file: VFile, value: string, gazetteer: Gazetteer, lexicon: Lexicon, finiteVerb?: (lower: string) => boolean): void {
  const flagged = flaggedSpans(file)
  for (const match of value.matchAll(splitGiven)) {
    const [whole, family, first, second] = match as unknown as [string, string, string, string]
    const start = match.index
    const end = start + whole.length
    if (overlapsFlagged(flagged, start, end)) continue
    const joined = `${family} ${first}-${second}`
    const known = gazetteer.lookup(joined).find((ref) => ref.type !== 'garble' && ref.entity.kind === 'person')
    if ((lexicon.hasLowercase(second) || lexicon.correct(second)) && !(known && verbAfter(value, end, finiteVerb))) continue
    const entity = known?.entity ?? personNear(gazetteer, joined, family)
    if (!entity) continue
    flagged.push([start, end])
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(whole)}, a given name split with its second syllable small; did you mean ${quote(entity.name)}?`,
      start,
      end,
      level: 'warning',
      expected: [...new Set([entity.name, ...(known ? [known.form] : [])])],
      note: `${entity.name} (person${entity.title ? ', ' + entity.title : ''}).`
    })
  }
}

/** The known person the joined name is a slip of, keeping their family name as written. */
function personNear(gazetteer: Gazetteer, joined: string, family: string) {
  const hit = gazetteer.closest(joined)
  return hit && hit.ref.entity.kind === 'person' && hit.ref.entity.surname === family ? hit.ref.entity : undefined
}
