import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

// Edited copy in layouts and house styles a blind batch of clean pages showed:
// each case is a sentence shaped like the real one, with the finding it must
// (or must not) raise, rule by rule.
const found = async (rule: string, text: string) =>
  (await lint(text)).filter((f) => f.rule === rule).map((f) => [f.actual, f.expected[0], f.level, f.start, f.end])

describe('edited layouts', () => {
  it('reads a Mongolian two-letter initial joined to the name as no missing space, and still fixes "Mr.Smith"', async () => {
    expect(await found('spacing', 'New ministers S.Amarsaikhan, Ts.Nyamdorj and Ch.Nomin met Kh.Nyambaatar. Mr.Smith left.')).toEqual([
      ['Mr.Smith', 'Mr. Smith', 'warning', 73, 81]
    ])
    // Я, Ю, Е and Ё are two letters in Montsame's romanization too.
    expect(await found('spacing', 'Deputy Prime Minister - Ya.Sodbaatar; Head of Cabinet Secretariat - L.Oyun-Erdene.')).toEqual([])
  })

  it('reads an abbreviated Malay honorific as no letters of a name, and a ministry named like another country’s as the story country’s own', async () => {
    expect(await found('names', 'One more woman, Pg Hjh Zety Sufina Pg DP Hj Sani, joins the cabinet in Brunei.')).toEqual([])
    expect(await found('names', 'She was deputy minister at the Ministry of Finance and Economy in Brunei.')).toEqual([])
    expect(await found('names', 'South Korea’s Ministry of Finance and Economy said exports rose.')).toEqual([
      ['Ministry of Finance and Economy', 'Ministry of Economy and Finance', 'warning', 14, 45]
    ])
  })

  it('takes a final eh written e as another transliteration of a name', async () => {
    expect(await found('names', 'Lebanon’s new cabinet includes figures like Ghassan Salame, a former envoy.')).toEqual([])
  })

  it('fixes a state one letter short in a story about its country, and no town one letter changed from a state', async () => {
    expect(await found('names', 'The chief minister of Uttrakhand in India spoke on Friday.')).toEqual([['Uttrakhand', 'Uttarakhand', 'warning', 22, 32]])
    expect(await found('names', 'A festival for grapes at Sonoma, near Mexico’s border trade, drew crowds.')).toEqual([])
  })

  it('leaves a body’s noun capitalized where the story mostly capitalizes it, and warns where it writes it small as often', async () => {
    const levels = async (text: string) => (await found('case', text)).map(([actual, , level]) => [actual, level])
    expect(await levels('Somalia’s Parliament met. MPs vied for the Speaker of the Parliament. The vote for the Parliament Speaker went on. The parliament leadership then met.')).toEqual([
      ['Parliament', 'info']
    ])
    expect(await levels('The parliament met on Monday. Later the country’s Parliament voted.')).toEqual([['Parliament', 'warning']])
  })

  it('reads no known person in one known word opening a longer name after a lowercase title', async () => {
    expect(await found('case', 'MCP first deputy president Mohammed Sidik Mia was handed the transport portfolio.')).toEqual([])
  })

  it('reads a lowercase title after an aside in brackets as a description', async () => {
    const text = 'Aoun appointed Prime Minister Nawaf Salam. He accepted the resignation of (caretaker) prime minister Najib Mikati’s government.'
    expect((await found('case', text)).map(([actual, , level]) => [actual, level])).toEqual([['prime minister', 'info']])
  })

  it('reads a line opening "from" and a name in capitals as a byline', async () => {
    expect(await found('case', 'New cabinet taking shape\n\nfrom ODIRILE TOTENG in Gaborone, Botswana\n\nThe president named ministers.')).toEqual([])
  })

  it('reads no country in a language’s compound ("French-speaking")', async () => {
    const text = 'Bart De Wever leads a coalition with the French-speaking Reform Movement and the French-speaking Les Engagés. He will address the House of Representatives on Tuesday.'
    expect(await found('institutions', text)).toEqual([])
  })

  it('knows "pricy", a spelling of "pricey"', async () => {
    expect(await found('spelling', 'She is in the storm over her pricy watches.')).toEqual([])
  })
})

describe('edited layouts (second batch)', () => {
  it('takes a Thai given name in another romanization before the family name as the person', async () => {
    expect(await found('names', 'The court sentenced Suthep and 25 others; Aekkanat Promphan, 1 year suspended for two years.')).toEqual([])
  })

  it('notes, never warns on, a quoted name in another language glossed in brackets', async () => {
    const text = 'They founded “Hoi anh em dan chu” (Brotherhood for Democracy), which was banned. He said “the goverment lied” (in a speech).'
    expect((await lint(text)).filter((f) => f.level === 'warning').map((f) => [f.rule, f.actual])).toEqual([['spelling', 'goverment']])
  })

  it('reads a capitalized word before a capitalized non-word as a given name, even opening a line', async () => {
    const text = 'Dio Suhenda (The Jakarta Post)\n\nTeh President said so.'
    expect((await found('spelling', text)).filter(([, , level]) => level === 'warning').map(([actual, fix]) => [actual, fix])).toEqual([['Teh', 'The']])
  })

  it('reads a capitalized word the story writes twice as a name, not words run together', async () => {
    const text = 'The team, led by Danstan Omari and Wandugi Karathe, accused the DPP. Karathe said the accused were in court. Mauricio Macri spoke. Macrithe president left.'
    expect((await found('spacing', text)).map(([actual, fix]) => [actual, fix])).toEqual([['Macrithe', 'Macri, the']])
  })

  it('knows a currency’s subunit and a South Asian legal term', async () => {
    expect(await found('spelling', 'The bank recommended a dividend of 40 fils per share. Copies of challans were given to the accused.')).toEqual([])
  })
})

describe('seats of government and Vietnamese leaders read in Mandarin', () => {
  it('knows a presidential palace, and reads a Vietnamese leader’s name in Mandarin as a garble of it', async () => {
    expect(await found('names', 'Boric, whose approval hovers around 30%, will leave La Moneda next March.')).toEqual([])
    expect(await found('names', 'National Assembly Chairman Wang Ting-hui met Fan Mingzheng in Hanoi.')).toEqual([
      ['Wang Ting-hui', 'Vuong Dinh Hue', 'warning', 27, 40],
      ['Fan Mingzheng', 'Pham Minh Chinh', 'warning', 45, 58]
    ])
  })
})

describe('edited layouts (third batch)', () => {
  it('reads a knight’s given name after "Sir" as his name on second reference', async () => {
    expect(await found('names', 'Speaker Sir Lindsay Hoyle presided. Sir Lindsay guffawed: “There’s been many rumours”.')).toEqual([])
  })

  it('knows a surname in the layout of a full-name variant, a corrected minister and a city', async () => {
    expect(await found('names', 'Coalition officials turn up heat on Itamar Ben Gvir. Ben Gvir’s party froze its participation.')).toEqual([])
    expect(await found('names', 'Others were Olubunmi Tunji Ojo (Ondo State) and Adebayo Adelabu (Oyo). Six seats are in Taoyuan, Taiwan.')).toEqual([])
  })

  it('notes, never warns on, words of another language: accented English, a glossed quotation, a run of three, a word glossed with "="', async () => {
    const text =
      'The meetings began a détente. “Aap pura samay bole (you spoke the whole time),” Birla said. ' +
      'MPs sang igama lamakhosikazi malibongwe in the chamber. The vote (za = for, przeciw = against) passed. He said “the goverment lied (again).”'
    expect((await found('spelling', text)).filter(([, , level]) => level === 'warning').map(([actual]) => actual)).toEqual(['goverment'])
  })

  it('reads a portfolio word capitalized as a sentence opens as a portfolio title, a note where the story capitalizes none', async () => {
    const text = 'Prime Minister Shigeru Ishiba spoke. Farm minister Shinjiro Koizumi and Sanae Takaichi ran.'
    expect((await found('case', text)).map(([actual, , level]) => [actual, level])).toEqual([['minister', 'info']])
  })
})

describe('edited layouts (fourth batch) and Chinese readings of Singaporean and Malaysian names', () => {
  it('reads a byline’s given name before a surname no common word, a Thai v for w and the old spelling of Suharto as no slips', async () => {
    expect((await found('spelling', 'Xave Gregorio - Philstar.com May 19, 2023')).filter(([, , level]) => level === 'warning')).toEqual([])
    expect(await found('names', 'The House heard former leaders Chuan Leekpai and Jurin Laksanavisit of Thailand’s Democrat Party.')).toEqual([])
    expect(await found('names', 'He married a daughter of Indonesia’s second president Soeharto.')).toEqual([])
  })

  it('fixes the Mandarin reading of a Singaporean or Malaysian leader’s name to the person', async () => {
    expect((await found('names', 'Singapore’s Prime Minister Huang Xuncai said Li Xianlong would stay.')).map(([actual, fix]) => [actual, fix])).toEqual([
      ['Huang Xuncai', 'Lawrence Wong'],
      ['Li Xianlong', 'Lee Hsien Loong']
    ])
  })
})

describe('spacing beside a hyphen in a romanized name', () => {
  it('joins a romanized syllable to its given name, and no other lowercase part the speller would reject', async () => {
    expect((await found('spacing', 'North Korean leader Kim Jong -un spoke. The vote was backed by Han -ov Imperial.')).map(([actual, fix]) => [actual, fix])).toEqual([
      ['Jong -un', 'Jong-un']
    ])
  })
})

describe('edited layouts (twenty-fifth batch): romanizations, marks and house usages of unseen edited copy', () => {
  it('takes a Turkmen final w, a Lao final th and a Kyrgyz final yi as other transliterations, and still notes a garble', async () => {
    expect(await found('names', 'Serdar Berdimuhamedov won the presidential vote in Turkmenistan.')).toEqual([])
    expect(await found('names', 'Thongloun Sisoulith replaced Bounnhang Vorachit as president of Laos.')).toEqual([])
    expect(await found('names', 'Mukhammedkaly Abylgaziev was appointed Prime Minister of Kyrgyzstan.')).toEqual([])
    expect(await found('names', 'Serdar Berdimuhamadev won the presidential vote in Turkmenistan.')).toEqual([['Serdar Berdimuhamadev', 'Serdar Berdimuhamedow', 'info', 0, 21]])
  })

  it('reads a romanized double surname spaced or without its marks as the person, but not a split given name or a surname opening with one', async () => {
    expect(await found('names', 'President Gordana Siljanovska Davkova of North Macedonia met Gordana Dimitrieska Kocoska, the finance minister.')).toEqual([])
    expect(await found('names', 'White House press secretary Karine Jean Pierre and Iran’s Hossein Amir Abdollahian spoke.')).toEqual([
      ['Karine Jean Pierre', 'Karine Jean-Pierre', 'warning', 28, 46],
      ['Hossein Amir Abdollahian', 'Hossein Amir-Abdollahian', 'warning', 58, 82]
    ])
  })

  it('reads a straight and a curly apostrophe, or a glottal stop’s mark left out, as one spelling of a name', async () => {
    expect(await found('names', "FAST deputy leader La'aulialemalietoa Leuatea Polataivao went to court. Later La’aulialemalietoa Leuatea Polataivao thanked the judges.")).toEqual([])
    expect(await found('names', 'The respondents were the Faatuatua I le Atua Samoa ua Tasi (FAST Party) and an MP.')).toEqual([])
  })

  it('reads a small i after a name word as a word of the name, and still capitalizes the pronoun', async () => {
    expect(await found('case', 'The Faʻatuatua i le Atua Samoa ua Tasi party won in Samoa. Yesterday i went home.')).toEqual([['i', 'I', 'warning', 69, 70]])
  })

  it('ends no name at a particle, and reads a family name with its particle as the family’s', async () => {
    expect(await found('names', 'A judicial council was set up by Sultan Haitham Bin Tariq Al Said of Oman. In Doha, Emir Al Thani named a new minister.')).toEqual([])
  })

  it('reads a party named by another creed as another party', async () => {
    expect(await found('names', 'A candidate from the Agrarian Party of Turkmenistan came second.')).toEqual([])
  })

  it('leaves a given name the story uses again and again for a person it never calls by the surname alone', async () => {
    expect(await found('names', 'Dr Tulia Ackson was elected Speaker of Tanzania’s parliament. Dr Tulia, who was deputy speaker, won all votes. Dr Tulia pledged to restore respect for the House.')).toEqual([])
    expect(await found('names', 'Keir Starmer spoke in London. Keir said the vote would go ahead.')).toEqual([['Keir', 'Starmer', 'warning', 30, 34]])
  })

  it('notes two unknown words together, neither a letter from an English word, as a phrase of another language', async () => {
    expect(await found('spelling', 'Tobgay said the party ideology of wangtse chirphel is what followed. The goverment ministr said so.')).toEqual([
      ['wangtse', 'wants', 'info', 34, 41],
      ['chirphel', 'chirpier', 'info', 42, 50],
      ['goverment', 'government', 'warning', 73, 82],
      ['ministr', 'minister', 'warning', 83, 90]
    ])
    expect(await found('spelling', 'Former guerilla leader Xanana Gusmao was sworn in.')).toEqual([])
  })

  it('notes two unknown words together as a phrase of another language when one of them is far from every English word, unless either is a name', async () => {
    // Daily News Egypt writes the school-leaving exam's Arabic name; "amma" alone is a letter from "mama".
    expect(await found('spelling', 'Another thanaweya amma secondary school exam was leaked.')).toEqual([
      ['thanaweya', undefined, 'info', 8, 17],
      ['amma', 'mama', 'info', 18, 22]
    ])
    // "miguel" is the case rule's, a name in lowercase.
    expect(await found('spelling', 'The envoy, miguel gotor, spoke.')).toEqual([['gotor', 'motor', 'warning', 18, 23]])
  })

  it('notes a lowercase title after a nationality opening the sentence, and takes a party’s Swahili name with its small connector', async () => {
    const text = 'Algerian President Abdelmadjid Tebboune takes the oath of office. EPA\n\nAlgerian president Abdelmadjid Tebboune announced on Monday the new government.'
    expect(await found('case', text)).toEqual([['president', 'President', 'info', 80, 89]])
    expect(await found('case', 'Dr Tulia Ackson of the ruling party Chama cha Mapinduzi (CCM) won.')).toEqual([])
  })

  it('notes a name that lost only its ć, and warns where it lost another mark', async () => {
    expect(await found('names', 'Serbian strongman Slobodan Miloševic ruled. Ozgur Özel spoke.')).toEqual([
      ['Slobodan Miloševic', 'Slobodan Milošević', 'info', 18, 36],
      ['Ozgur Özel', 'Özgür Özel', 'warning', 44, 54]
    ])
  })

  it('reads a common given name before a surname a letter off, in a story about another country, as someone there', async () => {
    expect(await found('names', 'The Maldives parliament elected MP Ahmed Nazim as Deputy Speaker on Monday.')).toEqual([])
    expect(await found('names', 'Egypt’s prime minister Ahmed Nazim met the cabinet in Cairo.')).toEqual([['Ahmed Nazim', 'Ahmed Nazif', 'warning', 23, 34]])
  })

  it('reads a surname the story writes after another given name as that person’s, and a body’s words apart as the story country’s own', async () => {
    expect(await found('names', 'Eisenhower Mkaka, John Bande and Mark Katsonga-Phiri were dropped from Malawi’s cabinet. Bande was replaced.')).toEqual([])
    expect(await found('names', 'Former Malawi president Joyce Bande spoke.')).toEqual([['Joyce Bande', 'Joyce Banda', 'warning', 24, 35]])
    expect(await found('names', 'Tülay Hatimoğulları of the Green Left Party ran for speaker in Türkiye.')).toEqual([])
  })

  it('notes a lowercase title after a nationality mid-sentence, and reads the other dialect’s common word as no proper noun', async () => {
    const text = 'Prime Minister Benjamin Netanyahu spoke. The trial against Israeli prime minister Benjamin Netanyahu went on. It exposed a chink in the armour of the parties.'
    expect(await found('case', text)).toEqual([['prime minister', 'Prime Minister', 'info', 67, 81]])
    expect(await found('spelling', text)).toEqual([['armour', 'armor', 'info', 136, 142]])
  })
})

