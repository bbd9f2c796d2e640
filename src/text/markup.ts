import type {Root} from 'nlcst'

declare module 'unist' {
  interface Data {
    /** Set on the root by the parser (src/formats): whether the file is Markdown, MDX or HTML rather than plain text. */
    markup?: boolean
  }
}

/** Records on the tree what the parser read its file as. */
export function setMarkup(tree: Root, markup: boolean): void {
  tree.data = {...tree.data, markup}
}

/**
 * Whether the tree's file is written in a markup language, which writes
 * some characters as codes on purpose (`&amp;`); a tree the parser did not
 * make counts as plain text.
 */
export function writtenInMarkup(tree: Root): boolean {
  return tree.data?.markup === true
}
