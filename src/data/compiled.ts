import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Entity} from './entities.js'
import type {PhraseRule} from './phrases.js'
import {dataPath, packageRoot} from './root.js'
import type {VariantGroup} from './variants.js'
import {yamlFilesIn} from './yaml-file.js'

/** Where `scripts/compile-data.mjs` writes what it compiles at build time. */
export const compiledDir = dataPath('dist/data/compiled')

export interface ShippedSources {
  entities: string[]
  phrases: string[]
  variants: string[]
}

/** copydesk's own data files, in load order. */
export function shippedSources(): ShippedSources {
  return {
    entities: yamlFilesIn(dataPath('dictionaries/entities')),
    phrases: yamlFilesIn(dataPath('rules/phrases')),
    variants: [dataPath('rules/consistency.yml')]
  }
}

/** A hash of the sources' contents: the compiled copy is used only while it matches. */
export function sourcesHash(sources: ShippedSources): string {
  const hash = createHash('sha256')
  for (const path of [...sources.entities, ...sources.phrases, ...sources.variants]) {
    hash.update(path.slice(packageRoot.length)).update('\0').update(readFileSync(path)).update('\0')
  }
  return hash.digest('hex')
}

export interface CompiledData {
  entities: Entity[]
  phraseRules: PhraseRule[]
  variantGroups: VariantGroup[]
}

/** The compiled shipped data, or undefined when it is missing or stale. */
export function readCompiledData(sources: ShippedSources): CompiledData | undefined {
  const path = join(compiledDir, 'data.json')
  if (!existsSync(path)) return undefined
  const data = JSON.parse(readFileSync(path, 'utf8')) as CompiledData & {hash: string}
  if (data.hash !== sourcesHash(sources)) return undefined
  for (const list of [data.entities, data.phraseRules, data.variantGroups]) {
    for (const item of list) item.file = join(packageRoot, item.file)
  }
  return data
}

/** A file the build compiled (a dictionary's trie, the word counts), or undefined before the first build. */
export function readCompiledFile(name: string): Buffer | undefined {
  const path = join(compiledDir, name)
  return existsSync(path) ? readFileSync(path) : undefined
}
