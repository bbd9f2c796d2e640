import names from '../plugins/names/index.js'
import {defineRule} from './define.js'
import {gazetteerOf} from '../names/gazetteer.js'
import type {Bundle} from '../data/bundle.js'

export default defineRule({
  id: 'names',
  description: 'Garbled, misspelled and inconsistent names, checked against the gazetteer.',
  why: 'A misspelled name is a correction the next day. In a story about Korea or Vietnam, a name read in Mandarin (“Jin Shangzu”, “Chen Guowang”: a family name’s Chinese character read as Chinese, before a given name of pinyin syllables) is a translation through Chinese, and so is a Taiwanese name in mainland pinyin (“Xie Guoliang”, for Hsieh Kuo-liang); each is a warning with no fix, as the person’s own romanization needs the source (dictionaries/romanization/mandarin-surnames.txt), and so is the same name wherever else the story writes it. Runs of capitalized words are matched against the gazetteer of people, places and bodies: known misspellings, near misses by letters and by sound (a surname alone after an office is held to the office’s holders in the story’s country, and may be two letters off: “Finance Minister Shimshek” is Şimşek), a word swapped in a long official name (where several bodies are one word away, the one of the country the story names, by its name, nationality, capital or a member of its government, or the one an acronym in brackets after the name stands for), and one name spelled two ways in one story (also a full name the story writes at least twice one way and less often spaced or hyphenated otherwise, "Hassan Abdinur" … "Hassan Abdi Nur", or with a given name a letter off that is no common given name, "Adan Madobe" … "Aden Madobe"), among them a name the story writes with its accents and elsewhere without them or with the accented letter lost ("Muñoz" … "Munoz", "Belém" … "Belm"; a common given name only with the same word after it; not a people, its land and its language under one stem in a story from a Bantu-speaking country, “Basoga”, “Busoga”, “Lusoga”: dictionaries/romanization/bantu-class-prefixes.txt). Machine translation also turns names into common words ("Marco Rubble", "Month Jae-in"): in a name slot, a known given name with words heard for the surname is a garble. A synonym spinner rewrites a copied wire story word by word, names too ("Individuals’s Financial institution of China", "Nationwide Meeting"): a run of a name’s words holding one of its signature words, which with the spinner’s words undone is a name the gazetteer knows, is that name (dictionaries/spinner-synonyms.txt). Korean names are read syllable by syllable: a name one garbled syllable from a known person’s is that person, and another romanization of every syllable is fixed to the person’s own form (a documented variant stays quiet); a Japanese long vowel written ou, oh or doubled ("Taro Kohno", "Shinzou Abe") is the same name, as are hyphens beside a name particle ("Abdel-Fattah El-Sisi") and a transliterated given name’s vowels ("Mustafa Madbouly") where the person’s country writes in another script (dictionaries/transliterated-countries.txt; "Tindu Lissu" is a typo). A Czech, Slovak or South Slavic name read back from Russian-language copy, its háčeks written as digraphs and its j as Russian writes it ("Michal Shimechka", "Vuchich", "Spaich"; dictionaries/romanization/cyrillic-back-transliteration.txt), is fixed to the person’s own spelling, and so is a Ukrainian official named the Russian way, the given name’s Russian counterpart with the surname spelled as Russian does ("Svetlana Grinchuk" for Svitlana Hrynchuk; dictionaries/romanization/ukrainian-given-names-russian.txt), and so is a Ukrainian city by its Russian name ("Kiev", "Kharkov"; dictionaries/romanization/ukrainian-places-russian.txt), as AP and Reuters write the cities’ own forms. A Korean, Japanese or Taiwanese person\'s name read in Mandarin with one given syllable heard otherwise, two letters off at most ("Yin Xilie" for 尹錫悅, read Yin Xiyue; "Li Zaoming"), is that person where the title before it or the story\'s country points to the person. A well-formed Korean, pinyin or Wade–Giles name ("Zhang Qingwei") is someone’s own, a slip for a known person only a letter off. Once a story names a person, a later surname that reads the family name’s Chinese characters in Mandarin, in pinyin or Wade–Giles ("Shigeru Ishiba" … "Shih said", "the Shipao government"), a surname cut to its first or last half ("Shiba said"), or an East Asian given name standing alone where the surname belongs, is fixed to the surname the story gives, as is a surname a letter off after initials that stand for the person\'s given name ("TJ Abass" for Tajudeen Abbas). A garbled full name also fixes the surname alone where the story spells it the same way ("Luis Abidaner" … "Abidaner said"), and a second reference may be two letters off a surname of nine letters or more ("Kobaidze" for Kobakhidze). A Korean given name split at its hyphen with the second syllable small ("Lee Jae myeong"), the syllable no English word, is the known person the name joined at the hyphen is or is a slip of, family name kept. A known person\'s two-word name with the surname first ("Tymoshenko Yulia") is turned to English order, outside quotations, as is an official list\'s surname, given name and father\'s name ("Smailov Alikhan Askhanovich"; dictionaries/patronymic-endings.txt), the patronymic dropped; the Arabic article joined to a known name ("Alzayani"), as Gulf states write their own, is that name (dictionaries/joined-particles.txt); a transliteration of a person\'s surname is fixed to the own form the story also writes ("Arakhamiya" … "Arakhamia"), never the other way. A capitalized word no list has, one letter off a word of a known person\'s name or a body\'s one-word name the story writes, is that word slipped however often it is repeated ("Bilawal Bhutto-Zardari" … "Bilalwal", "Banxico" … "Panxico"), where it stands alone, after a title or among that name\'s own words; not before a particle\'s name or a noun of a kind of place, and not with a vowel for another or doubled, as transliterations vary ("Grigorian", "Grigoryan"; "Korniienko", "Kornienko"). Two inner letters of a known name swapped are a slip even inside another person\'s name ("Ali Sahrif Tehrani"). A word of a long body\'s name in another ending ("Revolution" for Revolutionary), also beside a word of it written small ("Nationalistic movement Party"), is a slip, and so is a long name the story defines with its acronym ("… Guards Corps (IRGC)") written again one word off ("… Guards Corp"). A body named right before its acronym without the word for its kind ("the Institutional Revolutionary (PRI)", "People Power (PPP)"), as Spanish, Italian and Korean leave "party" understood, is fixed to the name the acronym stands for; a name without its country ("Democratic Party (DP)") is how edited copy writes it. "Mr." before the surname of a woman the story names is "Ms.", the dot kept as written: a woman by a first name that is only a woman\'s (and no name a person of the gazetteer not marked a woman goes by: Armenia\'s Karen Karapetyan, Canada\'s Tiff Macklem), or a woman of the gazetteer (its persons marked `sex: female`) whom the story names in full, by a title she holds and the surname ("Prime Minister Takaichi"), or, naming no one of that surname, in a story about her country when she is the one person of the gazetteer with it. It stays quiet when the story names anyone else with the surname, gives it a title she does not hold ("Defense Minister Kim"), gives it a woman\'s courtesy title too ("Mr. and Mrs."), or speaks of her husband, father or other kin with no other family\'s name beside the word.',
  levels: 'warning; info for a lone word near a one-word name when the spelling is used three times or more (twice, with no title before it and the known name nowhere in the story), or a surname the story does not otherwise mention, for a swapped official name used repeatedly or swapped for a noun of another family of institution nouns (unless it is the one body of the story’s country one word away), for a given name with common words in the surname\'s place with no title before it and the person not named elsewhere in the story, and for a name the story writes two ways that differ only in the capital of a particle (“al-Shabaab” beside “Al-Shabaab”: a house style).',
  priority: 0,
  strict: 'keep',
  options: {},
  data: ['entities', 'lexicon', 'firstNames', 'institutionWords', 'titles', 'courtesyTitles', 'determiners', 'surnameGroups', 'koreanSyllables', 'subjectCues', 'sentenceOpeners', 'abbreviations', 'wadeGiles', 'pinyinSyllables', 'longVowels', 'subjectAuxiliaries', 'leaderNouns', 'femaleFirstNames', 'courtesyTitleSexes', 'kinWords', 'transliteratedCountries', 'givenNameCognates', 'givenNameShortForms', 'foreignFunctionWords', 'schwaCountries', 'placeKindNouns', 'placeNameHeads', 'vietnameseSurnames', 'mandarinSurnames', 'spinnerSynonyms', 'placeNames', 'functionWords', 'portfolioWords', 'partyCreedWords', 'termWords', 'governmentLevels', 'wordClasses'],
  attach: (data) => [
    names,
    {
      gazetteer: gazetteerOf(data.entities),
      lexicon: data.lexicon,
      firstNames: data.firstNames,
      placeNames: data.placeNames,
      termWords: data.termWords,
      functionWords: data.functionWords,
      portfolioWords: data.portfolioWords,
      levelWords: data.governmentLevels,
      // Read only when a name's small last syllable is an English word ("Moon Jae in went").
      finiteVerb: verbFormOf(data),
      creedWords: data.partyCreedWords,
      institutionWords: data.institutionWords,
      titles: data.titles,
      courtesyTitles: data.courtesyTitles,
      determiners: data.determiners,
      surnameGroups: data.surnameGroups,
      koreanSyllables: data.koreanSyllables,
      subjectCues: data.subjectCues,
      sentenceOpeners: data.sentenceOpeners,
      abbreviations: data.abbreviations,
      wadeGiles: data.wadeGiles,
      pinyinSyllables: data.pinyinSyllables,
      longVowels: data.longVowels,
      mandarinSurnames: data.mandarinSurnames,
      subjectAuxiliaries: data.subjectAuxiliaries,
      leaderNouns: data.leaderNouns,
      femaleFirstNames: data.femaleFirstNames,
      courtesyTitleSexes: data.courtesyTitleSexes,
      kinWords: data.kinWords,
      placeKindNouns: data.placeKindNouns,
      placeNameHeads: data.placeNameHeads,
      vietnameseSurnames: data.vietnameseSurnames,
      transliteratedCountries: data.transliteratedCountries,
      schwaCountries: data.schwaCountries,
      givenNameCognates: data.givenNameCognates,
      givenNameShortForms: data.givenNameShortForms,
      foreignFunctionWords: data.foreignFunctionWords,
      spinnerSynonyms: data.spinnerSynonyms
    }
  ],
  examples: {
    valid: [
      'Emmanuel Macron visited Berlin on Monday.',
      'Chancellor Olaf Scholz spoke in Berlin on Friday.',
      'The Bank of Korea left its rate unchanged on Thursday.'
    ],
    invalid: [
      {
        text: 'Prime Minister Justin Trudaeu met reporters in Ottawa.',
        output: [{rule: 'names', reason: 'Unexpected `Justin Trudaeu`, did you mean `Justin Trudeau`?', actual: 'Justin Trudaeu', expected: ['Justin Trudeau'], level: 'warning', start: 15, end: 29}]
      },
      {
        text: 'The minister told RIA News that the talks had failed.',
        output: [{rule: 'names', reason: "Unexpected `RIA News`, the outlet's own name put into English; it is written `RIA Novosti`", actual: 'RIA News', expected: ['RIA Novosti'], level: 'warning', start: 18, end: 26}]
      },
      {
        text: 'The report was carried by the Hindustan Instances and the Indian Categorical on Monday.',
        output: [
          {rule: 'names', reason: 'Unexpected `Hindustan Instances`, did you mean `Hindustan Times`?', actual: 'Hindustan Instances', expected: ['Hindustan Times'], level: 'warning', start: 30, end: 49},
          {rule: 'names', reason: 'Unexpected `Indian Categorical`, did you mean `Indian Express`?', actual: 'Indian Categorical', expected: ['Indian Express'], level: 'warning', start: 58, end: 76}
        ]
      },
      {
        text: 'Angela Merkle spoke in Berlin on Friday.',
        output: [{rule: 'names', reason: 'Unexpected `Angela Merkle`, did you mean `Angela Merkel`?', actual: 'Angela Merkle', expected: ['Angela Merkel'], level: 'warning', start: 0, end: 13}]
      },
      {
        text: 'French President Emmanuel Macaroon arrived in Seoul.',
        output: [{rule: 'names', reason: 'Unexpected `Emmanuel Macaroon`, did you mean `Emmanuel Macron`?', actual: 'Emmanuel Macaroon', expected: ['Emmanuel Macron'], level: 'warning', start: 17, end: 34}]
      },
      {
        text: 'Prime Minister Sanae Takaichi spoke in Tokyo. Mr. Takaichi said the budget would pass.',
        output: [{rule: 'names', reason: 'Unexpected `Mr. Takaichi`: the story\'s Takaichi is Sanae Takaichi, a woman, `Ms. Takaichi`', actual: 'Mr. Takaichi', expected: ['Ms. Takaichi'], level: 'warning', start: 46, end: 58}]
      },
      {
        text: 'President Yoon Seok yeol spoke in Seoul.',
        output: [{rule: 'names', reason: 'Unexpected `Yoon Seok yeol`, a given name split with its second syllable small; did you mean `Yoon Suk Yeol`?', actual: 'Yoon Seok yeol', expected: ['Yoon Suk Yeol'], level: 'warning', start: 10, end: 24}]
      },
      {
        text: 'Lawmakers questioned Olaf Sholz about the budget.',
        output: [{rule: 'names', reason: 'Unexpected `Olaf Sholz`, did you mean `Olaf Scholz`?', actual: 'Olaf Sholz', expected: ['Olaf Scholz'], level: 'warning', start: 21, end: 31}]
      }
    ]
  }
})

/** Whether a lowercase word is an auxiliary or a verb's past, participle or -s form; the table itself is parsed when first asked. */
function verbFormOf(data: Pick<Bundle, 'subjectAuxiliaries' | 'wordClasses'>): (lower: string) => boolean {
  const {subjectAuxiliaries, wordClasses} = data
  return (lower) => subjectAuxiliaries.has(lower) || wordClasses?.isVerbForm(lower) === true
}
