import {readCompiledFile} from './compiled.js'

export type ArticleSound = 'a' | 'an' | 'either'

let sounds: ReadonlyMap<string, ArticleSound> | undefined | null

/**
 * The article a word's first sound takes where its first letter says
 * otherwise ("a unilateral", "an hour", either before "historic"), as the
 * build reads them from the CMU Pronouncing Dictionary
 * (scripts/lib/article-sounds.mjs); undefined before the first build.
 * Read once, when a rule first asks.
 */
export function articleSounds(): ReadonlyMap<string, ArticleSound> | undefined {
  if (sounds === undefined) {
    const compiled = readCompiledFile('article-sounds.txt')
    sounds = compiled ? new Map(compiled.toString('utf8').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, ArticleSound])) : null
  }
  return sounds ?? undefined
}

/** The article a lowercase word's first letter says: the rule the build's list records the exceptions to. */
export function articleByLetter(word: string): 'a' | 'an' {
  return /^[aeiou]/.test(word) ? 'an' : 'a'
}

/** The article a lowercase word's sound takes, by the build's list, else by its first letter. */
export function articleBySound(word: string, list: ReadonlyMap<string, ArticleSound>): ArticleSound {
  return list.get(word) ?? articleByLetter(word)
}