describe('edited layouts (twenty-sixth batch)', () => {
  it('reads a name with letters outside English’s alphabet of its own as no known name that lost them, and still fixes one that did', async () => {
    expect(await found('names', 'Members of the Kosovo Assembly elected Nenad Rašić as a vice president. Rašić received 71 votes. In Belgrade, Vui and Ivica Dai met.')).toEqual([
      ['Vui', 'Vučić', 'warning', 110, 113],
      ['Ivica Dai', 'Ivica Dačić', 'warning', 118, 127]
    ])
  })

  it('reads a particle capitalized in a headline and small in the story as one spelling, and an Amharic final e as a transliteration', async () => {
    expect(await found('names', 'Somali Parliament Endorses New Cabinet Amid Al-Shabab Attacks\n\nAmong the ministers was a former spokesman of the militant group al-Shabab.')).toEqual([])
    expect(await found('names', 'Abiy Ahmed took office after the resignation of his predecessor, Hailemariam Desalegne. Protests led to the resignation of Desalegne in February.')).toEqual([])
  })

  it('takes "cyber" as newsroom vocabulary', async () => {
    expect(await found('spelling', 'The ministry will keep its name, but with cyber security added to it.')).toEqual([])
  })

  it('reads a line of labels as the page’s own layout, and still fixes a space before a colon in prose', async () => {
    expect(await found('spacing', 'He left the party in 2022.\n\nSource : BOPA\n\nAuthor : Jeremiah Sejabosigo\n\nThe minister said : we will win.')).toEqual([[' :', ':', 'warning', 90, 92]])
  })
})

describe('edited layouts (twenty-seventh batch)', () => {
  it('reads a lone word before a body’s noun as the body’s name, and a body’s noun of a place as every country’s body', async () => {
    expect(await found('names', 'Pravind Jugnauth of the Lepep Alliance lost the election in Mauritius. Marine Lepen of the National Rally spoke in France.')).toEqual([
      ['Marine Lepen', 'Marine Le Pen', 'warning', 71, 83]
    ])
    // Reuters through mynrination.com (tests/fixtures/real/new364): a body's noun before the word, as French names parties.
    expect(await found('names', 'He said his Alliance Lepep coalition was heading for a huge defeat in Mauritius.')).toEqual([])
    expect(await found('names', 'The first order of business of the new Cabinet of Trinidad and Tobago is security. The Inkatha Free Party won seats in KwaZulu-Natal.')).toEqual([
      ['Inkatha Free Party', 'Inkatha Freedom Party', 'warning', 87, 105]
    ])
  })

  it('reads a romanized person’s given name in another romanization as the person, but not a Russian form of a Ukrainian name', async () => {
    expect(await found('names', 'Belarusian President Aleksandr Lukashenko met the cabinet in Minsk. Ukrainian President Vladimir Zelensky spoke in Kyiv.')).toEqual([
      ['Vladimir Zelensky', 'Volodymyr Zelensky', 'warning', 88, 105]
    ])
  })

  it('notes a plural of a y word the dictionary lacks, and joins no name broken at a line’s end into a word the speller rejects', async () => {
    expect(await found('spelling', 'The ministers were chosen for their personal proficiencies.')).toEqual([['proficiencies', "proficiency's", 'info', 45, 58]])
    expect(await found('spacing', 'The ministers included Nkeiruka Onyejio- cha and Kim Jong -un.')).toEqual([['Jong -un', 'Jong-un', 'warning', 53, 61]])
  })
})

describe('edited layouts (twenty-eighth batch)', () => {
  it('fixes a name whose lost letters left a Cyrillic one behind, and leaves a name with Latin letters of its own', async () => {
    expect(await found('names', 'Serbian President Aleksandar Vuќi said so. Nenad Rašić agreed.')).toEqual([['Aleksandar Vuќi', 'Aleksandar Vučić', 'warning', 18, 33]])
  })

  it('reads a Korean family name in its commonest romanization as the person, and a rarer one as a slip', async () => {
    expect(await found('names', 'The nominees included Yoon Ho-jung for the interior ministry in Seoul. Former president Mun Jae-in spoke.')).toEqual([
      ['Mun Jae-in', 'Moon Jae-in', 'warning', 88, 98]
    ])
  })

  it('reads a capital set bare as type sets it, and still fixes a name that lost a small letter’s marks', async () => {
    expect(await found('names', 'CHP’s jailed Istanbul Mayor Ekrem Imamoğlu is accused. Ozgur Özel spoke.')).toEqual([['Ozgur Özel', 'Özgür Özel', 'warning', 55, 65]])
  })

  it('takes No10 and Majlis-e-Shoora as their newsrooms write them, a creed beside its follower, and a cleft’s base form', async () => {
    expect(await found('names', 'Starmer hosts his new Cabinet at No10. Ministers of state come from the members of Majlis-e-Shoora in Pakistan.')).toEqual([])
    expect(await found('names', 'Dissident Peronist Florencio Randazzo spoke. Francos noted the potential for agreement with sectors of non-Kirchnerite Peronism.')).toEqual([])
    expect(await found('word-class', 'What we need to do in order to win back trust is make political reforms. The bill was ask to the house.')).toEqual([['was ask', 'was asked', 'warning', 82, 89]])
  })
})

describe('edited layouts (twenty-ninth batch)', () => {
  it('reads a lead’s first word in capitals as the paper’s style, and still fixes a name in capitals mid-story', async () => {
    expect(await found('case', 'SALVADOR Illa, the leader of the Catalan Socialist Party (PSC), has been elected. He met SALVADOR Illa later.')).toEqual([
      ['SALVADOR', 'Salvador', 'warning', 89, 97]
    ])
  })

  it('notes a name that kept its own keyboard’s letters and lost the rest, and warns where it lost one of its own', async () => {
    expect(await found('names', 'VVD party leader Dilan Yesilgöz spoke. Ozgur Özel and Kılıçdaroglu spoke.')).toEqual([
      ['Dilan Yesilgöz', 'Dilan Yeşilgöz', 'info', 17, 31],
      ['Ozgur Özel', 'Özgür Özel', 'warning', 39, 49],
      ['Kılıçdaroglu', 'Kılıçdaroğlu', 'warning', 54, 66]
    ])
  })

  it('reads a caption’s credit label and a name in another language beside its function word as no slips', async () => {
    const text = 'Ministers were sworn in on 21 November; Credit: Chambre des Députés. The vote passed. Thes challenges remain.'
    expect(await found('case', text)).toEqual([])
    expect((await found('spelling', text)).filter(([, , level]) => level === 'warning')).toEqual([['Thes', 'The', 'warning', 86, 90]])
  })

  it('reads parties of two creeds as two parties', async () => {
    expect(await found('names', 'The Costa Rican Renovation Party and the National Restoration Party each received one seat in San José.')).toEqual([])
  })

  it('reads "Hon." as an abbreviation, and takes "encashment" as newsroom vocabulary', async () => {
    const text = 'Speaker Bagbin said, “I have received a message. Hon. members, I will refer the nominees.” The encashment by parties was hidden.'
    expect(await found('case', text)).toEqual([])
    expect((await found('spelling', text)).filter(([, , level]) => level === 'warning')).toEqual([])
  })
})

describe('edited layouts (thirty-first batch)', () => {
  it('warns on a lowercase title only where the story capitalizes the same title, not another one', async () => {
    expect(await found('case', 'President Félix Tshisekedi met prime minister Sama Lukonde on Monday.')).toEqual([
      ['prime minister', 'Prime Minister', 'info', 31, 45]
    ])
    expect(await found('case', 'Prime Minister Sama Lukonde spoke. Later prime minister Sama Lukonde left.')).toEqual([
      ['prime minister', 'Prime Minister', 'warning', 41, 55]
    ])
  })

  it('reads a known person with a middle name between given name and surname as the person', async () => {
    expect(await found('names', 'Senator John Owan Enoh – Cross River. John Enoh spoke later.')).toEqual([])
  })

  it('reads "Amb." as an abbreviation, "The Bahamas" as the country’s name, and an outlet named for its address', async () => {
    expect(await found('spelling', 'Jigawa Amb. Yusuf Maitama Tuggar – Bauchi')).toEqual([['Amb', undefined, 'info', 7, 10]])
    expect(await found('case', 'He became prime minister of the Commonwealth of The Bahamas after the vote.')).toEqual([])
    expect(await found('spacing', 'Sources told Nation.Cymru that all Labour MSs will vote. It was late.Then it ended.')).toEqual([['late.Then', 'late. Then', 'warning', 64, 73]])
  })

  it('reads a doubled word after a known given name as the rest of the name, and still fixes a known person’s doubled surname', async () => {
    expect(await found('repeated-words', 'He named the Cobra faction’s leader David Yau Yau to the defence ministry.')).toEqual([])
    expect(await found('repeated-words', 'Prime Minister Fumio Kishida Kishida said so.')).toEqual([['Kishida Kishida', 'Kishida', 'warning', 21, 36]])
  })

  it('leaves a name of another language in English title case, and still fixes a Korean given name’s second syllable', async () => {
    expect(await found('case', 'Tshisekedi’s coalition is called the Union Sacrée. He gave an interview to Corriere della Sera.')).toEqual([])
    expect(await found('case', 'Acting President Choi Sang-Mok met the press.')).toEqual([['Sang-Mok', 'Sang-mok', 'warning', 22, 30]])
    expect(await found('case', 'Mélenchon, the leader of La France insoumise, spoke. Rates at the Bank of korea rose.')).toEqual([['korea', 'Korea', 'warning', 74, 79]])
  })
})

describe('machine-translated copy (thirty-first batch)', () => {
  it('fixes a name that lost its marks and a letter to the fuller spelling, whichever is written more', async () => {
    expect(await found('names', 'The Trapalhos were comedians. It looked like a Trapalhos script. It was a Trapalhões movie.')).toEqual([
      ['Trapalhos', 'Trapalhões', 'warning', 4, 13],
      ['Trapalhos', 'Trapalhões', 'warning', 47, 56]
    ])
  })

  it('removes question marks an encoding left against a word, and a space before a closing quote and its stop', async () => {
    expect(await found('spacing', 'The use of minority languages ??in schools was debated. He said it was “good for the government ”. She left.')).toEqual([
      ['??', '', 'warning', 30, 32],
      ['government ”', 'government”', 'warning', 85, 97]
    ])
  })

  it('removes a phrase written twice, and leaves rhetoric, a heading run into its text and a chant', async () => {
    expect(await found('repeated-words', 'Published on Published on 12 March. The rally was on Wednesday evening on Wednesday evening in Seoul.')).toEqual([
      ['Published on Published on', 'Published on', 'warning', 0, 25],
      ['on Wednesday evening on Wednesday evening', 'on Wednesday evening', 'warning', 50, 91]
    ])
    expect(await found('repeated-words', 'They waited for years and years and still hoped. THE ARTS The arts matter. Crowds chanted: “Imran Khan Imran Khan.”')).toEqual([])
  })

  it('finds a phrase doubled inside a quoted text that goes on after it, and "to" with its verb doubled', async () => {
    // An Indonesian regulation quoted in translation (tests/fixtures/real/new361), and a Vietnamese entertainment page (tuning set).
    expect(await found('repeated-words', '“Whose term ends in ends in 2023 as referred to in subsection (5),” the ministry said.')).toEqual([['ends in ends in', 'ends in', 'warning', 12, 27]])
    expect(await found('repeated-words', 'Many Vietnamese artists had to apologize to apologize to the audience. Prices rose more and more and more.')).toEqual([
      ['to apologize to apologize', 'to apologize', 'warning', 28, 53]
    ])
  })
})

describe('machine-translated copy (thirty-second batch)', () => {
  it('lowercases a pronoun capitalized mid-sentence, and after a clause’s comma offers the lost full stop first', async () => {
    expect(await found('case', 'The minister said that in His opinion the law was wrong.')).toEqual([['His', 'his', 'warning', 26, 29]])
    expect(await found('case', 'They bought testing kits, It was said, from abroad.')).toEqual([[', It', '. It', 'warning', 24, 28]])
  })

  it('leaves a pronoun capitalized after a verb of saying, and in a story that names God', async () => {
    expect(await found('case', 'He spoke of defense, stating, We discussed the payment.')).toEqual([])
    expect(await found('case', 'Jesus taught forgiveness, He gave us an example. The faithful serve Him by living free.')).toEqual([])
  })
})

describe('machine-translated copy (thirty-second batch): marks and characters', () => {
  it('replaces a low opening quotation mark of other languages with the English one', async () => {
    expect(await found('spacing', '„We will win,” he said.')).toEqual([['„', '“', 'warning', 0, 1]])
  })

  it('takes out a character of another script or a symbol a word was broken by, when the word it leaves is known', async () => {
    expect(await found('spelling', 'The Naꦍtional Assembly met an♉d voted.')).toEqual([
      ['Naꦍtional', 'National', 'warning', 4, 13],
      ['an♉d', 'and', 'warning', 27, 31]
    ])
  })
})

describe('edited layouts (thirty-second batch)', () => {
  it('reads the last word of a name called by its first (Ethiopian) as wire copy’s convention, and still fixes a Japanese given name alone', async () => {
    expect(await found('names', 'Deputy Prime Minister Temesgen Tiruneh was appointed. Ahmed said Tiruneh’s appointment was final.')).toEqual([])
    expect(await found('names', 'Prime Minister Shigeru Ishiba spoke. Later Shigeru told reporters he would stay.')).toEqual([['Shigeru', 'Ishiba', 'warning', 43, 50]])
  })

  it('reads a word after a middle initial as a surname, and a country’s own spelling inside its language’s name as that name’s', async () => {
    expect(await found('names', 'Senate Majority Leader Emmanuel Joel J. Villanueva spoke.')).toEqual([])
    expect(await found('names', 'He visited Villanueva in Guatemala.')).toEqual([['Villanueva', 'Villa Nueva', 'warning', 11, 21]])
    expect(await found('names', 'The alliance Juntos por el Perú (Together for Peru) won seats.')).toEqual([])
  })

  it('reads an incoming leader’s lowercase title as a title not yet held', async () => {
    expect(await found('case', 'Singapore’s incoming prime minister Lawrence Wong named his Cabinet. Prime Minister Lee Hsien Loong stays.')).toEqual([
      ['prime minister', 'Prime Minister', 'info', 21, 35]
    ])
  })
})

describe('Vietnamese names and places (thirty-second batch)', () => {
  it('reads a three-syllable Vietnamese name as one name, and a city written syllable by syllable as the city', async () => {
    expect(await found('names', 'Deputy Do Van Ve from Thai Binh spoke. Deputy Tran Ngoc Vinh from the northern city of Hai Phong agreed.')).toEqual([])
    expect(await found('names', 'He visited Timor Leste.')).toEqual([['Timor Leste', 'Timor-Leste', 'warning', 11, 22]])
  })
})

describe('edited layouts (thirty-third batch)', () => {
  it('reads a name ending in an exclamation mark after “the” as no sentence end, and Hong Kong’s own news agency as itself', async () => {
    expect(await found('case', 'The story ran on the Walla! news website, which Bezeq owns. What a day! then it ended.')).toEqual([['then', 'Then', 'warning', 72, 76]])
    expect(await found('names', 'The chief executive told Hong Kong China News Agency in an interview.')).toEqual([])
  })
})

describe('machine-translated copy (thirty-third batch): encodings', () => {
  it('reads UTF-8 misread as Windows-1252 back, and leaves a capital of its own language alone', async () => {
    expect(await found('spelling', 'President ErdoÄŸan spoke. Itâ€™s late. The ESTADÃO reported it.')).toEqual([
      ['ErdoÄŸan', 'Erdoğan', 'warning', 10, 18],
      ['Itâ€™s', 'It’s', 'warning', 26, 32],
      ['ESTADÃO', undefined, 'info', 43, 50]
    ])
  })

  it('reads a possessive’s apostrophe that Windows-1252 read as Mac Roman turned into “í”, and leaves names ending in “ís”', async () => {
    // messenger.com.ge (/issues/3790_december_28_2016/3790_pardon.html); kuwaittimes.com, an edited page, has one too ("pilgrimís").
    expect(await found('spelling', 'He makes the final decision after discussions with the Presidentís Pardon Commission.')).toEqual([['Presidentís', 'President’s', 'warning', 55, 66]])
    expect(await found('spelling', 'Deputies José Luís Rodríguez and Alianza País met in San Pedro de Macorís.')).toEqual([])
  })

  it('puts back the one letter a mirror replaced with a run of one capital', async () => {
    expect(await found('spelling', 'The plenum conZZZened to discuss adZZZancing reform.')).toEqual([
      ['conZZZened', 'convened', 'warning', 11, 21],
      ['adZZZancing', 'advancing', 'warning', 33, 44]
    ])
  })
})

