import type {WordClasses} from '../../data/word-classes.js'
import {quote} from '../../message.js'
import {nextWord, previousWord, type SentenceTokens, type Token} from '../../text/tokens.js'
import type {Finding, Options} from './checks.js'

// An auxiliary reaches its verb across this many adverbs at most ("has not yet announced"), as the build counts it (scripts/lib/verb-slots.mjs).
const maxBetween = 2

const lowercase = (token: Token) => token.value === token.lower
const negation = (token: Token) => token.lower === 'not' || token.lower === 'never'
const adverb = (token: Token, table: WordClasses) => negation(token) || table.classes.get(token.lower) === 'r'
/** Whether the word after a verb's form is a noun or an adjective, which that form may modify. */
const modifies = (after: Token, table: WordClasses) => table.isNoun(after.lower) || table.classes.get(after.lower) === 'j'

/** The verb an auxiliary governs: the next word, across adverbs and "not"; none across "better" or "rather" ("had better go"). */
function verbAfter(tokens: readonly Token[], auxiliary: Token, table: WordClasses, idiomWords: ReadonlySet<string>) {
  let word = nextWord(tokens, auxiliary.index)
  let negated = auxiliary.lower.endsWith("n't")
  for (let between = 0; word && adverb(word, table) && between < maxBetween; between++) {
    if (idiomWords.has(word.lower)) return undefined
    negated ||= negation(word)
    word = nextWord(tokens, word.index)
  }
  if (!word || idiomWords.has(word.lower) || !lowercase(word)) return undefined
  return {verb: word, negated}
}

/** A modal after a determiner, an article or an adjective is a noun ("the will signed in 1990", "the will states"). */
function modalAsNoun(tokens: readonly Token[], modal: Token, table: WordClasses, nounSlot: ReadonlySet<string>): boolean {
  const before = previousWord(tokens, modal.index)
  return before !== undefined && (nounSlot.has(before.lower) || 'aj'.includes(table.classes.get(before.lower) ?? '-'))
}

/** The auxiliary and the words up to its verb as written, with the verb's form replaced. */
const withForm = (tokens: readonly Token[], auxiliary: Token, verb: Token, form: string) =>
  tokens
    .slice(auxiliary.index, verb.index)
    .map((token) => token.value)
    .join('') + form

/**
 * "was ask", "should be note", "has already announce": a verb's base form
 * after a form of "be", "have" or "become", where edited English has its
 * participle. Quiet in a pseudo-cleft ("all he did was give", "what we need
 * to do is make"), whose base
 * form is English, for words the corpora use as nouns or adjectives there
 * ("was open", "is key"; scripts/lib/verb-slots.mjs), and for a noun too
 * before a noun ("are cross currents").
 */
export function participleSlot({tokens}: SentenceTokens, word: Token, table: WordClasses, {participleAuxiliaries, doForms, idiomWords, nominatives}: Readonly<Options>): Finding | undefined {
  // A capital opens a question or a headline ("Have you seen", "Was Ask").
  if (!participleAuxiliaries.has(word.lower) || !lowercase(word)) return undefined
  const found = verbAfter(tokens, word, table, idiomWords)
  if (!found) return undefined
  const entry = table.participles.get(found.verb.lower)
  if (!entry) return strongPast(tokens, word, found.verb, table, nominatives)
  // A pseudo-cleft's "do", right before ("all he did was give") or further back ("what we need to do to win back trust is make reforms").
  if (tokens.slice(0, word.index).some((token) => token.kind === 'word' && doForms.has(token.lower))) return undefined
  const {verb} = found
  const [participle, nounToo, strong] = entry
  // A noun or adjective too may modify the noun after it ("are cross currents").
  const after = nounToo ? nextWord(tokens, verb.index) : undefined
  if (after && modifies(after, table)) return undefined
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(withForm(tokens, word, verb, verb.value))}: after ${quote(word.value)} edited English has a verb's participle, never its base form; ${quote(participle)}?`,
    expected: [withForm(tokens, word, verb, participle)],
    level: strong ? 'warning' : 'info'
  }
}

/**
 * "has went", "had took": a strong verb's past where its participle
 * belongs. "being" is left out, a noun after a determiner ("a human being
 * saw"), and so is "had" closing a relative clause after a noun ("the money
 * he had went to charity").
 */
