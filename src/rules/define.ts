import type {Bundle, DataSlice} from '../data/bundle.js'
import {ruleUrl, type Level} from '../message.js'
import type {TwoPasses} from '../passes.js'

export type {TwoPasses}

/** What a configuration says beyond levels that rules need. */
export interface RuleSettings {
  dialect: 'en-US' | 'en-GB'
  /** The rule's options as configured (validated against `options`); `{}` for the defaults. */
  options: Readonly<Record<string, unknown>>
}

/** One option a rule takes in `rules: {id: [level, {option: value}]}`. */
export interface RuleOption {
  description: string
  default: unknown
  /** The values the option takes; any other is a configuration error. */
  values?: readonly unknown[]
}

/** A message an example must produce, exactly. */
export interface ExampleFinding {
  /** The message's `ruleId`, with its entry where it has one (`phrases:baited-breath`). */
  rule: string
  reason: string
  actual: string
  expected?: readonly string[]
  level: Level
  /** UTF-16 offsets into the example's text, end exclusive. */
  start: number
  end: number
}

export interface InvalidExample {
  text: string
  output: readonly ExampleFinding[]
}

/** What a rule module declares; `defineRule` adds what follows from it. */
export interface RuleSpec<Slice extends DataSlice = DataSlice> {
  /** Public name users configure: never changes once released. */
  id: string
  /** One line: what the rule flags (SARIF's short description). */
  description: string
  /** Why a desk wants it, for the docs page. */
  why: string
  /** How loud its findings are without configuration, and when they are quieter. */
  levels: string
  /**
   * Which rule speaks when two flag the same words: lower wins. Unique, so
   * a new rule has to say where it stands among the others.
   */
  priority: number
  /** Whether the `strict` preset raises the rule's info findings to warnings. */
  strict: 'raise' | 'keep'
  /** Options the rule takes; `{}` for none, so an option given is an error. */
  options: Readonly<Record<string, RuleOption>>
  /**
   * The slices of data the rule reads (src/data/bundle.ts), and all it may
   * read: each is loaded when a rule that runs first asks for it, so a rule
   * turned off costs nothing to start.
   */
  data: readonly Slice[]
  /** Entries configurable one by one as `id:entry`: what one is called in errors, and their ids in the loaded data. */
  entries?: {name: string; ids(data: Pick<Bundle, Slice>): readonly string[]}
  /**
   * Set when the rule reads a plain-text document a paragraph at a time:
   * from the options `attach` gives the plugin, a summary of all the rule
   * reads of the document beyond a paragraph. Its findings in a paragraph
   * are exactly those it makes on that paragraph alone, handed this summary
   * (`documentFacts` in src/passes.ts; equal summaries, equal findings). The
   * language server then lints again only the paragraphs an edit changed,
   * and all of them when the summary changes (src/incremental.ts); a rule
   * read in two passes (`passes`) is handed it in its scan. Unset: the rule
   * reads the whole document, and runs on all of it after every edit.
   */
  paragraphFacts?: (options: never) => (document: string) => string
  /**
   * Set when the rule's plugin reads a document in two passes: its passes,
   * from the options `attach` gives the plugin (src/passes.ts). What it
   * finds, it finds a paragraph at a time; how it reports that reads the
   * whole document. The language server scans again only the paragraphs an
   * edit changed.
   */
  passes?: (options: never) => TwoPasses
  /** The rule's plugin and its options, from its slices of data and the settings. */
  attach(data: Pick<Bundle, Slice>, settings: RuleSettings): [plugin: (options: never) => unknown, options: unknown]
  /** Run through the real processor by tests/rule-examples.test.ts and shown on the docs page. */
  examples: {valid: readonly string[]; invalid: readonly InvalidExample[]}
}

export interface RuleDefinition extends RuleSpec {
  /** Its docs page, which messages and SARIF link to. */
  url: string
}

export function defineRule<Slice extends DataSlice>(spec: RuleSpec<Slice>): RuleDefinition {
  return {...spec, url: ruleUrl(spec.id)}
}
