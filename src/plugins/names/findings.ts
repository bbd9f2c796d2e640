import {listedBeside} from '../../text/listed-beside.js'
import {afterNamingCue} from '../../text/naming-cue.js'
import {beforePlaceNoun} from '../../text/place-of.js'
import {withoutAccents} from '../../text/normalize.js'
import {sentenceBounds} from '../../text/sentence-start.js'
import {smallWordInName, wordBefore} from '../../text/word-before.js'
import {wordStarts} from '../../text/word-starts.js'
import type {VFile} from 'vfile'
import {levelOf, offsetsOf, quote, report} from '../../message.js'
import {findClashes, particleCaseOnly} from '../../names/clashes.js'
import {bantuStory, otherNounClass} from '../../names/class-prefixes.js'
import type {FormRef} from '../../names/gazetteer.js'
import type {NameToken} from '../../names/spans.js'
import type {Candidate, Contender, Found, NamesContext} from './context.js'
import {isUnknownWord} from './words.js'
import {editDistance} from '../../names/distance.js'
import {aloneName} from '../../data/entities.js'
import {particleJoinedName} from '../../data/name-words.js'
import {charAt, charBefore, nameChar, wholeWordsAt} from '../../text/whole-words.js'

const capitalizedAfter = /^ \p{Lu}\p{Ll}/u

/** The longest spans first, then the better readings; each word belongs to one. */
export function settle(context: NamesContext, run: readonly NameToken[], pool: Contender[], found: Found) {
  const covered = new Set<NameToken>()
  pool.sort((a, b) => b.span.length - a.span.length || a.rank - b.rank)
  for (const entry of pool) {
    if (!entry.span.every((name) => !covered.has(name))) continue
    for (const name of entry.span) covered.add(name)
    // "Suzano" … "Susano": a town is no slip of the gazetteer's names, and still one spelling of two the story may write.
    if (entry.town) found.unknown.push(...entry.span.filter((name) => isUnknownWord(context, name)))
    if (entry.candidate) {
      found.pending.push(entry.candidate)
      // A lone word read as a near miss of a known name is still a spelling of its own, which the story may write otherwise.
      if (entry.span.length === 1 && isUnknownWord(context, entry.span[0]!)) found.unknown.push(entry.span[0]!)
    } else if (entry.ref) found.known.push({span: entry.span, ref: entry.ref})
  }
  for (const name of run) {
    found.spellings.set(name.text, (found.spellings.get(name.text) ?? 0) + 1)
    if (!covered.has(name) && isUnknownWord(context, name)) found.unknown.push(name)
  }
}

/**
 * Whether `place` stands as a whole name within 60 characters of the span
 * from `start` to `end`, in its sentence, and the span is as long: letters
 * changed but none dropped or added ("Calayan" beside "Cagayan"), as a
 * typist's slip would drop one ("Khatoum" beside "Khartoum" is a slip).
 */
function placeNearby(value: string, start: number, end: number, place: string): boolean {
  if (end - start !== place.length) return false
  // Within the sentence: "Singapura … Singapore cheered." across a full stop is the story's own place misspelled.
  const [sentenceFrom, sentenceTo] = sentenceBounds(value, start, end)
  const from = Math.max(start - 60, sentenceFrom)
  const to = Math.min(end + 60, sentenceTo)
  return wholeWordsAt(value.slice(from, to), place).some((at) => from + at + place.length <= start || from + at >= end)
}

/** What reportFindings reads besides the findings: word lists and questions about the story and the records. */
export interface FindingReaders {
  isGivenName?: ((word: string) => boolean) | undefined
  /** Whether the gazetteer reads the word as one of the entity's own forms ("Qalibaf" for Ghalibaf). */
  ownFormOf?: ((word: string, entity: FormRef['entity']) => boolean) | undefined
  /** Function words of other languages ("el", "por"): a name after one is that language's. */
  foreignWords?: ReadonlySet<string> | undefined
  /** Nouns of public bodies, lowercase ("court", "council"). */
  bodyNouns?: ReadonlyMap<string, number> | undefined
  /** Nouns of kinds of place, lowercase ("region", "parish"). */
  placeNouns?: ReadonlySet<string> | undefined
  /** A given name the first-name list knows. */
  isFirstName?: ((word: string) => boolean) | undefined
  /** Function words ("in", "the"): one run onto a name the story writes elsewhere is the word after it, its space lost. */
  functionWords?: ReadonlySet<string> | undefined
  /** The countries the story is about (src/names/countries.ts). */
  storyCountries?: (() => ReadonlySet<string>) | undefined
  /** Whether a name is on record as written: a form the gazetteer accepts, a town it leaves out. */
  onRecord?: ((text: string) => boolean) | undefined
}