describe('edited layouts (thirty-third batch): Ukrainian transliteration', () => {
  it('reads Ukraine’s official iia for -ія as another romanization of the name', async () => {
    expect(await found('names', 'Davyd Arakhamiia, the head of the Servant of the People faction, spoke. Arakhamiia added that work goes on.')).toEqual([])
  })
})

describe('thirty-fourth batch', () => {
  it('fixes a doubled closing bracket, a spinner’s “Might” for the month, and an address run into the next word', async () => {
    const text = 'He led the Pakistan Peoples Party (PPP)) until Might 11, 1992, said Irfan to Kompas.comTuesday.'
    const all = (await lint(text)).filter((f) => f.level === 'warning').map((f) => [f.rule, f.actual, f.expected[0]])
    expect(all).toEqual([
      ['unpaired', '))', ')'],
      ['usage', 'Might', 'May'],
      ['spacing', 'Kompas.comTuesday', 'Kompas.com Tuesday']
    ])
    expect(await found('unpaired', 'See the note (a (b)) there.')).toEqual([])
  })

  it('fixes a spinner’s “Could” for the month only in a date’s shape', async () => {
    expect(await found('usage', 'On 18 Could 2022 the court met again, and in Could 2024 it ruled.')).toEqual([
      ['Could', 'May', 'warning', 6, 11],
      ['Could', 'May', 'warning', 45, 50]
    ])
    expect(await found('usage', 'Could 12 members vote on it? It could 2 times over.')).toEqual([])
  })

  it('reads a person alone in the story’s own accepted spelling, the AP’s name of a party, and a one-l American spelling', async () => {
    expect(await found('names', 'Thai Prime Minister Prayuth Chan-ocha spoke. Prayuth was nominated by a military-backed party.')).toEqual([])
    expect(await found('names', 'George Simion leads the hard-right Alliance for the Unity of Romanians, or AUR.')).toEqual([])
    expect(await found('spelling', 'The cancelation of the election plunged Romania into crisis.')).toEqual([])
  })
})

describe('edited layouts (thirty-fourth batch): the inherent a', () => {
  it('reads a Nepali or Indian name with its inherent a kept or dropped as the person, and still fixes a letter changed', async () => {
    expect(await found('names', 'Speaker of Nepal’s House of Representatives Devaraj Ghimire spoke in Kathmandu.')).toEqual([])
    expect(await found('names', 'Indian Prime Minister Narendra Modee spoke in New Delhi.')).toEqual([['Narendra Modee', 'Narendra Modi', 'warning', 22, 36]])
  })
})

describe('edited layouts (thirty-fifth batch)', () => {
  it('reads a Khoekhoe name’s click letter as no spaced mark, and a party of union as another party than one of liberation', async () => {
    expect(await found('spacing', 'Posts went to Alpheus !Naruseb and Penda Ya Ndakolo. What a result !')).toEqual([[' !', '!', 'warning', 66, 68]])
    expect(await found('names', 'The National Union Party (PUN) won one seat in San José, Costa Rica.')).toEqual([])
  })
})

describe('machine-translated copy: a subject said twice', () => {
  it('takes out a subject pronoun capitalized right after a name, and leaves one after an abbreviation that ends a sentence', async () => {
    expect(await found('case', 'Opposition leader Maria Corina Machado They ended the rally.')).toEqual([[' They', '', 'warning', 38, 43]])
    expect(await found('case', 'He was born in Santa Monica, Calif. He is a graduate of UCLA. Two candidates, Wong Chi Him and Lee, lost.')).toEqual([])
  })
})

describe('thirty-sixth batch', () => {
  it('fixes a known person’s surname lowercased however often the story does it, and reads Taiwan’s National Security Bureau as itself', async () => {
    const text = 'The President of the United States, Donald trump intends to speak. Aides say that trump wants more. Later trump left.'
    expect((await found('case', text)).filter(([actual]) => actual === 'trump')[0]).toEqual(['trump', 'Trump', 'warning', 43, 48])
    expect(await found('names', 'The National Security Bureau’s Director-General Tsai Ming-yen spoke in Taipei.')).toEqual([])
  })
})

describe('thirty-seventh batch', () => {
  it('knows shura and a cordon sanitaire, reads a Bulgarian name with its s doubled as the person, and a party’s name translated beside its own acronym as a translation', async () => {
    expect(await found('spelling', 'Members spoke of authentic shura. The parties declared a cordon sanitaire around the movement.')).toEqual([])
    expect(await found('names', 'In Sofia, Democratic Bulgaria’s candidate Atanas Atanassov was defeated.')).toEqual([])
    // "Savez" is league or alliance: beside the party's own acronym, a note; without it, the warning stays.
    expect(await found('names', 'Deputies from the League of Independent Social Democrats (SNSD) of Milorad Dodik boycotted the vote.')).toEqual([
      ['League of Independent Social Democrats', 'Alliance of Independent Social Democrats', 'info', 18, 56]
    ])
    expect(await found('names', 'Indian Prime Minister Narendra Modee spoke in New Delhi.')).toEqual([['Narendra Modee', 'Narendra Modi', 'warning', 22, 36]])
  })
})

describe('thirty-eighth batch: a dash that opens an attribution', () => {
  it('finds a dash before a verb of attribution and its speaker, fixed to a comma after a word, and leaves a dash before a participle alone', async () => {
    expect(await found('usage', 'We will not let one party decide - added Nikolić. It was planned that way - said the DPS spokesperson.')).toEqual([
      [' - added', ', added', 'warning', 32, 40],
      [' - said', ', said', 'warning', 73, 80]
    ])
    expect(await found('usage', '“We will win,” – said MP Paweł Kukiz.')).toEqual([['– said', undefined, 'warning', 15, 21]])
    expect(await found('usage', 'The measure – said to cost $2 billion – passed. Relations were tense -- noted in the report.')).toEqual([])
  })
})

describe('thirty-eighth batch: straight quotes on the wrong side of their space', () => {
  it('reads a straight mark as opening or closing by its place in the paragraph, and judges no paragraph with an odd number of them', async () => {
    expect(await found('spacing', '"We must do it like that, "he said.\n\nWe are going to leave"Georgian Dream" .')).toEqual([
      [', "he', '," he', 'warning', 24, 29],
      ['leave"', 'leave "', 'warning', 53, 59],
      ['" .', '".', 'warning', 73, 76]
    ])
    // The first paragraph's quotation runs on: three marks, none judged; a 12" screen is no quotation.
    expect(await found('spacing', '"We will win," he said, "and then "we will see.\n\nIt has a 12" screen, "he" said.')).toEqual([])
  })
})

describe('thirty-ninth batch: news beyond politics', () => {
  it('reads a short quotation holding another language’s function word as that language, and a first name a man of the gazetteer bears as no woman’s only', async () => {
    const film = 'Cuarón threatened to submit his classic “Y tu mamá también” in protest at the Academy’s voting practices.'
    expect((await lint(film)).filter((f) => f.level === 'warning')).toEqual([])
    expect(await found('names', 'Bank of Canada Governor Tiff Macklem spoke on Monday. Mr. Macklem defended the bank.')).toEqual([])
    expect(await found('names', 'Armenia’s former prime minister Karen Karapetyan was detained. Mr. Karapetyan denied it.')).toEqual([])
    // A first name that is only a woman's still gives her away.
    expect(await found('names', 'Senator Susan Lindqvist spoke. Mr. Lindqvist said the bill would pass.')).toEqual([['Mr. Lindqvist', 'Ms. Lindqvist', 'warning', 31, 44]])
  })

  it('reads a country’s adjective for its name inside a defined body’s name as the same body, and two amounts as no name spelled two ways', async () => {
    const league = 'Only one player hails from the Nigeria Premier Football League (NPFL). He is the best we have in the Nigerian Premier Football League.'
    expect(await found('names', league)).toEqual([])
    const amounts = 'He was convicted over RM42mil of SRC International funds. He is out on bail of RM2mil. Another was fined RM2mil.'
    expect(await found('names', amounts)).toEqual([])
  })
})

describe('fortieth batch: the month written small', () => {
  it('fixes "may" before a day or a year to the month, and leaves the verb before anything else', async () => {
    expect(await found('usage', 'In may 2015 the authorities met. The vote was held on may 5th.')).toEqual([
      ['may', 'May', 'warning', 3, 6],
      ['may', 'May', 'warning', 54, 57]
    ])
    expect(await found('usage', 'The cuts may 10x the cost, and the court may rule by 2026.')).toEqual([])
  })
})

describe('fortieth batch: one Korean name in two romanizations', () => {
  it('fixes the less usual romanization of a Korean name the story writes two ways to the usual one, and leaves two names apart', async () => {
    const text = 'Broadcaster Jang Sung Kyu joined the show. Jang Seong Gyu said he was happy. Later Jang Sung Kyu laughed. Jang Sung Kyu left.'
    expect(await found('names', text)).toEqual([['Jang Seong Gyu', 'Jang Sung Kyu', 'warning', 43, 57]])
    // Min-jae and Min-jeong are two people.
    expect(await found('names', 'Kim Min-jae scored. Kim Min-jae ran. Kim Min-jeong watched.')).toEqual([])
  })
})

describe('forty-first batch: local news', () => {
  it('reads a word before a noun of a kind of place as a place of its own, a glossed phrase of another language as that language, and knows synergize', async () => {
    expect(await found('names', 'Mr Kiiza represents Lubya parish in Rubaga Division.')).toEqual([])
    expect(await found('names', 'He flew to Lubya on Monday.')).toEqual([['Lubya', 'Libya', 'warning', 11, 16]])
    const game = 'Gamblers play a game of cara y cruz (heads and tails). Later natalia de la Sota spoke. Councils must synergise.'
    expect((await lint(game)).filter((f) => f.level === 'warning').map((f) => [f.rule, f.actual])).toEqual([['case', 'natalia']])
  })

  it('reads a lowercase word between two words no dictionary knows as a word of that language, no name written small', async () => {
    // Rappler, 2018: the president's Tagalog, quoted.
    expect(await found('case', 'He said: “Alam ko na may separation of Church and state, huwag sana gamitin ang pulpito.”')).toEqual([])
    expect(await found('case', 'Rebels shelled sana on Monday.')).toEqual([['sana', 'Sana', 'warning', 15, 19]])
  })
})

describe('a place’s opening vowel written another way', () => {
  it('fixes a known place with only its opening vowel changed, and no person so', async () => {
    expect(await found('names', 'The meeting took place in Estanbul on Monday.')).toEqual([['Estanbul', 'Istanbul', 'warning', 26, 34]])
    expect(await found('names', 'Iran’s president Ebrahim Raisi spoke.')).toEqual([])
  })
})

describe('forty-third batch: wire and national papers on the countries most in the news', () => {
  it('knows Ukraine’s own romanizations of a city and a given name, and Latin and plural forms of edited copy', async () => {
    const text = 'Zelensky proposed Yuliya Svyrydenko. Regions of Donetsk, Luhansk, Zaporizhzhia, and Kherson voted. A suo motu case on memoranda; he lived in reclusion.'
    expect((await lint(text)).filter((f) => f.level === 'warning')).toEqual([])
    // The Russian form of a Ukrainian given name is still fixed.
    expect(await found('names', 'Ukraine’s former foreign minister Dmitry Kuleba spoke in Kyiv.')).toEqual([['Dmitry Kuleba', 'Dmytro Kuleba', 'warning', 34, 47]])
  })
})

describe('forty-fourth batch: a Mandarin reading one syllable off', () => {
  it('fixes a Korean or Taiwanese leader’s name read in Mandarin with one syllable heard otherwise, where the title or the story’s country points to the person', async () => {
    expect(await found('names', 'South Korean President Yin Xilie declared martial law in Seoul.')).toEqual([['Yin Xilie', 'Yoon Suk Yeol', 'warning', 23, 32]])
    expect(await found('names', 'In South Korea, opposition leader Li Zaoming spoke in Seoul.')).toEqual([['Li Zaoming', 'Lee Jae-myung', 'warning', 34, 44]])
    // A Chinese person's own name, a story about China; a syllable far from the person's ("Guanshi" is no Bingshi) is
    // no known person, only a Korean name read in Mandarin, with no fix.
    expect(await found('names', 'Chinese scholar Li Zaoming spoke in Beijing.')).toEqual([])
    expect(await found('names', 'South Korean presidential aide Yin Guanshi spoke in Seoul.')).toEqual([['Yin Guanshi', undefined, 'warning', 31, 42]])
  })

  it('reads a two-character given name read exactly, the family name read another way, as the person; not a one-character one', async () => {
    expect(await found('names', 'Japanese Prime Minister Kan Yiwei spoke in Tokyo.')).toEqual([['Kan Yiwei', 'Yoshihide Suga', 'warning', 24, 33]])
    expect(await found('names', 'In South Korea, Li Zaoming’s party won in Seoul.')).toEqual([['Li Zaoming', 'Lee Jae-myung', 'warning', 16, 26]])
    expect(await found('names', 'In the South Korean drama the hero Fan Xian was stabbed.')).toEqual([])
  })

  it('then fixes the family syllable alone after a title or a courtesy title, and no other person of that syllable', async () => {
    const text = 'South Korean President Yin Xilie declared martial law. Mr. Yin said that President Yin’s position was firm. Yin Ling, an actress, watched.'
    expect((await found('names', text)).map(([actual, expected, , start]) => [actual, expected, start])).toEqual([
      ['Yin Xilie', 'Yoon Suk Yeol', 23],
      ['Yin', 'Yoon', 59],
      ['Yin', 'Yoon', 83]
    ])
  })
})

describe('a known name with a space before its hyphen', () => {
  it('closes up the hyphen of a known name whatever its syllables, and leaves a dash alone', async () => {
    expect(await found('spacing', 'Former president Tsai Ing -wen spoke.')).toEqual([['Ing -wen', 'Ing-wen', 'warning', 22, 30]])
    expect(await found('spacing', 'Former president Tsai spoke -and left.')).toEqual([])
  })
})

describe('forty-sixth batch: words run into a number or a sentence’s first word', () => {
  it('puts back the space after a number before a word, between a month and its year, and after an opening "The", and leaves units and names alone', async () => {
    const text = 'Theresolution was adopted by 440deputies in October2018. Bywater and Tobias spoke at 10am, 5km away.'
    expect(await found('spacing', text)).toEqual([
      ['Theresolution', 'The resolution', 'warning', 0, 13],
      ['440deputies', '440 deputies', 'warning', 29, 40],
      ['October2018', 'October 2018', 'warning', 44, 55]
    ])
  })
})

describe('a known person’s surname written small after the title or before the verb', () => {
  it('capitalizes a surname the gazetteer knows after a title the person holds or before a verb of saying, and leaves a common word alone', async () => {
    expect(await found('case', 'The French president macron spoke. Despite the turnout, macron said that it holds.')).toEqual([
      ['macron', 'Macron', 'warning', 21, 27],
      ['macron', 'Macron', 'warning', 56, 62]
    ])
    expect(await found('case', 'The brown said nothing; the president spoke.')).toEqual([])
  })
})

describe('forty-seventh batch: East and Southeast Asian copy', () => {
  it('knows China’s former banking regulator as a body of its own', async () => {
    expect(await found('names', 'His actions as vice-chairman of the former China Banking Regulatory Commission caused losses.')).toEqual([])
  })
})

