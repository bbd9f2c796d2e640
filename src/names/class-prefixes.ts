import {dataPath} from '../data/root.js'
import {readWordList} from '../data/word-list.js'
import {withoutAccents} from '../text/normalize.js'

/** The shortest stem two prefixed words must share: "Bu-soga", "Ba-soga". */
const shortestStem = 4

let prefixes: ReadonlyMap<string, string> | undefined
let countries: ReadonlySet<string> | undefined

/** Each noun-class prefix and its kind (dictionaries/romanization/bantu-class-prefixes.txt), read when first asked. */
function classPrefixes(): ReadonlyMap<string, string> {
  return (prefixes ??= new Map(readWordList(dataPath('dictionaries/romanization/bantu-class-prefixes.txt')).map((line) => line.split(/\s+/) as [string, string])))
}

/** Whether one of the story's countries speaks Bantu languages (dictionaries/bantu-countries.txt). */
export function bantuStory(story: ReadonlySet<string>): boolean {
  countries ??= new Set(readWordList(dataPath('dictionaries/bantu-countries.txt')))
  for (const country of story) if (countries.has(country.toLowerCase())) return true
  return false
}

/**
 * "Basoga", "Busoga", "Lusoga": one stem under noun-class prefixes of two
 * kinds, a people and its land or language. Vowels of one kind ("Mohammad",
 * "Muhammad": two person prefixes) are a spelling's, not a class's.
 */
export function otherNounClass(a: string, b: string): boolean {
  const [x, y] = [withoutAccents(a).toLowerCase(), withoutAccents(b).toLowerCase()]
  for (const [prefix, kind] of classPrefixes()) {
    if (!x.startsWith(prefix)) continue
    const stem = x.slice(prefix.length)
    if (stem.length < shortestStem) continue
    for (const [other, otherKind] of classPrefixes()) if (otherKind !== kind && y === other + stem) return true
  }
  return false
}
