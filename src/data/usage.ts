import {readCompiledFile} from './compiled.js'

/** The usage rule's tables, as the build counts them (scripts/lib/usage.mjs). */
export interface UsageTable {
  source: string
  /** Verb lemma → [a finite form straight before "that", a pronoun between them ("told them that"), uses]. */
  thatVerbs: Record<string, [bare: number, withPerson: number, uses: number]>
  /** Noun → its uses, in none of which it is plural and in at most one in a hundred after "a" or "an". */
  massNouns: Record<string, number>
}

/** Maps, not the parsed objects: a word of the text such as "constructor" must not find Object's own properties. */
export interface Usage {
  source: string
  thatVerbs: ReadonlyMap<string, UsageTable['thatVerbs'][string]>
  massNouns: ReadonlyMap<string, number>
}

/** The build's tables, or undefined when this build has none (the rule is then quiet). */
export function loadUsage(): Usage | undefined {
  const compiled = readCompiledFile('usage.json')
  if (!compiled) return undefined
  const table = JSON.parse(compiled.toString('utf8')) as UsageTable
  return {source: table.source, thatVerbs: new Map(Object.entries(table.thatVerbs)), massNouns: new Map(Object.entries(table.massNouns))}
}