describe('forty-eighth batch: Vietnamese leaders read in Mandarin', () => {
  it('fixes a Vietnamese leader named by the Mandarin reading of the characters Chinese media give the name', async () => {
    expect(await found('names', 'Vietnamese leader Su Lin met the delegation in Hanoi.')).toEqual([['Su Lin', 'To Lam', 'warning', 18, 24]])
  })
})

describe('a verb capitalized between lowercase words', () => {
  it('lowercases a past or -s form of a verb before a function word, after a lowercase word or a clause’s comma, and leaves adjectives of names alone', async () => {
    const text = 'Oli was accused of having twice Dissolved the House. Abe met his cabinet , Announced the resignation of all members.'
    expect(await found('case', text)).toEqual([
      ['Dissolved', 'dissolved', 'warning', 32, 41],
      ['Announced', 'announced', 'warning', 75, 84]
    ])
    expect(await found('case', 'In describing the initial Allied occupation of a city, the author cited the Gone Girl film.')).toEqual([])
  })
})

describe('a known person’s two-word name with one word a letter off and the other garbled', () => {
  it('fixes the name after the person’s title in a story about the country, and leaves a name of someone else alone', async () => {
    const text = 'It is the dismissal of the Minister of Economy, Abdanasser Hemati, as the Iranian conservatives attack.'
    expect(await found('names', text)).toEqual([['Abdanasser Hemati', 'Abdolnaser Hemmati', 'warning', 48, 65]])
    expect(await found('names', 'The economist Abdullah Hemati spoke in Kabul.')).toEqual([])
  })
})

describe('fifty-first batch: a name particle capitalized and spaced', () => {
  it('takes "Al Sudani" as the layout of al-Sudani, and keeps a small particle spaced a slip', async () => {
    expect(await found('names', 'President Raisi welcomed Prime Minister Mohammed Shia Al Sudani in Tehran. Al Sudani spoke.')).toEqual([])
    expect(await found('names', 'President Abdel Fattah el Sisi met him.')).toEqual([['Abdel Fattah el Sisi', 'Abdel Fattah el-Sisi', 'warning', 10, 30]])
  })
})

describe('forty-ninth and fifty-first batches: edited copy of Africa, Latin America, Europe and diplomacy', () => {
  it('leaves a father’s given name doubled inside a longer name, and still flags a doubled name with no name after it', async () => {
    expect(await found('repeated-words', 'He introduced Nowara Abo Mohamed Mohamed Tahir to the council.')).toEqual([])
    expect(await found('repeated-words', 'Then Bruno Bruno said no.')).toEqual([['Bruno Bruno', 'Bruno', 'warning', 5, 16]])
  })

  it('takes a body defined by an acronym of its own language as no body whose acronym is on record', async () => {
    expect(await found('names', 'Some Smer members said the Hungarian Coalition Party (SMK) would be in opposition.')).toEqual([])
  })

  it('notes the plural of a body’s noun a house style capitalizes, leaves a legal "the said" before a name, and "karateka"', async () => {
    expect(await found('case', 'It serves close coordination between the two Parties and the two countries.')).toEqual([['Parties', 'parties', 'info', 45, 52]])
    expect(await found('phrases:the-said', '“I declare the said Hakainde Hichilema elected,” he said. Police searched the said company.')).toEqual([['the said', 'the', 'info', 74, 82]])
    expect(await found('spelling', 'Ishiba praised him as a karateka known for discipline.')).toEqual([])
  })
})

describe('Arabic surnames with and without their particle', () => {
  it('takes a given name before a particle’s name as no surname, and a particle dropped as AP writes it as the same name', async () => {
    const text = 'Syria named Ahmed al-Sharaa president. Sharaa said Foreign Minister Asaad al-Shaibani would travel. Bashar al-Assad had fled.'
    expect(await found('names', text)).toEqual([])
    expect(await found('names', 'The Coordination Framework does not fully back Mohammed Shia Sudani as the next prime minister.')).toEqual([])
    expect(await found('names', 'Mr Yusuf Mugerwa and Mr Bruhan Baryejusa spoke in Kampala.')).toEqual([])
  })
})

describe('fifty-second batch: a US official’s given name in another spelling', () => {
  it('reads "US" in a person’s title as the country, so an American’s given name is no transliteration', async () => {
    expect(await found('names', 'US Secretary of State Anthony Blinken met Chinese leader Xi Jinping.')).toEqual([['Anthony Blinken', 'Antony Blinken', 'warning', 22, 37]])
  })

  it('still fixes a known person after the title of the office in a story from elsewhere', async () => {
    expect(await found('names', 'Secretary of State Antony Blink In arrived in Cairo on Monday for talks with Egypt.')).toEqual([['Antony Blink In', 'Antony Blinken', 'warning', 19, 34]])
  })
})

describe('fifty-second batch: foreign ministers named by the Mandarin reading of their Chinese names', () => {
  it('fixes Penny Wong, S. Jaishankar and Le Hoai Trung read from 黄英贤, 苏杰生 and 黎怀忠', async () => {
    const text = 'Australian Foreign Minister Huang Yingxian met Indian External Affairs Minister Su Jiesheng and Vietnamese Foreign Minister Li Huaizhong.'
    expect((await found('names', text)).map(([actual, expected]) => [actual, expected])).toEqual([
      ['Huang Yingxian', 'Penny Wong'],
      ['Su Jiesheng', 'Subrahmanyam Jaishankar'],
      ['Li Huaizhong', 'Le Hoai Trung']
    ])
  })
})

describe('fiftieth and fifty-second batches: names copy writes more than one way', () => {
  it('knows "Binyamin Netanyahu", "Abd Rabbo Mansour Hadi" and the Democratic Union of Hungarians in Romania, and a body of two countries joined by a hyphen', async () => {
    const text = 'Prime Minister Binyamin Netanyahu met envoys. Yemeni President Abd Rabbo Mansour Hadi left. The Democratic Union of Hungarians in Romania won 6%. They resumed the Japan-ROK Security Dialogue.'
    expect(await found('names', text)).toEqual([])
  })
})

describe('a name run into a short function word', () => {
  it('puts back the space after a name the story writes alone before a three-letter function word, and after a known place before a long one', async () => {
    const text = 'Zapata spoke first. Zapataand his allies left. The state of Tabascoalthough poor voted. Simone and Sim met.'
    expect(await found('spacing', text)).toEqual([
      ['Zapataand', 'Zapata and', 'warning', 20, 29],
      ['Tabascoalthough', 'Tabasco, although', 'warning', 60, 75]
    ])
  })
})

describe('a space before the hyphen of a compound of nations', () => {
  it('closes up a combining form of a people and a pair of places, and leaves a dash typed short after a place', async () => {
    const text = 'The Afro -descendant caucus met before the China -Japan talks in the Sino -Vietnamese border area. Three countries in Africa- Nigeria, Ghana and Uganda voted.'
    expect(await found('spacing', text)).toEqual([
      ['Afro -descendant', 'Afro-descendant', 'warning', 4, 20],
      ['China -Japan', 'China-Japan', 'warning', 43, 55],
      ['Sino -Vietnamese', 'Sino-Vietnamese', 'warning', 69, 85]
    ])
  })
})

describe('fifty-fifth batch: economy and business copy', () => {
  it('takes a Korean given name with another real syllable, two letters off, as another person, and keeps a one-letter slip', async () => {
    expect(await found('names', 'Joining the rate-setting board is Lee Il-houng, head of a Seoul think tank.')).toEqual([])
    expect(await found('names', 'Former President Park Geun-hee was released.')).toEqual([['Park Geun-hee', 'Park Geun-hye', 'warning', 17, 30]])
  })

  it('knows Deutsche Bahn and Anglo American, takes "JP Morgan" as JPMorgan’s layout and "cess" as a word', async () => {
    const text = 'A former employee of Deutsche Bank and JP Morgan, he praised Anglo American. Deutsche Bahn was struck. The cess on petrol rose.'
    expect((await lint(text)).filter((f) => f.level === 'warning')).toEqual([])
  })
})

describe('fifty-fourth batch: accents and quoted names of other languages', () => {
  it('never fixes an accented surname to the full name’s accentless one, and fixes the accentless one', async () => {
    const text = 'The president-elect of Guatemala, Bernardo Arevalo de Leon, rejected the ruling of the electoral court. Arévalo de León said the suspension was illegal.'
    expect((await found('names', text)).map(([actual, expected]) => [actual, expected])).toEqual([['Arevalo', 'Arévalo']])
  })

  it('leaves a quoted name of three words none of them English, and still flags typos in an English quotation', async () => {
    const text = 'He became the candidate of the “Antoko politika madio” party. He said “the goverment anounced it” yesterday.'
    expect((await found('spelling', text)).filter((finding) => finding[2] === 'warning').map(([actual]) => actual)).toEqual(['goverment', 'anounced'])
  })
})

describe('fifty-sixth batch: Thai and Korean names read in Mandarin', () => {
  it('fixes Prayut, Srettha and Lee Jae-yong read from 巴育, 赛塔 and 李在镕, and leaves the Shinawatra family alone', async () => {
    const text = 'Thai Prime Minister Bayu met Saita in Bangkok. Samsung chairman Li Zairong was acquitted. The Pheu Thai party is backed by the Shinawatra family.'
    expect((await found('names', text)).map(([actual, expected]) => [actual, expected])).toEqual([
      ['Bayu', 'Prayut Chan-o-cha'],
      ['Saita', 'Srettha Thavisin'],
      ['Li Zairong', 'Lee Jae-yong']
    ])
  })
})

describe('fifty-third batch: edited copy from Spanish-, Portuguese- and French-language newsrooms', () => {
  it('leaves EFE’s own dateline, a dash closing an aside, surnames in capitals, and names written two ways by edited copy', async () => {
    const text = [
      'Lima, July 26 (EFE).- The pro-government party voted.',
      'Paul Bert Rahasimanana – known as Rossy – highlights the haste of a decision.',
      'Members are Louis Gérald GILLES, Edgard LEBLANC Fils and others. Edgard Leblanc Fils spoke.',
      'UNITA’s Adalberto da Costa Júnior spoke.',
      'The right won a majority on Chile’s Constitutional Council.'
    ].join('\n\n')
    expect((await lint(text)).filter((f) => f.level === 'warning')).toEqual([])
  })

  it('still fixes a translated dateline’s full stop and dash, and a dash before a speaker', async () => {
    expect(await found('spacing', 'Mexico City.- The Senate voted.')).toEqual([['.-', ' —', 'warning', 11, 13]])
    expect(await found('usage', 'We will not give up - added Nikolić.')).toEqual([[' - added', ', added', 'warning', 19, 27]])
  })
})

describe('electoral bodies of Vietnam and Cambodia', () => {
  it('knows the National Election Council and the National Election Committee', async () => {
    expect(await found('names', 'Vuong Dinh Hue, who is also Chairman of the National Election Council, spoke. Cambodia’s National Election Committee approved it.')).toEqual([])
  })
})

describe('sixtieth batch: Kuomintang figures in mainland pinyin', () => {
  it('fixes Hau Lung-bin and Chang Ya-chung read from 郝龍斌 and 張亞中', async () => {
    const text = 'Kuomintang vice chairman Hao Longbin and chairmanship candidate Zhang Yazhong spoke in Taipei.'
    expect((await found('names', text)).map(([actual, expected]) => [actual, expected])).toEqual([
      ['Hao Longbin', 'Hau Lung-bin'],
      ['Zhang Yazhong', 'Chang Ya-chung']
    ])
  })
})

describe('fifty-seventh batch: South Asian, Central Asian and Middle Eastern politics', () => {
  it('leaves a capitals dateline’s spaced colon, a particle capitalized, Shoura and Guards, and a name after another office', async () => {
    const text = [
      'ISLAMABAD : Opposition Leader Shehbaz Sharif arrived.',
      'Speaker since the termination of Mohammed Al-Halbousi’s membership in 2023.',
      'The Kingdom will reshuffle the Shoura Council this week. He rejoined the Islamic Revolutionary Guards Corps.',
      'Secretary General Dasanayake announced to the House that Ranil Wickremesinghe won, for the Sri Lankan people.'
    ].join('\n\n')
    expect((await lint(text)).filter((f) => f.level === 'warning')).toEqual([])
  })

  it('still fixes a space before a colon in running text and a letter off the president after his title', async () => {
    expect(await found('spacing', 'He said : nothing.')).toEqual([[' :', ':', 'warning', 7, 9]])
    expect((await found('names', 'Sri Lankan President Dissanayke spoke in Colombo.')).map(([actual, expected]) => [actual, expected])).toEqual([['Dissanayke', 'Dissanayake']])
  })
})

describe('spacing around amounts and a number opening a compound', () => {
  it('sets a currency sign and a percent sign against their amount and words, and closes "71 -year-old"', async () => {
    const text = 'The plan cost $ 1 billion, 60%of the budget, for the 71 -year-old leader. It paid US$ 5 and 5%-6% more.'
    expect(await found('spacing', text)).toEqual([
      ['$ ', '$', 'warning', 14, 16],
      ['60%of', '60% of', 'warning', 27, 32],
      ['71 -year-old', '71-year-old', 'warning', 53, 65]
    ])
  })
})

describe('a name run into a news verb', () => {
  it('puts back the space between a name the story writes alone and a past tense news copy uses', async () => {
    expect(await found('spacing', 'Sheinbaum spoke first. Later Sheinbaumreacted to the vote.')).toEqual([['Sheinbaumreacted', 'Sheinbaum reacted', 'warning', 29, 45]])
  })
})

describe('a plural noun run into the next word', () => {
  it('puts back the space after a plural noun before a common word, and leaves words made with a suffix or a prefix', async () => {
    const text = 'They began negotiationsespecially on pay. Corporate sponsorships, governorships and a weekslong, overstrained contest followed.'
    expect(await found('spacing', text)).toEqual([['negotiationsespecially', 'negotiations, especially', 'warning', 11, 33]])
  })
})

describe('two names run together', () => {
  it('puts back the space between names the story writes alone, and leaves a compound given name and brands', async () => {
    const text = 'Gibran spoke. Jokowi spoke. Later GibranJokowi left. Abdul spoke, then AbdulAziz Yari. YouTube and PlayStation grew.'
    expect(await found('spacing', text)).toEqual([['GibranJokowi', 'Gibran Jokowi', 'warning', 34, 46]])
  })
})

describe('sixty-first batch: wire politics of the countries most in the news', () => {
  it('reads a name defined with a possessive before its acronym as the name, and knows the Bangkok Post’s Sorawong Thiengthong', async () => {
    const text = 'Members of the Sunni Ittehad Council’s (SIC) bloc walked out. The Sunni Ittehad Council then met. Sorawong Thiengthong, Pheu Thai’s secretary-general, spoke.'
    expect(await found('names', text)).toEqual([])
  })
})

describe('two marks where a sentence or a quotation ends', () => {
  it('fixes a full stop doubled across a closing quote, one where a comma goes, and a comma after a question', async () => {
    const text = '“We will win,” said William Lai.”. The vote, held in 1974., ended. Who won the end?, he asked.'
    expect(await found('spacing', text)).toEqual([
      ['.”.', '.”', 'warning', 31, 34],
      ['.,', ',', 'warning', 57, 59],
      ['?,', '?', 'warning', 82, 84]
    ])
    expect(await found('spacing', 'He called it “a fraud by Maduro.”, then left.')).toEqual([['.”,', ',”', 'warning', 31, 34]])
  })

  it('leaves an abbreviation’s full stop, a brand’s exclamation, a quoted title’s question and a quotation inside a quotation', async () => {
    expect(await found('spacing', 'Apple Inc., Rip Randall of Tyler, Tex., Joe Awuah Jnr., and the U.S., all met.')).toEqual([])
    expect(await found('spacing', 'He joined Yahoo!, then left. He wrote “A New Ruling Class?”, Yunus said.')).toEqual([])
    expect(await found('spacing', 'She said: “We ran with the motto ‘Together for the future!’.” It won.')).toEqual([])
  })
})

