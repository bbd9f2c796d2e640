import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import retextIndefiniteArticle from 'retext-indefinite-article'
import {articleByLetter, articleBySound, articleSounds} from '../data/article-sounds.js'
import {offsetsOf, quote, report} from '../message.js'
import {collect} from './wrapped.js'
import {opensNameMidSentence} from '../text/opens-name.js'
import {sentencesOf, type SentenceTokens} from '../text/tokens.js'

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
    const doubtful = sentencesWithArticleDoubt(sentencesOf(tree))
    if (!doubtful) return
    const messages = await collect(transformer, doubtful, file, 'retext-indefinite-article')
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
      // "world number two An made" after "star An Se-young": the article's capital is the name the story gives elsewhere,
      // mid-sentence or opening one ("An went on to win").
      if (/^\p{Lu}/u.test(actual) && opensNameMidSentence(value, actual)) continue
      // "Deputy Prime Minister Men Sam An said": a capital after a name's words ends the name (Cambodian, Korean, Vietnamese).
      if (/^\p{Lu}/u.test(actual) && /(?<![.!?:;] ?|^)\p{Lu}\p{Ll}+ $/u.test(value.slice(Math.max(0, start - 24), start)) && /^ \p{Ll}/u.test(value.slice(end, end + 2))) continue
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

/**
 * The sentences where the package may find a wrong article: "a" before a
 * vowel, an h, a digit or capitals, "an" before anything but a vowel, or
 * either before a mark. The package joins and lowercases every word of the
 * tree it is given; handed only these, in document order, it makes the same
 * messages at a fraction of the cost.
 */
function sentencesWithArticleDoubt(sentences: readonly SentenceTokens[]): Root | undefined {
  const found: SentenceTokens['sentence'][] = []
  for (const entry of sentences) if (articleInDoubt(entry)) found.push(entry.sentence)
  return found.length === 0 ? undefined : {type: 'RootNode', children: found as never}
}

function articleInDoubt({sentence, tokens}: SentenceTokens): boolean {
  // A child left out of the tokens (one with no position) shifts them: the package decides.
  if (tokens.length !== sentence.children.length) return true
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind !== 'word' || (token.lower !== 'a' && token.lower !== 'an')) continue
    const next = tokens[i + 1]?.kind === 'space' ? tokens[i + 2] : tokens[i + 1]
    if (next === undefined) continue
    if (next.kind !== 'word') return true
    const first = next.value[0]!
    const byLetter = articleByLetter(first.toLowerCase())
    if (token.lower === 'an' ? byLetter === 'a' : byLetter === 'an' || aDoubt.test(first) || (next.value.length > 1 && next.value === next.value.toUpperCase())) return true
  }
  return false
}

/** After "a": an h ("a honest"), a digit ("a 8-year"), a letter with another script's marks. */
const aDoubt = /^[hH\d\u00C0-\uFFFF]$/
