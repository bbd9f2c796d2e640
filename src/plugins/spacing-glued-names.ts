import type {VFile} from 'vfile'
import {report, quote} from '../message.js'
import {insideAddress} from '../text/addresses.js'
import type {Token} from '../text/tokens.js'
import type {JoinWords} from '../text/joins.js'

/** Two or more capitalized words of three letters or more, written as one ("BishnuPoudel", "LalBabuPandit"). */
export const gluedWords = /^(?:\p{Lu}\p{Ll}{2,}){2,}$/u
const part = /\p{Lu}\p{Ll}+/gu

/**
 * Names run together where a page's layout lost its spaces ("the members
 * BishnuPoudel, ShivamayaTumbahamphe and LalBabuPandit", "WestAbdullah,
 * SouthJahra"): words no dictionary knows, each capitalized, written as one.
 * A brand is written so too ("ArcelorMittal"), but a story names one or two
 * of them, each the same way every time: only a story with two such words
 * or more, each with a part no dictionary knows, has lost its spaces.
 * Words a list knows as written, and surnames opening with a particle
 * ("MacArthur"), are names as their owners write them. `found` is each such
 * word the spacing pass did not split otherwise, with its places.
 */
export function gluedNames(file: VFile, value: string, found: ReadonlyMap<string, readonly Token[]>, joins: JoinWords, knownName: ((text: string) => boolean) | undefined) {
  if (found.size < 2) return
  const glued = [...found].filter(([word]) => runTogether(word, joins, knownName))
  if (glued.length < 2) return
  for (const [word, uses] of glued) {
    const fix = word.match(part)!.join(' ')
    for (const token of uses) {
      // "#BishnuPoudel", "@LalBabuPandit": hashtags and handles are written joined.
      if (/[#@]/.test(value[token.start - 1] ?? '') || insideAddress(value, token.start, token.end)) continue
      report(file, {ruleId: 'spacing', reason: `Missing spaces in ${quote(word)}, expected ${quote(fix)}: the story runs several names together`, start: token.start, end: token.end, level: 'warning', expected: [fix]})
    }
  }
}

function runTogether(word: string, joins: JoinWords, knownName: ((text: string) => boolean) | undefined): boolean {
  const parts = word.match(part)!
  if (joins.namePrefixes.has(parts[0]!.toLowerCase()) || joins.lexicon.correct(word) || joins.accepted(word) || knownName?.(word) === true) return false
  return parts.some((piece) => !joins.lexicon.hasLowercase(piece.toLowerCase()))
}
