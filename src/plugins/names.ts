import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Lexicon} from '../data/lexicon.js'
import type {FormRef, Gazetteer} from '../names/gazetteer.js'
import {besideOtherNames, capitalizedRuns, spanText, subSpans, type NameToken} from '../names/spans.js'
import {findClashes} from '../names/clashes.js'
import {editDistance} from '../names/distance.js'
import {Memo} from '../text/memo.js'
import {soundKey} from '../names/phonetic.js'
import {isAllCaps, squash, straightApostrophes} from '../text/normalize.js'
import {sentencesOf} from '../text/tokens.js'
import {quote, report, type Level} from '../message.js'

export interface Options {
  gazetteer: Gazetteer
  lexicon: Lexicon
  /** Given names the speller should know ("Kevin"): never the unknown part of a garble. */
  firstNames: ReadonlySet<string>
  /** Nouns that name a kind of body, by family (Council, Commission… / Agency, Bureau…). */
  institutionWords: ReadonlyMap<string, number>
  /** Lowercase words that may stand before a name ("president", "minister"). */
  titles: ReadonlySet<string>
  /** Courtesy titles, lowercase ("mr", "miss"): the word after one is a person's name. */
  courtesyTitles?: ReadonlySet<string> | undefined
}

/** Words that may open a sentence before a name without being part of it. */
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'new', 'former'])

interface Candidate {
  span: NameToken[]
  expected: string[]
  reason: string
  level: Level
  note?: string
  /** A lone word near a known one-word name (a surname, a city): judged against the whole document. */
  loneWord?: {entity: FormRef['entity']; surname: boolean; afterTitle: boolean}
}