export function reportFindings(file: VFile, value: string, {known, unknown, pending, spellings}: Found, readers: FindingReaders = {}) {
  const {isGivenName, ownFormOf, isFirstName} = readers
  const foreignWords = readers.foreignWords ?? new Set<string>()
  const bodyNouns = readers.bodyNouns ?? new Map<string, number>()
  const placeNouns = readers.placeNouns ?? new Set<string>()
  const functionWords = readers.functionWords ?? new Set<string>()
  const storyCountries = readers.storyCountries ?? (() => new Set<string>())
  const onRecord = readers.onRecord ?? (() => false)
  // A lone word near a one-word name is weaker evidence: the same spelling
  // used three times is deliberate, and a surname with no title before it
  // is a slip only if the document is about that person at all.
  // "Marcos Antonio" is a footballer, no mention of Ferdinand Marcos: a surname alone opening a longer name is another's given name.
  const mentioned = new Set(known.filter(({span, ref}) => !(span.length === 1 && ref.type === 'surname' && capitalizedAfter.test(value.slice(span[0]!.end, span[0]!.end + 30)))).map(({ref}) => ref.entity))
  // A garbled full name is the person too, and machine translation garbles
  // a surname the same way each time: "John Steenhausen" … "Steenhausen's".
  // A garbled surname in the slot after a given name counts once the story names the person.
  const garbled = garbledSurnames(pending.filter((candidate) => !candidate.slot || mentioned.has(candidate.slot.entity)))
  for (const [entity] of garbled) mentioned.add(entity)
  for (const candidate of pending) {
    const lone = candidate.loneWord
    // The surname as the garbled full name spells it is as sure as that name.
    if (lone && !garbled.get(lone.entity)?.has(candidate.span[0]!.text)) {
      // Three times is deliberate where the story never writes the known name; where it does ("Chega’s" … "vote for
      // Chegu" three times), the repetition is a translation's declension or garble of that name, no other name.
      // Twice is deliberate too when the known name it is near appears
      // nowhere in the story ("Katanga" beside no Kananga) and no title makes it a surname.
      const uses = candidate.span.length === 1 ? (spellings.get(candidate.span[0]!.text) ?? 0) : wordStarts(value, value.slice(candidate.span[0]!.start, candidate.span.at(-1)!.end)).length
      // Machine translation garbles a name the same way each time: addressed as a person, or in a story naming the person's
      // office, in a story about the person's country ("Mr. Chachart" in Bangkok, "Zahkani" beside "the Tehran mayor"), the
      // spelling repeated is the same slip again.
      const repeated = !mentioned.has(lone.entity) && !lone.addressed && (uses >= 3 || (uses >= 2 && !lone.afterTitle))
      // Two letters swapped in a word no list knows needs no story about the person to be a slip.
      const unanchored = lone.surname && !lone.afterTitle && !lone.swapped && !lone.addressed && !mentioned.has(lone.entity)
      if (repeated || unanchored) candidate.level = 'info'
    }
    if (candidate.slot && !mentioned.has(candidate.slot.entity)) candidate.level = 'info'
    // "Pham Doan Trang" … "Ms. Trang": a lone word the story writes elsewhere as the end of a longer name it does not
    // flag is that person's own, whatever known name it is near.
    if (lone && isGivenName && endsStoryName(value, candidate.span[0]!, pending, isGivenName, lone.entity)) continue
    // "Trabaho Para Sa Bayan": function words of another language, capitalized in a title, are no name of this one.
    if (candidate.span.every((name) => foreignWords.has(name.text.toLowerCase()))) continue
    // "east of Calayan, Cagayan": a word near a place its sentence names a few words away is another place beside it, as
    // neighbouring places' names often are alike, not that place misspelled.
    if (lone?.entity.kind === 'place' && placeNearby(value, candidate.span[0]!.start, candidate.span.at(-1)!.end, lone.entity.name)) continue
    // "Jeta ne Kosove", a programme's name: after a function word of another language inside a name, a word is that language's.
    if (foreignWords.has(smallWordInName(value, candidate.span[0]!.start))) continue
    emit(file, candidate)
  }
  // The places flagged so far, which the checks below add to and do not flag again.
  const flagged = flaggedSpans(file)
  // A surname the gazetteer reads as the person's own in another transliteration is no garble, whatever the full name did.
  if (ownFormOf) for (const [entity, forms] of garbled) for (const form of forms) if (ownFormOf(form, entity)) forms.delete(form)
  reportGarbledSurnames(file, value, garbled, flagged)
  // One name, two spellings in this document: flag the minority.
  const clashes = findClashes(known, unknown, value, {isGivenName, isFirstName, bodyNoun: (word) => bodyNouns.has(word), placeNouns})
  for (const clash of clashes) {
    const start = clash.span[0]!.start
    const end = clash.span.at(-1)!.end
    // A note that the word is near a name the story never writes ("Santepheap": Laos's Santiphab?) gives way to the
    // story's own spelling of it ("Kim Satepheap"); a warning keeps its place.
    const underNote = overlapsFlagged(flagged, start, end)
    if (underNote && file.messages.some((message) => levelOf(message) !== 'info' && namesFindingOver(message, start, end))) continue
    if (listedBeside(value, start, end, clash.majority)) continue
    // "In Canlaon City" beside the Kanlaon volcano, "Zelensky" beside "Zelenskyi": a name on record is never fixed into a
    // spelling no list has; the story may name two things, or misspell the other.
    if (onRecord(clash.actual) && !onRecord(clash.majority)) continue
    // "the day of Mtskheta" beside "known as Mtskhetoba": a spelling the story introduces as a name is another name.
    if (afterNamingCue(value, clash.span[0]!.start) || wordStarts(value, clash.majority).some((start) => afterNamingCue(value, start))) continue
    // "governor of Ghazni province" beside Ashraf Ghani: a word before a noun of a kind of place names the place, no slip
    // for a known person's name ("Hargita district" beside Harghita County still is one).
    if (beforePlaceNoun(value, clash.span.at(-1)!.end, placeNouns) && known.some(({span, ref}) => ref.entity.kind === 'person' && span.some((name) => name.text === clash.majority))) continue
    // "Juntos por el Perú (… Together for Peru)": the accented spelling inside a name of its own language is that name's.
    if (withoutAccents(clash.actual) === withoutAccents(clash.majority) && foreignWords.has(wordBefore(value, clash.span[0]!.start))) continue
    // "east of Calayan, Cagayan": a word a few words from a known place its sentence names is another place beside it.
    if (placeNearby(value, start, end, clash.majority) && known.some(({ref}) => ref.entity.kind === 'place' && (ref.form === clash.majority || ref.entity.name === clash.majority))) continue
    // "Jeta ne Kosove" beside "Kosovo": a word after another language's function word inside a name is that language's spelling.
    if (foreignWords.has(smallWordInName(value, start))) continue
    // "the Basoga … in Lusoga" beside "Busoga": in a story from a Bantu-speaking country a people, its land and its language share one stem.
    if (otherNounClass(clash.actual, clash.majority) && bantuStory(storyCountries())) continue
    // "Besseghiniin hearing" beside "Besseghini": the name with the next word run onto it keeps that word, a space between.
    const runOn = clash.actual.startsWith(clash.majority) ? clash.actual.slice(clash.majority.length) : ''
    const expected = functionWords.has(runOn) ? `${clash.majority} ${runOn}` : clash.majority
    if (underNote) dropFindings(file, ([from, to], message) => levelOf(message) === 'info' && from < end && start < to)
    emit(file, {
      span: clash.span,
      expected: [expected],
      // "al-Shabaab" beside "Al-Shabaab": the article's capital is a house style papers keep differently, worth a note.
      level: particleCaseOnly(clash.actual, clash.majority) ? 'info' : 'warning',
      reason: expected === clash.majority ? `Unexpected ${quote(clash.actual)}, the document spells it ${quote(clash.majority)} elsewhere` : `Unexpected ${quote(clash.actual)}, the document spells the name ${quote(clash.majority)} elsewhere: a word run onto it`,
      note: `${quote(clash.majority)} appears ${clash.majorityCount} times, ${quote(clash.actual)} ${clash.actualCount}.`
    })
  }
}

