import type {WordClasses} from '../../data/word-classes.js'
import type {Lexicon} from '../../data/lexicon.js'
import type {Gazetteer} from '../../names/gazetteer.js'
import {quote, type Level} from '../../message.js'
import {capitalize} from '../../text/normalize.js'
import {nextWord, previousWord, type SentenceTokens, type Token} from '../../text/tokens.js'
import {baseSlot, participleSlot, sFormSlot} from './verb-forms.js'

export interface Options {
  table: WordClasses | undefined
  lexicon: Lexicon
  /** Words that open a noun phrase ("the", "two"): dictionaries/determiners.txt. */
  determiners: ReadonlySet<string>
  /** Known people and places: whose possessive a name with a bare "s" is. */
  gazetteer: Gazetteer
  /** Words a noun phrase goes on after ("their", "of"): dictionaries/noun-slot-words.txt. */
  nounSlot: ReadonlySet<string>
  /** Subject-only pronouns ("we"): dictionaries/nominative-pronouns.txt. */
  nominatives: ReadonlySet<string>
  /** Forms of "do" a question inverts ("how do we"): dictionaries/inverting-auxiliaries.txt. */
  invertingAuxiliaries: ReadonlySet<string>
  /** Subjects taking a plural verb ("some"): dictionaries/plural-subjects.txt. */
  pluralSubjects: ReadonlySet<string>
  /** Subjects taking an -s form or a past ("no one"): dictionaries/singular-subjects.txt. */
  singularSubjects: ReadonlySet<string>
  /** Singular verb form → plural ("has" → "have"): dictionaries/agreement-verbs.txt. */
  agreement: ReadonlyMap<string, string>
  /** Determiners that count one thing ("this"): dictionaries/singular-determiners.txt. */
  singularDeterminers: ReadonlySet<string>
  /** Reporting verb's form → its past participle ("reports", "wrote" → "reported", "written"): dictionaries/reporting-verbs.txt. */
  reportingVerbs: ReadonlyMap<string, string>
  /** Nouns naming a report's source ("service"): dictionaries/source-nouns.txt. */
  sourceNouns: ReadonlySet<string>
  /** Forms of "be", "have", "become" that take a participle: dictionaries/participle-auxiliaries.txt. */
  participleAuxiliaries: ReadonlySet<string>
  /** Modals and forms of "do" that take a base form: dictionaries/base-auxiliaries.txt. */
  baseAuxiliaries: ReadonlySet<string>
  /** Forms of "do" ("all he did was give"): dictionaries/do-forms.txt. */
  doForms: ReadonlySet<string>
  /** Words joining "had" or "would" to a base form ("had better"): dictionaries/bare-infinitive-idioms.txt. */
  idiomWords: ReadonlySet<string>
  /** Nouns labelling a number as a code ("flight 370"): dictionaries/identifier-nouns.txt. */
  identifierNouns?: ReadonlySet<string> | undefined
  /** Nouns left singular after a number ("5 million in aid"): dictionaries/counted-singulars.txt. */
  countedSingulars?: ReadonlySet<string> | undefined
}

export interface Finding {
  start: number
  end: number
  reason: string
  expected?: string[]
  level: Level
}

type Check = (entry: SentenceTokens, word: Token, table: WordClasses, options: Readonly<Options>) => Finding | undefined

const lowercase = (token: Token) => token.value === token.lower

/** "their polices": a verb's -s form where a noun belongs, one edit from a common plural noun. */
const verbInNounSlot: Check = ({tokens}, word, table, {nounSlot}) => {
  const noun = table.verbOnly.get(word.lower)
  if (!noun || !lowercase(word)) return undefined
  const before = previousWord(tokens, word.index)
  if (!before || !lowercase(before)) return undefined
  const slot = nounSlot.has(before.lower) ? quote(before.value) : table.classes.get(before.lower) === 'j' ? `the adjective ${quote(before.value)}` : undefined
  if (!slot) return undefined
  return {
    start: word.start,
    end: word.end,
    reason: `${quote(word.value)} is a verb's form edited English does not use as a noun, here after ${slot} where a noun belongs; ${quote(noun)}?`,
    expected: [noun],
    level: 'warning'
  }
}

