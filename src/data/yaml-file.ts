import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {onDemand} from '../on-demand.js'
import {fromWorkingFolder} from './working-folder.js'

// The YAML parser is loaded for the first file read: copydesk's own data
// comes compiled by the build, so a run on it alone never needs one.
const load = onDemand(import.meta.url)

/** A data or config file that cannot be used; the message names the file, line and entry. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string
  ) {
    super(`${file}${line ? ':' + line : ''}: ${detail}`)
    this.name = 'DataError'
  }
}

export interface YamlFile {
  path: string
  value: unknown
  /** Line of the `index`th item of the top-level `key` list, for error messages. */
  itemLine(key: string, index: number): number | undefined
}

/** Reads one YAML file; aliases are capped so a hostile file cannot blow up memory. */
export function readYaml(path: string, text?: string): YamlFile {
  let source: string
  try {
    source = text ?? readFileSync(fromWorkingFolder(path), 'utf8')
  } catch (error) {
    throw new DataError(path, undefined, `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  const {LineCounter, parseDocument, isMap, isSeq} = load<typeof import('yaml')>('yaml', 'reading YAML')
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, {lineCounter, uniqueKeys: true, prettyErrors: false})
  const first = doc.errors[0]
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line
    throw new DataError(path, line, first.message.split('\n')[0] ?? first.message)
  }
  let value: unknown
  try {
    value = doc.toJS({maxAliasCount: 50})
  } catch (error) {
    throw new DataError(path, undefined, (error as Error).message)
  }
  return {
    path,
    value,
    itemLine(key, index) {
      if (!isMap(doc.contents)) return undefined
      const list = doc.contents.get(key, true)
      if (!isSeq(list)) return undefined
      const item = list.items[index] as {range?: [number, number, number]} | undefined
      return item?.range ? lineCounter.linePos(item.range[0]).line : undefined
    }
  }
}

type Record_ = Record<string, unknown>

/** Small, strict readers: unknown keys and wrong types are errors, never ignored. */
export class Reader {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly where: string,
    readonly value: Record_
  ) {}

  static of(file: string, line: number | undefined, where: string, value: unknown): Reader {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new DataError(file, line, `${where}: expected a mapping`)
    }
    return new Reader(file, line, where, value as Record_)
  }

  fail(detail: string): never {
    throw new DataError(this.file, this.line, `${this.where}: ${detail}`)
  }

  keys(allowed: readonly string[]): void {
    for (const key of Object.keys(this.value)) {
      if (!allowed.includes(key)) {
        this.fail(`unknown key \`${key}\`, expected one of ${allowed.map((k) => '`' + k + '`').join(', ')}`)
      }
    }
  }

  string(key: string): string
  string(key: string, optional: true): string | undefined
  string(key: string, optional?: boolean): string | undefined {
    const value = this.value[key]
    if (value === undefined || value === null) {
      if (optional) return undefined
      this.fail(`missing \`${key}\``)
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(`\`${key}\` must be a non-empty string`)
    }
    return value.trim()
  }

  /** A string or a list of strings, as a list. */
  strings(key: string, optional = true): string[] {
    const value = this.value[key]
    if (value === undefined || value === null) {
      if (optional) return []
      this.fail(`missing \`${key}\``)
    }
    const list = Array.isArray(value) ? value : [value]
    for (const item of list) {
      if (typeof item !== 'string' || item.trim() === '') {
        this.fail(`\`${key}\` must be a string or a list of non-empty strings`)
      }
    }
    return (list as string[]).map((item) => item.trim())
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    const value = this.value[key] ?? fallback
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(`\`${key}\` must be one of ${allowed.join(', ')}${value === undefined ? '' : `, not \`${String(value)}\``}`)
    }
    return value as T
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.value[key]
    if (value === undefined) return fallback
    if (typeof value !== 'boolean') this.fail(`\`${key}\` must be true or false`)
    return value
  }

  list(key: string): unknown[] {
    const value = this.value[key]
    if (!Array.isArray(value)) this.fail(`\`${key}\` must be a list`)
    return value
  }
}

/** The YAML files of a folder, sorted so loading order (and overrides) are stable. */
export function yamlFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(folder, name))
  } catch (error) {
    throw new DataError(folder, undefined, `cannot read folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
}
