import {existsSync} from 'node:fs'
import {basename, dirname, relative, resolve} from 'node:path'
import {loadBundle} from '../data/bundle.js'
import {workingFolder} from '../data/working-folder.js'
import {DataError} from '../data/yaml-file.js'
import {ruleDefinitions, ruleIds} from '../rules.js'
import type {RuleSpec} from '../rules/define.js'
import {keyLine} from './key-lines.js'
import {presetNames, type Preset} from './presets.js'
import type {Config, Severity} from './resolve.js'
import {addProjectData, type ProjectData} from './project-data.js'

const keys = ['rules', 'preset', 'words', 'entities', 'phrases', 'variants', 'dialect'] as const
const severities: readonly Severity[] = ['off', 'info', 'warning', 'error']
const dialects = ['en-US', 'en-GB'] as const
/** Options each rule takes in `["warning", {…}]`, as the registry declares them; any other key is an error. */
const ruleOptions: Readonly<Record<string, RuleSpec['options']>> = Object.fromEntries(ruleDefinitions.map((rule) => [rule.id, rule.options]))
/** Rules whose entries are configured one by one (`phrases:baited-breath`). */
const withEntries = new Map(ruleDefinitions.flatMap((rule) => (rule.entries ? [[rule.id, rule.entries] as const] : [])))

type Path = Array<string | number>

/** A data path as `Config` keeps it: relative to the working directory, as its errors name it. */
export const fromCwd = (path: string) => relative(workingFolder(), path) || path

/**
 * Turns the raw value of a config file into a `Config` (./resolve.ts), strictly:
 * an unknown key, rule or value is an error naming the file, its line and
 * the key, never silently ignored. Paths are relative to the config file.
 * The project's `.copydesk/` files (`project`, absolute paths) are added to
 * `words` and `entities` unless the config lists them already.
 */
export function validateConfig(raw: unknown, file: string, project: ProjectData = {}): Config {
  // package.json keeps copydesk's settings under its `copydesk` field.
  const prefix: Path = basename(file) === 'package.json' ? ['copydesk'] : []
  const shown = relative(workingFolder(), file) || file
  const fail = (path: Path, detail: string): never => {
    const name = [...prefix, ...path].map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? '.' + part : part)).join('')
    throw new DataError(shown, keyLine(file, [...prefix, ...path]), name ? `\`${name}\`: ${detail}` : detail)
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail([], 'expected an object of settings')
  const value = raw as Record<string, unknown>
  for (const key of Object.keys(value)) {
    if (!(keys as readonly string[]).includes(key)) fail([key], `unknown key, expected one of ${keys.join(', ')}`)
  }

  const config: {-readonly [K in keyof Config]: Config[K]} = {}
  if (value.preset !== undefined) {
    if (!presetNames.includes(value.preset as Preset)) fail(['preset'], `expected one of ${presetNames.join(', ')}, not ${JSON.stringify(value.preset)}`)
    config.preset = value.preset as Preset
  }
  if (value.dialect !== undefined) {
    if (!dialects.includes(value.dialect as never)) fail(['dialect'], `expected one of ${dialects.join(', ')}, not ${JSON.stringify(value.dialect)}`)
    config.dialect = value.dialect as Config['dialect'] & string
  }

  const data: Record<string, string[]> = {}
  for (const key of ['words', 'entities', 'phrases', 'variants'] as const) {
    if (value[key] === undefined) continue
    const list = value[key]
    if (!Array.isArray(list)) fail([key], 'expected a list of file paths')
    data[key] = (list as unknown[]).map((item, index) => {
      if (typeof item !== 'string' || item.trim() === '') fail([key, index], 'expected a file path')
      const path = resolve(dirname(file), item as string)
      if (!existsSync(path)) fail([key, index], `no such file \`${item as string}\``)
      return fromCwd(path)
    })
  }
  addProjectData(data, project, fromCwd)
  if (Object.keys(data).length > 0) config.data = data
  // Project data, the `.copydesk/` files too, is loaded now so that its
  // errors (which name their own file and line) are configuration errors,
  // not failures of every file.
  const bundle = loadBundle(config.data)

  if (value.rules !== undefined) {
    if (!value.rules || typeof value.rules !== 'object' || Array.isArray(value.rules)) fail(['rules'], 'expected an object of rule ids')
    const rules: Record<string, Severity> = {}
    const ruleOptionsGiven: Record<string, Record<string, unknown>> = {}
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      const [base, entry] = id.split(':', 2) as [string, string | undefined]
      if (!ruleIds.includes(base)) fail(['rules', id], `unknown rule, expected one of ${ruleIds.join(', ')}`)
      const entries = withEntries.get(base)
      if (entry !== undefined && !entries?.ids(bundle).includes(entry)) {
        fail(['rules', id], entries ? `unknown ${entries.name} entry \`${entry}\`` : `\`${base}\` has no entries to configure`)
      }
      const [level, options] = Array.isArray(setting) ? setting : [setting, undefined]
      if (Array.isArray(setting) && setting.length !== 2) fail(['rules', id], 'expected [level, {options}]')
      if (!severities.includes(level as Severity)) fail(['rules', id], `expected one of ${severities.join(', ')}, not ${JSON.stringify(level)}`)
      if (options !== undefined) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) fail(['rules', id, 1], 'expected an object of options')
        const declared = ruleOptions[base] ?? {}
        const allowed = Object.keys(declared)
        for (const [key, value] of Object.entries(options as object)) {
          if (!allowed.includes(key)) fail(['rules', id, 1, key], `unknown option, \`${base}\` takes ${allowed.length ? allowed.join(', ') : 'none'}`)
          const values = declared[key]!.values
          if (values && !values.includes(value)) fail(['rules', id, 1, key], `expected one of ${values.map((one) => JSON.stringify(one)).join(', ')}, not ${JSON.stringify(value)}`)
        }
        ruleOptionsGiven[id] = options as Record<string, unknown>
      }
      rules[id] = level as Severity
    }
    config.rules = rules
    if (Object.keys(ruleOptionsGiven).length > 0) config.options = ruleOptionsGiven
  }
  return config
}