/** "significance increase": a noun before a noun where its adjective belongs. */
const nounForAdjective: Check = ({tokens}, word, table) => {
  const adjective = table.nounAdjectives.get(word.lower)
  if (!adjective || !lowercase(word)) return undefined
  const next = nextWord(tokens, word.index)
  if (!next || !lowercase(next) || !table.isNoun(next.lower) || table.seenPair(word.lower, next.lower)) return undefined
  // The adjective with that noun is usual English: the slip is clear.
  const usual = table.seenPair(adjective, next.lower)
  return {
    start: word.start,
    end: next.end,
    reason: `Unusual ${quote(`${word.value} ${next.value}`)}: edited English does not put ${quote(word.lower)} before ${quote(next.lower)}${usual ? `, and writes ${quote(`${adjective} ${next.lower}`)}` : ''}; the adjective ${quote(adjective)}?`,
    expected: [`${adjective} ${next.value}`],
    level: usual ? 'warning' : 'info'
  }
}

/**
 * "economy development", "high education": a modifier in another form than
 * the one edited English puts before that noun ("economic development",
 * "higher education"), by the pairs the build lists
 * (scripts/lib/word-forms.mjs). Only where the pair opens its phrase: after
 * a noun or an adjective it belongs to a longer name ("data protection
 * policy"). A warning where edited English's form makes a WordNet term with
 * the noun ("higher education"); else info, as a pair the corpora lack may
 * still be English.
 */
export const modifierForm: Check = ({tokens, words}, word, table) => {
  // A capital inside a sentence is a name's ("the Economy Development Board").
  if (!lowercase(word) && words[0] !== word.index) return undefined
  const next = nextWord(tokens, word.index)
  if (!next || !lowercase(next)) return undefined
  const found = table.modifierFormOf(word.lower, next.lower)
  if (!found || !opensPhrase(previousWord(tokens, word.index), table)) return undefined
  const [form, seen, , term] = found
  const times = seen === 1 ? 'once' : `${seen} times`
  return {
    start: word.start,
    end: next.end,
    reason: `Unusual ${quote(`${word.value} ${next.value}`)}: edited English writes ${quote(`${form} ${next.lower}`)} (${term ? `a WordNet term; ${seen ? times : 'not'}` : times} in the corpora) and never ${quote(`${word.lower} ${next.lower}`)}; another form of ${quote(word.lower)}?`,
    expected: [`${lowercase(word) ? form : capitalize(form)} ${next.value}`],
    level: term ? 'warning' : 'info'
  }
}

