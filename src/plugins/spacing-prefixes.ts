import type {VFile} from 'vfile'
import type {Lexicon} from '../data/lexicon.js'
import {quote, report} from '../message.js'
import {escapeRegExp} from '../text/normalize.js'

/**
 * The pattern of a detached prefix before a lowercase word of four letters or
 * more, its first letter in either case ("pre conditions", "Co operation").
 */
export function detachedPrefixPattern(prefixes: Iterable<string>): RegExp | undefined {
  const forms = [...prefixes].map((prefix) => `[${prefix[0]!.toUpperCase()}${prefix[0]}]${escapeRegExp(prefix.slice(1))}`)
  return forms.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${forms.join('|')}) (\\p{Ll}{4,})(?![\\p{L}\\p{N}'’-])`, 'gu')
}

/**
 * "pre conditions", "re election", "non standard": a prefix written apart
 * from its word where the dictionary has them joined. The fix is the joined
 * word, then the hyphened one some house styles write ("co-operation").
 */
export function reportDetachedPrefixes(file: VFile, value: string, pattern: RegExp | undefined, lexicon: Lexicon): void {
  if (!pattern) return
  for (const match of value.matchAll(pattern)) {
    const [actual, prefix, word] = match as unknown as [string, string, string]
    const joined = prefix + word
    if (!lexicon.correct(joined)) continue
    report(file, {
      ruleId: 'spacing',
      reason: `Unexpected space in ${quote(actual)}: the prefix belongs to its word, expected ${quote(joined)}`,
      start: match.index,
      end: match.index + actual.length,
      level: 'warning',
      expected: [joined, `${prefix}-${word}`]
    })
  }
}
