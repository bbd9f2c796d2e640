import spelling, {spellingPasses} from '../plugins/spelling.js'
import {defineRule} from './define.js'
import {gazetteerOf} from '../names/gazetteer.js'
import {joinWordsOf} from '../text/joins.js'

export default defineRule({
  id: 'spelling',
  description: 'Unknown words (dictionary-en through nspell, and copydesk word lists).',
  why: 'A typo in print is the slip readers notice first. Words are checked against dictionary-en (US or British by `dialect`), the newsroom word lists, the gazetteer of names, the towns it leaves out (dictionaries/place-names.txt, from GeoNames) and the project’s own words. The -ise form of a known -ize word (“euthanised”) is British spelling, a genus and species in brackets (“the jaguar (Panthera onca)”) is Latin, and a word with a letter English never writes (“rakı”, dictionaries/foreign-letters.txt) is another language’s.',
  levels: 'warning for a lowercase word the dictionary does not know; info for an unknown capitalized word, which is usually a name the lists lack (noted at its first use only, as every note repeated word for word is), and for a rare word that SCOWL’s larger word lists (size 70) have (“dugong”, “estuarine”).',
  priority: 7,
  strict: 'keep',
  options: {},
  data: ['lexicon', 'personal', 'entities', 'prefixes', 'suffixes', 'foreignPhrases', 'abbreviations', 'titles', 'keyboard', 'foreignFunctionWords', 'joinWords', 'compoundJoinWords', 'modifierEndings', 'namePrefixes', 'attributionVerbs', 'timeWords', 'indefiniteDeterminers', 'clauseOpeners', 'conjunctions', 'hyphenParts', 'filterSubstitutions', 'institutionWords', 'placeNames', 'foreignLetters', 'stressedEndings', 'titleRankWords', 'portfolioWords'],
  // Unknown words are found a sentence at a time; how one is reported reads the story (how often it is written, the words after it).
  passes: spellingPasses,
  attach: (data, settings) => [
    spelling,
    {
      dialect: settings.dialect,
      lexicon: data.lexicon,
      personal: data.personal,
      placeNames: data.placeNames,
      gazetteer: gazetteerOf(data.entities),
      prefixes: data.prefixes,
      suffixes: data.suffixes,
      foreignPhrases: data.foreignPhrases,
      abbreviations: data.abbreviations,
      titles: data.titles,
      keyboard: data.keyboard,
      filterSubstitutions: data.filterSubstitutions,
      institutionWords: data.institutionWords,
      foreignFunctionWords: data.foreignFunctionWords,
      indefiniteDeterminers: data.indefiniteDeterminers,
      foreignLetters: data.foreignLetters,
      stressedEndings: data.stressedEndings,
      officeWords: new Set([...data.titleRankWords, ...data.portfolioWords]),
      joins: joinWordsOf(data)
    }
  ],
  examples: {
    valid: [
      'The council approved the budget on Tuesday.',
      'Firefighters contained the blaze before dawn.',
      'The school board will meet again in March.'
    ],
    invalid: [
      {
        text: 'The council approved the budjet on Tuesday.',
        output: [{rule: 'spelling', reason: 'Unexpected unknown word `budjet`, expected for example `budget`', actual: 'budjet', expected: ['budget'], level: 'warning', start: 25, end: 31}]
      },
      {
        text: 'Officials said the recieving hospital was full.',
        output: [{rule: 'spelling', reason: 'Unexpected unknown word `recieving`, expected for example `receiving`, `relieving`', actual: 'recieving', expected: ['receiving', 'relieving'], level: 'warning', start: 19, end: 28}]
      },
      {
        text: 'The mayor promised to adress the shortage next week.',
        output: [{rule: 'spelling', reason: 'Unexpected unknown word `adress`, expected for example `address`, `dress`', actual: 'adress', expected: ['address', 'dress'], level: 'warning', start: 22, end: 28}]
      }
    ]
  }
})