describe('a known word run into the clause after it', () => {
  it('splits a Capitalized word from an -ing verb or a long function word, and leaves a noun in -ing that ends a name', async () => {
    expect(await found('spacing', 'The reform would modify the Congressarguing that it had failed.')).toEqual([['Congressarguing', 'Congress, arguing', 'warning', 28, 43]])
    expect(await found('spacing', 'He cited the Constitutiondespite the ruling.')).toEqual([['Constitutiondespite', 'Constitution, despite', 'warning', 13, 32]])
    expect(await found('spacing', 'The Taiwan Statebuilding Party also held a news conference.')).toEqual([])
  })
})

describe('sixty-fifth batch: courts, central banks and companies in wire copy', () => {
  it('reads a word after a connector of another language, or after an unknown word of a person’s name, as that name’s', async () => {
    expect(await found('names', 'Also cleared were officials of Davao del Norte and Davao del Sur.')).toEqual([])
    // Shaharuddin, a letter from Bangladesh's president, opens a longer name: "Wan Ladin" follows it.
    expect(await found('names', 'Deputy public prosecutor Datuk Wan Shaharuddin Wan Ladin informed the High Court.')).toEqual([])
    expect(await found('names', 'He flew to Norte on Monday.')).toEqual([['Norte', 'Norway', 'warning', 11, 16]])
  })

  it('accepts the Latin of court reporting as a phrase', async () => {
    expect(await found('spelling', 'The state filed notices of withdrawal and nolle prosequi in the cases.')).toEqual([])
  })
})

describe('a capitalized slip of a news word', () => {
  it('fixes a long capitalized word one edit from a word film subtitles count low, and leaves the other dialect and a plural', async () => {
    expect(await found('spelling', 'Meanwhile the violence erupted in the Parliment today.')).toEqual([['Parliment', 'Parliament', 'warning', 38, 47]])
    const warnings = async (text: string) => (await found('spelling', text)).filter(([, , level]) => level === 'warning')
    expect(await warnings('Honourable members who wish to vote in favour may rise.')).toEqual([])
    expect(await warnings('The bank said so. Redemptions of savings bonds rose.')).toEqual([])
  })
})

describe('a name run into the title of its apposition', () => {
  it('splits the name from a title of six letters or more and gives the apposition its comma', async () => {
    expect(await found('spacing', 'Also held was Paolo Emilio Signoriniformer president of the port authority.')).toEqual([
      ['Signoriniformer', 'Signorini, former', 'warning', 27, 42]
    ])
    expect(await found('spacing', 'The ruling by Alexandre Moraespresident of the court stands.')).toEqual([['Moraespresident', 'Moraes, president', 'warning', 24, 39]])
  })
})

describe('a quotation with both marks turned', () => {
  it('fixes a pair of curly marks turned the wrong way as one finding, and leaves the marks around an attribution', async () => {
    expect(await found('spacing', 'He was sentenced to ” hard labor “, that the court found.')).toEqual([['” hard labor “', '“hard labor”', 'warning', 20, 34]])
    expect(await found('spacing', '“No,” he said, “never.” It was over.')).toEqual([])
  })
})

describe('sixty-eighth batch: local government, protests and schools', () => {
  it('reads a town one consonant from another town as a town of its own, and still fixes a vowel slip of a city', async () => {
    expect(await found('names', 'The UDF got a simple majority in Kannur and the single largest party status in Kochi.')).toEqual([])
    expect(await found('names', 'Thousands marched in Estanbul on Sunday.')).toEqual([['Estanbul', 'Istanbul', 'warning', 21, 29]])
  })

  it('takes the American spelling of archaeology as a word', async () => {
    expect(await found('spelling', 'Museums and archeological sites closed for the day.')).toEqual([])
  })
})

describe('a garbled surname repeated after a courtesy title', () => {
  it('keeps the same garble a warning each time it is addressed as a person in a story about the person’s country', async () => {
    const text = 'Bangkok votes. It is expected that independent Mr. Chachart will be elected. The top candidate, Mr. Chachart, won. Mr. Chachart is 55 years old.'
    expect((await found('names', text)).map(([actual, expected, level]) => [actual, expected, level])).toEqual([
      ['Chachart', 'Chadchart', 'warning'],
      ['Chachart', 'Chadchart', 'warning'],
      ['Chachart', 'Chadchart', 'warning']
    ])
  })
})

describe('a garbled surname in a story naming the person’s office', () => {
  it('keeps a lone surname a letter off a warning, however often written, where the story names the office on record', async () => {
    const text = 'Critics of the Tehran mayor in the City Council have given Zahkani until October to resign. Zahkani’s supporters are numerous. Opponents of Zahkani wait.'
    expect((await found('names', text)).map(([actual, expected, level]) => [actual, expected, level])).toEqual([
      ['Zahkani', 'Zakani', 'warning'],
      ['Zahkani', 'Zakani', 'warning'],
      ['Zahkani', 'Zakani', 'warning']
    ])
  })
})

describe('a garble of a name the story also writes right', () => {
  it('keeps a lone word a letter from a body the story names a warning, however often repeated', async () => {
    const text = 'Chega’s influence grew. The PSD prefers the PS to Chegu, Ventura said. Voters for Chegu were clear. The Chegu leader spoke.'
    expect((await found('names', text)).map(([actual, expected, level]) => [actual, expected, level])).toEqual([
      ['Chegu', 'Chega', 'warning'],
      ['Chegu', 'Chega', 'warning'],
      ['Chegu', 'Chega', 'warning']
    ])
  })
})

describe('seventieth batch: national news agencies in English', () => {
  it('reads a name that goes on past a shorter person’s name as a longer name of its own', async () => {
    expect(await found('names', 'The report was delivered by NA Secretary General Nguyen Hanh Phuc on Monday.')).toEqual([])
  })

  it('reads the Tagalog words of a Philippine bill’s name as no name to match', async () => {
    expect(await found('names', 'The Senate passed the proposed “Trabaho Para Sa Bayan” Act.')).toEqual([])
  })
})

describe('one word on both sides of “and”', () => {
  it('keeps one of a word written twice around “and” after a function word, and leaves the figures English makes of one word and a qualified side', async () => {
    expect(await found('repeated-words', 'The officers beat the crowd with sticks and sticks.')).toEqual([['sticks and sticks', 'sticks', 'warning', 33, 50]])
    expect(await found('repeated-words', 'Deputy ministers and ministers met. The Prime Minister and Minister of Defence spoke. Prices rose more and more, closer and closer.')).toEqual([])
    expect(await found('repeated-words', 'We need bonds and bonds and bonds. They kept moving and moving again.')).toEqual([])
  })

  it('keeps one of a plural doubled where it starts its phrase, or an adjective doubled where its clause ends, as a translated masculine-and-feminine pair or reduplication', async () => {
    expect(await found('repeated-words', 'He thanked the soldiers, all Ukrainians and Ukrainians who hold the front.')).toEqual([['Ukrainians and Ukrainians', 'Ukrainians', 'warning', 29, 54]])
    expect(await found('repeated-words', 'Quite a few Members and Members left out the oath.')).toEqual([['Members and Members', 'Members', 'warning', 12, 31]])
    expect(await found('repeated-words', 'A policy that has appeared selfish and selfish, and must end.')).toEqual([['selfish and selfish', 'selfish', 'warning', 27, 46]])
  })

  it('keeps one of an adjective doubled before the noun it qualifies', async () => {
    // https://naaju.com/cuba/approved-constitutional-reform-project-cubajournalists
    const text = 'The National Assembly of People’s Power unanimously approved this Sunday, at the close of the first ordinary session of the Ninth Legislature and after two intense and intense days of analysis, the project.'
    expect(await found('repeated-words', text)).toEqual([['intense and intense', 'intense', 'warning', 156, 175]])
    // A comparative doubled is a figure of degree, before a noun too (Brown's "worse and worse beatings").
    expect(await found('repeated-words', 'The prisoners suffered worse and worse beatings.')).toEqual([])
  })

  it('leaves a doubled plural whose sides go their own ways, a name that goes on, a verb repeated and the figures of degree', async () => {
    const text = 'It backed independent-minded people and people who will decide. The Complaints and Complaints Commission met. He waited and waited. Things got worse and worse.'
    expect(await found('repeated-words', text)).toEqual([])
  })

  it('keeps one of a word on both sides of “and” where its phrase ends, and of any word on both sides of “or”', async () => {
    // Argentine and Greek pension pages and a Vietnamese fishing page (tests/fixtures/real/new167, new161); Korean and Chinese court copy.
    expect(await found('repeated-words', 'To access the bonus, retirees and retirees must collect less. It is the result of changes and changes, he said.')).toEqual([
      ['retirees and retirees', 'retirees', 'warning', 21, 42],
      ['changes and changes', 'changes', 'warning', 82, 101]
    ])
    expect(await found('repeated-words', 'He faces the crime of rebellion or rebellion. Many vessels will be disconnected or disconnected while fishing.')).toEqual([
      ['rebellion or rebellion', 'rebellion', 'warning', 22, 44],
      ['disconnected or disconnected', 'disconnected', 'warning', 67, 95]
    ])
    // A choice, a second side that goes on, an office held twice, a compound's end.
    const text = 'Whether he would or would not sign was unclear. It advised boards of health or health officers. He is deputy prime minister and minister of finance. They sell corn and corn oil. It ran the sub-district and district level.'
    expect(await found('repeated-words', text)).toEqual([])
  })
})

describe('seventy-third batch: wire copy from Africa, Latin America, Central Asia and the Balkans', () => {
  it('reads platforms named by their brand, a people’s name, a country’s short form and “runup” as words of edited copy', async () => {
    const text = 'He proclaimed himself speaker during a Zoom call and a Telegram broadcast. The presidency is made up of Bosniak, Serb and Croat members. Tension escalated in the runup to elections.'
    expect((await lint(text)).filter((f) => f.level === 'warning')).toEqual([])
    expect((await lint('Zim constitutional court upholds Mnangagwa victory')).filter((f) => f.level === 'warning')).toEqual([])
  })
})

describe('seventy-first batch: a quoted word glued to the word before it', () => {
  it('wants a space and an opening mark before a short quotation in single marks, and leaves contractions and possessives', async () => {
    expect(await found('spacing', 'Lim said he felt’sincerity’ in the reply.')).toEqual([['’sincerity’', ' ‘sincerity’', 'warning', 16, 27]])
    expect(await found('spacing', 'He didn’t go. The Peoples’ party won.')).toEqual([])
  })
})

describe('an en dash spaced on one side only', () => {
  it('spaces an en dash open on one side between words, and leaves closed ranges, em dashes and a credit before a dash', async () => {
    expect(await found('spacing', 'He backed the support –especially of women.')).toEqual([[' –', ' – ', 'warning', 21, 23]])
    expect(await found('spacing', 'LAGOS (NAN/ABO/NDO– The vote went on. The years 1990–2000 were hard. Kast —who competed— lost.')).toEqual([])
  })
})

describe('a stray full stop before a word that opens no sentence', () => {
  it('offers the full stop deleted first and the capital second, and leaves a sentence that opens with a capital or a word that opens sentences', async () => {
    expect(await found('case', 'The court dismissed the case last month. to prevent a crisis, the bank acted.')).toEqual([['. to', ' to', 'warning', 39, 43]])
    expect(await found('case', 'The vote passed. the mayor signed it.')).toEqual([['the', 'The', 'warning', 17, 20]])
    expect(await found('case', 'The vote passed. To the mayor it was a relief. It opened at 9 a.m. and closed at noon.')).toEqual([])
  })
})

describe('seventy-fourth and seventy-fifth batches: agency wire copy and national papers', () => {
  it('reads lowercase lines that follow one another without a full stop as a list, not as sentences that lost their capitals', async () => {
    const text = 'The consultations will take place on Tuesday, according to the following schedule:\n\nat 15.00 - Social Democratic Party (PSD)\n\nat 15.30 - National Liberal Party (PNL)\n\nat 16.00 - Save Romania Union\n'
    expect(await found('case', text)).toEqual([])
    expect((await found('case', 'taipei — April 18, 2025 —\n\nlegal action is underway against officials in Taipei.\n')).at(-1)).toEqual(['legal', 'Legal', 'warning', 27, 32])
  })

  it('reads “ed.”, “Messrs.”, “Mmes.” and “Drs.” as abbreviations, the plural of a defined title as its holders, and a Macedonian name’s digraphs as a variant', async () => {
    expect(await found('case', 'He won the vote [he held the post for the party - ed. note] and thanked the MPs.')).toEqual([])
    expect(await found('case', 'Among the guests are Messrs. and Mmes. William Thompson and Drs. and Mmes. Alfred Robbins.')).toEqual([])
    expect(await found('names', 'Each Member of Parliament (MP) voted. The Opposition held 26 of the 49 Members of Parliament.')).toEqual([])
    expect(await found('names', 'The cabinet includes Minister of Foreign Affairs Timcho Mucunski.')).toEqual([])
    expect(await found('names', 'Slovak opposition leader Michal Shimechka said the vote was rigged.')).toEqual([['Michal Shimechka', 'Michal Šimečka', 'warning', 25, 41]])
  })

  it('reads a story about a country the profiles lack as about no profiled country it mentions less or as often', async () => {
    const text = 'Malawi lawmakers elected a Speaker of the National Assembly. She studied in the United Kingdom and worked for the UK aid department before returning to Malawi.'
    expect(await found('institutions', text)).toEqual([])
  })

  it('reads a capitalized function word after a determiner as the start of a name, and still a doubled article as a slip', async () => {
    expect(await found('case', 'Deputies came 9 from the For the Future group and 6 from the Holos faction.')).toEqual([])
    expect(await found('case', 'Hospitals sent some of the The ambulances to the border.')).toEqual([['The', 'the', 'warning', 27, 30]])
  })

  it('repairs UTF-8 read as Windows-1252 only where the bytes read again make a word of letters', async () => {
    expect(await found('spelling', 'The FPÖ’s leader spoke. President ErdoÄŸan met him.')).toEqual([['ErdoÄŸan', 'Erdoğan', 'warning', 34, 42]])
  })

  it('notes a decimal comma as a house style where the story sets its thousands apart by spaces', async () => {
    expect(await found('usage', 'He won with 2 350 711 votes, which translates to 52,6 percent of the vote.')).toEqual([['52,6', '52.6', 'info', 49, 53]])
    expect(await found('usage', 'He won with 2,350,711 votes, which translates to 52,6 percent of the vote.')).toEqual([['52,6', '52.6', 'warning', 49, 53]])
  })
})

describe('eighty-eighth batch: elections and parliaments', () => {
  it('reads a given name before a quoted nickname and a surname as the full name, not the given name alone', async () => {
    const text = 'Rodrigo Paz beat Jorge “Tuto” Quiroga. Quiroga conceded. The runoff pitted Paz against former president Jorge “Tuto” Quiroga.'
    expect(await found('names', text)).toEqual([])
  })

  it('takes the Arabic article written "al" for "el" as the same name, and still fixes a letter off', async () => {
    const text = 'Ben Ali fled. The revolt ousted Zine al-Abidine Ben Ali. Zine al-Abedine Ben Ali fled.'
    expect(await found('names', text)).toEqual([['Zine al-Abedine Ben Ali', 'Zine El Abidine Ben Ali', 'warning', 57, 80]])
  })

  it('leaves a body’s noun capitalized in a headline at a note, where the story writes it small', async () => {
    const text = 'Sri Lanka’s new Parliament convened; speaker elected\n\nThe new parliament met on Thursday. Members of parliament chose a speaker. The parliament then rose.\n\nOne member praised the country’s Parliament for its speed.'
    expect((await found('case', text)).map(([actual, , level, start]) => [actual, level, start])).toEqual([
      ['Parliament', 'info', 16],
      ['Parliament', 'warning', 189]
    ])
  })
})

describe('names run into a word, on machine-translated copy', () => {
  it('puts back the space after a name or an acronym the story writes alone, and leaves a brand of an acronym and a word', async () => {
    const text = 'Petrobras said so. President PetrobrasGeneral Joaquim Silva warned. CNN reported it. Silva spoke. According to CNNSilva left. NBCUniversal and Universal Pictures grew.'
    expect(await found('spacing', text)).toEqual([
      ['PetrobrasGeneral', 'Petrobras General', 'warning', 29, 45],
      ['CNNSilva', 'CNN Silva', 'warning', 111, 119]
    ])
  })
})

