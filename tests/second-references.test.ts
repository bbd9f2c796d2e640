import {describe, expect, it} from 'vitest'
import {lint} from './lint.js'

const names = async (text: string) => (await lint(text)).filter((f) => f.rule === 'names' && f.level !== 'info').map((f) => [f.actual, f.expected[0], f.start])

describe('second references: the story’s own people', () => {
  it('fixes another romanization of a family name the story gave in full', async () => {
    const text = 'Finance Minister Choo Kyung-ho presented the budget on Monday. Chu said the deficit would narrow next year.'
    expect(await names(text)).toEqual([['Chu', 'Choo', 63]])
  })

  it('takes the story’s person garbled in full into another romanization as the same person, so the lone surname is fixed too', async () => {
    const text = 'Finance Minister Choo Kyung-ho spoke first. The race pits Chu Kyung-ho against two rivals. Chu has the edge among members from the south.'
    expect(await names(text)).toEqual([
      ['Chu Kyung-ho', 'Choo Kyung-ho', 58],
      ['Chu', 'Choo', 91]
    ])
    // Another given name is another person, whose own surname stays quiet.
    expect(await names('Finance Minister Choo Kyung-ho spoke first. Chu Dae-sung, a rival, disagreed. Chu has the edge among members.')).toEqual([])
  })

  it('fixes a surname slipped after initials that stand for the given name of the story’s person', async () => {
    expect(await names('Lawmakers backed Keir Starmer. Aides praised K. Starmre and K. Stamer.')).toEqual([
      ['Starmre', 'Starmer', 48],
      ['Stamer', 'Starmer', 63]
    ])
    // The tune page's kind: the doubled letter moved.
    expect(await names('Lawmakers backed Tajudeen Abbas for speaker. Sources said they settled for TJ Abass, Ph.D, as speaker.')).toEqual([
      ['Abass', 'Abbas', 78]
    ])
    for (const quiet of [
      'Lawmakers backed Tajudeen Abbas. Aides praised TJ Abbas.',
      'Lawmakers backed Keir Starmer. Aides praised M. Stamer.',
      'Lawmakers backed Keir Starmer. Aides praised K. Stammers.'
    ]) {
      expect(await names(quiet), quiet).toEqual([])
    }
  })

  it('gives the story’s own person before a look-alike the story never names', async () => {
    // "Ishida" is a letter from Ishiba too, whom this story does not name.
    expect(await names('Former Foreign Minister Fumio Kishida won the vote. As expected, Ishida will succeed the prime minister.')).toEqual([['Ishida', 'Kishida', 65]])
  })

  it('takes a long word no dictionary knows, two letters off the surname, for that surname', async () => {
    expect(await names('Prime Minister Yulia Svyrydenko spoke first. Svyridenka said the budget would pass.')).toEqual([['Svyridenka', 'Svyrydenko', 45]])
    // Shorter words, two letters off, are too often another person's name.
    expect(await names('Finance Minister Marchenko spoke first. Martenka said the budget would pass.')).toEqual([])
  })

  it('reads a common word opening the sentence as no part of the name after it', async () => {
    const text = 'Opposition leader Park Chan-dae spoke first. Later Pak said the party would vote no.'
    expect(await names(text)).toEqual([['Pak', 'Park', 51]])
    expect(await names('Opposition leader Park Chan-dae spoke first. Later Park said the party would vote no.')).toEqual([])
  })

  it('fixes a full name that keeps the given name of the story’s person and garbles the surname', async () => {
    const text = 'Prime Minister Shigeru Ishiba spoke on Monday. Later Shigeru Ishiguro said the cabinet would change.'
    expect(await names(text)).toEqual([['Shigeru Ishiguro', 'Shigeru Ishiba', 53]])
    // Another given name, a surname nothing like it, or two words ending a longer name: other people.
    for (const quiet of [
      'Prime Minister Shigeru Ishiba spoke on Monday. Later Shigeru Yamada said the cabinet would change.',
      'Prime Minister Shigeru Ishiba spoke on Monday. Later Kenji Ishiguro said the cabinet would change.',
      'Prime Minister Shigeru Ishiba spoke on Monday. The Hotel Shigeru Ishiguro stayed open.'
    ]) {
      expect(await names(quiet), quiet).toEqual([])
    }
  })

  it('fixes a surname one letter off a person the gazetteer knows and the story named', async () => {
    const text = 'Prime Minister Keir Starmer met union leaders in London. Afterwards Stramer said the talks had been useful.'
    expect(await names(text)).toEqual([['Stramer', 'Starmer', 68]])
  })

  it('fixes a given name used where the family name belongs', async () => {
    const text = 'Japanese Prime Minister Shigeru Ishiba called a snap election. Shigeru told reporters the vote would be held in October.'
    expect(await names(text)).toEqual([['Shigeru', 'Ishiba', 63]])
  })

  it('stays quiet on the right surname, on two people of one family, and on words that are not names', async () => {
    for (const text of [
      'Finance Minister Choo Kyung-ho presented the budget. Choo said the deficit would narrow.',
      'President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Seoul. Lee said the talks were frank, and Ishiba agreed.',
      'Joe Biden and Hunter Biden arrived together. Hunter said little to reporters.',
      'Prime Minister Keir Starmer spoke in London. Labour said the vote would be close, and Starmer agreed.',
      'Finance Minister Choo Kyung-ho spoke first. Park Chan-dae, the floor leader, said the opposition would vote no.',
      'Finance Minister Choo Kyung-ho spoke first. Grand Chu said the market would open.'
    ]) {
      expect(await names(text), text).toEqual([])
    }
  })
})

