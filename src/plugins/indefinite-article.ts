import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import retextIndefiniteArticle from 'retext-indefinite-article'
import {articleBySound, articleSounds} from '../data/article-sounds.js'
import {offsetsOf, quote, report} from '../message.js'
import {collect} from './wrapped.js'

/**
 * "a extremely close vote", "an necessary vacuum": retext-indefinite-article,
 * re-issued under copydesk's rule id. Where the word after the article is
 * one the CMU Pronouncing Dictionary sounds otherwise than the plugin's
 * letter lists guess ("a unilateral"), or one that takes either article
 * ("an historic"), the finding is dropped: the sound decides.
 */
export default function indefiniteArticle(_options?: Readonly<Record<string, never>>) {
  const transformer = retextIndefiniteArticle() as unknown as Parameters<typeof collect>[0]
  return async function (tree: Root, file: VFile) {
    const value = String(file.value)
    const messages = await collect(transformer, tree, file, 'retext-indefinite-article')
    if (messages.length === 0) return
    const sounds = articleSounds()
    for (const message of messages) {
      const offsets = offsetsOf(message)
      const expected = message.expected?.[0]
      if (!offsets || expected === undefined) continue
      const [start, end] = offsets
      const next = /^\s+["“‘']?([\p{L}\d][\p{L}\d'’-]*)/u.exec(value.slice(end, end + 60))?.[1]
      if (next === undefined) continue
      // A word in lowercase letters is read by its sound; a number, an initialism or a name in capitals by the plugin.
      if (sounds && /^\p{Ll}+$/u.test(next) && articleBySound(next, sounds) !== expected.toLowerCase()) continue
      if (sounds && /^\p{Lu}\p{Ll}+$/u.test(next) && articleBySound(next.toLowerCase(), sounds) !== expected.toLowerCase()) continue
      const actual = value.slice(start, end)
      report(file, {
        ruleId: 'indefinite-article',
        reason: `Unexpected ${quote(actual)} before ${quote(next)}, expected ${quote(expected)}`,
        start,
        end,
        level: 'warning',
        expected: [expected]
      })
    }
  }
}