describe('eighty-ninth batch: politics', () => {
  it('reads a surname after a given name that opens another known person’s name as that other person’s, and still fixes the known person', async () => {
    // Viktor Bondar co-chairs Ukraine's For the Future group; Adam Bodnar is Poland's justice minister.
    const text = 'The deputy group For the Future has two co-chairs, Viktor Bondar and Taras Batenko. Justice Minister Adma Bodnar spoke.'
    expect(await found('names', text)).toEqual([['Adma Bodnar', 'Adam Bodnar', 'warning', 101, 112]])
  })
})

describe('a Korean name in both orders', () => {
  it('fixes a name turned to Western order where the story writes it family name first, and leaves a story written in one order', async () => {
    const text = 'Former Prosecutor General Yoon Seok-yeol was elected. Seok-Yeol Yoon said he would win. Jun-Pyo Hong lost.'
    expect(await found('names', text)).toEqual([['Seok-Yeol Yoon', 'Yoon Seok-yeol', 'warning', 54, 68]])
    expect(await found('names', 'Seok-yeol Yoon was elected. Jun-pyo Hong lost to Seok-yeol Yoon.')).toEqual([])
  })

  it('fixes Korean names in Western order in a story that writes other Koreans family name first, its hyphen case followed', async () => {
    // https://www.tellerreport.com/news/2021-05-07-%E2%80%9Creal-estate-corruption-strictly%E2%80%9D-aspirations-revealed%E2%80%A6--verification-of-morality--%E9%87%8E.Sk-yF0Gf_u.html
    // (tests/fixtures/real/new151): the page writes "Kim Bu-gyeom" and "Moon Seung-wook".
    const text = 'Emergency committee chairman Kim Bu-gyeom and Moon Seung-wook spoke. However, the party was ineligible for the candidates Hye-sook Lim, Joon-Young Park and Hyeong-Wook Noh.'
    expect((await found('names', text)).filter(([actual]) => actual.endsWith('Lim') || actual.endsWith('Park') || actual.endsWith('Noh'))).toEqual([
      ['Hye-sook Lim', 'Lim Hye-sook', 'warning', 122, 134],
      ['Joon-Young Park', 'Park Joon-young', 'warning', 136, 151],
      ['Hyeong-Wook Noh', 'Noh Hyeong-wook', 'warning', 156, 171]
    ])
    // A story writing no Korean family name first keeps the Western order of its sports pages.
    expect(await found('names', 'Pitcher Hyun-jin Ryu signed with Toronto, and Ha-seong Kim joined San Diego.')).toEqual([])
  })
})

describe('a name in both orders', () => {
  it('fixes a two-word name written in the other order to the gazetteer’s order, else the story’s commoner or first one', async () => {
    // Japanese and Indonesian pages that switch orders mid-story.
    const text = 'Prime Minister Fumio Kishida met Biden. Kishida Fumio later said he would go. Fumio Kishida added more.'
    expect(await found('names', text)).toEqual([['Kishida Fumio', 'Fumio Kishida', 'warning', 40, 53]])
    expect(await found('names', 'Candidate Mihai Alecu spoke first. Later Alecu Mihai left.')).toEqual([['Alecu Mihai', 'Mihai Alecu', 'warning', 41, 52]])
    // A particle is no name ("Sabah Al Ahmad Al Sabah"), and a run of three names keeps its own order.
    expect(await found('names', 'Sheikh Sabah Al Ahmad Al Sabah spoke. Al Sabah left.')).toEqual([])
    expect(await found('names', 'Speaker Cavaye Yeguie Djibril opened the session. Djibril Cavaye smiled.')).toEqual([])
  })
})

describe('a body named with another known body’s name among its words', () => {
  it('reads "the Japanese Komeito Party" as Komeito, and still fixes the Japanese Communist Party mistyped', async () => {
    const text = 'On October 12th, the Japanese Komeito Party released a video. The Japanese Comunist Party did too.'
    expect(await found('names', text)).toEqual([['Japanese Comunist Party', 'Japanese Communist Party', 'warning', 66, 89]])
  })
})

describe('ninetieth and ninety-second batches: business and courts', () => {
  it('reads a byline whose name the page layout lost as a byline', async () => {
    expect(await found('case', 'Peru’s ex-president jailed in case linked to corruption scandal\n\nby · BusinessMirror\n\nLIMA, Peru—Peru’s former president was sentenced.')).toEqual([])
    expect(await found('case', 'A Bogota judge ruled on Monday.\n\nby | Jul 9, 2025\n\nThe judge announced the verdict.')).toEqual([])
  })

  it('reads a place’s adjective as no slip for the place, a running mate’s ticket as two names, and a wire’s “mln” as a word', async () => {
    expect(await found('names', 'An Italian court jailed the former governor of Sardinia over the purchase of a Sardinian villa.')).toEqual([])
    expect(await found('names', 'The President and Vice President-elect Prabowo Subianto-Gibran Rakabuming Raka will take office in Indonesia.')).toEqual([])
    expect(await found('spelling', 'He allegedly defrauded PLN 150 million (EUR 35.23 mln) from the Justice Fund.')).toEqual([])
  })
})

describe('a local body’s acronym in English order', () => {
  it('fixes an acronym whose letters are a body of the story’s country’s, and leaves one the story spells out for another body or that opens a known family of names', async () => {
    const text = 'In Romania, the National Liberal Party (NLP) and the Social Democrats agreed in Bucharest. The NLP won.'
    expect(await found('names', text)).toEqual([
      ['NLP', 'PNL', 'warning', 40, 43],
      ['NLP', 'PNL', 'warning', 95, 98]
    ])
    for (const clean of [
      'Myanmar’s Union Democracy Party (UDP) re-registered this month, its leaders said from London in Britain.',
      'In Nepal, ministers from CPN (Maoist Center) and the Nepali Congress were sworn in at Kathmandu.',
      // thenews.com.pk (Pakistan): the Pakistan Democratic Movement, no Pakistan Meteorological Department (PMD); only parties' acronyms are turned.
      'In Islamabad, PPP Chairman Bilawal Bhutto Zardari and PDM President Maulana Fazlur Rehman met the prime minister of Pakistan.'
    ]) {
      expect(await found('names', clean), clean).toEqual([])
    }
  })
})

describe('outlets as their pages write them', () => {
  it('leaves an outlet’s words spaced or hyphened otherwise, its web address and a people’s adjective, and still fixes its name run together', async () => {
    const text = 'Joy News Correspondent Joseph Gakpo reported. Photo: Gorethy Kenneth / Post Courier. Ruto spoke of the East African country. The DailyTrust reported it, Luca Caruso-Moro of CTVNews.ca said.'
    expect(await found('names', text)).toEqual([['DailyTrust', 'Daily Trust', 'warning', 129, 139]])
  })

  it('reads no outlet as another’s slip, nor a surname of another country’s person as known in a story about Tunisia', async () => {
    expect(await found('names', 'Source: TAP News Agency. In an interview with the Politika daily, the minister spoke.')).toEqual([])
    expect((await found('names', 'Tunisian President Kais Saied dissolved parliament. Said denied any desire for dictatorship.')).map(([actual, fix]) => [actual, fix])).toEqual([['Said', 'Saied']])
  })
})

describe('ninety-third and ninety-fourth batches: health, disasters, education', () => {
  it('reads a word before a body’s noun, a word listed beside places, and a region’s hyphen as a space as no one’s slip', async () => {
    for (const text of [
      'H.H. Sheikh Saud received Sarah Al Amiri, Minister of Education, at the Emiri Court.',
      'Prime Minister Yoshihide Suga spoke. Warnings were issued to people in Saga, Nagasaki, Fukuoka and Hiroshima prefectures.',
      'Rail traffic is suspended in Emilia Romagna, Governor Stefano Bonaccini said in Italy.'
    ]) {
      expect(await found('names', text), text).toEqual([])
    }
    // A country's or a capital's hyphen is still a slip.
    expect(await found('names', 'Soldiers seized power in Guinea Bissau days after the election.')).toEqual([['Guinea Bissau', 'Guinea-Bissau', 'warning', 25, 38]])
  })

  it('reads a word with another name in brackets after it as a name with its alias, no common word mistyped', async () => {
    // An unknown word still, noted at info level, with no fix to another word.
    expect(await found('spelling', 'Deaths rose after the monsoon and tropical cyclones Crising (Wipha) and Dante (Francisco) hit Luzon.')).toEqual([['Crising', undefined, 'info', 52, 59]])
  })
})

describe('ninety-sixth batch: diplomacy and defence', () => {
  it('reads another language’s form of a transliterated person’s given name as theirs, a holy site as a place, and “convenor” as a word', async () => {
    expect(await found('names', 'On Monday, the Belarusian foreign minister, Maksim Ryzhenkov, said that Belarus was ready for dialogue with Poland.')).toEqual([])
    expect(await found('names', 'Education Minister Tunji Alausa spoke in Abuja. In Jerusalem, police entered Al Aqsa Mosque.')).toEqual([])
    expect((await found('spelling', 'The declaration was read by the convenor, the prime minister of St Vincent.')).filter(([, , level]) => level === 'warning')).toEqual([])
  })
})

describe('ninety-eighth batch: national politics, names dense', () => {
  it('reads the modifier letter apostrophe as a possessive’s, and Nigeria’s South South zone as a name', async () => {
    const text = 'Hungaryʼs new government was sworn in. The ministers of Viktor Orbánʼs government took their oaths, Gergely Gulyás at the Prime Ministerʼs Office.'
    expect((await lint(text)).filter((f) => f.level === 'warning')).toEqual([])
    expect(await found('repeated-words', 'Six nominees came from the North East, seven from South South and five from the South East.')).toEqual([])
  })

  it('still fixes a common word mistyped before a title at a sentence’s start', async () => {
    expect((await found('spelling', 'Teh Prime Minister said so. Joh Sung Wook, a professor, spoke.')).filter(([, , level]) => level === 'warning')).toEqual([['Teh', 'The', 'warning', 0, 3]])
  })

  it('leaves other people’s names: a Korean name of three syllables, a body of another country, Armenian -ian and -yan, Egyptian g and k, a given name before another person’s surname', async () => {
    for (const text of [
      'Joh Sung Wook, a Seoul National University professor, spoke at the forum in Seoul.',
      'In Colombo, Sri Lanka’s new ministers took oaths. Maha Sangha invoked blessings on the newly appointed ministers.',
      'Two deputy prime ministers, Tigran Avinyan and Mher Grigorian, were re-appointed in Armenia. Erik Grigoryan was appointed Minister of Nature Protection.',
      'In Egypt, Gen. Abdel-Majeed Sakr replaced Gen. Mohamed Zaki as defence minister.',
      'Algeria’s new cabinet includes Mustapha Kamel Mihoubi (Water) and Mohamed Ali Boughazi (Tourism).'
    ]) {
      expect(await found('names', text), text).toEqual([])
    }
  })
})

describe('ninety-ninth and hundredth batches: the economy', () => {
  it('notes a brand of an e- before a capitalized word with no fix, knows the miners’ “concentrator”, and still fixes a capital inside a word', async () => {
    const text = 'Women run businesses under the common brand of eRobota. Failures occurred at the Andina Division’s concentrator.'
    expect(await found('spelling', text)).toEqual([['eRobota', undefined, 'info', 47, 54]])
    expect((await found('spelling', 'The lAw was passed.')).map(([actual, , level]) => [actual, level])).toEqual([['lAw', 'warning']])
  })
})

describe('hundred-and-nineteenth to hundred-and-twenty-second batches: labour and culture', () => {
  it('notes a brand of an i- before capitals, and takes a hyphened word of the other dialect as that dialect’s', async () => {
    // VnExpress, 2023, and IANS, 2024.
    expect(await found('spelling', 'The ministry is verifying whether iME Entertainment shares the maps.')).toEqual([['iME', undefined, 'info', 34, 37]])
    const indian = await found('spelling', 'Unions attacked the Centre’s anti-labour policies and the labour codes.')
    expect(indian.map(([actual, , level]) => [actual, level])).toEqual([['anti-labour', 'info'], ['labour', 'info']])
    expect((await found('spelling', 'Unions attacked the anti-labuor codes.')).map(([actual, , level]) => [actual, level])).toEqual([['anti-labuor', 'warning']])
  })

  it('notes, never warns on, the words of sentences quoted in another language, and still warns on such a sentence left bare', async () => {
    // AsiaOne (Reuters), 2013: an Indonesian union banner, glossed in brackets.
    const banner = 'Protesters carried a banner that read: "Jaminan kesehatan harus dijalankan tanpa syarat di bawah BPJS. Tolak upah murah." (We reject the cheap wage policy.)'
    const found = (await lint(banner)).filter((f) => f.level !== 'info')
    expect(found).toEqual([])
    // Philippine News Agency, 2023: a Filipino quotation glossed after its second sentence.
    expect((await lint('Wala pong multa. Puputulin lang ang linya nila (There won’t be a fine. But their service will be cut off), he said.')).filter((f) => f.level !== 'info')).toEqual([])
    // A headline a translation left in Dutch is a slip of its own.
    expect((await lint('Partij van Omtzigt stapt uit Nederlandse regeringsvorming')).filter((f) => f.level === 'warning').length).toBeGreaterThan(0)
  })

  it('reads a span opening with another language’s word for an island or a valley as a place, no person heard in it', async () => {
    // Xinhua, 2022: statues looted from a Khmer royal capital.
    expect(await found('names', 'The statues were looted two decades ago from temples at Koh Ker, the former royal capital.')).toEqual([])
  })
})

describe('hundred-and-twenty-third and -fourth batches: technology', () => {
  it('fixes a platform written small to the capitals its owner writes inside it', async () => {
    // A Chinese tech portal's English (taptechnews.com) and Kenyan copy on TikTok.
    expect(await found('case', 'Videos spread on tiktok and youtube within hours.')).toEqual([
      ['tiktok', 'TikTok', 'warning', 17, 23],
      ['youtube', 'YouTube', 'warning', 28, 35]
    ])
  })
})

describe('hundred-and-twenty-fifth to -eighth batches: environment, transport and cities', () => {
  it('reads a company’s last word abbreviated as the wires write it as the company, and still warns on a word swapped', async () => {
    // Asahi's English edition on Fukushima's treated water; "Free" for Freedom is a word, no abbreviation.
    expect(await found('names', 'The government and plant operator Tokyo Electric Power Co. intend to discharge the water.')).toEqual([])
    expect(await found('names', 'Reuters said Tokyo Electric Power Co would pay.')).toEqual([])
    expect((await found('names', 'The Inkatha Free Party won the ward.')).map(([actual, expected]) => [actual, expected])).toEqual([['Inkatha Free Party', 'Inkatha Freedom Party']])
  })

  it('reads a common noun after a determiner as the noun, whatever name the story writes it in', async () => {
    // The Bangkok Post on an elephant in Khao Yai National Park.
    expect(await found('case', 'Rangers at Khao Yai National Park chased the elephant. The park announced the closure of its camping ground.')).toEqual([])
  })

  it('fixes a body’s noun mistyped inside its name, and takes the noun in another language as that language’s', async () => {
    // Montsame's English on Ulaanbaatar roads; French and Portuguese names keep their own nouns.
    expect(await found('spelling', 'Therefore, Capital City Master Plan Deparment have developed the project.')).toEqual([['Deparment', 'Department', 'warning', 36, 45]])
    expect((await found('spelling', 'In tandem, Groupe Arnault and the Chambre des Métiers agreed.')).filter(([, , level]) => level === 'warning')).toEqual([])
  })

  it('fixes a pinyin name typed with v for ü to the story’s spelling with u, whichever is commoner', async () => {
    // Dalian's English portal: two "Lvshunkou", one "Lushunkou".
    const text = 'The Lvshunkou District was improved. This year, the Lvshunkou District built roads. Lushunkou has a port.'
    expect((await found('names', text)).map(([actual, expected, level, start]) => [actual, expected, level, start])).toEqual([
      ['Lvshunkou', 'Lushunkou', 'warning', 4],
      ['Lvshunkou', 'Lushunkou', 'warning', 52]
    ])
  })

  it('closes a space after a thousands comma, and leaves a date’s day and a list of figures alone', async () => {
    // Almaghrib Today on the Nile and a Syrian rebuilding site; a 1899 message to Congress.
    expect((await found('spacing', 'The ministry said that 1, 261 encroachments were removed and more than 176, 000 houses were built.')).map(([actual, expected]) => [actual, expected])).toEqual([
      ['1, 261', '1,261'],
      ['176, 000', '176,000']
    ])
    expect(await found('spacing', 'Up to November 30, 369 national banks had closed. Receipts were $35, 860 1946 67,229.')).toEqual([])
  })

  it('notes a plural of a rare word SCOWL has', async () => {
    expect((await lint('Pavlodar and North Kazakhstan oblasts counted 334,400 saigas.')).filter((f) => f.rule === 'spelling').map((f) => [f.actual, f.level])).toEqual([
      ['oblasts', 'info'],
      ['saigas', 'info']
    ])
  })

  it('knows the Māori words New Zealand English writes as its own, a British derivation and an Indian unit', async () => {
    // RNZ on Auckland light rail, Graphic Ghana on a road, The Hans India on a metro.
    const text = 'As mana whenua the iwi has long ties to the marae here. The sod was cut for the dualisation of the road. The train moved at 120 kmph.'
    expect((await lint(text)).filter((f) => f.rule === 'spelling' && f.level === 'warning')).toEqual([])
    expect((await lint(text)).filter((f) => f.rule === 'spelling').map((f) => [f.actual, f.level])).toEqual([['dualisation', 'info']])
  })
})

