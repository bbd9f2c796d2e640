/** Inline control comments, the same words in every format. */
export type Verb = 'disable' | 'enable' | 'disable-next-line'

export interface Marker {
  verb: Verb
  /** Rule ids named; none means every rule. */
  rules: string[]
  /** Offsets of the whole comment in the file. */
  start: number
  end: number
}

const pattern = /^\s*copydesk-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/

/**
 * Reads the inside of a comment (`copydesk-disable spelling, names`);
 * undefined when it is not a copydesk marker.
 */
export function parseMarker(comment: string, start: number, end: number): Marker | undefined {
  const match = pattern.exec(comment)
  if (!match) return undefined
  const rules = match[2]!.split(/[\s,]+/).filter(Boolean)
  return {verb: match[1] as Verb, rules, start, end}
}

/** `<!-- … -->` as written in Markdown, HTML and plain text. */
export function parseHtmlComment(raw: string, start: number): Marker | undefined {
  const match = /^<!--([\s\S]*?)-->\s*$/.exec(raw)
  return match ? parseMarker(match[1]!, start, start + raw.trimEnd().length) : undefined
}