/** Garbled, misspelled and inconsistent names, checked against the gazetteer. */
export default function names(options: Readonly<Options>) {
  if (!options?.gazetteer || !options.lexicon) {
    throw new TypeError('copydesk names: expected `gazetteer` and `lexicon`')
  }
  const {gazetteer, lexicon, firstNames, institutionWords, titles} = options
  const courtesyTitles = options.courtesyTitles ?? new Set<string>()
  const maxSpan = Math.min(gazetteer.longestName, 8)
  /** 2 for a swap within one family of institution nouns, 1 across families, 0 otherwise. */
  const swapStrength = (a: string, b: string) => {
    const x = institutionWords.get(a.toLowerCase())
    const y = institutionWords.get(b.toLowerCase())
    return x === undefined || y === undefined ? 0 : x === y ? 2 : 1
  }

  // Asked for every word of every span, again and again for the same names:
  // remembered per spelling (bounded), which alone decides it.
  const unknownWords = new Memo<boolean>()
  const isUnknownWord = (name: NameToken) => {
    if (name.connector) return false
    let unknown = unknownWords.get(name.text)
    if (unknown === undefined) {
      unknown =
        !lexicon.has(name.text) &&
        !firstNames.has(name.text) &&
        !isAllCaps(name.text) &&
        !name.text.split('-').every((part) => lexicon.has(part)) &&
        gazetteer.lookup(name.text).length === 0
      unknownWords.set(name.text, unknown)
    }
    return unknown
  }

  // The first and last words (lowercase) of every person's name of two words
  // or more: a span of known words whose first word is not among the first
  // nor its last among the last cannot be anchored to any person's name, so
  // it is not worth a fuzzy lookup whatever the lookup would find.
  let personEdges: {first: Set<string>; last: Set<string>} | undefined
  const mayAnchorPerson = (span: readonly NameToken[]) => {
    if (!personEdges) {
      personEdges = {first: new Set(), last: new Set()}
      for (const ref of gazetteer.allForms()) {
        // A computed reading anchors nothing: its words ("An", "Li") are too common.
        if (ref.entity.kind !== 'person' || ref.reading) continue
        const words = ref.form.toLowerCase().split(/\s+/)
        if (words.length < 2) continue
        personEdges.first.add(words[0]!)
        personEdges.last.add(words.at(-1)!)
      }
    }
    return personEdges.first.has(span[0]!.text.toLowerCase()) || personEdges.last.has(span.at(-1)!.text.toLowerCase())
  }

  /** A capitalized word that is a name, not a title or a common word capitalized at a sentence start. */
  const isOtherNameWord = (word: string) => !titles.has(word.toLowerCase()) && !lexicon.hasLowercase(word)

  /** A long organization name with one word swapped: "National Economic Commission". */
  const swapped = (span: NameToken[], text: string, run: readonly NameToken[], value: string): Candidate | undefined => {
    if (span.length < 3) return undefined
    // Part of a longer name ("Temporary National Economic Committee") is another body.
    const at = run.indexOf(span[0]!)
    const before = run[at - 1]
    const after = run[at + span.length]
    const boundedBefore =
      !before ||
      determiners.has(before.text.toLowerCase()) ||
      titles.has(before.text.toLowerCase()) ||
      gazetteer.isAccepted(before.text) ||
      (at >= 2 && gazetteer.isAccepted(spanText([run[at - 2]!, before], value)))
    if (!boundedBefore || (after && !after.connector)) return undefined
    // A title is a word of its own, not a slip: the "Minister of External
    // Affairs" heads the Ministry of External Affairs.
    const hits = gazetteer.swapped(span.map((name) => name.text)).filter((hit) => !titles.has(span[hit.position]!.text.toLowerCase()))
    // A word a letter or two off ("Fond" for Fund, "Affair" for Affairs) is a
    // typo in the name: as strong a sign as a swapped institution noun.
    const typo = (hit: (typeof hits)[number]) =>
      editDistance(span[hit.position]!.text.toLowerCase(), hit.expectedWord.toLowerCase(), 2) <= 2
    const strength = (hit: (typeof hits)[number]) => (typo(hit) ? 2 : swapStrength(span[hit.position]!.text, hit.expectedWord))
    const best = Math.max(0, ...hits.map(strength))
    const strongest = hits.filter((hit) => strength(hit) === best)
    if (strongest.length !== 1) return undefined
    const hit = strongest[0]!
    const actualWord = span[hit.position]!.text
    // The same name used again and again is deliberate: the name of another body.
    const repeated = value.split(text).length - 1 >= 2
    return {
      span,
      expected: [hit.entity.name],
      level: best >= 1 && !repeated ? 'warning' : 'info',
      reason: `Unexpected ${quote(text)}, did you mean ${quote(hit.entity.name)}?`,
      note: typo(hit)
        ? `The known body is the ${hit.entity.name}; ${quote(actualWord)} looks mistyped for ${quote(hit.expectedWord)}.`
        : `The known body is the ${hit.entity.name}; ${quote(actualWord)} looks swapped for ${quote(hit.expectedWord)}.`
    }
  }

  // Exact forms, swapped organization names and near misses compete; the
  // longest span wins, then an exact form over a near one, so "Han Duk-soo"
  // is read as one garbled name rather than the known surname "Han" and a
  // stray word. This judges one span of a run of capitalized words.
  const judge = (span: NameToken[], run: readonly NameToken[], value: string): Contender | undefined => {
    const text = spanText(span, value)
    // An initial is a word of its own, not part of a run-together or near
    // miss: "William S." glued together is the surname Williams.
    if (span.length > 1 && span.some((name) => name.text.length === 1) && !gazetteer.isAccepted(text)) return undefined
    // An acronym matches only when written in capitals ("Does" is not DOE).
    const direct = gazetteer.lookup(text).filter((ref) => !isAllCaps(ref.form) || isAllCaps(text))
    // "the Trujillos", "the Obamas": a family named by a known name.
    const plural = direct.length === 0 && /[^s]s$/.test(text) && gazetteer.isAccepted(text.slice(0, -1))
    if (plural) return {span, rank: 0}
    const refs = direct
    if (refs.length > 0) {
      const accepted = refs.filter((ref) => ref.type !== 'garble')
      if (gazetteer.isAccepted(text) || isAllCaps(text) || sameLetters(accepted, text)) {
        // Known as written, or only its case is off (the case rule says that better).
        return {span, rank: 0, ref: accepted[0] ?? refs[0]!}
      }
      const ref = accepted[0] ?? refs[0]!
      // Right after "Mr." or a given name comes a person's name: "Frank
      // SanAntonio" is not San Antonio (asked only of a finding about to be raised).
      if (ref.entity.kind !== 'person' && afterPersonCue(span[0]!.start, value, courtesyTitles, firstNames)) return undefined
      const target = ref.entity.name
      return {
        span,
        rank: 0,
        candidate: {
          span,
          expected: [...new Set([target, ref.type === 'garble' ? target : ref.form])],
          level: 'warning',
          reason: ref.reading
            ? `Unexpected ${quote(text)}, the Mandarin reading of ${ref.entity.native!.replace(' ', '')}; the person is written ${quote(target)}`
            : ref.type === 'garble'
              ? `Unexpected ${quote(text)}, a known misspelling of ${quote(target)}`
              : `Unexpected ${quote(text)}, write ${quote(target)}`,
          note: describe(ref)
        }
      }
    }
    const swap = swapped(span, text, run, value)
    if (swap) return {span, rank: 0.5, candidate: swap}
    if (span.length > 4) return undefined
    const unknownWord = span.some(isUnknownWord)
    if (!unknownWord && (span.length === 1 || !mayAnchorPerson(span))) return undefined
    const hit = gazetteer.closest(text)
    if (!hit) return undefined
    // And "Miss Bouton" is not Boston.
    if (hit.ref.entity.kind !== 'person' && afterPersonCue(span[0]!.start, value, courtesyTitles, firstNames)) return undefined
    // Every word a dictionary word ("Christine La Guard"): only with a word
    // of the name itself to anchor it, the given name or the surname.
    if (!unknownWord && (hit.ref.entity.kind !== 'person' || !anchored(span, hit.ref.form))) return undefined
    if (hit.ref.entity.kind === 'person' && !personAligned(span, hit.ref.form, isUnknownWord)) return undefined
    // A title or an acronym at the edge belongs to the sentence, not the name ("JPMorgan Chase CEO").
    if (span.length > 1 && [span[0]!, span.at(-1)!].some((name) => isAllCaps(name.text) || titles.has(name.text.toLowerCase()))) return undefined
    // A one-word name alone, next to other name words, is part of someone
    // else's name ("Hiroshi Tanabe" is not Tinubu, "Paul Creston" not Preston).
    if (span.length === 1 && !hit.ref.form.includes(' ') && besideOtherNames(value, span[0]!, isOtherNameWord)) return undefined
    const target = hit.ref.form
    const expected = hit.ref.type === 'variant' ? [hit.ref.entity.name, target] : [target]
    const previous = run[run.indexOf(span[0]!) - 1]
    const loneWord =
      span.length === 1 && !target.includes(' ')
        ? {
            entity: hit.ref.entity,
            surname: hit.ref.type === 'surname',
            afterTitle: previous !== undefined && titles.has(previous.text.toLowerCase())
          }
        : undefined
    return {
      span,
      rank: 1 + hit.score,
      candidate: {
        span,
        expected,
        level: 'warning',
        reason: `Unexpected ${quote(text)}, did you mean ${quote(target)}?`,
        note: describe(hit.ref),
        ...(loneWord ? {loneWord} : {})
      }
    }
  }

  // Small functions made once, not closures made per file or run: V8
  // specializes optimized code to a closure's context and discards it when
  // the next file makes a new one, and recompiling this rule whole is costly.
  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    const found: Found = {known: [], unknown: [], pending: [], spellings: new Map()}
    for (const sentence of sentencesOf(tree)) {
      for (const run of capitalizedRuns(sentence)) {
        const pool: Contender[] = []
        for (const span of subSpans(run, maxSpan)) {
          const contender = judge(span, run, value)
          if (contender) pool.push(contender)
        }
        settle(run, pool, found, isUnknownWord)
      }
    }
    reportFindings(file, value, found)
  }
}

