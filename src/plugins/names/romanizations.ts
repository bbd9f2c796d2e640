import {countriesOf} from '../../names/countries.js'
import type {Entity} from '../../data/entities.js'
import {droppedLetterAt, editDistance} from '../../names/distance.js'
import {sameSyllable} from '../../names/korean.js'
import {romanizedIn, syllableSets} from '../../names/romanized.js'
import type {NameToken} from '../../names/spans.js'
import type {FormRef} from '../../names/gazetteer.js'
import {capitalize, escapeRegExp, squash, withoutAccents} from '../../text/normalize.js'
import type {NamesContext} from './context.js'
import {dataPath} from '../../data/root.js'
import {readWordList} from '../../data/word-list.js'
import {isFirstName, opensKnownName} from './words.js'

/** Countries whose names come from scripts that leave short vowels unwritten (dictionaries/abjad-countries.txt). */
const abjadCountries: ReadonlySet<string> = new Set(readWordList(dataPath('dictionaries/abjad-countries.txt')))

/** Countries whose names come from the Greek alphabet (dictionaries/romanization/greek-script-countries.txt). */
const greekCountries: ReadonlySet<string> = new Set(readWordList(dataPath('dictionaries/romanization/greek-script-countries.txt')))

/**
 * A well-formed name of a language read by syllables ("Zhang Qingwei",
 * "Liao Hsien-hsiang", "Chiu Jo-hua") is someone's name: it is a slip for a
 * known person only a letter off ("Kim Keo Hee") in the same romanization.
 * Computed Mandarin readings are garbles themselves, and are left to the
 * letters.
 */
export function anotherRomanizedName(context: NamesContext, span: readonly NameToken[], form: string): boolean {
  context.syllableSets ??= syllableSets(context.korean, context.pinyinSyllables, context.wadeGiles)
  const words = span.map((name) => name.text)
  const own = romanizedIn(words, context.syllableSets)
  if (own.length === 0) return false
  const theirs = romanizedIn(form.split(/\s+/), context.syllableSets)
  if (!own.some((system) => theirs.includes(system))) return true
  if (sameKoreanSyllables(context, words, form)) return false
  return editDistance(squash(words.join('')), squash(form), 2) > 1
}

/** Syllable by syllable one family name and one given-name syllable in another romanization ("Yoon Seok-yeol", "Chu Kyung-ho"). */
function sameKoreanSyllables(context: NamesContext, words: readonly string[], form: string): boolean {
  const parts = words.join(' ').toLowerCase().split(/[\s-]+/)
  const target = form.toLowerCase().split(/[\s-]+/)
  if (parts.length !== target.length) return false
  return parts.every((part, index) => {
    const other = target[index]!
    if (index > 0 || part === other) return sameSyllable(part, other, context.korean)
    return context.korean.surnames.get(capitalize(other))?.has(capitalize(part)) ?? false
  })
}

/** The same last word; before it, the same consonants in the same order, each vowel run another vowel run. */
export function sameSurnameOtherVowels(context: NamesContext, span: readonly NameToken[], target: string, surname: string | undefined): boolean {
  const words = target.split(/\s+/)
  // The surname last: "Choo Kyung-ho" keeps its given name, not its surname, as "Chu Kyung-ho". A Thai name, known by
  // its given name first ("Akanat Promphan"), keeps its family name last too ("Aekkanat Promphan").
  const familyLast = words.at(-1) === surname || (words.length === 2 && surname !== undefined && words[0] === surname && !context.korean.surnames.has(surname))
  if (span.length < 2 || span.length !== words.length || !familyLast || squash(span.at(-1)!.text) !== squash(words.at(-1)!)) return false
  // An English given name slipped ("Donuld Trump") is a typo; a word kept as it is ("Devi") says nothing,
  // nor does a given name written another usual way ("Mohammad" for Mohammed).
  if (words.slice(0, -1).some((word, index) => squash(word) !== squash(span[index]!.text) && isFirstName(context, word) && !isFirstName(context, span[index]!.text) && !opensKnownName(context, span[index]!.text))) return false
  const given = squash(span.slice(0, -1).map((name) => name.text).join(''))
  const own = squash(words.slice(0, -1).join(''))
  return given !== own && given[0] === own[0] && consonants(given) === consonants(own)
}

