/**
 * Lowercase words as a trie in flat typed arrays: first child, next sibling
 * (siblings in code-unit order), letter, and a value per node that is not 0
 * where a word ends (a lexicon's casing mask, a word count). The build writes the arrays to a file that loads with
 * one read and no parsing or hashing; membership is a walk down the trie,
 * and a bounded edit-distance search walks it with one row per depth.
 */
/** The state of one bounded search (`within`). */
interface Search {
  readonly codes: number[]
  readonly limit: number
  readonly rows: Int32Array[]
  readonly path: number[]
  readonly found: Array<[string, number]>
}

/** First child, next sibling, value (4 bytes each) and letter (2). */
const bytesPerNode = 4 + 4 + 4 + 2

export class WordTrie {
  private constructor(
    private readonly firstChild: Int32Array,
    private readonly nextSibling: Int32Array,
    private readonly letter: Uint16Array,
    /** Per node: the word's value (never 0 for a word), 0 elsewhere. */
    private readonly mask: Uint32Array
  ) {}

  /** A trie of `words` (in code-unit order, no repeats) with a value from 1 to 2³²−1 each. */
  static build(words: ReadonlyArray<readonly [word: string, mask: number]>): WordTrie {
    let capacity = 1
    for (const [word] of words) capacity += word.length
    const firstChild = new Int32Array(capacity).fill(-1)
    const nextSibling = new Int32Array(capacity).fill(-1)
    const letter = new Uint16Array(capacity)
    const mask = new Uint32Array(capacity)
    // The last child of each node on the path, so a new child is linked in one step.
    const lastChild = new Int32Array(capacity).fill(-1)
    let size = 1
    // Sorted words: each shares a path with the one before it, then branches
    // off as the last child of the node where they part.
    const path = [0]
    let previous = ''
    for (const [word, bits] of words) {
      if (!(Number.isInteger(bits) && bits > 0 && bits <= 0xffffffff)) throw new RangeError(`word trie: value of ${JSON.stringify(word)} must be a whole number from 1 to 4294967295`)
      if (previous !== '' && !(previous < word)) throw new RangeError(`word trie: ${JSON.stringify(word)} is out of order`)
      let shared = 0
      while (shared < previous.length && shared < word.length && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++
      path.length = shared + 1
      for (let depth = shared; depth < word.length; depth++) {
        const parent = path[depth]!
        const node = size++
        letter[node] = word.charCodeAt(depth)
        if (lastChild[parent] === -1) firstChild[parent] = node
        else nextSibling[lastChild[parent]!] = node
        lastChild[parent] = node
        path.push(node)
      }
      mask[path[word.length]!] = bits
      previous = word
    }
    return new WordTrie(firstChild.slice(0, size), nextSibling.slice(0, size), letter.slice(0, size), mask.slice(0, size))
  }

  /** The arrays as one buffer: node count, then each array (4-byte ones first, for alignment). */
  serialize(): Uint8Array {
    const size = this.mask.length
    const out = new Uint8Array(4 + size * bytesPerNode)
    new Int32Array(out.buffer, 0, 1)[0] = size
    new Int32Array(out.buffer, 4, size).set(this.firstChild)
    new Int32Array(out.buffer, 4 + 4 * size, size).set(this.nextSibling)
    new Uint32Array(out.buffer, 4 + 8 * size, size).set(this.mask)
    new Uint16Array(out.buffer, 4 + 12 * size, size).set(this.letter)
    return out
  }

  /** A trie from `serialize`'s bytes, or undefined when they are not one. */
  static deserialize(bytes: Uint8Array): WordTrie | undefined {
    // Typed arrays need aligned offsets: copy when the bytes do not start on a multiple of four.
    const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
    if (own.byteLength < 4) return undefined
    const size = new Int32Array(own.buffer, own.byteOffset, 1)[0]!
    if (size < 1 || own.byteLength !== 4 + size * bytesPerNode) return undefined
    const at = own.byteOffset
    return new WordTrie(
      new Int32Array(own.buffer, at + 4, size),
      new Int32Array(own.buffer, at + 4 + 4 * size, size),
      new Uint16Array(own.buffer, at + 4 + 12 * size, size),
      new Uint32Array(own.buffer, at + 4 + 8 * size, size)
    )
  }

  /** The value of `word`, or 0 when it is not a word. */
  get(word: string): number {
    return this.valueAt(this.follow(0, word, 0))
  }

  /** The child of `node` (0 is the root) with the code unit `code`, or -1; none of -1. */
  child(node: number, code: number): number {
    if (node === -1) return -1
    let child = this.firstChild[node]!
    while (child !== -1 && this.letter[child]! < code) child = this.nextSibling[child]!
    return child !== -1 && this.letter[child] === code ? child : -1
  }

  /** The node `word`'s code units from `from` lead to from `node`, or -1. */
  follow(node: number, word: string, from: number): number {
    for (let i = from; i < word.length && node !== -1; i++) node = this.child(node, word.charCodeAt(i))
    return node
  }

  /** The value of the word ending at `node`: 0 where none ends, and for -1. */
  valueAt(node: number): number {
    return node === -1 ? 0 : this.mask[node]!
  }

  /** Calls `visit` with each word and its mask, in code-unit order. */
  forEach(visit: (word: string, mask: number) => void): void {
    const codes: number[] = []
    const walk = (node: number) => {
      for (let child = this.firstChild[node]!; child !== -1; child = this.nextSibling[child]!) {
        codes.push(this.letter[child]!)
        if (this.mask[child]) visit(String.fromCharCode(...codes), this.mask[child]!)
        walk(child)
        codes.pop()
      }
    }
    walk(0)
  }

  /**
   * The words within `limit` edits of `word` (insertions, deletions,
   * substitutions, and a swap of neighbours as one), in code-unit order,
   * with their masks. A prefix whose row is past the bound skips its subtree.
   */
  within(word: string, limit: number): Array<[word: string, mask: number]> {
    const length = word.length
    const search: Search = {
      codes: Array.from({length}, (_, j) => word.charCodeAt(j)),
      limit,
      // One row per depth, and the letters on the path.
      rows: [Int32Array.from({length: length + 1}, (_, j) => j)],
      path: [],
      found: []
    }
    this.descend(search, 0, 0)
    return search.found
  }

  /**
   * One step of `within`: a method, not a closure made per search, because
   * V8 specializes optimized code to a closure's context and throws it away
   * when the next search makes a new closure.
   */
  private descend(search: Search, node: number, depth: number): void {
    const {codes, limit, rows, path, found} = search
    const length = codes.length
    const over = limit + 1
    for (let child = this.firstChild[node]!; child !== -1; child = this.nextSibling[child]!) {
      const char = this.letter[child]!
      const row = (rows[depth + 1] ??= new Int32Array(length + 1))
      const above = rows[depth]!
      const twoAbove = depth >= 1 ? rows[depth - 1]! : undefined
      const before = depth >= 1 ? path[depth - 1]! : -1
      const at = depth + 1
      // Only the diagonal band can hold distances within the limit (a cell
      // is at least |depth - j|): cells beside it are marked as over it.
      const low = Math.max(1, at - limit)
      const high = Math.min(length, at + limit)
      row[low - 1] = low === 1 ? at : over
      if (high < length) row[high + 1] = over
      let best = low === 1 ? at : over
      for (let j = low; j <= high; j++) {
        const code = codes[j - 1]!
        let value = row[j - 1]! + 1
        if (above[j]! + 1 < value) value = above[j]! + 1
        const diagonal = above[j - 1]! + (code === char ? 0 : 1)
        if (diagonal < value) value = diagonal
        if (twoAbove && j > 1 && code === before && codes[j - 2] === char && twoAbove[j - 2]! + 1 < value) value = twoAbove[j - 2]! + 1
        row[j] = value
        if (value < best) best = value
      }
      if (best > limit) continue
      path[depth] = char
      const bits = this.mask[child]!
      if (bits && Math.abs(at - length) <= limit && row[length]! <= limit) found.push([String.fromCharCode(...path.slice(0, at)), bits])
      this.descend(search, child, at)
    }
  }
}