describe('a garbled full name of the story’s own person', () => {
  it('offers the person the story names first, before a look-alike the gazetteer knows', async () => {
    const found = (await lint('Lee Jae-myung met reporters. Later Lee Jae-young said the plan was sound.')).filter((f) => f.rule === 'names')
    expect(found.map((f) => [f.actual, f.expected, f.start])).toEqual([['Lee Jae-young', ['Lee Jae-myung', 'Lee Jae-yong'], 35]])
  })

  it('leaves two real people who share a family name alone', async () => {
    expect((await lint('Samsung chief Lee Jae-yong met President Lee Jae-myung.')).filter((f) => f.rule === 'names')).toEqual([])
  })
})

describe('second references read from the family name’s characters', () => {
  it('fixes a Mandarin reading of the family name, in pinyin or Wade–Giles, to the surname the story gives', async () => {
    expect(await names('Finance Minister Taro Aso spoke in Tokyo. Masheng is expected to stay on.')).toEqual([['Masheng', 'Aso', 42]])
    expect(await names('Justice Minister Cho Kuk resigned on Monday. Tsao said he would fight the charges.')).toEqual([['Tsao', 'Cho', 45]])
    expect(await names('Prime Minister Shigeru Ishiba spoke on Monday. Shih said the cabinet would hold.')).toEqual([['Shih', 'Ishiba', 47]])
  })

  it('takes a reading that is an English word only as it is, where a surname stands', async () => {
    expect(await names('President Yoon Suk Yeol declared martial law on Tuesday. Yin said the order was needed.')).toEqual([['Yin', 'Yoon', 57]])
    expect(await names('President Yoon Suk Yeol declared martial law on Tuesday. Yin has no yang.')).toEqual([])
  })

  it('reads the word before a leader’s noun as a surname, past a nationality', async () => {
    expect(await names('Former Prime Minister Fumio Kishida stepped down. The Japanese Antian cabinet had lasted three years.')).toEqual([['Antian', 'Kishida', 63]])
    expect(await names('Former Prime Minister Fumio Kishida stepped down. The Antiano cabinet had lasted three years.')).toEqual([['Antiano', 'Kishida', 54]])
  })

  it('follows the person a known garble names', async () => {
    expect(await names('Shi Po Mao won the party vote. The Shipo government was formed in October.')).toEqual([['Shi Po Mao', 'Shigeru Ishiba', 0], ['Shipo', 'Ishiba', 35]])
  })

  it('stays quiet on a reading that is another person’s surname in the story, or part of a longer name', async () => {
    for (const text of [
      'Premier Li Qiang met President Lee Jae-myung. Li said trade would grow.',
      'President Yoon Suk Yeol spoke on Tuesday. Yin Yang Street was closed for the visit.',
      'Prime Minister Shigeru Ishiba spoke on Monday. Shih Tzu owners said the park would reopen.',
      'Justice Minister Cho Kuk met the writer Tsao Li-wen in Taipei. Tsao said the talks went well.'
    ]) {
      expect(await names(text), text).toEqual([])
    }
  })
})

