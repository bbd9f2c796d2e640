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

  constructor(
    private readonly value: string,
    private readonly known: (word: string) => boolean
  ) {}

  /** Whether `start`–`end` lies inside one stretch of another language. */
  contains(start: number, end: number): boolean {
    const stretch = this.at(start)
    if (stretch === undefined || end > stretch.end) return false
    const quoted = this.quoted(stretch)
    if (quoted && this.sure(stretch)) return true
    // "Wala pong multa. Puputulin lang ang linya nila (There will be no fine …)": a short stretch goes with the sure one beside it, gloss and all.
    return this.short(stretch) && [this.before(stretch), this.after(stretch)].some((beside) => beside !== undefined && this.sure(beside) && (quoted || this.quoted(beside)))
  }

  /** The stretch holding `at`, found by its delimiters on either side. */
  private at(at: number): Stretch | undefined {
    const {value} = this
    if (at < 0 || at >= value.length || delimiter.test(value[at]!)) return undefined
    let start = at
    while (start > 0 && !delimiter.test(value[start - 1]!)) start--
    let stretch = this.stretches.get(start)
    if (!stretch) {
      let end = at
      while (end < value.length && !delimiter.test(value[end]!)) end++
      stretch = {start, end}
      this.stretches.set(start, stretch)
    }
    return stretch
  }

  private before(stretch: Stretch): Stretch | undefined {
    let at = stretch.start - 1
    while (at >= 0 && (delimiter.test(this.value[at]!) || this.value[at] === ' ')) {
      if (this.value[at] === '\n') return undefined
      at--
    }
    return this.at(at)
  }

  private after(stretch: Stretch): Stretch | undefined {
    let at = stretch.end
    while (at < this.value.length && (delimiter.test(this.value[at]!) || this.value[at] === ' ')) {
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
      let low = 0
      let high = offsets.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (offsets[middle]! < at) low = middle + 1
        else high = middle
      }
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

const delimiter = /[.!?;:"“”()[\]\n]/u
const lowercaseWord = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu
