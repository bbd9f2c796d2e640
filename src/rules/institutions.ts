import institutions from '../plugins/institutions.js'
import {defineRule} from './define.js'
import {gazetteerOf} from '../names/gazetteer.js'

export default defineRule({
  id: 'institutions',
  description: "Another country's parliament, chamber or constitutional court in a story about one country (rules/institutions.yml).",
  why: 'Copy written from another country’s point of view, or machine-translated, gives a country institutions it does not have: “Mexico’s House of Commons”, “the German Senate”. The country profiles in rules/institutions.yml name each country’s legislature, chambers and constitutional court; names many countries use (Parliament, Supreme Court) are never flagged. In a story plainly about one country that never names a country owning the term, the term is read as that country’s after “the”, after a preposition or opening a clause, as American copy writes “Congress” (“sent the bill to Congress” in a story about South Korea: “the National Assembly”); a country’s own name before the term (“the Bangladesh Congress”) names a party, and a people’s adjective before two bodies (“the Congolese Parliament and Senate”) binds both.',
  levels: 'warning.',
  priority: 1,
  strict: 'keep',
  options: {},
  data: ['institutions', 'entities', 'functionWords'],
  attach: (data) => [institutions, {profiles: data.institutions, gazetteer: gazetteerOf(data.entities), functionWords: data.functionWords}],
  examples: {
    valid: [
      "Brazil's Senate approved the measure on Wednesday.",
      'The British House of Commons will debate the bill next week.',
      "Mexico's Congress passed the budget overnight."
    ],
    invalid: [
      {
        text: "Mexico's House of Commons passed the budget overnight.",
        output: [{rule: 'institutions', reason: "Unexpected `House of Commons` for Mexico: it is the lower chamber of United Kingdom and Canada; Mexico's is `Chamber of Deputies`", actual: 'House of Commons', expected: ['Chamber of Deputies'], level: 'warning', start: 9, end: 25}]
      },
      {
        text: 'Lawmakers in the German Senate approved the measure on Friday.',
        output: [{rule: 'institutions', reason: "Unexpected `Senate` for Germany: it is the upper chamber of United States, Canada, Australia and others; Germany's is `Bundesrat`", actual: 'Senate', expected: ['Bundesrat'], level: 'warning', start: 24, end: 30}]
      },
      {
        text: 'The bill now goes to the Brazilian House of Lords for a final vote.',
        output: [{rule: 'institutions', reason: "Unexpected `House of Lords` for Brazil: it is the upper chamber of United Kingdom; Brazil's is `Senate`", actual: 'House of Lords', expected: ['Senate'], level: 'warning', start: 35, end: 49}]
      }
    ]
  }
})