/** A span's reading: a known name (`ref`), a finding (`candidate`), or neither (a known family name). */
interface Contender {
  span: NameToken[]
  rank: number
  candidate?: Candidate
  ref?: FormRef
}

/** What a document's runs of capitalized words gave, for the findings at its end. */
interface Found {
  known: Array<{span: NameToken[]; ref: FormRef}>
  unknown: NameToken[]
  pending: Candidate[]
  spellings: Map<string, number>
}

/** The longest spans first, then the better readings; each word belongs to one. */
function settle(run: readonly NameToken[], pool: Contender[], found: Found, isUnknownWord: (name: NameToken) => boolean) {
  const covered = new Set<NameToken>()
  pool.sort((a, b) => b.span.length - a.span.length || a.rank - b.rank)
  for (const entry of pool) {
    if (!entry.span.every((name) => !covered.has(name))) continue
    for (const name of entry.span) covered.add(name)
    if (entry.candidate) found.pending.push(entry.candidate)
    else if (entry.ref) found.known.push({span: entry.span, ref: entry.ref})
  }
  for (const name of run) {
    found.spellings.set(name.text, (found.spellings.get(name.text) ?? 0) + 1)
    if (!covered.has(name) && isUnknownWord(name)) found.unknown.push(name)
  }
}

