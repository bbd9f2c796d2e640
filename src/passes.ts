import type {VFile} from 'vfile'

/** What a rule read in two passes finds in a paragraph: spans, with whatever else it needs to report them. */
export interface Span {
  start: number
  end: number
}

declare module 'vfile' {
  interface DataMap {
    /**
     * Set on a paragraph scanned on its own by src/incremental.ts: each rule
     * read in two passes leaves what it found here under its id, and
     * reports nothing.
     */
    copydeskScan: globalThis.Map<string, readonly Span[]>
    /** Set on the whole document after its paragraphs were scanned: what they found, by rule id, in the document's offsets. */
    copydeskScanned: ReadonlyMap<string, readonly Span[]>
  }
}

/**
 * A rule read in two passes (`scansParagraphs` in its definition): `scan`
 * finds spans in its part of the document, looking no further than the
 * paragraph; `report` judges them with the whole document in view. A plain
 * run does both; the language server scans only the paragraphs an edit
 * changed and reports over what all of them found.
 */
export function inTwoPasses<S extends Span>(id: string, file: VFile, scan: () => S[], report: (found: readonly S[]) => void): void {
  const scanning = file.data.copydeskScan
  if (scanning) {
    scanning.set(id, scan())
    return
  }
  report((file.data.copydeskScanned?.get(id) as readonly S[] | undefined) ?? scan())
}
