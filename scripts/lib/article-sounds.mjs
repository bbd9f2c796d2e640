// The words whose first sound is not what their first letter says, for the
// indefinite-article rule: "a unilateral", "a European", "an hour", "an
// honest". Read from the CMU Pronouncing Dictionary (cmu-pronouncing-dictionary,
// a devDependency, so only a build has it). A word is listed when every
// pronunciation agrees on a vowel or a consonant sound against its first
// letter; an h before an unstressed vowel ("historic", "hotel") takes either
// article, as British style writes "an historic", and is listed as such.
import {dictionary} from 'cmu-pronouncing-dictionary'
import {articleByLetter} from '../../dist/data/article-sounds.js'

const vowelSound = /^(?:AA|AE|AH|AO|AW|AY|EH|ER|EY|IH|IY|OW|OY|UH|UW)\d/

/** Lines of `word<TAB>a|an|either`, sorted. */
export function articleSounds() {
  const articles = new Map()
  for (const [key, pronunciation] of Object.entries(dictionary)) {
    const word = key.replace(/\(\d+\)$/, '')
    if (!/^[a-z]+$/.test(word)) continue
    const phonemes = pronunciation.split(' ')
    let article = vowelSound.test(phonemes[0]) ? 'an' : 'a'
    if (word.startsWith('h') && phonemes[0] === 'HH' && /0$/.test(phonemes[1] ?? '')) article = 'either'
    const seen = articles.get(word)
    articles.set(word, seen === undefined || seen === article ? article : 'either')
  }
  const lines = []
  for (const [word, article] of articles) {
    if (article !== articleByLetter(word)) lines.push(`${word}\t${article}`)
  }
  return lines.sort()
}

export const articleSoundsSource = 'the CMU Pronouncing Dictionary 0.7 (Carnegie Mellon University), through the cmu-pronouncing-dictionary package'
