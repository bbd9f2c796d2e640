import type {Entity} from '../../data/entities.js'
import {quote} from '../../message.js'
import type {FormRef} from '../../names/gazetteer.js'
import {spanText, type NameToken} from '../../names/spans.js'
import {squash} from '../../text/normalize.js'
import type {Candidate} from './context.js'

/**
 * One Korean person in two romanizations in one story ("Yoon Suk Yeol" in
 * one paragraph, "Yun Sok-yol" in the next): each is accepted, so the
 * mixture is only mentioned, as info on each mention in a minority form,
 * naming the form the story uses most (the canonical one on a tie). Layouts ("Suk-yeol",
 * "Suk Yeol") are one spelling here; the layout check says the rest.
 */
export function mixedRomanizations(
  known: ReadonlyArray<{span: NameToken[]; ref: FormRef}>,
  romanized: ReadonlyArray<{span: NameToken[]; entity: Entity}>,
  value: string
): Candidate[] {
  const found: Candidate[] = []
  for (const entity of new Set(romanized.map((entry) => entry.entity))) {
    // The person's full-name mentions, by spelling.
    const counts = new Map<string, {text: string; count: number}>()
    for (const {span, ref} of known) {
      if (ref.entity !== entity || span.length < 2) continue
      const text = spanText(span, value)
      const entry = counts.get(squash(text)) ?? {text, count: 0}
      entry.count++
      counts.set(squash(text), entry)
    }
    if (counts.size < 2) continue
    const canonical = squash(entity.name)
    const [majorityKey, majority] = [...counts].sort((a, b) => b[1].count - a[1].count || Number(b[0] === canonical) - Number(a[0] === canonical))[0]!
    for (const {span, ref} of known) {
      if (ref.entity !== entity || span.length < 2) continue
      const text = spanText(span, value)
      if (squash(text) === majorityKey) continue
      found.push({
        span,
        expected: [majority.text],
        level: 'info',
        reason: `${quote(text)} and ${quote(majority.text)} are two romanizations of ${entity.name}; the story writes ${quote(majority.text)} most`,
        note: `${quote(majority.text)} appears ${majority.count} times, ${quote(text)} ${counts.get(squash(text))?.count ?? 1}.`
      })
    }
  }
  return found
}
