/** The regular inflections a phrase or variant word may carry in running text. */
export type Suffix = '' | 's' | 'ed' | 'ing'

export const suffixes: readonly Suffix[] = ['', 's', 'ed', 'ing']

const vowels = /[aeiou]/

function isConsonant(char: string | undefined): boolean {
  return char !== undefined && /[a-z]/.test(char) && !vowels.test(char)
}

/** One-syllable consonant-vowel-consonant words double their last letter: stop → stopped. */
function doublesFinal(word: string): boolean {
  const [a, b, c] = [word.at(-3), word.at(-2), word.at(-1)]
  if (!isConsonant(a) || !b || !vowels.test(b) || !isConsonant(c) || /[wxy]/.test(c ?? '')) return false
  const vowelGroups = word.match(/[aeiouy]+/g) ?? []
  return vowelGroups.length === 1
}

/** Inflects a lowercase base word with English spelling rules (regular forms only). */
export function inflect(word: string, suffix: Suffix): string {
  if (suffix === '' || !/^[a-z]+$/.test(word)) return suffix === '' ? word : word + suffix
  const last = word.at(-1)
  const beforeLast = word.at(-2)
  if (suffix === 's') {
    if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es'
    if (last === 'y' && isConsonant(beforeLast)) return word.slice(0, -1) + 'ies'
    return word + 's'
  }
  if (suffix === 'ed') {
    if (last === 'e') return word + 'd'
    if (last === 'y' && isConsonant(beforeLast)) return word.slice(0, -1) + 'ied'
    if (doublesFinal(word)) return word + last + 'ed'
    return word + 'ed'
  }
  if (word.endsWith('ie')) return word.slice(0, -2) + 'ying'
  if (last === 'e' && !/(ee|oe|ye)$/.test(word)) return word.slice(0, -1) + 'ing'
  if (doublesFinal(word)) return word + last + 'ing'
  return word + 'ing'
}

/** Every inflected form of `word` with the suffix that made it. */
export function inflections(word: string): Array<[form: string, suffix: Suffix]> {
  const seen = new Set<string>()
  const forms: Array<[string, Suffix]> = []
  for (const suffix of suffixes) {
    const form = inflect(word, suffix)
    if (!seen.has(form)) {
      seen.add(form)
      forms.push([form, suffix])
    }
  }
  return forms
}

/** Inflects a word whose last part may follow a hyphen: lip-sync → lip-syncing. */
export function inflectLast(word: string, suffix: Suffix): string {
  const hyphen = word.lastIndexOf('-')
  return word.slice(0, hyphen + 1) + inflect(word.slice(hyphen + 1), suffix)
}

/**
 * Inflected forms of a word, a phrase word or a variant spelling: a
 * hyphenated word inflects its last part (ex-patriot → ex-patriots), and
 * anything that is not plain lowercase letters stands as written.
 */
export function formsOf(word: string): Array<[form: string, suffix: Suffix]> {
  const hyphen = word.lastIndexOf('-')
  const head = word.slice(0, hyphen + 1)
  const tail = word.slice(hyphen + 1)
  if (!/^[a-z]+$/.test(tail)) return [[word, '']]
  return inflections(tail).map(([form, suffix]) => [head + form, suffix])
}
