import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

/** What a rule read in two passes finds in a paragraph: spans, with whatever else it needs to report them. */
export interface Span {
  start: number
  end: number
}

/**
 * A rule read in two passes (`passes` in its definition): `scan` finds spans
 * in the part of the document it is given, looking no further than the
 * paragraph; `report` judges them with the whole document in view. A plain
 * run does both (inOnePass); the language server scans only the paragraphs
 * an edit changed, and reports over what all of them found
 * (src/incremental.ts), handing each pass its values.
 */
export interface TwoPasses<S extends Span = Span> {
  scan(tree: Root, file: VFile): S[]
  report(file: VFile, found: readonly S[]): void
}

/** The transformer of a rule read in two passes: both, over the whole document. */
export function inOnePass<S extends Span>(passes: TwoPasses<S>): (tree: Root, file: VFile) => void {
  return (tree, file) => passes.report(file, passes.scan(tree, file))
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the language server on a paragraph it lints apart: each paragraph rule's summary of the whole document, by id. */
    documentFacts: Record<string, string>
  }
}

/**
 * The summary of the whole document a paragraph rule's `paragraphFacts` gave,
 * when `file` is one paragraph of it linted apart (src/incremental.ts);
 * undefined when `file` is the whole document, which the rule reads itself.
 */
export function documentFacts(file: VFile, ruleId: string): string | undefined {
  return file.data.documentFacts?.[ruleId]
}