/**
 * Each word of the person's name with other vowels in the same places, a
 * final y written i and particles ("el-", "Al-") dropped, and perhaps a middle name
 * between ("Hanafi Ali Gibali" for Hanafy el-Gebaly): the same person
 * transliterated by another paper. Each word keeps its first letter and its
 * length ("Abi" for Abiy and "Chanarun" for Chainarun are slips).
 */
export function otherVowelsThroughout(span: readonly NameToken[], target: string): boolean {
  const words = target.split(/\s+/)
  if (words.length !== 2 || (span.length !== 2 && span.length !== 3)) return false
  const shape = (word: string) => squash(withoutArticle(word)).replace(/y$/, 'i').replace(/[aeiou]/g, '*')
  const same = (a: string, b: string) => squash(withoutArticle(a))[0] === squash(withoutArticle(b))[0] && shape(a) === shape(b)
  return squash(spanTextOf(span)) !== squash(target) && same(span[0]!.text, words[0]!) && same(span.at(-1)!.text, words[1]!)
}

/** The word without a particle hyphened to it, either case ("el-Gebaly", "Al-Gibali"): papers write the article both ways. */
const withoutArticle = (word: string) => word.replace(/^\p{L}\p{Ll}{0,2}-(?=\p{Lu})/u, '')

function spanTextOf(span: readonly NameToken[]): string {
  return span.map((name) => name.text).join(' ')
}

/**
 * Whether the person's name reaches English transliterated, so that its
 * vowels and aspirates vary from paper to paper: a person of a country that
 * writes in another script, or of no country the gazetteer's title names.
 */
/**
 * A person romanized from another script, written with a space for the
 * hyphen of a double surname or without marks ("Gordana Siljanovska
 * Davkova" for Siljanovska-Davkova, "Kocoska" for Kočoska): many
 * newsrooms' copy drops both, word for word. Not a name read by syllables, whose hyphen
 * tells its romanization ("Hou Youyi" for Hou You-yi is mainland pinyin).
 */
export function romanizedLayout(context: NamesContext, entity: Entity, form: string, text: string): boolean {
  if (entity.kind !== 'person' || hyphenatedSyllable.test(form) || !ofTransliteratedCountry(context, entity)) return false
  const words = (name: string) => withoutAccents(name).split(/\s+/)
  const [own, written] = [words(form), words(text)]
  // Only a double surname of two long words may lose its hyphen: "Kassym Jomart Tokayev" splits the given name,
  // "Hossein Amir Abdollahian" reads as a given name Amir, "el Sisi" spaces a particle.
  const surname = own.at(-1)!.split('-')
  if (surname.length > 2 || (surname.length === 2 && (surname[0]!.length < 5 || isFirstName(context, surname[0]!)))) return false
  const spaced = [...own.slice(0, -1), ...surname].map((word) => word.toLowerCase())
  const unspaced = own.map((word) => word.toLowerCase())
  const asWritten = written.map((word) => word.toLowerCase())
  const same = (a: string[]) => a.length === asWritten.length && a.every((word, index) => word === asWritten[index])
  return same(spaced) || same(unspaced)
}

/** A person the gazetteer places in a country that writes names in another script, not one of no known country. */
export function ofTransliteratedCountry(context: NamesContext, entity: Entity): boolean {
  return anyCountryIn(countriesOf(context.gazetteer.entities).of(entity), context.transliteratedCountries)
}

const hyphenatedSyllable = /-\p{Ll}/u

export function transliterated(context: NamesContext, entity: Entity): boolean {
  const held = countriesOf(context.gazetteer.entities).of(entity)
  return held.size === 0 || anyCountryIn(held, context.transliteratedCountries)
}

/** Whether the person's country writes in a script that leaves short vowels unwritten (dictionaries/abjad-countries.txt). */
function ofAbjadCountry(context: NamesContext, entity: Entity): boolean {
  return anyCountryIn(countriesOf(context.gazetteer.entities).of(entity), abjadCountries)
}

/** Whether one of the countries is on a lowercase list (dictionaries/transliterated-countries.txt, romanization/schwa-countries.txt). */
function anyCountryIn(countries: ReadonlySet<string>, list: ReadonlySet<string>): boolean {
  for (const country of countries) if (list.has(country.toLowerCase())) return true
  return false
}

/**
 * "Sheikhupura" for Shekhupura: a place of a country whose script leaves
 * short vowels unwritten or Indic's, its consonants kept as written and only
 * its vowels written otherwise, is the place in another romanization
 * (gazetteers pick one of several). Not pinyin's places, spelled one way.
 */
export function placeVowelsRomanized(context: NamesContext, text: string, ref: FormRef): boolean {
  if (ref.entity.kind !== 'place') return false
  const held = countriesOf(context.gazetteer.entities).of(ref.entity)
  // An h after a consonant only in Indic names, whose scripts have aspirates English spells either way; Persian's "Sh" is a letter of its own ("Siraz" is no Shiraz).
  const indic = anyCountryIn(held, context.schwaCountries)
  if (!indic && !anyCountryIn(held, abjadCountries)) return false
  const words = text.toLowerCase().split(/\s+/)
  const formWords = ref.form.toLowerCase().split(/\s+/)
  return words.length === formWords.length && words.every((word, i) => word[0] === formWords[i]![0] && (vowelsMarked(word) === vowelsMarked(formWords[i]!) || (indic && aspirateApart(word, formWords[i]!))))
}

/** "Bhubaneswar", "Bhubaneshwar": one word with an h after a consonant that the other lacks, nothing else changed. */
function aspirateApart(word: string, form: string): boolean {
  const [longer, shorter] = word.length > form.length ? [word, form] : [form, word]
  const at = droppedLetterAt(shorter, longer)
  return at > 0 && longer[at] === 'h' && !/[aeiou]/.test(longer[at - 1]!)
}

/** The word with each run of vowels one mark, its consonants as written. */
const vowelsMarked = (word: string) => word.replace(/[aeiou]+/g, '*')

/**
 * The word's shape with each run of vowels one mark and doubled consonants
 * single: "mustafa" and "mostafa" meet. Not y, which Slavic names write for
 * a vowel of their own ("Volodymyr", not "Volodimir").
 */
function consonants(word: string): string {
  // Hindi's final -ra is written -er as often ("Bhupendra", "Bhupender"; "Narendra", "Narender").
  return unaspirated(word).replace(/([^aeiou])(?:ra|er)$/, '$1r').replace(/[aeiou]+/g, '*').replace(/([^*])\1+/g, '$1')
}

/**
 * The word without an h after a consonant: transliterations of Indic and
 * Arabic names write an aspirate or a sh with one or without ("Bidhya",
 * "Bidya"; "Shahabuddin", "Sahabuddin").
 */
function unaspirated(word: string): string {
  return word.replace(/([^aeiouh])h/g, '$1')
}

/**
 * The given name kept and the surname the same but for the h of a sh
 * ("Mohammed Sahabuddin" for Mohammed Shahabuddin): the same person
 * transliterated from Arabic or Bengali, which write one letter with or
 * without it. Its vowels must stay ("Donald Trimp"), and so must any other
 * h ("Ramaposa" and "Erdoghan" are slips).
 */
export function sameGivenOtherAspirates(span: readonly NameToken[], target: string): boolean {
  const words = target.split(/\s+/)
  if (span.length < 2 || span.length !== words.length) return false
  if (span.slice(0, -1).some((name, index) => squash(name.text) !== squash(words[index]!))) return false
  const [last, own] = [squash(span.at(-1)!.text), squash(words.at(-1)!)]
  return last !== own && last.replace(/sh/g, 's') === own.replace(/sh/g, 's')
}