describe('hundred-and-twenty-ninth to thirty-second batches: gender and family policy, mining and oil', () => {
  it('reads a common word capitalized only after a connector inside a title-case body name as the common word', async () => {
    // IOL on South Africa's National Council on Gender-Based Violence and Femicide Bill.
    const text = 'The Minister published the National Council on Gender-Based Violence and Femicide Bill on Friday. It will tackle gender-based violence and femicide in the country, the Interministerial Committee on Gender-Based Violence and Femicide said.'
    expect(await found('case', text)).toEqual([])
    expect((await found('spelling', text)).filter(([, , level]) => level === 'warning')).toEqual([])
  })

  it('leaves a bill ratified by Congress in a story about the Philippines, and fixes it elsewhere', async () => {
    const phrases = async (text: string) => (await lint(text)).filter((f) => f.rule.startsWith('phrases:')).map((f) => [f.rule, f.actual, f.expected[0]])
    expect(await phrases('Both houses of the Philippine Congress ratified the bill in December.')).toEqual([])
    expect(await phrases('In Jakarta, the House ratified the bill into law at a plenary session on Tuesday.')).toEqual([['phrases:ratify-the-bill', 'ratified the bill', 'passed the bill']])
  })

  it('splits "now", "same" and "more" run into the word after them', async () => {
    // A Vietnamese state outlet on women in parliament, a page with twenty words run together.
    expect((await found('spacing', 'She said Vietnam nowstands with the samevoice for moredevelopment.')).map(([actual, expected]) => [actual, expected])).toEqual([
      ['nowstands', 'now stands'],
      ['samevoice', 'same voice'],
      ['moredevelopment', 'more development']
    ])
  })
})

describe('hundred-and-thirty-third to -sixth batches: cabinets, parties and speakers', () => {
  it('reads the Arabic article of a South Asian name as a connector, a title’s plural as office-holders, a long vowel doubled for its macron and a connector of the name’s own language capitalized', async () => {
    // Pakistan Today on Shehbaz Sharif's cabinet; Civil.ge on a new cabinet; RNZ on a reshuffle; Kenyan copy on Azimio.
    expect(await found('case', 'Ministers Ahsan ur Rehman Mazari, Zia ul Haq and Salah ud Din took oath.')).toEqual([])
    expect(await found('names', 'The Ministers of Foreign Affairs, Defence and Interior kept their posts.')).toEqual([])
    expect(await found('names', 'Te Paati Māori co-leader Debbie Ngarewa-Packer said she would vote.')).toEqual([])
    expect(await found('case', 'The UDM decamped from Azimio La Umoja on Monday.')).toEqual([])
    // A letter changed is still a slip; so is an English connector capitalized.
    expect((await found('names', 'Te Patti Māori co-leader Debbie Ngarewa-Packer said she would vote.')).map(([actual, expected]) => [actual, expected])).toEqual([['Te Patti Māori', 'Te Pāti Māori']])
    expect((await found('case', 'The Bank Of Korea raised rates.')).map(([actual, expected]) => [actual, expected])).toEqual([['Of', 'of']])
  })
})

describe('hundred-and-thirty-seventh to fortieth batches: governors and mayors, central banks and budgets', () => {
  it('reads a word after "region of" as the place, a Cyrillic ending romanized another way as the same name, and a modal after a noun as no repeated noun', async () => {
    // RFE/RL on Russia's governors; The Japan Times on Okinawa.
    const text = "The governor of Russia's western region of Pskov has resigned. Kremlin spokesman Dmitry Peskov said so. The chiefs of the Krasnoyarsk, Nizhny Novgorod, and Samara regions were replaced."
    expect(await found('names', text)).toEqual([])
    expect(await found('repeated-words', 'The will of the people will not waver, Tamaki told Iwaya.')).toEqual([])
    expect((await found('repeated-words', 'The work of the new work began.')).map(([actual]) => actual)).toEqual(['work of the new work'])
    // A lone final i is no such ending.
    expect((await found('names', 'President Javier Milei spoke. Miley said no.')).map(([actual, expected]) => [actual, expected])).toEqual([['Miley', 'Milei']])
  })

  it('leaves a word in capitals run into a word when the story writes it so each time, and knows rabi and abovementioned', async () => {
    // The Ghanaian Times on the Ghana Education Trust Fund; Scroll on the RBI; Notes from Poland.
    expect(await found('spacing', 'Dr Forson noted that GETFund would receive its full allocation; GETFund is key.')).toEqual([])
    expect((await found('spacing', 'NAIROBIThe court ruled on Monday.')).map(([actual, expected]) => [actual, expected])).toEqual([['NAIROBIThe', 'NAIROBI The']])
    expect((await found('spelling', 'A record rabi wheat crop may violate the abovementioned law.')).filter(([, , level]) => level === 'warning')).toEqual([])
  })

  it('splits an adjective or participle run into the word after it, and reads a backtick or an acute accent between letters as the apostrophe', async () => {
    // Kazakh and Nigerian state copy on governors; a Cuban site.
    expect((await found('spacing', 'The akim discussed environmentalsecurity and increasingrevenue with the president`s office and Cuba´s envoy.')).map(([actual, expected]) => [actual, expected])).toEqual([
      ['environmentalsecurity', 'environmental security'],
      ['increasingrevenue', 'increasing revenue'],
      ['`', '’'],
      ['´', '’']
    ])
    // A lost hyphen is not a lost space.
    expect(await found('spacing', 'It cut smokingrelated deaths.')).toEqual([])
  })

  it('fixes a known person’s given name turned into its Russian or English form, a woman’s into a man’s', async () => {
    const found2 = (await found('names', 'Polish President Andrey Duda met Italian Prime Minister George Meloni in Rome.')).map(([actual, expected]) => [actual, expected])
    expect(found2).toEqual([
      ['Andrey Duda', 'Andrzej Duda'],
      ['George Meloni', 'Giorgia Meloni']
    ])
  })
})

describe('airlines, numbered seats and bodies of another kind', () => {
  it('knows airlines as they write their names, run together or one word from another body’s', async () => {
    // The Egyptian Gazette, Newsfirst (Sri Lanka), The Philippine Star and the NZ Herald on their airlines (tests/fixtures/real/new160).
    const text = 'Sisi met Egypt’s aviation minister and the chairperson of EgyptAir met SriLankan Airlines and AirAsia staff. Greg Foran took the job at Air New Zealand just before Covid-19 arrived.'
    expect(await found('spacing', text)).toEqual([])
    expect(await found('names', text)).toEqual([])
    // Two names the gazetteer does not have, run together, are still split.
    expect((await found('spacing', 'Officials of the party met GibranJokowi and Gibran at the palace; Jokowi left.')).map(([actual, expected]) => [actual, expected])).toEqual([['GibranJokowi', 'Gibran Jokowi']])
  })

  it('reads a known place numbered after a hyphen as a constituency, and a channel so numbered as a channel', async () => {
    // WION on Bangladesh's 2026 election; a profile of a Russian state TV host.
    const text = 'Khandaker Mosharraf Hossain won Cumilla-1, Amir Khosru Mahmud Chowdhury Chattogram-11 and Mirza Abbas Dhaka-8. He hosted a show on Rossiya-1 until 2014.'
    expect(await found('names', text)).toEqual([])
  })

  it('reads a body named with a noun of another kind as another body, and still fixes a name’s own noun misformed', async () => {
    // Daily Maverick, Syrian state copy, the NZ Herald (tests/fixtures/real/tune); Korean copy on Gimpo airport (new159).
    expect(await found('names', 'It was the first sitting of the new South African Parliament in Cape Town.')).toEqual([])
    expect(await found('names', 'Sabbagh saluted the Syrian Arab Army for its victories.')).toEqual([])
    expect(await found('names', 'New Zealand Football chairman Deryck Shaw has resigned. New Zealand Refining fell 1.5 per cent.')).toEqual([])
    expect(await found('names', 'The Army Air Service grew during the war.')).toEqual([])
    expect((await found('names', 'Kim Myung-woon, head of Korea Airport Corporation, spoke at Gimpo.')).map(([actual, expected, level]) => [actual, expected, level])).toEqual([
      ['Korea Airport Corporation', 'Korea Airports Corporation', 'warning']
    ])
  })

  it('keeps a prefix lowercase before a hyphen and a name, and knows renamed cities, greenlighted and Ninoy Aquino', async () => {
    // Business Daily Africa, The Edge (Bloomberg), The Daily Star (Bangladesh), The Philippine Star (tests/fixtures/real/new158, new160).
    expect(await found('case', 'He served as head of sub-Saharan Africa operations at General Electric.')).toEqual([])
    expect(await found('spacing', 'Reeves greenlighted the airport’s expansion plan last month.')).toEqual([])
    expect(await found('names', 'Floods hit Feni, Cumilla, Noakhali and Chattogram on Monday.')).toEqual([])
    expect(await found('names', 'It proposed to upgrade the Ninoy Aquino International Airport (NAIA).')).toEqual([])
  })
})

describe('Chinese given names', () => {
  it('reads a word of pinyin syllables after a one-syllable surname as a given name, no body one letter off', async () => {
    // Xinhua copy on China's pension reform (tests/fixtures/real/new168): Weimin is no Weixin (WeChat).
    expect(await found('names', '"We will raise pensions before 2020," head of the ministry Yin Weimin told reporters.')).toEqual([])
  })
})

describe('prisons and arms deals: edited copy', () => {
  it('reads a name of another person sharing a first word, a creed before a title, a company one letter from a word, another country’s ministry and a loan word', async () => {
    // dpa through the Daily Express (Sri Lanka), Ahram Online, BenarNews, the Manila Standard, the Bangkok Post (tests/fixtures/real/new170, new172).
    expect(await found('names', 'Myanmar freed prisoners under Than Shwe’s successors. “We were waiting,” one of the people waiting, Than Zaw from Yangon, told dpa.')).toEqual([])
    expect((await found('case', 'Crackdowns followed the 2013 ouster of Islamist president Mohamed Morsi. President Abdel Fattah al-Sisi pardoned them.')).filter(([, , level]) => level === 'warning')).toEqual([])
    expect((await found('spelling', 'The jets, manufactured by French aviation giant Dassault, were inferior.')).filter(([, , level]) => level === 'warning')).toEqual([])
    expect((await found('case', 'Indonesia’s Defense Ministry signed the deal, worth $8.1 billion, citing the French defense ministry.')).filter(([, , level]) => level === 'warning')).toEqual([])
    expect(await found('spelling', 'Din was jailed in August 2017 for lese majeste.')).toEqual([])
    expect(await found('spacing', 'We work on the carpetas that are there. It will speed up the processing of the inmates’ carpetas or records.')).toEqual([])
  })

  it('still fixes a mistyped word the story writes once, and a long capitalized word one letter from a usual one', async () => {
    expect((await found('spacing', 'The president signed thedecree on Monday.')).map(([actual, expected]) => [actual, expected])).toEqual([['thedecree', 'the decree']])
    expect((await found('spelling', 'The rebels seized the Goverment building.')).map(([actual, expected]) => [actual, expected])).toEqual([['Goverment', 'Government']])
  })
})

describe('monarchs, athletes and letters lost on the way', () => {
  it('reads a monarch with or without the number, another Arab family after the same particle, a name opening a sentence and a country described', async () => {
    // NBC News (AP), the Northwest Arkansas Democrat-Gazette (AP), ANBA (AFP), Yonhap, Rediff (tests/fixtures/real/new174, new176).
    expect(await found('names', 'Denmark’s prime minister proclaimed Frederik X as king on Sunday. Felipe took over from his father, King Juan Carlos, 76. Juan Carlos abdicated.')).toEqual([])
    expect(await found('names', 'Crown Prince Hussein married Saudi architect Rajwa Al Saif on Thursday. The king’s eldest son and Al Saif, both aged 28, wed.')).toEqual([])
    expect(await found('indefinite-article', 'South Korean archer An San scored 680 in the ranking round. An went on to capture three gold medals.')).toEqual([])
    expect(await found('case', 'Popov took bronze to give the Gulf state of Qatar only its second medal.')).toEqual([])
    expect(await found('spelling', 'He read the statement of the emiri court before the jummat prayer, asking all to stay focussed.')).toEqual([])
    expect(await found('names', 'Police fired on crowds, according to doctors at Katmandu hospitals.')).toEqual([])
  })

  it('fixes a known surname that lost its accented letter, but not a given name opening a name, and a suffix on a verb’s -s form', async () => {
    // A Latin American page on a Mexican governor; a Serbian mayor; the Fiji Times (tests/fixtures/real/tune).
    expect((await found('names', 'Rodrguez said the vote was fair. Mayor Dragan Markovi Palma left.')).map(([actual, expected, level]) => [actual, expected, level])).toEqual([
      ['Rodrguez', 'Rodríguez', 'warning'],
      ['Markovi', 'Marković', 'warning']
    ])
    expect(await found('names', 'Online Safety Commissioner Filipe Batiwale acknowledged the weakness.')).toEqual([])
    expect((await found('spelling', 'His precedesor signed the deal.')).map(([actual, , level]) => [actual, level])).toEqual([['precedesor', 'warning']])
  })
})

describe('espionage and borders: edited copy and a verb capitalized after its subject', () => {
  it('reads a person named without the generation’s suffix as the person, and a unit squared as the unit', async () => {
    // Interaksyon (Reuters) on the Philippine armed forces chief; Gulf News on Abu Mousa (tests/fixtures/real/new178, new180).
    expect(await found('names', 'Philippine armed forces chief Romeo Brawner said so.')).toEqual([])
    expect(await found('spelling', 'The island is a 12.8 km² stretch of land.')).toEqual([])
  })

  it('lowercases a regular past capitalized right after its subject’s name before a function word, and leaves a name that ends in one', async () => {
    // A Nepali site on Oli's dissolution of the House (tests/fixtures/real/tune); Brown's Sports Illustrated and Frankford Elevated.
    expect((await found('case', 'The CPN-UML Maintained that Oli was right.')).map(([actual, expected]) => [actual, expected])).toEqual([['Maintained', 'maintained']])
    expect(await found('case', 'Sports Illustrated tapped Arnold Palmer. The bids on the Frankford Elevated repair project were rigged.')).toEqual([])
  })
})

