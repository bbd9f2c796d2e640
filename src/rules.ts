import type {Bundle} from './data/bundle.js'
import caseRule from './plugins/case.js'
import consistency from './plugins/consistency.js'
import institutions from './plugins/institutions.js'
import names from './plugins/names.js'
import phrases from './plugins/phrases.js'
import repeatedWords from './plugins/repeated-words.js'
import spacing from './plugins/spacing.js'
import spelling from './plugins/spelling.js'

/** What a configuration says beyond levels that rules need. */
export interface RuleSettings {
  dialect: 'en-US' | 'en-GB'
}

/** A rule: its public id, and how to build its plugin from the compiled data. */
export interface RuleDefinition {
  id: string
  description: string
  attach(bundle: Bundle, settings: RuleSettings): [plugin: (options: never) => unknown, options: unknown]
}

/** Every rule copydesk has; ids are public names users configure, so they never change. */
export const ruleDefinitions: readonly RuleDefinition[] = [
  {
    id: 'spelling',
    description: 'Unknown words (dictionary-en through nspell, and copydesk word lists).',
    attach: (bundle, settings) => [
      spelling,
      {
        dialect: settings.dialect,
        lexicon: bundle.lexicon,
        personal: bundle.personal,
        gazetteer: bundle.gazetteer,
        prefixes: bundle.prefixes,
        suffixes: bundle.suffixes,
        foreignPhrases: bundle.foreignPhrases,
        abbreviations: bundle.abbreviations,
        titles: bundle.titles,
        keyboard: bundle.keyboard
      }
    ]
  },
  {
    id: 'repeated-words',
    description: 'A word written twice in a row (retext-repeated-words).',
    attach: () => [repeatedWords, undefined]
  },
  {
    id: 'names',
    description: 'Garbled, misspelled and inconsistent names, checked against the gazetteer.',
    attach: (bundle) => [
      names,
      {
        gazetteer: bundle.gazetteer,
        lexicon: bundle.lexicon,
        firstNames: bundle.firstNames,
        institutionWords: bundle.institutionWords,
        titles: bundle.titles,
        courtesyTitles: bundle.courtesyTitles
      }
    ]
  },
  {
    id: 'phrases',
    description: 'Eggcorns, malapropisms, calques and redundancies from rules/phrases.',
    attach: (bundle) => [phrases, {rules: bundle.phraseRules}]
  },
  {
    id: 'spacing',
    description: 'Missing or extra spaces around punctuation and between words.',
    attach: () => [spacing, undefined]
  },
  {
    id: 'case',
    description: 'Sentences and names that start in lowercase.',
    attach: (bundle, settings) => [
      caseRule,
      {
        dialect: settings.dialect,
        gazetteer: bundle.gazetteer,
        lexicon: bundle.lexicon,
        titles: bundle.titles,
        subjectCues: bundle.subjectCues,
        foreignPhrases: bundle.foreignPhrases,
        formalTitles: bundle.formalTitles,
        formalTitleWords: bundle.formalTitleWords,
        abbreviations: bundle.abbreviations,
        personal: bundle.personal
      }
    ]
  },
  {
    id: 'institutions',
    description: "Another country's parliament, chamber or constitutional court in a story about one country (rules/institutions.yml).",
    attach: (bundle) => [institutions, {profiles: bundle.institutions, gazetteer: bundle.gazetteer}]
  },
  {
    id: 'consistency',
    description: 'One word spelled two ways in one document.',
    attach: (bundle, settings) => [consistency, {groups: bundle.variantGroups, dialect: settings.dialect}]
  }
]

export const ruleIds = ruleDefinitions.map((rule) => rule.id)
