/**
 * Stretches of another language quoted in English copy, or glossed in
 * brackets after: a banner's slogan, a president's Tagalog ("Tolak upah
 * murah. Jangan berbohong pada rakyat").
 * A stretch is what lies between sentence stops, quotation marks, brackets
 * and line breaks; it is another language's when at least three of its
 * lowercase words, and half of them or more, are words the dictionary does
 * not know, or when every one of two or more is unknown beside such a
 * stretch. Capitalized words are left out of the count: a garbled English
 * sentence is full of unknown names, not unknown common words.
 */
export function foreignStretches(value: string, known: (word: string) => boolean): Array<[number, number]> {
  const counted = [...value.matchAll(stretchPattern)].map((match) => {
    let lowercase = 0
    let unknown = 0
    for (const word of match[0].matchAll(lowercaseWord)) {
      lowercase++
      if (!known(word[0])) unknown++
    }
    return {start: match.index, end: match.index + match[0].length, sure: unknown >= 3 && unknown * 2 >= lowercase, short: unknown >= 2 && unknown === lowercase}
  })
  // A short stretch all of whose lowercase words are unknown ("Tolak upah murah.") goes with a sure one beside it.
  const foreign = counted.filter((stretch, at) => stretch.sure || (stretch.short && (counted[at - 1]?.sure || counted[at + 1]?.sure)))
  return foreign.filter(({start, end}) => quoted(value, start, end)).map(({start, end}) => [start, end])
}

/**
 * Edited copy quotes another language or glosses it in brackets; a bare
 * sentence of it is one a translation left untranslated, a slip of its own.
 */
function quoted(value: string, start: number, end: number): boolean {
  const paragraph = value.slice(value.lastIndexOf('\n', start) + 1, start)
  const curly = (paragraph.match(/“/g)?.length ?? 0) - (paragraph.match(/”/g)?.length ?? 0)
  const straight = paragraph.match(/"/g)?.length ?? 0
  return curly > 0 || straight % 2 === 1 || /^[”"]?\s*\(/u.test(value.slice(end, end + 8))
}

/** Whether `start`–`end` lies inside one of the stretches (sorted, as `foreignStretches` gives them). */
export function insideStretch(stretches: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return stretches.some(([from, to]) => from <= start && end <= to)
}

const stretchPattern = /[^.!?;:"“”()[\]\n]+/gu
const lowercaseWord = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu
