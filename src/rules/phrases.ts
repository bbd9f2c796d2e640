import {isCountry} from '../data/entities.js'
import phrases, {storyFacts, type Options} from '../plugins/phrases.js'
import {defineRule} from './define.js'
import {countriesOf, type Countries} from '../names/countries.js'
import {gazetteerOf} from '../names/gazetteer.js'
import type {Bundle} from '../data/bundle.js'
import {DataError} from '../data/yaml-file.js'

export default defineRule({
  id: 'phrases',
  description: 'Eggcorns, malapropisms, calques and redundancies from rules/phrases.',
  why: 'Some slips are real words in the wrong place: “baited breath”, “tow the line”. The phrase lists in rules/phrases/ say what to write instead and why; each entry can be configured on its own as `phrases:<entry>`.',
  levels: 'each entry sets its own level in rules/phrases/ (most warn; usage that is only disputed is info).',
  priority: 2,
  strict: 'raise',
  options: {},
  data: ['phraseRules', 'phraseIndex', 'wordClasses', 'tenseMarkers', 'entities'],
  entries: {name: 'phrase', ids: (data) => data.phraseRules.map((rule) => rule.id)},
  // Phrases are matched within a sentence; an entry standard in some countries' English reads the story's countries.
  paragraphFacts: (options: Options) => storyFacts(options),
  attach: (data) => [phrases, {rules: data.phraseRules, index: data.phraseIndex, wordClasses: data.wordClasses, tenseMarkers: data.tenseMarkers, storyCountries: storyCountries(data)}],
  examples: {
    valid: [
      'Fans waited with bated breath for the result.',
      'The league said it would toe the line on salaries.',
      'For all intents and purposes the deal is done.'
    ],
    invalid: [
      {
        text: 'Investors waited with baited breath for the ruling.',
        output: [{rule: 'phrases:baited-breath', reason: 'Unexpected `baited breath`, use `bated breath` instead', actual: 'baited breath', expected: ['bated breath'], level: 'warning', start: 22, end: 35}]
      },
      {
        text: 'The team will tow the line on spending, the coach said.',
        output: [{rule: 'phrases:tow-the-line', reason: 'Unexpected `tow the line`, use `toe the line` instead', actual: 'tow the line', expected: ['toe the line'], level: 'warning', start: 14, end: 26}]
      },
      {
        text: 'Irregardless of the weather, the parade went ahead.',
        output: [{rule: 'phrases:irregardless', reason: 'Unexpected `Irregardless`, use `Regardless` instead', actual: 'Irregardless', expected: ['Regardless'], level: 'info', start: 0, end: 12}]
      }
    ]
  }
})

/**
 * The story's countries from the gazetteer, for the entries standard in some
 * countries' English (none, no gazetteer read). The lookup of the story's
 * countries is made when a story first has such a phrase: most have none.
 */
function storyCountries(data: Pick<Bundle, 'phraseRules' | 'entities'>): ((value: string) => ReadonlySet<string>) | undefined {
  const named = new Set(data.phraseRules.flatMap((rule) => rule.standardIn))
  if (named.size === 0) return undefined
  // A country the gazetteer does not know would never match: the entry names it wrongly. Looked up by name, so that a
  // start reads the few entries named, not the gazetteer's thousands.
  const gazetteer = gazetteerOf(data.entities)
  const known = (country: string) => gazetteer.lookup(country).some(({entity}) => entity.name === country && entity.kind === 'place' && isCountry(entity.title))
  for (const rule of data.phraseRules) {
    for (const country of rule.standardIn) if (!known(country)) throw new DataError(rule.file, undefined, `entry \`${rule.id}\`: \`standardIn\` names \`${country}\`, which is no country of the gazetteer`)
  }
  let countries: Countries | undefined
  return (value) => (countries ??= countriesOf(data.entities)).storyOf(value)
}
