import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {isLiteral} from 'nlcst-is-literal'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {frequency} from '../data/frequencies.js'
import type {Lexicon} from '../data/lexicon.js'
import {editDistance} from '../names/distance.js'
import type {Gazetteer} from '../names/gazetteer.js'
import {insideAddress} from '../text/addresses.js'
import {listOf, quote, report} from '../message.js'

export interface Options {
  lexicon: Lexicon
  /** Words to accept beyond the dictionary: newsroom vocabulary, acronyms, names. */
  personal: Iterable<string>
  /** Known names, offered first for an unknown capitalized word ("Macrone" → "Macron"). */
  gazetteer?: Gazetteer | undefined
}

/**
 * Unknown words, checked with dictionary-en through nspell (the engine of
 * retext-spell). We call nspell ourselves because one checker is shared with
 * the case and names rules, and because an unknown capitalized word is most
 * often a name the dictionary lacks: it is only info, suggested from the
 * gazetteer, without nspell's half-second search. A lowercase unknown word is
 * a warning with ranked suggestions.
 */
export default function spelling(options: Readonly<Options>) {
  if (!options?.lexicon) throw new TypeError('copydesk spelling: expected `lexicon`')
  const {lexicon, gazetteer} = options
  const personal = new Set(options.personal)

  const known = (word: string): boolean => {
    const plain = word.replace(/’/g, "'").replace(/'s$/, '')
    return (
      lexicon.correct(word) ||
      personal.has(plain) ||
      personal.has(plain.toLowerCase()) ||
      (plain.includes('-') && plain.split('-').every((part) => part === '' || known(part)))
    )
  }

  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    visit(tree, 'WordNode', (node, index, parent) => {
      if (!parent || index === undefined || isLiteral(parent, index)) return
      // parse-english keeps a final period on a paragraph's last word ("partnership.").
      const word = toString(node).replace(/(\p{L})\.$/u, '$1')
      const start = node.position?.start.offset
      const end = start === undefined ? undefined : start + word.length
      if (start === undefined || end === undefined || /\d/.test(word) || !/\p{L}/u.test(word)) return
      if (known(word) || insideAddress(value, start, end)) return
      // Dotted abbreviations and initials (U.S., e.g., J.R.R.) are not words to spell.
      if (/^(\p{L}{1,3}\.)+\p{L}{0,3}\.?$/u.test(word)) return
      const lower = /^\p{Ll}/u.test(word)
      const expected = lower ? rank(word, lexicon.suggest(word)) : nameSuggestions(word, gazetteer)
      report(file, {
        ruleId: 'spelling',
        reason: `Unexpected unknown word ${quote(word)}${expected.length ? ', expected for example ' + listOf(expected.slice(0, 5)) : ''}`,
        start,
        end,
        level: lower ? 'warning' : 'info',
        expected
      })
    })
  }
}

/** Closest first, then the most common: "thes" → the, these, they… */
function rank(word: string, suggestions: readonly string[]): string[] {
  const lower = word.toLowerCase()
  return suggestions
    .filter((suggestion) => suggestion !== word)
    .map((suggestion) => ({suggestion, distance: editDistance(lower, suggestion.toLowerCase()), count: frequency(suggestion)}))
    .sort((a, b) => a.distance - b.distance || b.count - a.count)
    .map((entry) => entry.suggestion)
}

function nameSuggestions(word: string, gazetteer: Gazetteer | undefined): string[] {
  const hit = gazetteer?.closest(word)
  return hit ? [hit.ref.form] : []
}
