const latin = /\p{Script=Latin}/u
const otherLetter = /[^\P{L}\p{Script=Latin}]/u

/** "Buকেkeki": Latin letters and another script's in one word, what a broken encoding or a half-translated word leaves; no one's spelling. */
export function mixesScripts(word: string): boolean {
  return otherLetter.test(word) && latin.test(word)
}