/** Whether a word may stand before a phrase's first word: an article, a preposition, a verb, an adverb, a pronoun or a possessive; not a noun or an adjective, nor a word the table lacks. */
function opensPhrase(before: Token | undefined, table: WordClasses): boolean {
  if (!before || /['’]s$/.test(before.lower)) return true
  const kind = table.classes.get(before.lower)
  return kind !== undefined && !'nsj'.includes(kind) && !table.isNoun(before.lower)
}

/** "had been place": a noun edited English uses bare only after its preposition ("in place"), straight after "been". */
const droppedPreposition: Check = ({tokens}, word, table) => {
  const preposition = table.barePhrases.get(word.lower)
  if (!preposition || !lowercase(word)) return undefined
  const before = previousWord(tokens, word.index)
  if (before?.lower !== 'been') return undefined
  const next = nextWord(tokens, word.index)
  if (next && (table.isNoun(next.lower) || table.classes.get(next.lower) === 'j')) return undefined
  return {
    start: before.start,
    end: word.end,
    reason: `Unusual ${quote(`${before.value} ${word.value}`)}: edited English uses ${quote(word.lower)} without an article only after a preposition (${quote(`${preposition} ${word.lower}`)}), never after a form of ${quote('be')}; a dropped word?`,
    expected: [`${before.value} ${preposition} ${word.value}`],
    level: 'warning'
  }
}

/** "how to do we": "to" before a question's inverted "do". */
const strayTo: Check = ({tokens}, word, table, {nominatives, invertingAuxiliaries}) => {
  if (word.lower !== 'to') return undefined
  const auxiliary = nextWord(tokens, word.index)
  if (!auxiliary || !invertingAuxiliaries.has(auxiliary.lower)) return undefined
  const subject = nextWord(tokens, auxiliary.index)
  if (!subject || !nominatives.has(subject.lower)) return undefined
  // Do-support has a base verb after its subject ("do we manage"); "to do he will" is "to do" ending a clause.
  const verb = nextWord(tokens, subject.index)
  if (!verb || !(table.verbForms.has(verb.lower) || table.classes.get(verb.lower) === 'v')) return undefined
  return {
    start: word.start,
    end: auxiliary.end,
    reason: `${quote(`${word.value} ${auxiliary.value} ${subject.value}`)}: ${quote(subject.value)} is a subject, so ${quote(auxiliary.value)} opens a question, which no infinitive ${quote('to')} comes before; drop ${quote('to')}`,
    expected: [auxiliary.value],
    level: 'warning'
  }
}

/** Whether a word opens its sentence or a quotation in it. */
function opensClause(tokens: readonly Token[], word: Token): boolean {
  let i = word.index - 1
  if (tokens[i]?.kind === 'punctuation' && /^["“‘']$/.test(tokens[i]!.value)) return true
  while (i >= 0 && tokens[i]!.kind !== 'word') i--
  return i < 0
}

/** "Some has": a plural subject opening a clause with a singular verb. */
const pluralAgreement: Check = ({tokens}, word, _table, {pluralSubjects, agreement}) => {
  if (!pluralSubjects.has(word.lower) || !opensClause(tokens, word)) return undefined
  const verb = nextWord(tokens, word.index)
  const plural = verb && agreement.get(verb.lower)
  if (!verb || !plural || !lowercase(verb)) return undefined
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(`${word.value} ${verb.value}`)}: ${quote(word.lower)} as a subject takes a plural verb; ${quote(plural)}, or another subject?`,
    expected: [`${word.value} ${plural}`],
    level: 'warning'
  }
}

/** "No one vote": a singular subject opening a clause with a verb's bare base form. */
const singularAgreement: Check = ({tokens}, word, table, {singularSubjects}) => {
  if (!opensClause(tokens, word)) return undefined
  let last = word
  if (!singularSubjects.has(word.lower)) {
    const second = nextWord(tokens, word.index)
    if (!second || !singularSubjects.has(`${word.lower} ${second.lower}`)) return undefined
    last = second
  }
  const verb = nextWord(tokens, last.index)
  const forms = verb && lowercase(verb) ? table.verbForms.get(verb.lower) : undefined
  if (!verb || !forms) return undefined
  // "She get[s]": the editor's brackets complete the verb as quoted.
  if (tokens[verb.index + 1]?.value.startsWith('[')) return undefined
  // "No one vote counts": a noun with its own verb after it.
  const after = nextWord(tokens, verb.index)
  if (after && table.mayBeVerb(after.lower)) return undefined
  const subject = `${word.value}${last === word ? '' : ` ${last.value}`}`
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(`${subject} ${verb.value}`)}: ${quote(subject.toLowerCase())} as a subject takes ${quote(forms[1])} or ${quote(forms[0])}, not the bare ${quote(verb.value)}`,
    expected: [`${subject} ${forms[1]}`, `${subject} ${forms[0]}`],
    level: 'warning'
  }
}

/** "this nations domestic": a plural after a determiner of one, before an adjective, is a possessive without its apostrophe. */
const lostApostrophe: Check = ({tokens}, word, table, {singularDeterminers}) => {
  if (!singularDeterminers.has(word.lower) || word.lower !== word.value.toLowerCase()) return undefined
  const plural = nextWord(tokens, word.index)
  if (!plural || !lowercase(plural) || table.classes.get(plural.lower) !== 's' || !plural.lower.endsWith('s')) return undefined
  const singular = plural.value.slice(0, -1)
  if (table.classes.get(singular) !== 'n') return undefined
  const next = nextWord(tokens, plural.index)
  if (!next || !lowercase(next) || table.classes.get(next.lower) !== 'j') return undefined
  return {
    start: word.start,
    end: next.end,
    reason: `${quote(`${word.value} ${plural.value}`)}: ${quote(word.value)} counts one, and ${quote(plural.value)} is many; before ${quote(next.value)} it reads as ${quote(`${singular}'s`)}`,
    expected: [`${word.value} ${singular}'s ${next.value}`],
    level: 'warning'
  }
}

/** "What impressive is": an adjective between "what" and "is" that edited English never puts there. */
const whatAdjective: Check = ({tokens}, word, table, {agreement}) => {
  if (word.lower !== 'what' || !opensClause(tokens, word)) return undefined
  const adjective = nextWord(tokens, word.index)
  if (!adjective || !lowercase(adjective) || table.classes.get(adjective.lower) !== 'j' || table.seenPair('what', adjective.lower)) return undefined
  const verb = nextWord(tokens, adjective.index)
  if (!verb || !(agreement.has(verb.lower) || verb.lower === 'was')) return undefined
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(`${word.value} ${adjective.value} ${verb.value}`)}: edited English puts the verb before the adjective here`,
    expected: [`${word.value} ${verb.value} ${adjective.value} ${verb.value}`],
    level: 'warning'
  }
}

/** "This reports the press service.": the object is the source, so the sentence is a passive turned round. */
const reportedBy: Check = ({tokens, words}, word, table, {reportingVerbs, sourceNouns}) => {
  if (word.value !== 'This' || words[0] !== word.index) return undefined
  const verb = nextWord(tokens, word.index)
  const participle = verb && lowercase(verb) ? reportingVerbs.get(verb.lower) : undefined
  const article = verb && nextWord(tokens, verb.index)
  if (!verb || !participle || article?.lower !== 'the') return undefined
  // The source: the nouns after "the", up to a preposition or the end; no verb in the rest of the sentence.
  let source: Token | undefined
  for (let w = words.indexOf(article.index) + 1; w < words.length; w++) {
    const next = tokens[words[w]!]!
    const kind = table.classes.get(next.lower) ?? ''
    if (kind === 'g' || table.mayBeVerb(next.lower) || table.verbForms.has(next.lower)) return undefined
    if (kind === 'p' && !source) source = tokens[words[w - 1]!]
  }
  source ??= tokens[words[words.length - 1]!]
  if (!source || !sourceNouns.has(source.lower)) return undefined
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(`${word.value} ${verb.value}`)} with ${quote(source.value)} as its object: a ${quote(source.lower)} is where a report comes from, not what was reported; a passive turned round?`,
    expected: [`${word.value} was ${participle} by`],
    level: 'warning'
  }
}