/**
 * Whether the story writes the word elsewhere after a given name or a word no
 * dictionary knows, in a name no candidate flags and whose given name is not
 * the known person's ("Szymon Holovnia" is Szymon Hołownia's garble, and so is
 * his lone "Holovnia").
 */
function endsStoryName(value: string, name: NameToken, pending: readonly Candidate[], isGivenName: (word: string) => boolean, entity: FormRef['entity']): boolean {
  const given = entity.name.split(' ').slice(0, -1).map((word) => withoutAccents(word).toLowerCase())
  // Each place the word is written, by indexOf: a pattern over the whole story for each candidate tries every capital in it.
  for (let start = value.indexOf(name.text); start >= 0; start = value.indexOf(name.text, start + 1)) {
    if (start === name.start || letter.test(value[start + name.text.length] ?? '')) continue
    const word = givenBefore.exec(value.slice(Math.max(0, start - 41), start))?.[1]
    if (word === undefined || !isGivenName(word)) continue
    const before = withoutAccents(word).toLowerCase()
    if (given.some((word) => editDistance(word, before, 2) <= 2)) continue
    if (pending.some((candidate) => candidate.span[0]!.start <= start && start < candidate.span.at(-1)!.end)) continue
    return true
  }
  return false
}

const letter = /\p{L}/u
/** A capitalized word and one space, closing the text, with no letter before it. */
const givenBefore = /(?<!\p{L})(\p{Lu}[\p{L}'’-]+) $/u

/** The surname spellings of the known persons whose full names the document garbles, at warning level. */
function garbledSurnames(pending: readonly Candidate[]): Map<FormRef['entity'], Set<string>> {
  const garbled = new Map<FormRef['entity'], Set<string>>()
  for (const candidate of pending) {
    if (!candidate.fullName || candidate.level !== 'warning') continue
    const {entity} = candidate.fullName
    const word = aloneWordOf(candidate.span, entity.name.split(/\s+/), aloneName(entity))
    const spellings = garbled.get(entity) ?? new Set<string>()
    spellings.add(word.text)
    garbled.set(entity, spellings)
  }
  return garbled
}

/**
 * The span's word where the person's name has the name used alone: last, first for a Thai given name ("Paetongarn
 * Shinawatra"). A span of as many words as the name is lined up by the words it keeps ("Like Suk Yeol" garbles Yoon as
 * "Like"), a title opening it set aside ("King Gyanedra" garbles Gyanendra as "Gyanedra", not "King").
 */
function aloneWordOf(span: readonly NameToken[], words: readonly string[], alone: string): NameToken {
  const at = words.indexOf(alone)
  const usual = at >= 0 && span.length === words.length ? span[at]! : span.at(-1)!
  if (at < 0 || span.length !== words.length) return usual
  const near = (token: NameToken | undefined, word: string, most: number) => token !== undefined && editDistance(token.text.toLowerCase(), word.toLowerCase(), most) <= most
  let best: NameToken | undefined
  let bestScore = 0
  for (let shift = -at; shift + at < span.length; shift++) {
    let score = near(span[at + shift], alone, Math.ceil(alone.length / 3)) ? 0.5 : 0
    words.forEach((word, i) => {
      if (i !== at && near(span[i + shift], word, 1)) score += 1
    })
    if (score > bestScore || (score === bestScore && score > 0 && span[at + shift] === usual)) {
      best = span[at + shift]
      bestScore = score
    }
  }
  return best ?? usual
}

/** A word that ends no surname's use: a letter or a hyphen after it. */
const wordGoesOn = /[\p{L}-]/u
const particleStart = /^\p{L}{1,3}[-'’]$/u

/**
 * Where `spelling` stands as a word, alone or with a particle of one to three
 * letters joined before it ("al-Dabaiba"), left to right: the particle's
 * start, or the spelling's, with nothing of a word before it.
 */
function surnameUses(value: string, spelling: string): Array<{start: number; particle: string}> {
  const uses: Array<{start: number; particle: string}> = []
  let at = value.indexOf(spelling)
  while (at !== -1) {
    const after = charAt(value, at + spelling.length)
    let use: {start: number; particle: string} | undefined
    if (after === '' || !wordGoesOn.test(after)) {
      const before = charBefore(value, at)
      if (before === '' || !nameChar.test(before)) use = {start: at, particle: ''}
      else {
        // The longest particle first, as a pattern read left to right would take it.
        for (let length = 4; length >= 2 && !use; length--) {
          const particle = value.slice(at - length, at)
          if (at - length < 0 || !particleStart.test(particle)) continue
          const outside = charBefore(value, at - length)
          if (outside === '' || !nameChar.test(outside)) use = {start: at - length, particle}
        }
      }
    }
    if (use) uses.push(use)
    at = value.indexOf(spelling, use ? at + spelling.length : at + 1)
  }
  return uses
}

/**
 * The surname alone as a garbled full name spells it, where no near miss
 * found it ("Abdul Hamid Dabaiba" … "if Dabaiba does not"): machine
 * translation garbles a surname the same way each time, and the full name
 * says whose it is. A particle joined to it stays ("al-Dabaiba").
 */
function reportGarbledSurnames(file: VFile, value: string, garbled: ReadonlyMap<FormRef['entity'], ReadonlySet<string>>, flagged: Array<[number, number]>) {
  if (garbled.size === 0) return
  for (const [entity, spellings] of garbled) {
    const surname = aloneName(entity)
    // Family name first ("Choo Kyung-ho"): the full name's last word is no surname; a Thai given name used alone is the first.
    const words = entity.name.split(/\s+/)
    if (words.at(-1) !== surname && !(words[0] === surname && words.length === 2)) continue
    for (const spelling of spellings) {
      if (spelling === surname || spelling.length < 4) continue
      for (const {start, particle} of surnameUses(value, spelling)) {
        const end = start + particle.length + spelling.length
        const text = value.slice(start, end)
        // "Al-" or "al-": a particle joined to the surname; no other word.
        if ((particle && !particleJoinedName.test(particle.toLowerCase() + surname)) || overlapsFlagged(flagged, start, end)) continue
        flagged.push([start, end])
        emit(file, {
          span: [{start, end, text} as NameToken],
          expected: [particle + surname],
          level: 'warning',
          reason: `Unexpected ${quote(text)}: this story garbles ${quote(entity.name)} as ${quote(spelling)}, \`${surname}\` alone`
        })
      }
    }
  }
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

/** Whether start–end overlaps a place already flagged. */
export function overlapsFlagged(flagged: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return flagged.some(([from, to]) => from < end && start < to)
}

/** Whether a finding of the names rule covers any of the text from `start` to `end`. */
function namesFindingOver(message: VFile['messages'][number], start: number, end: number): boolean {
  const offsets = message.ruleId === 'names' ? offsetsOf(message) : undefined
  return offsets !== undefined && offsets[0] < end && start < offsets[1]
}

/** Takes out the names rule's findings for which `drop` holds, given each one's offsets. */
export function dropFindings(file: VFile, drop: (offsets: readonly [number, number], message: VFile['messages'][number]) => boolean): void {
  const dropped = (message: VFile['messages'][number]) => {
    const offsets = message.ruleId === 'names' ? offsetsOf(message) : undefined
    return offsets !== undefined && drop(offsets, message)
  }
  if (file.messages.some(dropped)) file.messages = file.messages.filter((message) => !dropped(message))
}

/** The places the rule has flagged in the file so far: a later check adds no second finding on them. */
export function flaggedSpans(file: VFile): Array<[start: number, end: number]> {
  return file.messages.flatMap((message) => {
    const offsets = message.ruleId === 'names' ? offsetsOf(message) : undefined
    return offsets ? [offsets] : []
  })
}
