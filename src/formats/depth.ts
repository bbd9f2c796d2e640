/**
 * Deeper than this a document is refused: the syntax-tree utilities
 * (mdast and hast to nlcst, hast from parse5, visit) recurse once per level
 * and the stack gives out in the low thousands, and Markdown's container
 * parsing costs each line as much as it is deep.
 */
export const nestingLimit = 500

/** A document nested too deeply to lint; its message is the one line the CLI prints after the file's name. */
export class NestingError extends Error {
  constructor(readonly depth: number) {
    super(`not linted: nesting ${depth} levels deep (limit ${nestingLimit})`)
    this.name = 'NestingError'
  }
}

export function refuseDeeperThanLimit(depth: number): void {
  if (depth > nestingLimit) throw new NestingError(depth)
}

/** How many nodes with children lie on the longest path below the root, counted without recursion. */
export function nestingOf<T>(root: T, children: (node: T) => readonly T[] | undefined): number {
  let deepest = 0
  const pending: Array<[T, number]> = [[root, 0]]
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!
    const below = children(node) ?? []
    if (below.length === 0) continue
    deepest = Math.max(deepest, depth)
    for (const child of below) pending.push([child, depth + 1])
  }
  return deepest
}

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/

/**
 * An upper bound of the container nesting of Markdown (block quotes and
 * list items), read line by line before the parser sees it: each `>` and
 * list marker opening a line is a level, and so are each two columns of
 * its indentation up to the depth of the last list item (a nested item is
 * indented under its parent's content).
 */
export function markdownNesting(text: string): number {
  let deepest = 0
  let lastItem = 0
  for (const line of text.split(/\r\n|\r|\n/)) {
    let markers = 0
    let columns = 0
    let item = false
    for (let i = 0; i < line.length; ) {
      const char = line[i]!
      if (char === ' ') columns++
      else if (char === '\t') columns += 4 - (columns % 4)
      else if (char === '>') markers++
      else {
        const marker = listMarker.exec(line.slice(i, i + 11))
        if (!marker) break
        markers++
        item = true
        i += marker[0].length
        continue
      }
      i++
    }
    const depth = markers + Math.min(Math.floor(columns / 2), lastItem)
    if (item) lastItem = depth
    deepest = Math.max(deepest, depth)
  }
  return deepest
}