/**
 * The given name as the person's own, and the surname one vowel short or
 * long ("Mohsen al-Mandlawi" for al-Mandalawi): Arabic and Persian short
 * vowels go unwritten, and papers supply them differently.
 */
export function surnameVowelDropped(context: NamesContext, entity: Entity, span: readonly NameToken[], target: string): boolean {
  const words = target.split(/\s+/)
  if (!ofAbjadCountry(context, entity)) return false
  if (words.length !== 2 || span.length !== 2 || squash(span[0]!.text) !== squash(words[0]!)) return false
  const [a, b] = [squash(span[1]!.text), squash(words[1]!)]
  if (a === b || a[0] !== b[0] || Math.abs(a.length - b.length) !== 1) return false
  // The longer has one vowel more, between two consonants: a short vowel supplied ("Mandalawi"), not a long
  // vowel spelled another way ("Rouhani" for Rohani, "Raeisi" for Raisi), which is the person's own spelling.
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  let at = 0
  while (at < short.length && short[at] === long[at]) at++
  return short.slice(at) === long.slice(at + 1) && /[aeiou]/.test(long[at]!) && /[^aeiou]/.test(long[at - 1] ?? 'a') && /[^aeiou]/.test(long[at + 1] ?? 'a')
}

/**
 * The known person's name in another accepted romanization: a glide, a final
 * letter or a v that transliterations write otherwise, the whole name or the
 * surname alone as any accepted form ends ("Nazarbaev", "Vorachit",
 * "Desalegne"), or a Korean family name in its commonest spelling
 * ("Yoon Ho-jung" for Yun Ho-jung).
 */
export function otherRomanization(context: NamesContext, span: readonly NameToken[], text: string, ref: FormRef): boolean {
  const {entity} = ref
  if (entity.kind !== 'person') return false
  if (otherKoreanSurname(context, span, ref.form)) return true
  if (!transliterated(context, entity)) return false
  if (glideFold(text) === glideFold(ref.form)) return true
  // "Abdel-Majeed Sakr" for Abdel Mageed Saqr: a name from a script that leaves its vowels unwritten, in another romanization of its letters.
  if (ofAbjadCountry(context, entity) && abjadFold(text) === abjadFold(ref.form)) return true
  const held = countriesOf(context.gazetteer.entities).of(entity)
  if (anyCountryIn(held, context.schwaCountries) && schwaFold(text) === schwaFold(ref.form)) return true
  // "Maria Panagiotou" for Panayiotou, "Neophytou" for Neofytou: a Greek name in the other system's letters.
  const greek = anyCountryIn(held, greekCountries)
  if (greek && greekFold(text) === greekFold(ref.form)) return true
  return span.length === 1 && [entity.name, ...entity.variants].some((form) => {
    const last = form.split(/\s+/).at(-1)!
    return glideFold(last) === glideFold(text) || (greek && greekFold(last) === greekFold(text))
  })
}

/** The name with each Greek letter the systems romanize otherwise written one way (greek-script-countries.txt's header). */
function greekFold(name: string): string {
  return withoutAccents(name)
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/[ck]h/g, 'h')
    .replace(/c/g, 'k')
    .replace(/g(?=[eiy])/g, 'y')
    .replace(/ou/g, 'u')
    .replace(/ai/g, 'e')
    .replace(/[eo]i/g, 'i')
    .replace(/y/g, 'i')
}

/** Each word with its a between single consonants after a vowel, and its final a, gone: "Devaraj" and "Devraj" are "devraj". */
function schwaFold(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/(?<=[aeiou][b-df-hj-np-tv-z])a(?=[b-df-hj-np-tv-z][aeiou])/g, '').replace(/(?<=[b-df-hj-np-tv-z])a$/, ''))
    .join(' ')
}

/**
 * The known name's family name first in its commonest romanization where the person's own is another ("Yoon Ho-jung" for
 * Yun Ho-jung: the house's spelling of the family), the given name as the name writes it. A rarer one than the person's own
 * ("Mun Jae-in" for Moon Jae-in) is still a slip.
 */
