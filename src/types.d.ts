declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
    suggest(word: string): string[]
    personal(words: string): NSpell
  }
  export default function nspell(dictionary: {aff: Buffer | string; dic: Buffer | string}): NSpell
}

declare module 'dictionary-en-gb' {
  const dictionary: {aff: Uint8Array; dic: Uint8Array}
  export default dictionary
}