function reportFindings(file: VFile, value: string, {known, unknown, pending, spellings}: Found) {
  // A lone word near a one-word name is weaker evidence: the same spelling
  // used three times is deliberate, and a surname with no title before it
  // is a slip only if the document is about that person at all.
  const mentioned = new Set(known.map(({ref}) => ref.entity))
  for (const candidate of pending) {
    const lone = candidate.loneWord
    if (lone) {
      const repeated = (spellings.get(candidate.span[0]!.text) ?? 0) >= 3
      const unanchored = lone.surname && !lone.afterTitle && !mentioned.has(lone.entity)
      if (repeated || unanchored) candidate.level = 'info'
    }
    emit(file, candidate)
  }

  // One name, two spellings in this document: flag the minority.
  for (const clash of findClashes(known, unknown, value)) {
    emit(file, {
      span: clash.span,
      expected: [clash.majority],
      level: 'warning',
      reason: `Unexpected ${quote(clash.actual)}, the document spells it ${quote(clash.majority)} elsewhere`,
      note: `${quote(clash.majority)} appears ${clash.majorityCount} times, ${quote(clash.actual)} ${clash.actualCount}.`
    })
  }
}

/** Does the word at `start` follow a courtesy title ("Mr.", "Miss") or a given name ("Frank")? */
function afterPersonCue(start: number, value: string, courtesyTitles: ReadonlySet<string>, firstNames: ReadonlySet<string>): boolean {
  const before = /(\p{L}+)\.? +$/u.exec(value.slice(Math.max(0, start - 16), start))
  if (!before) return false
  const word = before[1]!
  return courtesyTitles.has(word.toLowerCase()) || firstNames.has(word)
}

/**
 * A near miss of a person's name that keeps one part of it exactly must get
 * the other part nearly right by sound, and a kept given name needs a new
 * surname that is unknown or split ("Kevin Hae Sheet"): "John Dane" is not
 * John Thune, "Joe Sullivan" not John Sullivan.
 */
function personAligned(span: readonly NameToken[], form: string, isUnknownWord: (name: NameToken) => boolean): boolean {
  const words = form.split(/\s+/)
  if (span.length < 2 || words.length < 2) return true
  const sounds = (parts: readonly string[]) => soundKey(squash(parts.join('')))
  const firstSame = span[0]!.text.toLowerCase() === words[0]!.toLowerCase()
  const lastSame = span.at(-1)!.text.toLowerCase() === words.at(-1)!.toLowerCase()
  if (firstSame) {
    const rest = span.slice(1)
    const split = rest.length > words.length - 1
    return (split || rest.some(isUnknownWord)) && near(rest.map((name) => name.text), words.slice(1))
  }
  if (lastSame) return near(span.slice(0, -1).map((name) => name.text), words.slice(0, -1))
  // Neither part kept: both must be near, so that a shared given name
  // ("Pete Rodino" and Peter Dutton) does not carry a different surname.
  if (span.length === words.length) return near([span[0]!.text], [words[0]!]) && near(span.slice(1).map((name) => name.text), words.slice(1))
  return true
}

/** Two parts of names are near: same sound, or the same first letter and under half the letters changed. */
function near(parts: readonly string[], target: readonly string[]): boolean {
  const a = squash(parts.join(''))
  const b = squash(target.join(''))
  if (soundKey(a) === soundKey(b)) return true
  return a[0] === b[0] && editDistance(a, b, 9) <= Math.ceil(Math.max(a.length, b.length) * 0.45)
}

function anchored(span: readonly NameToken[], form: string): boolean {
  const words = form.toLowerCase().split(/\s+/)
  if (span.length < 2 || words.length < 2) return false
  return span[0]!.text.toLowerCase() === words[0] || span.at(-1)!.text.toLowerCase() === words.at(-1)
}


function sameLetters(refs: readonly FormRef[], text: string): boolean {
  const lower = straightApostrophes(text).toLowerCase()
  return refs.some((ref) => straightApostrophes(ref.form).toLowerCase() === lower)
}

function describe(ref: FormRef): string {
  const {entity} = ref
  return `${entity.name} (${entity.kind}${entity.title ? ', ' + entity.title : ''}).`
}

function emit(file: VFile, candidate: Candidate) {
  const first = candidate.span[0]!
  const last = candidate.span.at(-1)!
  report(file, {
    ruleId: 'names',
    reason: candidate.reason,
    start: first.start,
    end: last.end,
    level: candidate.level,
    expected: candidate.expected,
    note: candidate.note
  })
}
