import caseRule from '../plugins/case/index.js'
import {defineRule} from './define.js'
import {gazetteerOf} from '../names/gazetteer.js'

export default defineRule({
  id: 'case',
  description: 'Sentences and names that start in lowercase.',
  why: 'A sentence that starts in lowercase or a name written as a common word (“exports to japan”, “the united states embassy”) reads as careless copy. Context decides for words that are names and common words at once: “trump” is the name after “former president”, not in “trump card”; “the state Duma” is the State Duma, “the liberal Democratic Party” a description; “European solidarity” is the Ukrainian party only in a story about Ukraine. A semicolon joins clauses of one sentence: the word after it takes no capital (“today; On Thursday”) unless it is a name or the sentence is a list of capitalized items. A body’s name with its first adjective capitalized mid-sentence and its noun not (“the National bank of Kazakhstan”, “the Supreme court ruled”; dictionaries/name-adjectives.txt and institution-words.txt) is the name with a capital lost: no house style writes one capital without the other, except a party’s (“the Socialist party”, the Guardian’s style). A pronoun or a demonstrative capitalized after a comma (“last Wednesday, His family learned”, “Promoted by Fidel Castro, This institution arose”) opens a sentence whose full stop was lost after a clause, the first fix then, or goes on the sentence after a phrase with no verb of its own, where the lowercase word comes first.',
  levels: 'warning; info for a title or a body’s common noun capitalized with no name after it (“the new President said”), a warning under `style: ap`; info for a lowercase common word at the edge of a name that the story writes so throughout (“the Democratic party”), a house style rather than a slip.',
  priority: 3,
  strict: 'raise',
  options: {
    style: {
      description: 'House style for a title or a body’s common noun with no name after it (“the new President said”, “which Party”): `ap` lowercases them and warns on a capital; `default` notes it at info, as many papers capitalize them for one person or body.',
      default: 'default',
      values: ['default', 'ap']
    }
  },
  data: ['entities', 'lexicon', 'titles', 'subjectCues', 'foreignPhrases', 'formalTitles', 'formalTitleWords', 'abbreviations', 'personal', 'placePrepositions', 'titleLinkingWords', 'directionWords', 'houseCapitals', 'lowercaseStyleNouns', 'buildingNouns', 'indefiniteDeterminers', 'determiners', 'functionWords', 'descriptorEndings', 'titleRankWords', 'personalPronouns', 'deityWords', 'quotationVerbs', 'subjectPronouns', 'foreignFunctionWords', 'wordClasses', 'nonOpeners', 'clauseOpeners', 'firstNames', 'prefixes', 'nameAdjectives', 'institutionWords', 'portfolioWords', 'subjectAuxiliaries', 'invertingAuxiliaries', 'demonstratives'],
  attach: (data, settings) => [
    caseRule,
    {
      dialect: settings.dialect,
      gazetteer: gazetteerOf(data.entities),
      lexicon: data.lexicon,
      titles: data.titles,
      subjectCues: data.subjectCues,
      foreignPhrases: data.foreignPhrases,
      formalTitles: data.formalTitles,
      formalTitleWords: data.formalTitleWords,
      abbreviations: data.abbreviations,
      personal: data.personal,
      placePrepositions: data.placePrepositions,
      titleLinkingWords: data.titleLinkingWords,
      directionWords: data.directionWords,
      houseCapitals: data.houseCapitals,
      nameAdjectives: data.nameAdjectives,
      institutionWords: data.institutionWords,
      portfolioWords: data.portfolioWords,
      lowercaseStyleNouns: data.lowercaseStyleNouns,
      buildingNouns: data.buildingNouns,
      style: settings.options.style as 'default' | 'ap' | undefined,
      indefiniteDeterminers: data.indefiniteDeterminers,
      determiners: data.determiners,
      functionWords: data.functionWords,
      foreignFunctionWords: data.foreignFunctionWords,
      nonOpeners: data.nonOpeners,
      clauseOpeners: data.clauseOpeners,
      firstNames: data.firstNames,
      prefixes: data.prefixes,
      personalPronouns: data.personalPronouns,
      subjectPronouns: data.subjectPronouns,
      demonstratives: data.demonstratives,
      auxiliaries: new Set([...data.subjectAuxiliaries, ...data.invertingAuxiliaries]),
      deityWords: data.deityWords,
      quotationVerbs: data.quotationVerbs,
      descriptorEndings: data.descriptorEndings,
      titleRankWords: data.titleRankWords,
      wordClasses: data.wordClasses
    }
  ],
  examples: {
    valid: [
      'The bill passed. The mayor signed it on Friday.',
      'Officials from Japan and Canada met in Tokyo.',
      'The storm reached the coast overnight.',
      "CNN's Laura He reported from Beijing.",
      'Lourdes bishop says pilgrims are welcome.'
    ],
    invalid: [
      {
        text: 'The vote passed. the mayor signed it.',
        output: [{rule: 'case', reason: 'Unexpected lowercase `the` at the start of a sentence, expected `The`', actual: 'the', expected: ['The'], level: 'warning', start: 17, end: 20}]
      },
      {
        text: 'The summit moved to canada after the vote.',
        output: [{rule: 'case', reason: 'Unexpected lowercase `canada`, expected `Canada`', actual: 'canada', expected: ['Canada'], level: 'warning', start: 20, end: 26}]
      },
      {
        text: 'Officials met in the united states embassy.',
        output: [{rule: 'case', reason: 'Unexpected `united states` in the name `United States`, expected `United States`', actual: 'united states', expected: ['United States'], level: 'warning', start: 21, end: 34}]
      },
      {
        text: 'The Bank Of Korea left its rate unchanged on Thursday.',
        output: [{rule: 'case', reason: 'Unexpected `Of` in the name `Bank of Korea`, expected `of`', actual: 'Of', expected: ['of'], level: 'warning', start: 9, end: 11}]
      },
      {
        text: 'Yulia Svyrydenko chaired the panel. Reporters asked svyrydenko about the budget.',
        output: [{rule: 'case', reason: 'Unexpected lowercase `svyrydenko`, the name is written `Svyrydenko` elsewhere', actual: 'svyrydenko', expected: ['Svyrydenko'], level: 'warning', start: 52, end: 62}]
      },
      {
        text: '“The events involving Gustavo Petro They did not respect the protocol,” he said.',
        output: [{rule: 'case', reason: 'Unexpected `They` right after the name `Petro`: the subject said twice', actual: ' They', expected: ['', ' they'], level: 'warning', start: 35, end: 40}]
      }
    ]
  }
})