function otherKoreanSurname(context: NamesContext, span: readonly NameToken[], form: string): boolean {
  const words = form.split(/\s+/)
  if (span.length !== 2 || words.length !== 2 || span[0]!.text === words[0] || squash(span[1]!.text) !== squash(words[1]!)) return false
  const group = context.korean.surnames.get(span[0]!.text)
  return group?.has(words[0]!) === true && [...group][0] === span[0]!.text
}

/**
 * A name with a glide y between vowels dropped, a final y or yi and an iy before a consonant written i ("Smaiylov", "Smailov";
 * "Mukhammedkalyi"), Ukraine's official iia for -ія written ia ("Arakhamiia", "Arakhamia"), Persian and Arabic gh written q ("Araghchi", "Araqchi"), a final eh written e ("Salameh", "Salame"),
 * a final th written t (Thai and Lao: "Vorachith", "Vorachit"), a final e after a consonant (Amharic "Desalegne", "Desalegn") and v for w ("Laksanavisit", "Laksanawisit"; Turkmen
 * "Berdimuhamedow"), an s between vowels doubled as French and German transliterate Cyrillic с ("Atanassov", "Atanasov"), word by word,
 * its spaces gone ("Mohammadreza").
 */
function glideFold(name: string): string {
  const fold = (word: string) =>
    word
      .toLowerCase()
      .replace(/(?<=[aeiou])y(?=[aeiou])/g, '')
      .replace(/yi$/, 'i')
      .replace(/y$/, 'i')
      .replace(/iy(?![aeiou])/g, 'i')
      .replace(/iia/g, 'ia')
      .replace(/gh/g, 'q')
      .replace(/(?<=e)h$/, '')
      .replace(/th$/, 't')
      .replace(/(?<=[^aeiouy])e$/, '')
      .replace(/v/g, 'w')
      .replace(/(?<=[aeiou])ss(?=[aeiou])/g, 's')
      // Armenian surnames end -yan in Eastern romanization, -ian in Western ("Grigoryan", "Grigorian").
      .replace(/yan$/, 'ian')
  return squash(name.split(/\s+/).map(fold).join(' '))
}

/**
 * The consonants an Arabic name's romanizations trade, folded: Egyptian g
 * for j ("Mageed", "Majeed") and k for q ("Sakr", "Saqr"), with the hyphens
 * and spaces between the parts. Vowels stay: a vowel written otherwise
 * ("Maduri" for Madouri) is the person's own spelling's slip.
 */
function abjadFold(name: string): string {
  return glideFold(name).replace(/j/g, 'g').replace(/q/g, 'k')
}

/** "Te Paati Māori" for Te Pāti Māori: a long vowel its macron marks, written doubled (or plain) instead, as Māori and Japanese copy also writes it. */
export function macronDoubled(text: string, form: string): boolean {
  if (!macronVowel.test(form)) return false
  const pattern = escapeRegExp(form).replace(/[āēīōūĀĒĪŌŪ]/gu, (vowel) => {
    const plain = vowel.normalize('NFD')[0]!
    return `(?:${vowel}|${plain}${plain.toLowerCase()}|${plain})`
  })
  return new RegExp(`^${pattern}$`, 'u').test(text)
}

const macronVowel = /[āēīōūĀĒĪŌŪ]/u

/**
 * "Nizhny Novgorod" for Nizhniy Novgorod, "Dmitriy" for Dmitry, "Zelenskyy" for Zelensky: the Cyrillic
 * endings -ий, -ый and -ій romanized -y, -iy, -yy, -yi or -ii, word for word the same name otherwise.
 */
export function cyrillicEnding(text: string, form: string): boolean {
  const words = (name: string) => name.split(/\s+/)
  const [a, b] = [words(text), words(form)]
  if (a.length !== b.length || text === form) return false
  // A lone final i is no such ending: "Miley" is a slip for Milei.
  const fold = (word: string) => (word.length >= 5 ? word.replace(/(?:iy|yy|yi|ii|ij|y)$/u, 'y') : word)
  return a.every((word, at) => fold(word) === fold(b[at]!))
}

