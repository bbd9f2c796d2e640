declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
    suggest(word: string): string[]
    personal(words: string): NSpell
  }
  export default function nspell(dictionary: {aff: Buffer | string; dic: Buffer | string}): NSpell
}
