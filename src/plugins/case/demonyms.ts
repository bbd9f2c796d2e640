import type {CaseContext} from './context.js'

/** A capitalized word closing the text, one space after it, with no letter or hyphen before it. */
const closingCapitalized = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) $/u

/** The capitalized word right before the end of `text` ("the French " → French), if there is one. */
export function capitalizedClosing(text: string): string | undefined {
  return closingCapitalized.exec(text)?.[1]
}

/** Whether the gazetteer has `word` as a people's adjective ("French", "Israeli"). */
export function isDemonym(context: Pick<CaseContext, 'gazetteer'>, word: string): boolean {
  return context.gazetteer.lookup(word).some((ref) => ref.entity.kind === 'demonym')
}
