import repeatedWords from '../plugins/repeated-words.js'
import {defineRule} from './define.js'
import {gazetteerOf} from '../names/gazetteer.js'
import {beForms} from '../data/collocations.js'

export default defineRule({
  id: 'repeated-words',
  description: 'A word written twice in a row (retext-repeated-words), a phrase of two to four words written twice, a capitalized word doubled, a phrase on both sides of “and”, a sentence written twice, a verb whose object repeats its stem, a noun written twice in a row singular and plural (“the first time times”, “rally rallies”), a noun repeated after “of the”, words repeated in brackets right after themselves.',
  why: 'A doubled word is the classic slip of an edit made in a hurry: a sentence rewritten around a word that stayed behind. Pasted copy doubles names (“Park Park”), phrases (“on Wednesday evening on Wednesday evening”) and whole sentences; a translation that kept a name’s original in brackets writes “Komodo National Park (Komodo National Park)” where the original came out as the same English; and machine translation writes “ordered the order”, “the work of the work”, and “all Ukrainians and Ukrainians” for a language’s masculine and feminine forms. Names that double a word (“Bora Bora”, “Sirhan Sirhan”, and a word no dictionary has doubled after a given name or on a byline: “Philip Nyon Nyon”, “By Tefo Tefo”), short refrains, rhetoric (“years and years and”), a chant quoted, and a phrasal verb’s particle before the same preposition (“sworn in in January”: WordNet’s phrasal verbs, compiled into the collocations table) are left alone.',
  levels: 'warning; a repeated stem (“decided the decision”) has no automatic fix, but before “that” and a clause’s subject the verb keeps the clause and drops its object (“announced the announcement that prices” → “announced that prices”); a repeated sentence that is a paragraph of its own is removed with its line breaks, which --fix leaves to the writer.',
  priority: 6,
  strict: 'raise',
  options: {},
  data: ['doubledNames', 'demonstratives', 'clauseVerbs', 'conjunctions', 'functionWords', 'objectPronouns', 'collocations', 'titles', 'lexicon', 'entities', 'firstNames', 'reduplicatingWords', 'deliberateDoubles', 'coordinatedIdioms', 'predeterminers', 'determiners', 'indefiniteDeterminers', 'subjectPronouns', 'wordClasses', 'baseAuxiliaries', 'subjectAuxiliaries', 'placeKindNouns', 'singularDeterminers', 'ordinalWords', 'clauseOpeners'],
  attach: (data) => {
    const {lexicon, entities, firstNames, wordClasses} = data
    const finiteAuxiliaries = new Set([...beForms, ...data.subjectAuxiliaries, ...data.baseAuxiliaries])
    return [
      repeatedWords,
      {
        doubledNames: data.doubledNames,
        reduplicatingWords: data.reduplicatingWords,
        deliberateDoubles: data.deliberateDoubles,
        stemWords: {
          demonstratives: data.demonstratives,
          clauseVerbs: data.clauseVerbs,
          functionWords: data.functionWords,
          finiteVerb: (lower: string) => finiteAuxiliaries.has(lower) || (wordClasses?.isVerbForm(lower) ?? true)
        },
        coordination: {
          conjunctions: data.conjunctions,
          functionWords: new Set([...data.functionWords, ...data.objectPronouns]),
          idioms: data.coordinatedIdioms,
          openers: new Set([...data.functionWords, ...data.determiners, ...data.indefiniteDeterminers, ...data.subjectPronouns, ...data.predeterminers]),
          wordClass: (lower: string) => wordClasses?.classes.get(lower),
          auxiliaries: new Set(data.baseAuxiliaries),
          titles: data.titles
        },
        recapitalized: new Set([...data.determiners].filter((word) => data.functionWords.has(word))),
        collocations: data.collocations,
        inflected: {singularBefore: new Set([...data.singularDeterminers, ...data.ordinalWords]), objectOpeners: new Set([...data.determiners, ...data.clauseOpeners]), isWord: (lower: string) => lexicon.hasLowercase(lower), isAdjective: (lower: string) => wordClasses?.classes.get(lower) === 'j'},
        names: {
          titles: data.titles,
          isWord: (word: string) => lexicon.hasLowercase(word.toLowerCase()) || lexicon.hasCapitalForm(word.toLowerCase()),
          isCommonWord: (lower: string) => lexicon.hasLowercase(lower),
          // The English lists lack most transliterated given names ("Mohamed"): a word no dictionary has that opens a gazetteer name is one.
          isGivenName: (word: string) => firstNames.has(word) || (!lexicon.hasLowercase(word.toLowerCase()) && gazetteerOf(entities).startsName(word.toLowerCase())),
          isKnownName: (text: string) => gazetteerOf(entities).lookup(text).some((ref) => ref.entity.kind === 'person'),
          placeKindNouns: data.placeKindNouns
        }
      }
    ]
  },
  examples: {
    valid: [
      'The committee voted to delay the plan.',
      'She said that that was the last offer.',
      'Voters will decide in November.',
      'The new president will be sworn in in January.',
      'Prices rose more and more as talks went on again and again.',
      'They would press them and press them again until the vote, for the voter and the voter alone.',
      'Exports recorded a record high as the state of the economy improved.',
      'Candidates sat the National Senior Certificate and Senior Certificate exams in November.'
    ],
    invalid: [
      {
        text: 'The the committee voted to delay the plan.',
        output: [{rule: 'repeated-words', reason: 'Unexpected repeated `the`, remove one occurrence', actual: 'The the', expected: ['the'], level: 'warning', start: 0, end: 7}]
      },
      {
        text: 'Rescuers worked through the night to to reach the miners.',
        output: [{rule: 'repeated-words', reason: 'Unexpected repeated `to`, remove one occurrence', actual: 'to to', expected: ['to'], level: 'warning', start: 34, end: 39}]
      },
      {
        text: 'Officials said Park Park met the envoy.',
        output: [{rule: 'repeated-words', reason: 'Unexpected repeated `Park`, remove one occurrence', actual: 'Park Park', expected: ['Park'], level: 'warning', start: 15, end: 24}]
      },
      {
        text: 'The judge ordered the order to be enforced.',
        output: [{rule: 'repeated-words', reason: "Unexpected `ordered the order`: the verb repeats its object's stem `order`; use another verb or noun", actual: 'ordered the order', level: 'warning', start: 10, end: 27}]
      },
      {
        text: 'The court decided the final decision in May.',
        output: [{rule: 'repeated-words', reason: "Unexpected `decided the final decision`: the verb repeats its object's stem `deci`; use another verb or noun", actual: 'decided the final decision', level: 'warning', start: 10, end: 36}]
      },
      {
        text: 'Parties debated the electoral system of the electoral system for a week.',
        output: [{rule: 'repeated-words', reason: 'Unexpected `the electoral system of the electoral system`: the phrase repeats itself after `of the`, keep one', actual: 'the electoral system of the electoral system', expected: ['the electoral system'], level: 'warning', start: 16, end: 60}]
      },
      {
        text: 'The judges opened a plenary session of the plenary session on Monday.',
        output: [{rule: 'repeated-words', reason: 'Unexpected `session of the plenary session`: the noun repeats itself after `of the`; use one noun', actual: 'session of the plenary session', level: 'warning', start: 28, end: 58}]
      },
      {
        text: 'Prices rose sharply in in the second quarter.',
        output: [{rule: 'repeated-words', reason: 'Unexpected repeated `in`, remove one occurrence', actual: 'in in', expected: ['in'], level: 'warning', start: 20, end: 25}]
      },
      {
        text: 'Zhao Leji, executive chairman and executive chairman of the presidium, spoke.',
        output: [{rule: 'repeated-words', reason: 'Unexpected `executive chairman` on both sides of `and`, keep one', actual: 'executive chairman and executive chairman', expected: ['executive chairman'], level: 'warning', start: 11, end: 52}]
      }
    ]
  }
})