describe('a given name alone where an East Asian surname belongs', () => {
  it('fixes the given name of a person named in Chinese characters to the family name', async () => {
    expect(await names('Prime Minister Fumio Kishida visited Seoul. Talks with Fumio lasted an hour.')).toEqual([['Fumio', 'Kishida', 55]])
  })

  it('stays quiet when another full name shares the given name, and for people named in Latin letters only', async () => {
    for (const text of [
      'Prime Minister Fumio Kishida met Fumio Sato. Talks with Fumio lasted an hour.',
      'Vice President JD Vance met Governor Tim Walz. Friends of Tim gathered outside.',
      'Prime Minister Fumio Kishida visited Seoul. Fumio Kishida then flew home.'
    ]) {
      expect(await names(text), text).toEqual([])
    }
  })
})

describe('a second reference heard for the surname', () => {
  it('fixes a name no dictionary knows, standing where the surname belongs, that sounds like one story person’s surname', async () => {
    const text = 'The date was announced by the Minister of Education and Science of Ukraine Serhiy Shkarlet on Telegram. Scarlett noted that registration may begin in April.'
    expect(await names(text)).toEqual([['Scarlett', 'Shkarlet', 104]])
  })

  it('stays quiet on a word the dictionary knows, and on a name the story writes in someone else’s full name', async () => {
    for (const text of [
      'The date was announced by Minister Serhiy Shkarlet. Monday’s session was put off.',
      'The date was announced by Minister Serhiy Shkarlet. Scarlett Johansson said she would attend, and Scarlett said more.'
    ]) {
      expect(await names(text), text).toEqual([])
    }
  })
})

describe('a second reference cut short', () => {
  it('fixes the first or last half of a story person’s surname, standing where the surname belongs', async () => {
    expect(await names('Prime Minister Shigeru Ishiba spoke on Monday. Shiba said the cabinet would hold.')).toEqual([['Shiba', 'Ishiba', 47]])
    expect(await names('Prime Minister Yulia Svyrydenko spoke in Kyiv. Svyryd said the budget was ready.')).toEqual([['Svyryd', 'Svyrydenko', 47]])
  })

  it('stays quiet on part of a surname of two words, and on a word the story gives another person', async () => {
    for (const text of [
      'Crown Prince Mohammed bin Salman met the envoy. Salman said the deal was done.',
      'Prime Minister Yulia Svyrydenko met the economist Oleh Svyryd in Kyiv. Svyryd said the budget was ready.'
    ]) {
      expect(await names(text), text).toEqual([])
    }
  })
})

