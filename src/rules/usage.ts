import usage from '../plugins/usage.js'
import {defineRule} from './define.js'
import {numberStyle} from '../plugins/decimal-comma.js'
import type {Bundle} from '../data/bundle.js'
import {isCountry} from '../data/entities.js'

export default defineRule({
  id: 'usage',
  description: 'Habits of edited English that machine translation breaks whatever the source language: a verb that names the person told before a that-clause used without one (“assured that”), an article before a noun that counts nothing (“an information”), a day of the month with no month (“on the morning of the 5th”), a billion counted in thousands of millions (“100,000 million”), a count of thousands in words (“2 thousand 599”, “1 million 775 thousand”), a decimal comma (“39,37%”), thousands set apart by points (“70.000 workers”), a count of five digits or more without thousands separators (“a decrease of 580000”), a verb of attribution with no one saying it (“… before.” said.”) or opened by a dash before its speaker (“… for now - added Nikolić.”), an ordinal with another number’s suffix (“August 22th”), an age before its noun without its two hyphens (“a 17 year-old boy”, “a 56-year old man”; “all about 30-years-old,” after its noun is three words), a synonym spinner’s “Might” for the month May (“on Might 11”), the month written small before a day or a year (“In may 2015”), “on” before a month or a month and year and “in” before a day of the month (“on June in Curuguaty”, “On July 2021”, “in May 18.”; dictionaries/month-names.txt), a number from 21 to 99 in words without its hyphen (“fifty one students”; dictionaries/cardinal-words.txt), an article before a title and a person’s name (“The President Shavkat Mirziyoyev”, dictionaries/bare-titles.txt) an article before a country whose English name takes none (“from the Brazil’s”), a preposition and an ordinal before a singular noun without “the” (“in first quarter,”; idioms such as “in first place” are dictionaries/bare-ordinal-idioms.txt), a name English writes with “the” or a decade after a preposition without it (“security to Middle East.”, “exported by 1990s”; dictionaries/the-names.txt), one comma between a sentence’s short subject and its verb (“Rabuka, will head”, “Factory director Mesba Faruqui, said”), and a title with no name opening a sentence as its subject without “the” (“Prime Minister said”; dictionaries/bare-titles.txt).',
  why: 'Machine translation writes “Sheinbaum assured that”, “informed that”, “reminded that” (Spanish “aseguró que”, French “a rappelé que”) and “an information”, “an advice”: each word is right, no spelling or grammar checker complains, and an editor reads it as foreign. Which verbs and nouns are learned at build time from the Brown corpus and State of the Union addresses, the same text the fluency rule counts: verbs that the corpora put a pronoun between and their that-clause eight times or more, and straight before it after their subject a tenth as often or less; nouns seen 40 times or more, never plural, after “a” or “an” in one use in a hundred or less, and with no plural in the spelling dictionary. Chinese, Japanese and Korean news date events by the day alone (5日), which translation keeps as “on the 5th”; Spanish, Portuguese and French count a billion as a thousand millions (“cien mil millones”), which translation keeps as “100,000 million”; the same languages, German and Italian write a decimal comma, kept as “39,37%” or “2,5 million” (one or two digits after the comma, before a percent sign or a unit of count: a thousands separator always has three). The same languages and Polish and Russian drop the subject of “added” after a quotation (“– añadió.”, “– dodał.”), which translation keeps as “… – added.”; Serbian, Croatian, Russian and Polish open an attribution with a dash (“– rekao je Nikolić”), kept as “… for now - added Nikolić.”. A count of more than one before a unit of time in the singular and “ago” (“10 year ago”) wants the plural, and a currency symbol set after its amount as Spanish, French and Filipino-language copy sets it (“750 ₱”) goes before it in English (“₱750”). Spanish, Portuguese, Italian, French and German give a title before a name its article (“el presidente Nayib Bukele”) and some countries one (“el Brasil”); English writes “President Nayib Bukele”, or “the president, Nayib Bukele,” between commas, and “Brazil”. Russian, Chinese, Persian and Turkish have no article at all, and translation from them drops the one English gives some names and every decade (“to Middle East”, “in 1980s”).',
  levels: 'warning for an ordinal suffix, fixed to the number’s own (“22nd”); warning for a verb of attribution (dictionaries/quotation-verbs.txt) that ends its sentence straight after a closing quotation mark or a dash, with no fix (only the writer knows who spoke); warning for a verb of attribution, a colon and a capitalized word with no quotation mark between (“said: Most of those were injured”), with no fix (the writer quotes the words or reports them); not after a verb that sets a letter or a question as a block (dictionaries/block-quote-verbs.txt: “writes: Does …”, “asked: How …”), or where a determiner or a count makes the word a noun (“several states: Paraná”); warning for a dash between spaces, a verb of attribution and its speaker (a capitalized word or “the …”), fixed after a word to a comma (“… party, added Nikolić.”), with no fix after a quotation mark; info for a day after “on the” or “of the” with no noun after it and none of a list (“the 11th, 12th and 13th congresses”), or in brackets (“today (26th)”), outside quotations, with no fix (only the writer knows the month): Korean and Japanese English-language papers date stories so, and editors of translated copy leave it; warning for whole thousands of millions (“100,000 million” → “100 billion”; not “1,500 million dollars”, which American government prose wrote into the 1940s); warning for a number in figures and the word “thousand” with millions before it or units after it (“2 thousand 599” → “2,599”), which no edited copy writes; info for figures and “thousand” alone (“300 thousand” → “300,000”), as some agencies write them (Russian “тыс.”, Chinese 万, Indonesian “ribu” translated); warning for a verb before “that”: neither the corpora nor the precision corpus have one. It is fixed to “said that” (“says that” after an -s form), which may lose a shade of meaning (“reminded”); naming the person is the other fix. Info for an article before a noun, fixed by dropping the article: edited English gives an abstract noun an article with an adjective now and then (“a modern agriculture”, “a new importance”). Warning for “the” before a capitalized title and two or three capitalized words that are a person’s name (no common word that is no known person’s name word, nothing capitalized, hyphened or a noun after, no office named with “of” or “to” before: “Secretary to the Prime Minister Dr Kazim Niaz”), fixed to the title alone; not before a title in lowercase, which British copy writes as a description (“the justice minister Adam Bodnar”). Warning for a count of five to seven digits without separators (“580000” → “580,000”), unless a capitalized word stands before it or after it (“Republic Act 10625”, “34220 Viceroy”) or a noun that labels a code before it (dictionaries/identifier-nouns.txt: “hotline 16000”). Warning for “the” before a country of the gazetteer that takes no article (not “the United States”, whose last word is a common noun, nor the rivers and regions of dictionaries/article-places.txt), where a mark, a possessive or a verb follows the name, fixed to the name alone. Warning for a name of dictionaries/the-names.txt or a decade in figures right after a preposition or “that” (dictionaries/bare-name-leads.txt; for a name, a preposition opening a sentence too: “In DRC,”) where a mark, a verb that is no noun or a preposition follows it, fixed with “the”; not before a noun it modifies (“from US manufacturer Boeing”), a possessive (“since Philippines’ Teofilo Yldefonso”), in a headline, or after “and” (“the United States and United Kingdom”). Warning for a ten and a unit in words without the hyphen between them, fixed with it (“Twenty seven members” → “Twenty-seven members”), not where the unit is capitalized (a name’s own: “Eighty Seven Park”) or hyphened to a noun (“twenty one-year terms”). Warning for “on” before a month without its day, or a month and year, fixed to “in”, and for “in” before a day of the month, fixed to “on”, where the date ends its phrase (a mark, the end or a closed-class word after it): not before a noun the date modifies (“in May 14 elections”, “a report on March inflation”), a possessive, a day after a comma (“on April,10”, another slip) or “May Day”. Warning for a comma after the words that open a sentence, eight or fewer, with no verb among them (by Brown’s classes, and a past or -ing form Brown lacks), opened by a determiner, a name, a noun or an adjective, before an auxiliary (not one before “the” or a pronoun: “The ban, had it remained”) or a verb of saying (not one before a preposition, “The train, said to have”, nor before “the” or a name with a comma after, “The economy, says the billionaire, is”), fixed by dropping the comma; not in a question, a headline or a title. Warning for a title of dictionaries/bare-titles.txt opening a sentence of running prose (ending in a closing mark), with no name after it and a verb’s inflected form, a verb of saying or an auxiliary next (“also” may stand between), fixed with “The” before it; not after initials or a short abbreviation the parser took for a sentence’s end (“U.S. President has”), in a headline (“President tasks Michal with forming”), nor for a one-word title that is a known person’s name word (“King has been acting chief”).',
  priority: 11,
  strict: 'keep',
  options: {},
  // Every check reads within a sentence or a line, never across paragraphs.
  // A decimal comma is house style in a story that sets its thousands apart by spaces: the whole story's number style.
  paragraphFacts: () => numberStyle,
  data: ['usage', 'collocations', 'subjectPronouns', 'determiners', 'functionWords', 'lexicon', 'subjectAuxiliaries', 'quotationVerbs', 'demonstratives', 'wordClasses', 'spunAttributionVerbs', 'bareTitles', 'firstNames', 'entities', 'articlePlaces', 'identifierNouns', 'ordinalWords', 'bareOrdinalIdioms', 'measureWords', 'theNames', 'bareNameLeads', 'monthNames', 'cardinalWords', 'blockQuoteVerbs', 'indefiniteDeterminers'],
  attach: (data) => [usage, {usage: data.usage, collocations: data.collocations, subjects: data.subjectPronouns, determiners: data.determiners, functionWords: data.functionWords, lexicon: data.lexicon, auxiliaries: data.subjectAuxiliaries, quotationVerbs: data.quotationVerbs, spunAttributionVerbs: data.spunAttributionVerbs, bareTitles: data.bareTitles, nameWords: personWordsOf(data.firstNames, data.entities), articleFreeCountries: articleFreeCountriesOf(data.entities, data.articlePlaces, data.lexicon), identifierNouns: data.identifierNouns, wordClasses: data.wordClasses, demonstratives: data.demonstratives, wordClass: data.wordClasses && ((lower: string) => data.wordClasses!.classes.get(lower)), ordinals: data.ordinalWords, bareOrdinalIdioms: data.bareOrdinalIdioms, measureWords: data.measureWords, theNames: data.theNames, bareNameLeads: data.bareNameLeads, months: data.monthNames, cardinals: data.cardinalWords, blockQuoteVerbs: data.blockQuoteVerbs, indefiniteDeterminers: data.indefiniteDeterminers}],
  examples: {
    valid: [
      'Sheinbaum assured reporters that the plan would go ahead.',
      'Rest assured that the count will be fair.',
      'She was told that the vote had been moved.',
      'When informed that the bridge was closed, drivers turned back.',
      'The ministry gave information on the plan.',
      'He called a news conference on Monday.',
      'Turnout was 39.37%, and 1,250 million voters were registered, up 20,660 from 2020.',
      'The measure – said to cost $2 billion – passed on Monday.',
      'She finished in first place and won for the second time.',
      'Aid from US donors reached the Middle East in the 1990s.',
      'The Prime Minister said the talks would go on. President Ruto said so too.'
    ],
    invalid: [
      {
        text: 'Prime Minister said the talks would go on.',
        output: [{rule: 'usage', reason: 'Unexpected `Prime Minister` alone as the subject: an office named without its holder\'s name takes the article, expected `The Prime Minister`', actual: 'Prime Minister', expected: ['The Prime Minister'], level: 'warning', start: 0, end: 14}]
      },
      {
        text: 'Output rose 4% in first quarter, the ministry said.',
        output: [{rule: 'usage', reason: 'Unexpected `in first quarter`: an ordinal before a singular noun takes `the`, `in the first quarter`', actual: 'in first quarter', expected: ['in the first quarter'], level: 'warning', start: 15, end: 31}]
      },
      {
        text: 'We will not let the rating of one party decide - added Nikolić.',
        output: [
          {
            rule: 'usage',
            reason: 'Unexpected `- added` before the speaker: English closes the quotation and names who spoke (`…,” she added.`)',
            actual: ' - added',
            expected: [', added'],
            level: 'warning',
            start: 46,
            end: 54
          }
        ]
      },
      {
        text: '“We will not resign.” added.',
        output: [
          {
            rule: 'usage',
            reason: 'Unexpected `added` with no one before it: English names who spoke (`…,” she added.`)',
            actual: 'added',
            level: 'warning',
            start: 22,
            end: 27
          }
        ]
      },
      {
        text: 'The party won 39,37% of the vote.',
        output: [
          {
            rule: 'usage',
            reason: 'Unexpected decimal comma in `39,37`, expected `39.37`: English writes a decimal point',
            actual: '39,37',
            expected: ['39.37'],
            level: 'warning',
            start: 14,
            end: 19
          }
        ]
      },
      {
        text: 'Sheinbaum assured that the reform would pass.',
        output: [
          {
            rule: 'usage',
            reason:
              'Unexpected `assured that`: after `assure`, edited English names the person before a that-clause (`assured them that`: a pronoun between 24 times in the corpora) and leaves them out 2 times; say whom, or write `said that`',
            actual: 'assured that',
            expected: ['said that'],
            level: 'warning',
            start: 10,
            end: 22
          }
        ]
      },
      {
        text: 'He reminded that 12 seats were still open.',
        output: [
          {
            rule: 'usage',
            reason:
              'Unexpected `reminded that`: after `remind`, edited English names the person before a that-clause (`reminded them that`: a pronoun between 21 times in the corpora) and never leaves them out; say whom, or write `said that`',
            actual: 'reminded that',
            expected: ['said that'],
            level: 'warning',
            start: 3,
            end: 16
          }
        ]
      },
      {
        text: 'The ministry gave an information about the plan.',
        output: [
          {
            rule: 'usage',
            reason: 'Unexpected `an information`: edited English uses `information` without `a` or `an` (never plural in 647 uses in the corpora); drop `an`',
            actual: 'an information',
            expected: ['information'],
            level: 'info',
            start: 18,
            end: 32
          }
        ]
      }
    ]
  }
})

