import type {VFile} from 'vfile'
import {quote, report} from '../../message.js'
import {escapeRegExp} from '../../text/normalize.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {dropFindings, flaggedSpans} from './findings.js'

/** A given name of two syllables, hyphenated or spaced, then a capitalized word: "Seok-Yeol Yoon", "Kyo Ahn Hwang". */
const givenFirst = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+(?:-\p{L}| \p{Lu})\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}\p{M}-])/gu

/**
 * "Yoon Seok-yeol … Seok-Yeol Yoon said": a Korean name turned to Western
 * order where the story writes the same person family name first. Korean
 * copy writes one order throughout; the fix is the story's own form. A
 * known Korean's name so turned ("Kyo Ahn Hwang" for Hwang Kyo-ahn) is the
 * person's, whatever else the story writes.
 */
export function reportKoreanOrder(file: VFile, value: string, surnames: ReadonlyMap<string, unknown>, syllables: ReadonlyMap<string, unknown> = new Map(), gazetteer?: Gazetteer): void {
  let flagged: Array<[number, number]> | undefined
  // The story's own order for other Koreans ("Kim Bu-gyeom"), asked once, when a name in Western order first needs it; null where it has none.
  let storyOrder: {given: (given: string) => string} | null | undefined
  for (const match of value.matchAll(givenFirst)) {
    const [whole, written, family] = match as unknown as [string, string, string]
    if (!surnames.has(family)) continue
    const spaced = !written.includes('-')
    const given = spaced ? written.replace(' ', '-') : written
    const known = gazetteer?.lookup(`${family} ${given}`).find((ref) => ref.type !== 'garble' && ref.entity.kind === 'person')
    // Spaced syllables are a Korean given name only where they make a known person's ("Kyo Ahn Hwang"): "Jeon Jin Kim" may be anyone.
    if (spaced && !known) continue
    const familyFirst = new RegExp(`(?<![\\p{L}\\p{M}'’-])${escapeRegExp(family)} (${escapeRegExp(given)})(?![\\p{L}\\p{M}-])`, 'iu').exec(value)
    let own: string
    let why: string
    if (familyFirst && familyFirst[0].startsWith(family)) {
      own = `${family} ${familyFirst[1]}`
      why = `the story writes the name ${quote(own)}, family name first`
    } else if (known) {
      own = known.entity.name
      why = `the person is ${quote(own)}, family name first`
      // Older American copy wrote Koreans in its own order ("Chung Hee Park", 1961), the form of its time: a slip only where the story writes other Koreans family name first.
      if (storyOrder === undefined) storyOrder = familyFirstOrder(value, surnames, syllables)
      if (!storyOrder) continue
    } else {
      // "Hye-sook Lim" in a story writing "Kim Bu-gyeom" and "Moon Seung-wook": Korean syllables in Western order, where
      // the story writes other Koreans family name first, is that order lost.
      if (!koreanGiven(given, syllables)) continue
      if (storyOrder === undefined) storyOrder = familyFirstOrder(value, surnames, syllables)
      if (!storyOrder) continue
      own = `${family} ${storyOrder.given(given)}`
      why = `the story writes other Korean names family name first; expected ${quote(own)}`
    }
    const start = match.index
    const end = start + whole.length
    flagged ??= flaggedSpans(file)
    if (flagged.some(([from, to]) => from < end && start < to && (from < start || to > end))) continue
    // A finding inside the name ("Seok-Yeol" for the story's Seok-yeol) is part of this one, whose fix is the story's whole form.
    dropFindings(file, ([from, to]) => from >= start && to <= end)
    report(file, {
      ruleId: 'names',
      reason: `Unexpected ${quote(whole)} in Western order: ${why}`,
      start,
      end,
      level: 'warning',
      expected: [own]
    })
    flagged.push([start, end])
  }
}

/** Both syllables of a hyphenated given name are Korean ones ("Hye-sook", "Joon-Young"). */
function koreanGiven(given: string, syllables: ReadonlyMap<string, unknown>): boolean {
  const parts = given.toLowerCase().split('-')
  return parts.length === 2 && parts.every((part) => syllables.has(part))
}

/** A Korean family name, then a hyphenated Korean given name: "Kim Bu-gyeom". */
const familyThenGiven = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+-(\p{L})\p{Ll}+)(?![\p{L}\p{M}-])/gu

/**
 * Whether the story writes some other Korean family name first, and how it
 * writes a given name's second syllable ("Bu-gyeom" small, "Bu-Gyeom"
 * capitalized): the fix follows the story.
 */
function familyFirstOrder(value: string, surnames: ReadonlyMap<string, unknown>, syllables: ReadonlyMap<string, unknown>): {given: (given: string) => string} | null {
  for (const match of value.matchAll(familyThenGiven)) {
    const [, family, given, second] = match as unknown as [string, string, string, string]
    if (!surnames.has(family) || !koreanGiven(given, syllables)) continue
    const small = second === second.toLowerCase()
    return {given: (name) => (small ? name[0] + name.slice(1).toLowerCase() : name)}
  }
  return null
}