describe('a full name with its given name slipped', () => {
  it('fixes a given name a letter off before the surname of a person the story names, and leaves someone else of the same family', async () => {
    // A Reuters caption on a Bolivian story (eniancreation.com, 2022) spelled her as heard.
    expect(await names('Former Bolivian President Jeanine Anez was sentenced. Janine Anez, in a photo taken in 2020.')).toEqual([['Janine', 'Jeanine', 54]])
    expect(await names('Mexican Senator Mario Delgado spoke. His sister Maria Delgado did not.')).toEqual([])
  })

  it('lets a full name after a known given name set the spelling of a surname no list knows', async () => {
    // Written once in full, twice alone: the full name, not the count, sets the spelling.
    const text = 'Public Relations Officer Ms Doreen Kapwani spoke for the bureau. Kapweni said the case was open. Kapweni added that more arrests would follow.'
    expect(await names(text)).toEqual([
      ['Kapweni', 'Kapwani', 65],
      ['Kapweni', 'Kapwani', 97]
    ])
    // A word the first-name list lacks ("Namami") is no given name: the count decides. (The Yamuna, not the Ganga: Ganga is
    // a surname the gazetteer knows, Suriname's Gobind Ganga, and "Namami Gange" is the programme's own name.)
    expect(await names('The Namami Yamune programme began. The Yamuna is cleaner. Yamuna water was tested. The Yamuna flows on.')).toEqual([['Yamune', 'Yamuna', 11]])
  })

  it('lets a spelling written alone three times and more, over twice as often as the full name’s, set the name', async () => {
    // phnompenhpost.com, 2023 (tests/fixtures/real/tune): the full name once, garbled; the surname alone three times, right.
    const text = 'Kim Satepheap, secretary of state at the Ministry of Justice, spoke. Santepheap said 538 prisoners were pardoned. According to Santepheap, 391 received reductions. “One woman was pardoned,” Santepheap said.'
    expect(await names(text)).toEqual([['Satepheap', 'Santepheap', 4]])
    // Twice alone is not enough against the full name.
    expect(await names('Kim Satepheap, secretary of state, spoke. Santepheap said 538 prisoners were pardoned. According to Santepheap, 391 received reductions.')).toEqual([
      ['Santepheap', 'Satepheap', 42],
      ['Santepheap', 'Satepheap', 100]
    ])
  })

  it('counts a courtesy title before a surname as no given name of another person', async () => {
    // "Mr" is no given name telling "Mr Malanji" from the story's other spelling as another person.
    const text = 'Police arrested the minister, Malanja, on Monday. Malanji becomes the second minister to be held. Mr Malanji denies the charges.'
    expect(await names(text)).toEqual([['Malanja', 'Malanji', 30]])
  })

  it('reads a word before a patronymic as a given name opening a full name of its own', async () => {
    // https://www.arabnews.pk/node/1254931/saudi-arabia (tests/fixtures/real/new154)
    const text = 'RIYADH: King Salman approved plans on Monday. Prince Badr bin Sultan is the new governor of Al-Jouf. Prince Sultan bin Ahmad has been appointed an adviser at the Royal Court.'
    expect(await names(text)).toEqual([])
  })

  it('reads a surname a letter off a known person’s, after the person’s own given name, as that person misspelled', async () => {
    const text = 'His successor, Prime Minister Amadou Gon Coulibaly, died in July. The decree was announced by the government spokesman, Amadou Coulibali, on Wednesday.'
    expect(await names(text)).toEqual([['Coulibali', 'Coulibaly', 127]])
    // After a given name of its own it is someone else's surname.
    expect(await names('Prime Minister Amadou Gon Coulibaly died. His cousin Ibrahim Coulibali spoke.')).toEqual([])
  })
})


describe('second references: a spelling the story introduces as a name', () => {
  it('leaves two spellings apart where one follows “known as”', async () => {
    // messenger.com.ge (Georgia): the feast of the town of Mtskheta.
    expect(await names('Svetitskhoveli stands in Mtskheta. The feast is also known as Mtskhetoba, or the day of Mtskheta.')).toEqual([])
  })
})

