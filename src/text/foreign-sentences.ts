/**
 * Stretches of another language quoted in English copy, or glossed in
 * brackets after: a banner's slogan, a president's Tagalog ("Tolak upah
 * murah. Jangan berbohong pada rakyat").
 * A stretch is what lies between sentence stops, quotation marks, brackets
 * and line breaks; it is another language's when at least three of its
 * lowercase words, and half of them or more, are words the dictionary does
 * not know, or when half or more of its few (four at most) are unknown beside
 * such a stretch. Capitalized words are left out of the count: a garbled English
 * sentence is full of unknown names, not unknown common words. A bare
 * sentence of another language is one a translation left untranslated, a
 * slip of its own: only a stretch inside a quotation or before a gloss in
 * brackets counts.
 *
 * Asked of a few words of a document, so each stretch is found and counted
 * when first asked, and the quotation test, cheap once the document's marks
 * are indexed, comes first: most stretches are quoted by no one.
 */
export class ForeignStretches {
  private readonly stretches = new Map<number, Stretch>()
  private marks: QuoteMarks | undefined
  private delimiters: number[] | undefined

  constructor(
    private readonly value: string,
    private readonly known: (word: string) => boolean
  ) {}

  /** Whether `start`–`end` lies inside one stretch of another language. */
  contains(start: number, end: number): boolean {
    const stretch = this.at(start)
    if (stretch === undefined || end > stretch.end) return false
    // The quotation marks first: most stretches are quoted by no one, and counting words asks the dictionary of each.
    const quoted = this.quoted(stretch)
    if (quoted && this.sure(stretch)) return true
    // "Wala pong multa. Puputulin lang ang linya nila (There won’t be a fine …)": a short stretch goes with the sure one beside it, gloss and all.
    for (const beside of [this.before(stretch), this.after(stretch)]) {
      if (beside !== undefined && (quoted || this.quoted(beside)) && this.short(stretch) && this.sure(beside)) return true
    }
    return false
  }

  /** The stretch holding `at`: the delimiters on either side, found by halves in the document's list of them. */
  private at(at: number): Stretch | undefined {
    const {value} = this
    if (at < 0 || at >= value.length) return undefined
    const delimiters = (this.delimiters ??= delimitersOf(value))
    const low = firstFrom(delimiters, at)
    if (delimiters[low] === at) return undefined
    const start = low === 0 ? 0 : delimiters[low - 1]! + 1
    let stretch = this.stretches.get(start)
    if (!stretch) {
      stretch = {start, end: low < delimiters.length ? delimiters[low]! : value.length}
      this.stretches.set(start, stretch)
    }
    return stretch
  }

  private before(stretch: Stretch): Stretch | undefined {
    let at = stretch.start - 1
    while (at >= 0 && (delimiterCodes.has(this.value.charCodeAt(at)) || this.value[at] === ' ')) {
      if (this.value[at] === '\n') return undefined
      at--
    }
    return this.at(at)
  }

  private after(stretch: Stretch): Stretch | undefined {
    let at = stretch.end
    while (at < this.value.length && (delimiterCodes.has(this.value.charCodeAt(at)) || this.value[at] === ' ')) {
      if (this.value[at] === '\n') return undefined
      at++
    }
    return this.at(at)
  }

  private count(stretch: Stretch): {lowercase: number; unknown: number} {
    if (stretch.lowercase === undefined) {
      let lowercase = 0
      let unknown = 0
      for (const word of this.value.slice(stretch.start, stretch.end).matchAll(lowercaseWord)) {
        lowercase++
        if (!this.known(word[0])) unknown++
      }
      stretch.lowercase = lowercase
      stretch.unknown = unknown
    }
    return {lowercase: stretch.lowercase, unknown: stretch.unknown!}
  }

  private sure(stretch: Stretch): boolean {
    const {lowercase, unknown} = this.count(stretch)
    return unknown >= 3 && unknown * 2 >= lowercase
  }

  private short(stretch: Stretch): boolean {
    const {lowercase, unknown} = this.count(stretch)
    return unknown >= 1 && unknown * 2 >= lowercase && lowercase <= 4
  }

  /** Inside a quotation opened earlier in its paragraph, or before a gloss in brackets. */
  private quoted(stretch: Stretch): boolean {
    if (/^[”"]?\s*\(/u.test(this.value.slice(stretch.end, stretch.end + 8))) return true
    this.marks ??= indexMarks(this.value)
    return this.marks.openAt(stretch.start)
  }
}

interface Stretch {
  start: number
  end: number
  lowercase?: number
  unknown?: number
}

interface QuoteMarks {
  openAt: (at: number) => boolean
}

/**
 * The document's quotation marks and line breaks in one pass: whether a
 * quotation is open at an offset is then the marks of its paragraph before
 * it, counted by a search by halves.
 */
function indexMarks(value: string): QuoteMarks {
  const offsets: number[] = []
  const kinds: string[] = []
  for (let at = 0; at < value.length; at++) {
    const char = value[at]!
    if (char === '“' || char === '”' || char === '"' || char === '\n') {
      offsets.push(at)
      kinds.push(char)
    }
  }
  return {
    openAt(at) {
      const low = firstFrom(offsets, at)
      let curly = 0
      let straight = 0
      for (let k = low - 1; k >= 0 && kinds[k] !== '\n'; k--) {
        if (kinds[k] === '“') curly++
        else if (kinds[k] === '”') curly--
        else straight++
      }
      return curly > 0 || straight % 2 === 1
    }
  }
}

/** The index of the first of the sorted offsets at or after `at` (their length when none is), found by halves. */
function firstFrom(offsets: readonly number[], at: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsets[middle]! < at) low = middle + 1
    else high = middle
  }
  return low
}

/** The offsets of the document's delimiters, in one pass. */
function delimitersOf(value: string): number[] {
  const offsets: number[] = []
  for (let at = 0; at < value.length; at++) if (delimiterCodes.has(value.charCodeAt(at))) offsets.push(at)
  return offsets
}

/** 1 for the code of a mark that ends a stretch: a table read per character of the document, where a set's probe cost more. */
const delimiterTable = new Uint8Array(0x10000)
for (const char of '.!?;:"“”()[]\n') delimiterTable[char.charCodeAt(0)] = 1
const delimiterCodes = {has: (code: number) => delimiterTable[code] === 1}
const lowercaseWord = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu
