import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import retextRepeatedWords from 'retext-repeated-words'
import {collect} from './wrapped.js'
import {offsetsOf, quote, report} from '../message.js'
import {sentencesOf} from '../text/tokens.js'
import {capitalizedRepeats, type DoubledNames} from './repeats/capitalized.js'
import {repeatedSentences} from './repeats/sentences.js'
import {bracketedEchoes} from './repeats/bracketed-echo.js'
import {recapitalizedFunctionWords} from './repeats/recapitalized.js'
import {nounOfItself, stemTautologies, type StemWords} from './repeats/stems.js'
import {coordinatedRepeats, type Coordination} from './repeats/coordinated.js'
import {phrasesRepeatedAcrossComma, repeatedPhrases} from './repeats/phrases.js'
import {inflectedDoubles, type InflectedWords} from './repeats/inflected-doubles.js'
import {sentencesWithDoubles} from './repeats/doubled-words.js'
import {insideQuotation} from '../text/quotation.js'
import type {Collocations} from '../data/collocations.js'

export interface Options {
  /** Lowercase names with a doubled word ("bora bora"): the bundle's \`doubledNames\`. */
  doubledNames?: ReadonlySet<string> | undefined
  /** Words that join a word to itself ("and" of "more and more"): two words doubled with one of them are rhetoric. */
  reduplicatingWords?: ReadonlySet<string> | undefined
  /** Doubles that are no slip (dictionaries/deliberate-doubles.txt): "at least" after a verb's "at", an intensifier in quoted speech. */
  deliberateDoubles?: ReadonlySet<string> | undefined
  /** The lists a verb repeating its object's stem is read with; without them that check is off. */
  stemWords?: StemWords | undefined
  /** Conjunctions a phrase written twice stands on both sides of ("and"), and the function words such a phrase has none of; without them that check is off. */
  /** Conjunctions, function words, and the single words English repeats around "and" (dictionaries/coordinated-idioms.txt). */
  coordination?: Coordination | undefined
  /** The build's collocations, for the particles of phrasal verbs ("sworn in in January"); without them a doubled particle is a slip. */
  collocations?: Collocations | undefined
  /** Titles, the dictionary and the gazetteer: a word none has, doubled after a given name ("Philip Nyon Nyon"), is a name; after a title ("Minister Koizumi Koizumi") a slip. Without them every doubled capitalized word is a slip. */
  names?: DoubledNames | undefined
  /** Determiners that are function words ("the", "an", "that"): one written again with a capital is a slip ("the The Senate"); without them that check is off. */
  recapitalized?: ReadonlySet<string> | undefined
  /** The words a noun written singular and plural in a row is read with; without them that check is off. */
  inflected?: InflectedWords | undefined
}


/**
 * A period that ends the first word may also end its sentence, and the next
 * sentence may open with the same word ("moved to the U.S. U.S. officials
 * said"); parse-english keeps such a period inside an abbreviation, so both
 * land in one sentence. A capital after it is how a new sentence starts; a
 * lowercase word after it ("minister. minister.") is still a slip.
 */
function spansSentences(actual: string, word: string): boolean {
  const first = actual.slice(0, actual.length - word.length).trimEnd()
  return first.endsWith('.') && /^\p{Lu}/u.test(word)
}

/** "sworn in in January": the first is a phrasal verb's particle, the second a preposition. */
function particleThenPreposition(value: string, start: number, word: string, collocations: Collocations | undefined): boolean {
  const verb = /(\p{L}+) +$/u.exec(value.slice(Math.max(0, start - 30), start))?.[1]
  return collocations !== undefined && verb !== undefined && collocations.isPreposition(word.toLowerCase()) && collocations.takesParticle(verb.toLowerCase(), word.toLowerCase())
}

/**
 * "stood at at least 50": the second word opens a fixed phrase, the first is
 * the verb's; "“very very important”": an intensifier doubled in quoted speech.
 */
function deliberate(value: string, start: number, end: number, word: string, doubles: ReadonlySet<string> | undefined): boolean {
  if (!doubles) return false
  const lower = word.toLowerCase()
  const next = /^ (\p{L}+)/u.exec(value.slice(end, end + 24))?.[1]?.toLowerCase()
  return (next !== undefined && doubles.has(`${lower} ${next}`)) || (doubles.has(lower) && insideQuotation(value, start))
}

/**
 * "the the": retext-repeated-words, re-issued under copydesk's rule id with a
 * removal fix; and the repeats it does not see: a Capitalized word doubled,
 * a sentence written twice, a verb whose object repeats its stem.
 */
export default function repeatedWords(options?: Readonly<Options> | null) {
  const transformer = retextRepeatedWords() as unknown as Parameters<typeof collect>[0]
  const doubled = options?.doubledNames ?? new Set<string>()
  const reduplicating = options?.reduplicatingWords ?? new Set<string>()
  return async function (tree: Root, file: VFile) {
    const value = String(file.value)
    const sentences = sentencesOf(tree)
    for (const entry of sentences) {
      capitalizedRepeats(file, value, entry, doubled, options?.names)
      repeatedPhrases(file, value, entry, reduplicating)
      phrasesRepeatedAcrossComma(file, value, entry)
      if (options?.stemWords) {
        stemTautologies(file, entry, options.stemWords)
        nounOfItself(file, value, entry, options.stemWords)
      }
      if (options?.coordination) coordinatedRepeats(file, entry, options.coordination)
      if (options?.recapitalized) recapitalizedFunctionWords(file, entry, options.recapitalized)
      if (options?.inflected) inflectedDoubles(file, entry, options.inflected)
    }
    repeatedSentences(file, value, sentences)
    bracketedEchoes(file, value)
    const doubles = sentencesWithDoubles(sentences)
    if (doubles === undefined) return
    for (const message of await collect(transformer, doubles, file, 'retext-repeated-words')) {
      const offsets = offsetsOf(message)
      if (!offsets) continue
      const [start, end] = offsets
      const actual = String(file.value).slice(start, end)
      const word = message.expected?.[0] ?? ''
      if (spansSentences(actual, word) || particleThenPreposition(value, start, word, options?.collocations) || deliberate(value, start, end, word, options?.deliberateDoubles)) continue
      report(file, {
        ruleId: 'repeated-words',
        reason: `Unexpected repeated ${quote(word)}, remove one occurrence`,
        start,
        end,
        level: 'warning',
        expected: [actual.slice(actual.length - word.length)]
      })
    }
  }
}
