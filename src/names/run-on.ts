/** "Noboaannounced": a name with a lowercase word of the dictionary run on after it, which the spacing rule splits. */
export function runOnWord(lexicon: {hasLowercase(word: string): boolean}, word: string, name: string): boolean {
  return word.length > name.length + 1 && word.startsWith(name) && lexicon.hasLowercase(word.slice(name.length))
}
