import {aloneName, type Entity} from '../../data/entities.js'
import {quote} from '../../message.js'
import {editDistance} from '../../names/distance.js'
import type {FormRef} from '../../names/gazetteer.js'
import {nearByEar, soundKey} from '../../names/phonetic.js'
import {ofStoryCountry, storyElsewhere, titleBefore} from './story-cues.js'
import {spanText, type NameToken} from '../../names/spans.js'
import {squash} from '../../text/normalize.js'
import type {Contender, NamesContext} from './context.js'
import {isFirstName, isOtherNameWord, isUnknownWord} from './words.js'
import {runOnWord} from '../../names/run-on.js'
import {otherTitleBefore} from '../../names/story-people.js'

/** A person's name cut in two (the gazetteer's index): the person's form, whose given name a garble keeps exactly, and the rest squashed ("rubio", "moon"), which it replaces. */
interface Anchor {
  ref: FormRef
  rest: string
}

/**
 * Machine translation turns names into words ("Marco Rubble", "Emmanuel
 * Macaroon", "Month Jae-in"), every one a dictionary word, so no spell
 * checker and no lookup of the whole span sees them. The name slot does:
 * a known person's given name, kept exactly, with the rest of the span in
 * the place of the person's surname. That rest must be common words (a
 * proper noun there, "Donald Sutherland", is someone else), start with the
 * surname's letter and be near it by sound and letters.
 */
export function slotGarble(context: NamesContext, span: readonly NameToken[], run: readonly NameToken[], value: string): Contender | undefined {
  if (span.length < 2 || span.length > 4) return undefined
  // A capitalized word before that is no title makes this part of a longer name ("John William Ball").
  const previous = run[run.indexOf(span[0]!) - 1]
  if (previous && (isOtherNameWord(context, previous.text) || isFirstName(context, previous.text))) return undefined
  const tries: Array<[readonly Anchor[] | undefined, readonly NameToken[]]> = [
    [context.gazetteer.anchors('givenFirst', squash(span[0]!.text)), span.slice(1)],
    // A family name is one syllable: one word before a given name of two ("Month Jae-in").
    [context.gazetteer.anchors('familyFirst', squash(span.slice(1).map((name) => name.text).join(''))), span.slice(0, 1)]
  ]
  let best: {anchor: Anchor; distance: number; strong: boolean; unknown: boolean} | undefined
  let tie = false
  for (const [index, [list, odd]] of tries.entries()) {
    if (!list || !odd.every((name) => commonWord(context, name, odd.length > 1))) continue
    const garbled = squash(odd.map((name) => name.text).join(''))
    // A word no dictionary knows in the surname's place, neither the same sound nor two letters off, is another surname unless the story
    // is about the person's country or a word of their title stands before ("Mr Imran Khwaja" is not Imran Khan; "the Supreme Leader, Ali
    // Khounai" is Ali Khamenei); common words are garbles by ear ("Rubble").
    const unknownRest = odd.length === 1 && isUnknownWord(context, odd[0]!)
    for (const anchor of list) {
      if (!nearByEar(garbled, anchor.rest)) continue
      // "Daniel Noboaannounced": the surname run into the word after it is the spacing rule's to split.
      if (odd.length === 1 && runOnWord(context.lexicon, odd[0]!.text, aloneName(anchor.ref.entity))) continue
      if (unknownRest && soundKey(garbled) !== soundKey(anchor.rest) && editDistance(garbled, anchor.rest, 2) > 2 && !confirmedHere(context, anchor.ref.entity, span[0]!.start, value)) continue
      // After a title the person's office lacks, such a word three letters off or more is someone else's surname ("Kenya Railways Managing
      // Director Philip Mainga" is no Philip Mpango; "floor leader Siviwe Gwalbe", two off, is still Siviwe Gwarube).
      if (unknownRest && editDistance(garbled, anchor.rest, 3) > 2 && otherTitleBefore(context.titles, context.courtesyTitles, anchor.ref.entity.title, span[0]!.start, value)) continue
      // Nor, near as it is, in a story about another country than the person's that never writes their surname ("Ahmed Nazim" in one about
      // the Maldives is no Ahmed Nazif of Egypt).
      if (odd.some((name) => isUnknownWord(context, name)) && !value.includes(aloneName(anchor.ref.entity)) && storyElsewhere(context, anchor.ref.entity, value, span)) continue
      const distance = editDistance(garbled, anchor.rest)
      if (best && distance === best.distance && best.anchor.ref.entity !== anchor.ref.entity) tie = true
      // A given name of two syllables before, or a surname split in words, is a person's name beyond doubt.
      if (!best || distance < best.distance) ((best = {anchor, distance, strong: index === 1 || odd.length > 1, unknown: unknownRest}), (tie = false))
    }
  }
  if (!best || tie) return undefined
  const {entity, form} = best.anchor.ref
  const text = spanText(span, value)
  // Bare, "Stephen Mana" may be someone else: a warning after a title, or where the story names the person.
  const strong = best.strong || afterTitle(context, span[0]!.start, value)
  return {
    span: [...span],
    rank: 1.5,
    candidate: {
      span: [...span],
      expected: form === entity.name ? [entity.name] : [entity.name, form],
      level: 'warning',
      reason: `Unexpected ${quote(text)}, did you mean ${quote(form)}?`,
      note: `${entity.name} (person${entity.title ? ', ' + entity.title : ''}).`,
      ...(strong ? {} : {slot: {entity}}),
      // A word no dictionary knows in the surname's place is how the story spells the surname ("Luis Abidaner" … "Abidaner said");
      // a common word there ("Marco Rubble") is not the surname everywhere it stands.
      ...(best.unknown && !best.strong ? {fullName: {entity}} : {})
    }
  }
}

function confirmedHere(context: NamesContext, entity: Entity, start: number, value: string): boolean {
  return ofStoryCountry(context, entity, value) || titleBefore(context, entity, start, value)
}

/** Does a title ("President", "first lady") or a courtesy title ("Mr.") stand right before `start`, a comma or colon between allowed ("the Supreme Leader, Ali Khounai")? */
export function afterTitle(context: NamesContext, start: number, value: string): boolean {
  const before = /(\p{L}+)\.?[,:]? +$/u.exec(value.slice(Math.max(0, start - 24), start))
  const word = before?.[1]?.toLowerCase()
  return word !== undefined && (context.titles.has(word) || context.courtesyTitles.has(word))
}

/**
 * A word in a surname's place that may be a garble of it: a common word
 * ("Rubble") or no word at all, never a proper noun ("Sutherland") or a name
 * the gazetteer knows ("Tusk"), nor a given name alone ("Donald Mark"); a
 * surname split in sounds may hold one ("Rishi Sue Knack").
 */
function commonWord(context: NamesContext, name: NameToken, split: boolean): boolean {
  if (split && (name.connector || isFirstName(context, name.text))) return true
  if (name.connector || isFirstName(context, name.text) || context.gazetteer.lookup(name.text).length > 0) return false
  return context.lexicon.hasLowercase(name.text) || isUnknownWord(context, name)
}
