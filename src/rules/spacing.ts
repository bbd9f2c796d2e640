import {gazetteerOf} from '../names/gazetteer.js'
import spacing, {spacingFacts, spacingPasses} from '../plugins/spacing.js'
import {defineRule} from './define.js'
import {joinWordsOf} from '../text/joins.js'

/** Every syllable of the romanization tables, lowercase, made once per rule set. */
function romanizedSyllables(korean: ReadonlyMap<string, unknown>, pinyin: ReadonlySet<string>, wadeGiles: ReadonlyMap<string, string>): Set<string> {
  return new Set([...korean.keys(), ...pinyin, ...wadeGiles.values()].map((syllable) => syllable.toLowerCase()))
}

export default defineRule({
  id: 'spacing',
  description: 'Missing or extra spaces around punctuation and between words; words run together; a hyphen spaced on one side; doubled marks, a full stop doubled across a closing quote or set where a comma goes (“Lai.”.”, “in 1974., the”) a comma after a question mark (“Party?,”) and an en dash spaced on one side only (“support –especially”); a curly quote facing the wrong way; a straight quote on the wrong side of its space (`it, "he said`, `leave"Georgian`), read as opening or closing by its place in its line (a line with an odd number of them is not judged); a quotation mark with a space on both sides, or glued between a full stop and the next sentence, read by whether a quotation is open before it on its line (“poor ” a doctor said”, `crimes."Article`, “released. “” at the end of a paragraph); an HTML character reference left in plain text; empty brackets and a space inside brackets (“( ANO )”); a space before a possessive (“Ishiba ’s party”); an Arabic or Chinese comma, semicolon, question mark or full stop after an English word (“Wednesday،”, dictionaries/foreign-marks.txt); a Spanish-style dateline dash.',
  why: 'Copy pasted from wires, PDFs and chat loses and gains spaces: “late,then”, “close , officials”, “1.8 %”, “filibusterwas”, “farmersThe”, “state -owned”, “,,”, “(BUP)However”, “1994Ishiba”, a name the story writes run into “the” (“Macrithe”) or into a common word (“Panettacurrently”), an ordinal into the word it numbers (“34thASEAN”), a prefix set apart from its word where the dictionary joins them (“pre conditions”, “re election”; dictionaries/detached-prefixes.txt); translation keeps a Spanish dateline’s “Mexico City.- The Senate”, which English writes with a spaced em dash. Numbers, initials, abbreviations, addresses, closed compounds, camel-case names and brands, ellipses and suspended hyphens (“pre- and post-war”) are left alone. Tools that pick a curly quote’s direction from the character before it leave “silent“,” and “Kyung-ho‘s”; scraped pages leave “&#39;” and, through a translation tool, “& # 39;”; a list that lost a constituency leaves “Muhammad Idris ()”, which only the writer can fill. A quotation closed on a full stop before its attribution (“… 500 kyats.” he said) wants a comma, and a verb of attribution before a quoted sentence (“said “The plan…”) is noted for its comma. On a page that runs words together three times or more, two common words run together (“localpolice”, “preparatorymeeting”) are taken for two as well, though a dictionary may lack a compound anywhere else. Two words run together are split with a space; where a clause or an apposition opens after a noun (“Congresswhich”, “Macrithe”), with a comma too; and where a page has two or more of those, its text lost “, ” whole, so a word run into another lowercase word on it gets the comma first too (“his sister Karinahas already entered” → “Karina, has”), the space alone second, but before “and”.',
  levels: 'warning; info for two spaces after a sentence, a typewriter habit rather than a slip, and for a quoted sentence after a verb of attribution with no comma (“said “The plan”), which some house styles set so.',
  priority: 5,
  strict: 'raise',
  options: {},
  data: ['spacingMarks', 'lexicon', 'personal', 'joinWords', 'compoundJoinWords', 'modifierEndings', 'namePrefixes', 'attributionVerbs', 'timeWords', 'suffixes', 'prefixes', 'hyphenParts', 'ordinalWords', 'suspendingWords', 'hyphenClauseWords', 'koreanSyllables', 'pinyinSyllables', 'wadeGiles', 'entities', 'abbreviations', 'titles', 'clauseOpeners', 'conjunctions', 'determiners', 'detachedPrefixes', 'quotationVerbs', 'functionWords', 'personalPronouns'],
  // Spacing is judged within a sentence, a guillemet by the quotes the story writes; words run together, by whether the page
  // runs words together elsewhere, writes a name alone or twice, or runs several names together.
  paragraphFacts: () => spacingFacts,
  passes: spacingPasses,
  attach: (data) => {
    const {entities} = data
    return [
      spacing,
      {
        marks: data.spacingMarks,
        joins: joinWordsOf(data),
        // An ordinal opens a compound modifier ("third-quarter profit", "second-largest").
        hyphenParts: new Set([...data.hyphenParts, ...data.ordinalWords]),
        suspending: data.suspendingWords,
        clauseWords: data.hyphenClauseWords,
        closedClass: new Set([...data.functionWords, ...data.personalPronouns, ...data.determiners]),
        syllables: romanizedSyllables(data.koreanSyllables, data.pinyinSyllables, data.wadeGiles),
        // "EgyptAir" for OpenFlights' Egyptair: a word with an inner capital is the known name that spells it in other case.
        knownName: (text: string) => gazetteerOf(entities).isAccepted(text) || (innerCapital.test(text) && gazetteerOf(entities).lookupCaseless(text).some((ref) => ref.type !== 'garble')),
        knownPlace: (word: string) => gazetteerOf(entities).lookup(word).some((ref) => ref.entity.kind === 'place' && ref.type !== 'garble'),
        knownPerson: (text: string) => gazetteerOf(entities).lookup(text).some((ref) => ref.entity.kind === 'person' && ref.type !== 'garble'),
        abbreviations: data.abbreviations,
        determiners: data.determiners,
        detachedPrefixes: data.detachedPrefixes,
        quotationVerbs: data.quotationVerbs
      }
    ]
  },
  examples: {
    valid: [
      'The mayor arrived late, then left early.',
      'Turnout rose by 1.8% this year.',
      'The mayor said the plan would cost $1,000 per household.',
      'The local police said the preparatory meeting was held on Monday.',
      '"We will go to the U.S." he said.'
    ],
    invalid: [
      {
        text: 'The mayor arrived late,then left early.',
        output: [{rule: 'spacing', reason: 'Missing space after `,` in `late,then`', actual: 'late,then', expected: ['late, then'], level: 'warning', start: 18, end: 27}]
      },
      {
        text: 'Turnout rose by 1.8 % this year.',
        output: [{rule: 'spacing', reason: 'Unexpected space before `%`', actual: ' %', expected: ['%'], level: 'warning', start: 19, end: 21}]
      },
      {
        text: 'The vote was close , officials said.',
        output: [{rule: 'spacing', reason: 'Unexpected space before `,`', actual: ' ,', expected: [','], level: 'warning', start: 18, end: 20}]
      },
      {
        text: 'The council saidthe plan wasapproved inthe spring and will help localpolice.',
        output: [
          {rule: 'spacing', reason: 'Missing space in `saidthe`, expected `said the`', actual: 'saidthe', expected: ['said the'], level: 'warning', start: 12, end: 19},
          {rule: 'spacing', reason: 'Missing space in `wasapproved`, expected `was approved`', actual: 'wasapproved', expected: ['was approved'], level: 'warning', start: 25, end: 36},
          {rule: 'spacing', reason: 'Missing space in `inthe`, expected `in the`', actual: 'inthe', expected: ['in the'], level: 'warning', start: 37, end: 42},
          {rule: 'spacing', reason: 'Missing space in `localpolice`, expected `local police`: the story runs words together elsewhere', actual: 'localpolice', expected: ['local police'], level: 'warning', start: 64, end: 75}
        ]
      },
      {
        text: '"The price rose to 500 kyats." he said.',
        output: [{rule: 'spacing', reason: 'Unexpected `."` before the attribution, expected `,"`', actual: '."', expected: [',"'], level: 'warning', start: 28, end: 30}]
      },
      {
        text: 'The senator said the filibusterwas over.',
        output: [{rule: 'spacing', reason: 'Missing space in `filibusterwas`, expected `filibuster was`', actual: 'filibusterwas', expected: ['filibuster was'], level: 'warning', start: 21, end: 34}]
      },
      {
        text: 'The state -owned lender cut rates.',
        output: [{rule: 'spacing', reason: 'Unexpected space beside the hyphen in `state -owned`, expected `state-owned`', actual: 'state -owned', expected: ['state-owned'], level: 'warning', start: 4, end: 16}]
      },
      {
        text: '“You cannot remain silent“, the mayor added.',
        output: [{rule: 'spacing', reason: 'Unexpected `“` closing a quotation, expected `”`', actual: '“', expected: ['”'], level: 'warning', start: 25, end: 26}]
      },
      {
        text: 'He said &#39;no&#39; to the plan.',
        output: [
          {rule: 'spacing', reason: "Unexpected `&#39;`, an HTML character reference left in the text; expected `'`", actual: '&#39;', expected: ["'"], level: 'warning', start: 8, end: 13},
          {rule: 'spacing', reason: "Unexpected `&#39;`, an HTML character reference left in the text; expected `'`", actual: '&#39;', expected: ["'"], level: 'warning', start: 15, end: 20}
        ]
      },
      {
        text: 'Muhammad Idris () was confirmed.',
        output: [{rule: 'spacing', reason: 'Unexpected empty brackets `()`: what they held is missing', actual: '()', level: 'warning', start: 15, end: 17}]
      },
      {
        text: 'The  vote was close.',
        output: [{rule: 'spacing', reason: 'Unexpected 2 spaces, expected one', actual: '  ', expected: [' '], level: 'warning', start: 3, end: 5}]
      }
    ]
  }
})

const innerCapital = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u