/** Given names and the words of known persons' names, lowercase: the set made when a story first has a title before a name, as most have none. */
function personWordsOf(firstNames: Bundle['firstNames'], entities: Bundle['entities']): () => ReadonlySet<string> {
  let words: Set<string> | undefined
  return () => {
    if (words) return words
    words = new Set([...firstNames].map((name) => name.toLowerCase()))
    for (const entity of entities) {
      if (entity.kind !== 'person') continue
      for (const form of [entity.name, ...entity.variants]) for (const word of form.split(/\s+/)) words.add(word.toLowerCase())
    }
    return words
  }
}

/**
 * The gazetteer's countries whose forms on record take no article ("Saudi Arabia", not "the Gambia", "the Philippines" or "the United States"),
 * but for those English writes with "the" for a river or an old region (dictionaries/article-places.txt); made when first asked.
 */
function articleFreeCountriesOf(entities: Bundle['entities'], articlePlaces: Bundle['articlePlaces'], lexicon: Bundle['lexicon']): () => ReadonlySet<string> {
  let names: Set<string> | undefined
  return () => {
    if (names) return names
    names = new Set()
    for (const entity of entities) {
      if (entity.kind !== 'place' || !isCountry(entity.title) || articlePlaces.has(entity.name.toLowerCase())) continue
      const forms = [entity.name, ...entity.variants]
      if (forms.some((form) => /\bthe\b/iu.test(form))) continue
      // "the United States", "the Czech Republic": a name whose last word is a common noun takes the article as the noun does.
      for (const form of forms) if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(form) && !lexicon.hasLowercase(form.split(' ').at(-1)!.toLowerCase())) names.add(form)
    }
    return names
  }
}
