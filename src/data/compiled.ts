import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Entity} from './entities.js'
import type {GazetteerIndex} from './gazetteer-index.js'
import type {InstitutionProfiles} from './institutions.js'
import type {PackedPhraseIndex, PhraseRule} from './phrases.js'
import {readPartsFile} from './parts-file.js'
import {dataPath, packageRoot} from './root.js'
import type {VariantGroup} from './variants.js'
import {yamlFilesIn} from './yaml-file.js'
import type {Suffix} from '../text/inflect.js'

/** Where `scripts/compile-data.mjs` writes what it compiles at build time. */
export const compiledDir = dataPath('dist/data/compiled')

/**
 * copydesk's own YAML data by slice, in load order. Each slice is compiled
 * to a file of its own, so a run reads only the slices its rules use.
 */
export interface ShippedSources {
  entities: string[]
  phrases: string[]
  variants: string[]
  institutions: string[]
}

export function shippedSources(): ShippedSources {
  return {
    entities: yamlFilesIn(dataPath('dictionaries/entities')),
    phrases: yamlFilesIn(dataPath('rules/phrases')),
    variants: [dataPath('rules/consistency.yml')],
    institutions: [dataPath('rules/institutions.yml')]
  }
}

/** What each compiled slice holds. */
export interface CompiledSlices {
  /** The gazetteer with the Mandarin readings of native names, every word of every name, the names' doubled words, and the gazetteer's lookups. */
  entities: {entities: Entity[]; nameWords: string[]; doubledWords: string[]; gazetteer: GazetteerIndex}
  phrases: {phraseRules: PhraseRule[]; forms: Array<[string, Array<[string, Suffix]>]>; index: PackedPhraseIndex}
  variants: {variantGroups: VariantGroup[]}
  institutions: {institutions: InstitutionProfiles}
}

export type SliceName = keyof CompiledSlices

/** A hash of the sources' contents: a compiled copy is used only while it matches. */
export function sourcesHash(paths: readonly string[]): string {
  const hash = createHash('sha256')
  for (const path of paths) hash.update(path.slice(packageRoot.length)).update('\0').update(readFileSync(path)).update('\0')
  return hash.digest('hex')
}

/** The hash of every shipped source, for caches of findings. */
export function allSourcesHash(): string {
  return sourcesHash(Object.values(shippedSources()).flat())
}

/** Where one slice is compiled to. */
export const slicePath = (name: SliceName) => join(compiledDir, `${name}.json`)

/**
 * One compiled slice, or undefined when it is missing, stale or not whole
 * (src/data/parts-file.ts): each of its tables is parsed when first read.
 * Items carry the file they came from relative to the package (the build
 * can move), made absolute as their table is parsed.
 */
export function readCompiledSlice<Name extends SliceName>(name: Name, sources: readonly string[]): CompiledSlices[Name] | undefined {
  const path = slicePath(name)
  if (!existsSync(path)) return undefined
  const read = readPartsFile<CompiledSlices[Name]>(readFileSync(path), absoluteFiles, absoluteFile)
  if (read?.fields.hash !== sourcesHash(sources)) return undefined
  return read.value
}

/** A table's items with their `file` made absolute; a few tables hold thousands of items, from a few files. */
function absoluteFiles(table: unknown): unknown {
  if (Array.isArray(table)) for (const item of table) absoluteFile(item)
  return table
}

const absolutePaths = new Map<string, string>()

/** An item with its `file` made absolute. */
function absoluteFile(item: unknown): unknown {
  const file = (item as {file?: unknown} | null)?.file
  if (typeof file !== 'string') return item
  let path = absolutePaths.get(file)
  if (path === undefined) absolutePaths.set(file, (path = join(packageRoot, file)))
  ;(item as {file: string}).file = path
  return item
}

/** A file the build compiled (a dictionary's trie, the word counts), or undefined before the first build. */
export function readCompiledFile(name: string): Buffer | undefined {
  const path = join(compiledDir, name)
  return existsSync(path) ? readFileSync(path) : undefined
}
