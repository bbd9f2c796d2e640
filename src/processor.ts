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

/** The rules for one configuration, built once per process and configuration. */
function rulesFor(config: Config): Processor {
  const key = JSON.stringify([config.rules, config.data, config.dialect, dataFilesKey(config.data)])
  let linter = linters.get(key)
  if (linter) return linter
  const bundle = loadBundle(config.data)
  const levels: Record<string, Level> = {}
  const processor = unified()
  for (const rule of ruleDefinitions) {
    const severity = config.rules?.[rule.id]
    if (severity === 'off') continue
    if (severity) levels[rule.id] = severity
    const [plugin, options] = rule.attach(bundle, {dialect: config.dialect ?? 'en-US'})
    processor.use(plugin as never, options as never)
  }
  processor.use(finalize, {levels})
  linter = processor.freeze() as unknown as Processor
  linters.set(key, linter)
  return linter
}

/**
 * The linting step: the rules, then what configuration says beyond a rule's
 * level (entries, the preset, the dialect), then inline control comments.
 * The engine attaches it once per file with the file's configuration.
 */
export function copydeskLint(config: Config = {}) {
  const linter = rulesFor(config)
  const raise = new Set<string>(presets[config.preset ?? 'recommended'].raise)
  return async function lintFile(tree: Root, file: VFile): Promise<void> {
    if (file.data.copydeskChunked) {
      const pieces = await lintInChunks(file, (piece) => lintFile(readInput(piece, parse), piece))
      if (!file.data.copydeskRelint && file.data.copydeskInput) file.data.copydeskInput.chunks = pieces
      return
    }
    await linter.run(tree as never, file)
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
