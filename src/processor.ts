import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {presets, type Preset} from './config/presets.js'
import {loadBundle, type UserData} from './data/bundle.js'
import {dataFilesKey} from './data/working-folder.js'
import finalize from './finalize.js'
import {applyControl} from './formats/control.js'
import {lintInChunks} from './chunks.js'
import {parse} from './formats/index.js'
import {readInput} from './input.js'
import {baseRule, levelToFatal, source, type Level} from './message.js'
import {ruleDefinitions, ruleIds} from './rules.js'

export type Severity = Level | 'off'

export interface Config {
  /**
   * Severity per rule id; rules not named keep their own levels. A rule's
   * entry may be named too (`phrases:baited-breath`).
   */
  rules?: Readonly<Record<string, Severity>>
  /** Project data added to copydesk's. */
  data?: UserData
  /** `recommended` (default) or `strict` (see src/config/presets.ts). */
  preset?: Preset
  /** `en-US` (default) or `en-GB`: British spellings are not mentioned. */
  dialect?: 'en-US' | 'en-GB'
}

/**
 * The one place a configuration becomes a unified processor; the CLI, the
 * language server, the fixer and the benchmarks all come through here. It
 * reads plain text, Markdown, MDX and HTML, by the file's extension.
 */
export function createProcessor(config: Config = {}): Processor {
  return unified().use(copydeskParse).use(copydeskLint, config) as unknown as Processor
}

/** The parser alone: any supported format to nlcst (see src/formats/). */
export function copydeskParse(this: Processor) {
  this.parser = (_document: string, file: VFile) => readInput(file, parse) as never
}

const linters = new Map<string, Processor>()

/** Levels the configuration sets per rule, for finalize. */
function levelsOf(config: Config): Record<string, Level> {
  const levels: Record<string, Level> = {}
  for (const rule of ruleDefinitions) {
    const severity = config.rules?.[rule.id]
    if (severity && severity !== 'off') levels[rule.id] = severity
  }
  return levels
}

/**
 * The rules for one configuration, built once per process, configuration and
 * selection: all of them then finalize, or those of `only` alone (see
 * `someRules`).
 */
function rulesFor(config: Config, only?: readonly string[]): Processor {
  const key = JSON.stringify([config.rules, config.data, config.dialect, dataFilesKey(config.data), only])
  let linter = linters.get(key)
  if (linter) return linter
  const bundle = loadBundle(config.data)
  const processor = unified()
  for (const rule of ruleDefinitions) {
    if (config.rules?.[rule.id] === 'off' || (only && !only.includes(rule.id))) continue
    const [plugin, options] = rule.attach(bundle, {dialect: config.dialect ?? 'en-US'})
    processor.use(plugin as never, options as never)
  }
  if (!only) processor.use(finalize, {levels: levelsOf(config)})
  linter = processor.freeze() as unknown as Processor
  linters.set(key, linter)
  return linter
}

/**
 * Some of a configuration's rules (by id, in the registry's order), without
 * what follows them: for linting a document in parts (src/incremental/),
 * whose messages then go through `afterRules` once.
 */
export function someRules(config: Config, ids: readonly string[]): Processor {
  return rulesFor(config, ids)
}

/** What configuration says beyond a rule's level (entries, the preset, the dialect), then inline control comments. */
function settle(config: Config): (file: VFile) => void {
  const raise = new Set<string>(presets[config.preset ?? 'recommended'].raise)
  return (file) => {
    file.messages = file.messages.filter((message) => {
      if (message.source !== source) return true
      const id = message.ruleId ?? ''
      const own = config.rules?.[id]
      if (own === 'off') return false
      if (own && id !== baseRule(id)) message.fatal = levelToFatal(own)
      // Strict raises info to warning, but not for a rule the project set itself.
      else if (message.fatal === null && raise.has(baseRule(id)) && !config.rules?.[baseRule(id)]) message.fatal = false
      return true
    })
    applyControl(file, file.data.copydeskMarkers ?? [], ruleIds)
  }
}

/** Everything the linting step does after the rules, for messages the rules of `someRules` made. */
export function afterRules(config: Config): (tree: Root, file: VFile) => void {
  const finish = finalize({levels: levelsOf(config)})
  const configured = settle(config)
  return (tree, file) => {
    finish(tree, file)
    configured(file)
  }
}

/**
 * The linting step: the rules, then what configuration says beyond a rule's
 * level (entries, the preset, the dialect), then inline control comments.
 * The engine attaches it once per file with the file's configuration.
 */
export function copydeskLint(config: Config = {}) {
  const linter = rulesFor(config)
  const configured = settle(config)
  return async function lintFile(tree: Root, file: VFile): Promise<void> {
    if (file.data.copydeskChunked) {
      const pieces = await lintInChunks(file, (piece) => lintFile(readInput(piece, parse), piece))
      if (!file.data.copydeskRelint && file.data.copydeskInput) file.data.copydeskInput.chunks = pieces
      return
    }
    await linter.run(tree as never, file)
    configured(file)
  }
}