/** "About this reported deputy ...": the Russian and Ukrainian passive word for word. */
const aboutThisReported: Check = ({tokens, words}, word, _table, {reportingVerbs}) => {
  if (word.value !== 'About' || words[0] !== word.index) return undefined
  const pronoun = nextWord(tokens, word.index)
  const verb = pronoun?.lower === 'this' ? nextWord(tokens, pronoun.index) : undefined
  const participle = verb && lowercase(verb) ? reportingVerbs.get(verb.lower) : undefined
  if (!verb || !participle || !nextWord(tokens, verb.index)) return undefined
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(`${word.value} this ${verb.value}`)}: the passive of another language word for word; in English the source comes after ${quote('by')}`,
    expected: [`This was ${participle} by`],
    level: 'warning'
  }
}

const countedNumber = /^(?:\d{1,3}(?:,\d{3})+|\d{1,4})$/
/** Word classes a count may follow in running prose: a verb's forms and a preposition ("signed 11", "of 6"). */
const beforeCount = new Set(['v', 'z', 'd', 'e', 'g', 'p'])

/**
 * "signed 11 contract for", "issued 94 license in": a count noun after a
 * number above one, closing its phrase, in the singular. Chinese, Vietnamese
 * and Indonesian mark no plural, and their translation drops the English
 * one. Only where the number follows a verb or a preposition (no label or
 * name before it: "Article 5", "Boeing 737"), is no year, and the noun, or
 * one adjective and the noun, is followed by punctuation or a preposition:
 * before another noun it modifies ("a 10 minute walk").
 */
const countedSingular: Check = ({tokens}, word, table, {identifierNouns, countedSingulars, lexicon}) => {
  if (!countedNumber.test(word.value)) return undefined
  const count = Number(word.value.replace(/,/g, ''))
  if (count < 2 || (word.value.length === 4 && count >= 1000)) return undefined
  const before = previousWord(tokens, word.index)
  if (!before || tokens[word.index - 1]?.kind !== 'space' || !lowercase(before) || identifierNouns?.has(before.lower) || !(beforeCount.has(table.classes.get(before.lower) ?? '') || table.isVerbForm(before.lower))) return undefined
  let noun = nextWord(tokens, word.index)
  if (noun && table.classes.get(noun.lower) === 'j') noun = nextWord(tokens, noun.index)
  if (!noun || !lowercase(noun) || countedSingulars?.has(noun.lower) || !table.isNoun(noun.lower) || table.classes.get(noun.lower) === 's') return undefined
  const plural = pluralOf(noun.lower)
  if (table.classes.get(plural) !== 's' && !(table.classes.get(plural) === undefined && lexicon.correct(plural))) return undefined
  const after = tokens[noun.index + 1]
  const next = nextWord(tokens, noun.index)
  const closes = after === undefined || (after.kind === 'punctuation' && /^[,.;:!?)]/.test(after.value)) || (after.kind === 'space' && next !== undefined && table.classes.get(next.lower) === 'p' && lowercase(next))
  if (!closes) return undefined
  return {
    start: noun.start,
    end: noun.end,
    reason: `${quote(tokens.slice(word.index, noun.index + 1).map((token) => token.value).join(''))}: a count above one takes the plural, ${quote(plural)}`,
    expected: [plural],
    level: 'warning'
  }
}

/**
 * "an important allies in the United States", "to kind a authorities.":
 * "a" or "an", up to two adjectives or nouns and a plural noun that ends its
 * phrase (a mark, or after adjectives a preposition), as translation from
 * languages without articles puts one in where none belongs. The plural is
 * Brown's, and its singular a noun of Brown's ("crossroads", "headquarters"
 * and "means" have none), so a noun plural in form and singular in use is
 * left alone. Before another noun the plural modifies it ("a human rights
 * activist"); a count between takes the plural ("a dozen countries",
 * dictionaries/counted-singulars.txt; "a few days", "a further 10 troops":
 * no adjective or noun class holds "few" or a number). The first fix drops
 * the article, the second keeps one thing.
 */
const articleBeforePlural: Check = ({tokens}, word, table, {countedSingulars}) => {
  if (word.value !== 'a' && word.value !== 'an') return undefined
  let noun = nextWord(tokens, word.index)
  let nounBefore = false
  for (let modifiers = 0; noun && modifiers < 2 && plainWord.test(noun.value) && modifierClass.has(table.classes.get(noun.lower) ?? ''); modifiers++) {
    if (countedSingulars?.has(noun.lower)) return undefined
    nounBefore ||= table.classes.get(noun.lower) === 'n'
    noun = nextWord(tokens, noun.index)
  }
  if (!noun || !lowercase(noun) || table.classes.get(noun.lower) !== 's') return undefined
  // "a “significant” projects": only words a space apart between, no quoted word.
  if (tokens.slice(word.index + 1, noun.index).some((token) => token.kind !== 'word' && token.value !== ' ')) return undefined
  const singular = singularOf(noun.lower)
  if (singular === undefined || table.classes.get(singular) !== 'n') return undefined
  const after = tokens[noun.index + 1]
  const next = nextWord(tokens, noun.index)
  // After a noun the plural may be a verb's -s form with its subject before it ("a gravel road snakes through"), and right after the
  // article one of a compound with "of" ("a heads of government meeting"): only a mark closes it then.
  const closes = after === undefined || (after.kind === 'punctuation' && /^[,.;:!?)]/.test(after.value)) || (!nounBefore && noun.index > word.index + 2 && after.kind === 'space' && next !== undefined && table.classes.get(next.lower) === 'p' && lowercase(next))
  if (!closes) return undefined
  const between = tokens.slice(word.index + 2, noun.index).map((token) => token.value).join('')
  return {
    start: word.start,
    end: noun.end,
    reason: `${quote(`${word.value} ${between}${noun.value}`)}: ${quote(word.value)} counts one, and ${quote(noun.value)} is many; drop ${quote(word.value)}, or write ${quote(singular)}`,
    expected: [`${between}${noun.value}`, `${word.value} ${between}${singular}`],
    level: 'warning'
  }
}

const modifierClass = new Set(['j', 'n'])
/** A word of small letters alone: no possessive ("a nation's main industries"), no hyphen. */
const plainWord = /^\p{Ll}+$/u

/** The singular of a regular plural ("outbreaks" → "outbreak", "policies" → "policy", "taxes" → "tax"), or none. */
function singularOf(plural: string): string | undefined {
  if (/[^aeiou]ies$/.test(plural)) return `${plural.slice(0, -3)}y`
  if (/(?:s|x|z|ch|sh)es$/.test(plural)) return plural.slice(0, -2)
  if (/[^s]s$/.test(plural)) return plural.slice(0, -1)
  return undefined
}

/** The regular plural: "-es" after a hiss, "-ies" after a consonant's "y". */
function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  return `${noun}s`
}

export const checks: readonly Check[] = [
  verbInNounSlot,
  nounForAdjective,
  modifierForm,
  droppedPreposition,
  strayTo,
  pluralAgreement,
  singularAgreement,
  lostApostrophe,
  whatAdjective,
  reportedBy,
  aboutThisReported,
  participleSlot,
  baseSlot,
  sFormSlot,
  countedSingular,
  articleBeforePlural
]