// Real pages of the tuning set (tests/fixtures/real/tune), two of their sentences each.
describe('a word one letter off a name the story writes inside a known person’s name', () => {
  it('fixes the slip to the story’s own spelling, however often the slip is repeated', async () => {
    // https://www.true-news.info/servant-of-the-people-plans-to-take-at-least-7-10-bills-for-the-day-arakhamiya/
    const ukraine = 'About it has informed journalists the leader of the “servant of the people” David Arakhamiya, after a meeting of deputies with President Vladimir Zelensky, reports “UNIAN”.\n\nRelated news: Arakhamiya told about the structure and management of fraction “the servant of the people” in the Parliament.\n\nNext week is invited to consider the draft law on concessions, said Arakhamia.\n'
    expect(await names(ukraine)).toEqual([
      ['Arakhamiya', 'Arakhamia', 82],
      // The Russian form of the president's given name, the gazetteer's reading: an older check's.
      ['Vladimir Zelensky', 'Volodymyr Zelensky', 137],
      ['Arakhamiya', 'Arakhamia', 188]
    ])
    // https://pakistantoday.com.pk/?p=337149
    const pakistan = 'After a brief recess, PPP Chairman Bilawal Bhutto-Zardari delivered a speech that lasted more than 50 minutes.\n\nAfter the Holy Quran, the 1973 Constitution holds the highest sanctity for me: Bilalwal\n'
    expect(await names(pakistan)).toEqual([['Bilalwal', 'Bilawal', 191]])
    // https://www.insidewalessport.co.uk/algeria-three-former-ministers-imprisoned-for-corruption/ : five letters, beside the name's other word.
    const algeria = 'The Sidi Mohamed court sentenced businessman Ali Haddad to four years in prison.\n\nProsecutors requested 10-year prison sentences against Ali Hadad, Ammar Ghol, Abdelkader Auli and Abdelkader Qadi.\n'
    expect(await names(algeria)).toEqual([['Hadad', 'Haddad', 141]])
    // https://www.theclevelandamerican.com/the-data-is-below-expectations-says-banxico-el-financiero/ : a body's one-word name.
    const mexico = 'The data is below expectations, says Banxico – El Financiero\n\nIs Panxico worried about the banking crisis in the United States?\n'
    expect(await names(mexico)).toEqual([['Panxico', 'Banxico', 65]])
    // https://jurist.org/news/2024/09/taiwan-peoples-party-chairman-detained-by-taipei : the words after the title are the councilor's name.
    const taiwan = 'Ko’s Taiwan People’s Party positions itself in between the secessionist Democratic Progressive Party and the pro-China Kuomintang.\n\nCore Pacific Group Chairman Sheen Ching-jing was alleged to have given Kuomingtang Taipei City Councilor Ying Hsiao-Wei nearly 48mn New Taipei dollar to lobby the government.\n'
    expect((await names(taiwan)).filter(([actual]) => actual === 'Kuomingtang')).toEqual([['Kuomingtang', 'Kuomintang', taiwan.indexOf('Kuomingtang')]])
  })

  it('leaves a word beside other name words, initials, a particle’s name or a place noun, and a vowel put for another', async () => {
    for (const quiet of [
      // Another person's initial before the surname (the initials' own check fixes "K. Stamer").
      'Lawmakers backed Keir Starmer. Aides praised M. Stamer.',
      // https://www.civilnet.am/news/188491/armenia-forms-new-government/ : Armenian -ian and -yan.
      'Erik Grigoryan has been appointed as Minister of Nature Protection.\n\nTwo of Armenia’s three deputy prime minister, Tigran Avinyan and Mher Grigorian, were also re-appointed.',
      // https://tribune.com.pk/story/2328319/afghan-taliban-appoint-new-provincial-governors-military-commanders : a province, no Ghani.
      'Former president Ashraf Ghani fled in August. A new governor has been appointed for Ghazni province.',
      // https://www.usmuslims.com/update-syria-unveils-new-government-lineup-292051h.html : a given name before a particle’s name.
      'Bashar al-Assad fled to Moscow. The lineup names Foreign Minister Asaad al-Shaibani.',
      // https://sggpnews.org.vn/business/farmers-reeling-from-crop-losses-due-to-torrential-rains-across-mekong-delta-88942.html : five letters alone.
      'Deputy Prime Minister Tran Hong Ha visited the delta. Farmers in Soc Trang also suffered the same fate.',
      // https://unn.ua/en/news/deputy-chairman-of-the-verkhovna-rada-kornienko-shared-memories-of-the-deceased-politician-andriy-parubiy-during-the-farewell-ceremony : a vowel doubled, as Ukrainian romanization writes it.
      'Oleksandr Kornienko remembered Andriy Parubiy as a model patriot.\n\nHe understood the importance of things that are built for years, said First Deputy Chairman of the Verkhovna Rada of Ukraine Oleksandr Korniienko during the farewell ceremony.',
      // Another person beside other name words, however near the known one.
      'Venezuela’s attorney general Tarek William Saab announced the arrest of Tareck El Aissami. El Aissami had been oil minister.'
    ]) {
      expect(await names(quiet), quiet).toEqual([])
    }
  })
})
