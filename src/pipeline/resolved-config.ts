import type {UserData} from '../data/bundle.js'
import type {Level} from '../message.js'

/**
 * What the pipeline needs to know of a file's configuration, resolved from
 * the config file by src/config/ before any file is linted: which rules run,
 * the levels configuration sets, and which info findings the preset raises.
 * Plain data: it goes to worker threads and into the cache key as JSON, and
 * the pipeline never sees a preset's name or the config file's shape.
 */
export interface ResolvedConfig {
  /** The rules that run, by id, in the registry's order. */
  rules: readonly string[]
  /**
   * A level set by configuration, per rule id or `rule:entry`; `off`
   * drops the findings. A rule not named keeps its own levels.
   */
  levels: Readonly<Record<string, Level | 'off'>>
  /** Rules whose info findings are warnings (the `strict` preset, less the rules given a level). */
  raise: readonly string[]
  /** Options per rule id, as configured; a rule not named takes its defaults. */
  options: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  dialect: 'en-US' | 'en-GB'
  /** Project data added to copydesk's. */
  data?: UserData
}