describe('obituaries, envoys, honours, water, exams and research: names and words edited copy writes', () => {
  it('reads a title word inside a party’s name, a body’s plural, an acronym spelled out in order and the ezafe either way as no slips', async () => {
    // KBS on Roh Tae-woo; Capital FM (Kenya) on Saudi Arabia; the Daily FT (Sri Lanka); Dawn (tests/fixtures/real/new234, new236, new238).
    expect(await found('names', 'Roh went on to head the Democratic Justice Party. He emerged as the No. 2 figure after the death of President Park Chung-hee.')).toEqual([])
    expect(await found('names', 'Kenya will work with the Ministries of Foreign Affairs and that of Labour.')).toEqual([])
    expect(await found('names', 'The Ministy of Foreign Affairs said so.')).toEqual([['Ministy of Foreign Affairs', 'Ministry of Foreign Affairs', 'warning', 4, 30]])
    expect(await found('names', 'High Post Committee clears envoys. M.K. Pathmanaathan goes to Egypt. The HPC met yesterday.')).toEqual([])
    expect(await found('names', 'The ceremony, held at Aiwan-i-Sadr, honoured Pakistani nationals.')).toEqual([])
    expect(await found('names', 'The ceremony was held at Aiwan-a-Sadr.')).toEqual([['Aiwan-a-Sadr', 'Aiwan-e-Sadr', 'warning', 25, 37]])
  })

  it('reads a country’s possessive before a body, a US spelling of a UN agency, a feminine demonym and a field of its own as the story’s', async () => {
    // The AP on WSAU; the Manila Bulletin (AP); the Manila Times; Capital FM (Kenya) (tests/fixtures/real/new244, new252).
    expect(await found('names', 'Australia’s Department of Foreign Affairs and Trade did not respond.')).toEqual([])
    expect(await found('names', 'The rebels detained staff of the World Food Program, UNICEF and others.')).toEqual([])
    expect(await found('names', 'Two Canadians were kidnapped along with a Filipina in September.')).toEqual([])
    expect(await found('names', 'Kenya Railways met the National Land Commission and Kisumu County leaders.')).toEqual([])
  })

  it('takes a name the story writes after another title, three letters from a known person’s, as someone else', async () => {
    // Capital FM (Kenya) on the railway's managing director; a South African page (tests/fixtures/real/new252, tune).
    expect(await found('names', 'Kenya Railways Managing Director Philip Mainga has announced it. Mainga spoke on Tuesday. The line will reach Tanzania.')).toEqual([])
    expect((await found('names', 'Among ministers from the Democratic Alliance, whose floor leader Siviwe Gwalbe has been made education minister in South Africa.')).map(([actual, expected]) => [actual, expected])).toEqual([['Siviwe Gwalbe', 'Siviwe Gwarube']])
  })

  it('follows the spelling a story uses most when both are accepted, and takes Odesa as Odessa', async () => {
    // TRT World on cholera in Yemen; the Ukrainian News Agency (tests/fixtures/real/new250, new252).
    expect(await found('names', 'He lived in Sanaa. Cholera spread in Sanaa. Doctors in Sanaa were tired. The Sana\'a clinic closed.')).toEqual([['Sana\'a', 'Sanaa', 'warning', 77, 83]])
    expect(await found('names', 'Ukrzaliznytsia operates the Lviv, Odesa and Southern railways.')).toEqual([])
  })

  it('leaves a word inside a body’s name in title case, a generic second reference and a doubled place name after “town of”', async () => {
    // ABC (Australia); the Jakarta Post; the AFR (tests/fixtures/real/new240, new248, new256).
    expect(await found('case', 'The plan buys back water from irrigators. The NSW Irrigators\' Council (NSWIC) has condemned it.')).toEqual([])
    expect(await found('case', 'Muslims crowded Istiqlal Grand Mosque on Monday. Thousands prayed at the grand mosque.')).toEqual([])
    expect(await found('case', 'Ships crossed the Red Sea. Houthis attacked ships in the red sea.')).toEqual([['red sea', 'Red Sea', 'warning', 57, 64]])
    expect(await found('repeated-words', 'A fire threatened houses in the town of Drik Drik, near the river. Police said Smith Smith was held.')).toEqual([['Smith Smith', 'Smith', 'warning', 79, 90]])
    expect(await found('repeated-words', 'As a result of the poor results seen this summer, grades fell.')).toEqual([])
    // cpj.org (batch 392, edited): a doubled word no list knows, a name word after it, opens a longer name; a given name doubled so is a slip.
    expect(await found('repeated-words', 'Officials accused Temirov Live and sister project Ait Ait Dese of “discrediting” the government.')).toEqual([])
    expect(await found('repeated-words', 'However, the matter of Arif Arif Sohail has not yet been settled.')).toEqual([['Arif Arif', 'Arif', 'warning', 23, 32]])
  })

  it('notes a loanword’s accent, a unit after numbers, a word glossed after “or” and a species after its genus, with no English word forced on them', async () => {
    // IOL on South Africa's démarches; the Inquirer on Angat Dam; Gulf News on Data Darbar; the Cape Argus (tests/fixtures/real/new236, new240, new248, new254).
    expect(await found('spelling', 'Pandor said her department has démarched four diplomats.')).toEqual([['démarched', undefined, 'info', 31, 40]])
    expect(await found('spelling', 'Angat was at 180 masl and the other dam at 101 masl.')).toEqual([
      ['masl', 'mask', 'info', 17, 21]
    ])
    expect((await found('spelling', 'The dam was at 180 masl.')).map(([actual, , level]) => [actual, level])).toEqual([['masl', 'warning']])
    expect((await found('spelling', 'A langar, or community kitchen, serves meals. The goverment, or cabinet, met.')).map(([actual, , level]) => [actual, level])).toEqual([
      ['langar', 'info'],
      ['goverment', 'warning']
    ])
    expect((await found('spelling', 'It studied Paranthropus robustus, an extinct relative. Peronism againa rose.')).map(([actual, , level]) => [actual, level])).toEqual([
      ['Paranthropus', 'info'],
      ['robustus', 'info'],
      ['Peronism', 'info'],
      ['againa', 'warning']
    ])
    expect(await found('spelling', 'The battery, when wetted, works. Scientists found a hominin.')).toEqual([])
  })

  it('leaves a time’s minutes before a count, and EFE’s dateline with the photo agency’s credit', async () => {
    // TASS on an economic forum; EFE on alianzanews (tests/fixtures/real/new246, new254).
    expect(await found('spacing', 'He said: "In total, as of 13:00, 550 agreements have been signed." Some 176, 000 houses burned.')).toEqual([['176, 000', '176,000', 'warning', 72, 80]])
    expect(await found('spacing', 'Buenos Aires, Feb 12 (efe-epa).- Successful studies were marked.')).toEqual([])
  })
})

describe('a ministry with its field in lowercase', () => {
  it('capitalizes the field after a capitalized ministry or office, and leaves fields spelled out otherwise', async () => {
    // A Russian page on the education minister; a Pakistani page on water and power (tests/fixtures/real/tune).
    expect((await found('case', 'The Minister of education and science Dmitry Livanov spoke. Now it is under review by the Ministry of water and power.')).map(([actual, expected]) => [actual, expected])).toEqual([
      ['education', 'Education'],
      ['science', 'Science'],
      ['water', 'Water'],
      ['power', 'Power']
    ])
    // Edited copy: "the Parliament of the land" (Jamaica), "the Reserve Bank for information" (NZ Herald), a descriptor before a party (Hürriyet).
    expect(await found('case', 'He spoke in the Parliament of the land. He asked the Reserve Bank for information. He met the Chairman of the ruling Justice and Development Party.')).toEqual([])
  })
})

describe('a relative named after a known person’s surname', () => {
  it('reads another given name before the surname, with a family tie set off after it, as a relative', async () => {
    // The Washington Post on Syria sanctions (tests/fixtures/real/new264).
    expect(await found('names', 'Sanctions target Maher al-Assad and Bushra al-Assad, the president’s sister who lives abroad.')).toEqual([])
    expect((await found('names', 'Sanctions target Bushra al-Assad, who fled.')).map(([actual, expected]) => [actual, expected])).toEqual([['Bushra al-Assad', 'Bashar al-Assad']])
  })
})

describe('a title doubled in quotation marks', () => {
  it('leaves a doubled word that is a quotation’s whole text, and still fixes one doubled in prose', async () => {
    // Africanews on Burna Boy in London (tests/fixtures/real/new262).
    expect(await found('repeated-words', 'From his early banger "Like to Party" to the anthemic "Last Last," Burna Boy sang.')).toEqual([])
    expect((await found('spelling', 'From his early banger "Like to Party" to the anthemic "Last Last," Burna Boy sang.')).filter(([, , level]) => level === 'warning')).toEqual([])
    expect(await found('repeated-words', 'The band said Last Last time.')).toEqual([['Last Last', 'Last', 'warning', 14, 23]])
  })
})

describe('an initial, a possessive or a title run into the name after it', () => {
  // Real copy: http://rusnewsjournal.com/4/247751/, https://en.vietnamplus.vn/central-bank-cryptocurrencies-are-not-accepted-in-vietnam/187414.vnp,
  // https://furtherafrica.com/2018/03/16/tanzania-gold-miners-call-for-geita-common-market/, http://ufabetindo.in/president-trong-receives-newly-accredited-ambassadors-post142028.vnp
  it('puts the space back, where no word goes on past an initial’s full stop, a possessive’s s or a title', async () => {
    const text = 'Under the version of the investigation, K.Shirshov extorted the money. Other members are from the State Bank of Vietnam\'sDepartment of Banking. The chairman of the committee, MrJohn Bina, assured them. President Trong hosted Uruguayan AmbassadorPortell Casanova.'
    expect(await found('spacing', text)).toEqual([
      ['K.Shirshov', 'K. Shirshov', 'warning', 40, 50],
      ["Vietnam'sDepartment", "Vietnam's Department", 'warning', 112, 131],
      ['MrJohn', 'Mr John', 'warning', 175, 181],
      ['AmbassadorPortell', 'Ambassador Portell', 'warning', 235, 252]
    ])
  })

  // Real copy: https://montsame.mn/en/read/126315 and https://tass.com/economy/2019827/amp (edited).
  it('leaves a page that sets its initials against the names as its style, and an initial before a common word, a company’s name', async () => {
    expect(await found('spacing', 'As per the decision, U.Khurelsukh was appointed Deputy Prime Minister, J.Monkhbat Chief of Cabinet Secretariat.')).toEqual([])
    expect(await found('spacing', 'The leaders of decline were M.Video shares (-25.3%).')).toEqual([])
  })
})

describe('a letter added to or lost from a state’s long name', () => {
  // Real copy: https://www.mbs.news/a/2020/02/trumps-special-amnesty-decision-for-11-prisoners.html (garbled); the Istanbul sentence
  // is shaped like a tuning page's (Çağlayan is the courthouse's district).
  it('is the state in a story of no other country; a word in another language’s letters is that language’s place', async () => {
    expect(await found('names', 'Among those who have been ordered to ease their sentence are former Illiniois Governor Rod Blagojevich.')).toEqual([['Illiniois', 'Illinois', 'warning', 68, 77]])
    expect(await found('names', 'He was taken by the police to the Istanbul Courthouse in Çağlayan for judicial procedures.')).toEqual([])
  })
})

describe('a lowercase word run into a name, and a possessive into a lowercase word', () => {
  // Real copy: https://socialbites.ca/culture/624963.html, https://betaen.vietnamplus.vn/writers-poets-translator-win-2016-literature-awards-post105910.vnp,
  // https://en.vietnamplus.vn/vietnam-us-highlight-gender-equality-ideals-post31164.vnp
  it('puts the space back before a name no list has, and after the possessive’s s, with no comma there', async () => {
    const text = 'Sergei Sosedov suspectedPugacheva was in contact with crime bosses. The winners were works byKhuat Binh Nguyen. The strategy aims at women’sengagement in politics.'
    expect(await found('spacing', text)).toEqual([
      ['suspectedPugacheva', 'suspected Pugacheva', 'warning', 15, 33],
      ['byKhuat', 'by Khuat', 'warning', 91, 98],
      ['women’sengagement', 'women’s engagement', 'warning', 133, 150]
    ])
  })
})

describe('the forty-second stop’s blind batches: names, marks and capitals of Latin American and African copy', () => {
  // Real copy: https://batimes.com.ar/news/opinion-and-analysis/with-these-results-cristina-loses-control-and-quorum-in-the-senate.phtml,
  // https://ticotimes.net/2006/05/26/new-legislators-seek-consensus, https://thenassauguardian.com/new-pm-pledges-to-be-a-unifier/,
  // https://thetswanatimes.com/budget-speech-loaded-with-optimism-but-scant-details (all edited)
  it('reads an acronym’s plural, an accented surname beside intact apostrophes, a resort of two words and a plural nationality as no slips', async () => {
    expect(await found('spacing', 'In the PASOs, the Peronists won by more than 10 points.')).toEqual([])
    expect(await found('spacing', 'HIKE IN MINIMUM WAGEAs the government said, wages rose.')).toEqual([['WAGEAs', 'WAGE As', 'warning', 16, 22]])
    // Only the unknown words, as info: no "Sol’s".
    expect(await found('spelling', 'Former presidential candidate Ottón Solís told The Tico Times that PAC’s legislators will use dialogue.')).toEqual([
      ['Ottón', undefined, 'info', 30, 35],
      ['Tico', undefined, 'info', 51, 55]
    ])
    expect(await found('spelling', 'He makes the final decision after discussions with the Presidentís Pardon Commission.')).toEqual([['Presidentís', 'President’s', 'warning', 55, 66]])
    expect(await found('names', '“And we are going to bring people together,” said Davis, who received his instruments of appointment during a ceremony at Baha Mar on Saturday morning.')).toEqual([])
    expect(await found('names', 'The minister reaffirmed the government’s commitment to earning the trust and faith of Batswana in public office bearers.')).toEqual([])
  })

  // Real copy: https://pledgetimes.com/deputies-declare-the-constitutionality-of-judicial-reform/,
  // https://briardforce.com/the-cocoa-market-suspended-for-the-presidential-election-in-cote-divoire/ (garbled),
  // https://www.thejakartapost.com/indonesia/2023/12/22/labor-protesters-demand-wage-increase-permanent-cease-fire-in-gaza.html (edited)
  it('removes an article written again with a capital, and lowers a verb of saying that a translation capitalized after the quotation', async () => {
    expect(await found('repeated-words', 'Previously, the The Senate had also approved the constitutionality of the reform.')).toEqual([['the The', 'the', 'warning', 12, 19]])
    // A preposition before a title it opens is no repeat.
    expect(await found('repeated-words', 'He starred in In Bruges and wrote an essay on the author of Of Mice and Men.')).toEqual([])
    expect(await found('case', '“ You can count on me », Declared the Head of State to the farmers on the spot who welcomed this announcement.')).toEqual([['Declared', 'declared', 'warning', 25, 33]])
    // "Said" the unionist, written so again in the story: a name.
    expect(await found('case', 'Said Iqbal led the march. “If these demands are not met, we will strike,” Said added, as reported by Kompas.')).toEqual([])
  })

  // Real copy: https://georgiatoday.ge/miners-in-chiatura-protest-bankruptcy-and-demand-state-control-of-operations (garbled)
  it('takes the story’s own spelling of a place over a known name a lone word is near, which the story never writes', async () => {
    const text = 'Since February 28, thousands of miners in Chiatura, Georgia, have been protesting after the Chaitura Management Company filed for bankruptcy. Miners called for Georgian Manganese to leave Chiatura.'
    // Not "Chaudhury?" as a note: the story writes Chiatura twice.
    expect(await found('names', text)).toEqual([['Chaitura', 'Chiatura', 'warning', 92, 100]])
  })

  // Real copy: https://latin-american.news/minimum-wage-must-be-readjusted-on-may-1st (garbled);
  // https://en.mercopress.com/2025/03/20/brazil-haddad-says-selic-adjustment-stemmed-from-campos-neto-era (edited, "R$ 50 billion" throughout)
  it('sets a country’s currency sign against its amount where the story does so elsewhere, and leaves a paper that always spaces it', async () => {
    expect(await found('spacing', 'The minimum wage, currently worth R$ 1,302, was readjusted from R$1,100 to R$1,212.')).toEqual([['$ ', '$', 'warning', 35, 37]])
    expect(await found('spacing', 'Each 1% increase adds roughly R$ 50 billion (US$ 8.85 billion) to public debt interest costs.')).toEqual([])
  })
})