function strongPast(tokens: readonly Token[], auxiliary: Token, verb: Token, table: WordClasses, nominatives: ReadonlySet<string>): Finding | undefined {
  const participle = table.pastParticiples.get(verb.lower)
  if (participle === undefined || auxiliary.lower === 'being') return undefined
  // Only a bare auxiliary right before the verb can end such a clause ("he had went", not "I have honestly saw").
  const subject = previousWord(tokens, auxiliary.index)
  const head = subject && nominatives.has(subject.lower) && nextWord(tokens, auxiliary.index) === verb ? previousWord(tokens, subject.index) : undefined
  if (head && table.isNoun(head.lower)) return undefined
  return {
    start: auxiliary.start,
    end: verb.end,
    reason: `${quote(withForm(tokens, auxiliary, verb, verb.value))}: after ${quote(auxiliary.value)} edited English has a verb's participle, never its past; ${quote(participle)}?`,
    expected: [withForm(tokens, auxiliary, verb, participle)],
    level: 'warning'
  }
}

/**
 * "did not announced", "will signed", "to announced": a verb's past after
 * a modal, "do" or the infinitive "to", where edited English has its base
 * form. A form of "do" counts only when negated: "what they did shocked
 * them" is English. A modal after a determiner or an adjective is a noun
 * ("the will signed in 1990"). A participle after a modal with no object
 * after it is more likely a passive that lost its "be" ("if it will
 * admitted for debate"): that comes first.
 */
export function baseSlot({tokens}: SentenceTokens, word: Token, table: WordClasses, {baseAuxiliaries, doForms, idiomWords, nounSlot}: Readonly<Options>): Finding | undefined {
  if (!baseAuxiliaries.has(word.lower) || !lowercase(word)) return undefined
  const found = verbAfter(tokens, word, table, idiomWords)
  const entry = found && table.bases.get(found.verb.lower)
  if (!found || !entry || (doForms.has(word.lower) && !found.negated)) return undefined
  if (modalAsNoun(tokens, word, table, nounSlot)) return undefined
  const {verb} = found
  // A past before a noun or an adjective modifies it ("could affected residents"); after "to", the preposition, it may modify a noun further on ("to retired and disabled workers"): only an object's determiner there tells a verb ("to announced the result").
  const after = nextWord(tokens, verb.index)
  const object = after !== undefined && (nounSlot.has(after.lower) || table.classes.get(after.lower) === 'a')
  if (word.lower === 'to' ? !object : after && modifies(after, table)) return undefined
  const [base, participle] = entry
  const passive = participle && !object && !doForms.has(word.lower) && word.lower !== 'to' ? `be ${verb.value}` : undefined
  const forms = passive ? [passive, base] : [base]
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(withForm(tokens, word, verb, verb.value))}: after ${quote(word.value)} edited English has a verb's base form, never its past; ${passive ? `${quote(passive)}, a passive, or ${quote(base)}` : quote(base)}?`,
    expected: forms.map((form) => withForm(tokens, word, verb, form)),
    level: 'warning'
  }
}

/**
 * "will operates", "would suggests", "can helps": a verb's -s form after a
 * modal, where edited English has the base form. Only a form the table knows
 * as a verb's -s form and nine times in ten as a verb; not after "do", "to"
 * (a plural noun follows both: "do wonders", "to meetings") nor after a
 * modal used as a noun ("the will states").
 */
export function sFormSlot({tokens}: SentenceTokens, word: Token, table: WordClasses, {baseAuxiliaries, doForms, idiomWords, nounSlot}: Readonly<Options>): Finding | undefined {
  if (!baseAuxiliaries.has(word.lower) || doForms.has(word.lower) || word.lower === 'to' || !lowercase(word)) return undefined
  const found = verbAfter(tokens, word, table, idiomWords)
  const base = found && table.classes.get(found.verb.lower) === 'z' ? table.baseOfSForm(found.verb.lower) : undefined
  if (!found || !base) return undefined
  if (modalAsNoun(tokens, word, table, nounSlot)) return undefined
  const {verb} = found
  return {
    start: word.start,
    end: verb.end,
    reason: `${quote(withForm(tokens, word, verb, verb.value))}: after ${quote(word.value)} edited English has a verb's base form; ${quote(base)}?`,
    expected: [withForm(tokens, word, verb, base)],
    level: 'warning'
  }
}
