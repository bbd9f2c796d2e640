import type {VFile} from 'vfile'
import type {Lexicon} from '../../data/lexicon.js'
import {quote, report} from '../../message.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {flaggedSpans, overlapsFlagged} from './findings.js'

/** A family name, a given name's first syllable, then its second written small: "Lee Jae myeong". */
const splitGiven = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) (\p{Ll}{2,})(?![\p{L}'’-])/gu

/**
 * A two-syllable given name split at its hyphen, the second syllable small
 * ("Yoon Seok yeol", "Lee Jae myeong"): copy from Chinese-language portals
 * writes Korean names so, and no capitalized run reaches the small syllable.
 * The syllable must be no English word, and the name joined at the hyphen a
 * known person's, or a slip of one whose family name it keeps exactly.
 */
export function reportSplitGivenNames(file: VFile, value: string, gazetteer: Gazetteer, lexicon: Lexicon): void {
  const flagged = flaggedSpans(file)
  for (const match of value.matchAll(splitGiven)) {
    const [whole, family, first, second] = match as unknown as [string, string, string, string]
    if (lexicon.hasLowercase(second) || lexicon.correct(second)) continue
    const start = match.index
    const end = start + whole.length
    if (overlapsFlagged(flagged, start, end)) continue
    const joined = `${family} ${first}-${second}`
    const known = gazetteer.lookup(joined).find((ref) => ref.type !== 'garble' && ref.entity.kind === 'person')
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
