const latin = /\p{Script=Latin}/u

/**
 * A letter of another script than the Latin, as a pattern's class: modifier letters (the apostrophe ʼ, the okina ʻ)
 * and the micro sign belong to none. The spelling rule's mixed words are built on it.
 */
export const otherScriptLetter = String.raw`[^\P{L}\p{Script=Latin}\p{Lm}\u00b5]`
const otherLetter = new RegExp(otherScriptLetter, 'u')

/** "Buকেkeki": Latin letters and another script's in one word, what a broken encoding or a half-translated word leaves; no one's spelling. */
export function mixesScripts(word: string): boolean {
  return otherLetter.test(word) && latin.test(word)
}
