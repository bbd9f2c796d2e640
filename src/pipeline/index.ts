import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixText} from '../fix.js'
import {parse, type Marker} from '../formats/index.js'
import {source} from '../message.js'
import {ruleIds} from '../rules.js'
import {chunkThreshold, lintInChunks} from './chunks.js'
import {applyControl} from './control.js'
import {keepUnfixed} from './file-data.js'
import finalize from './finalize.js'
import {applyLevels} from './levels.js'
import {noteRepeatsOnce} from './notes-once.js'
import {prepareInput} from './read.js'
import {rulesFor} from './rules.js'

export {factsFor, passesFor, rulesFor} from './rules.js'
export {chunkThreshold} from './chunks.js'
export {prepareInput} from './read.js'
import type {ResolvedConfig} from './resolved-config.js'

export type {ResolvedConfig} from './resolved-config.js'

export interface LintOptions {
  /** `--fix`: apply the safe fixes after linting, re-linting as it goes (see src/fix.ts). */
  fix?: boolean
}

/**
 * The pipeline, every stage once, in order: read (./read.ts) → parse
 * (src/formats/) → rules and finalize (./rules.ts) → levels (./levels.ts)
 * → inline control (./control.ts) → a repeated note kept once
 * (./notes-once.ts), then fix when asked. A very large text
 * is linted in pieces (./chunks.ts). Leaves the messages on the file, and
 * what the run layer needs to know in `file.data.copydesk` (./file-data.ts).
 */
export async function lint(file: VFile, config: ResolvedConfig, options: LintOptions = {}): Promise<void> {
  const input = prepareInput(file)
  if (input.skipped) return
  const pieces = await check(file, config)
  if (pieces !== undefined) input.chunks = pieces
  if (options.fix) await fix(file, config)
}

/** Everything after reading, for a text already read: returns the number of pieces when it was cut. */
async function check(file: VFile, config: ResolvedConfig): Promise<number | undefined> {
  if (String(file.value).length > chunkThreshold) return lintInChunks(file, (piece) => lintPiece(piece, config))
  applyControl(file, await lintPiece(file, config), ruleIds)
  noteRepeatsOnce(file)
  return undefined
}

/** Parse → rules → finalize → levels for one text; returns its control comments, for the caller to apply. */
export async function lintPiece(file: VFile, config: ResolvedConfig): Promise<Marker[]> {
  const {tree, markers} = parse(file)
  await rulesFor(config).run(tree as never, file)
  file.messages = applyLevels(file.messages, config)
  return markers
}

/**
 * What follows the rules (finalize, levels, control comments), for messages
 * the rules of `rulesFor(config, only)` made on the whole text in parts.
 */
export function afterRules(config: ResolvedConfig): (file: VFile, markers: readonly Marker[]) => void {
  const finish = finalize()
  return (file, markers) => {
    finish(undefined as never, file)
    file.messages = applyLevels(file.messages, config)
    applyControl(file, markers, ruleIds)
    noteRepeatsOnce(file)
  }
}

/**
 * Fixes the file in place (see `fixText`), re-linting copies of the text
 * with the same configuration. When the text changed, the file keeps the
 * text and findings as read (./file-data.ts); writing is the caller's.
 */
async function fix(file: VFile, config: ResolvedConfig): Promise<void> {
  const original = String(file.value)
  const ours = (messages: readonly VFileMessage[]) => messages.filter((message) => message.source === source)
  const relint = async (text: string) => {
    const copy = new VFile({path: file.path, cwd: file.cwd, value: text})
    await check(copy, config)
    return ours(copy.messages)
  }
  const {text, messages} = await fixText(original, ours(file.messages), relint)
  if (text === original) return
  keepUnfixed(file, original)
  file.value = text
  file.messages = [...file.messages.filter((message) => message.source !== source), ...messages]
}

/**
 * The pipeline as a unified processor, for unified-engine and the language
 * server: the parser hands the file over untouched (the syntax tree is the
 * pipeline's own business, built when the file's turn comes), and
 * `copydeskLint` runs `lint` with the file's configuration.
 */
export function lintProcessor(config: ResolvedConfig, options: LintOptions = {}): Processor {
  return unified().use(copydeskParse).use(copydeskLint, config, options) as unknown as Processor
}

export function copydeskParse(this: Processor) {
  this.parser = () => ({type: 'RootNode', children: []}) as unknown as Root as never
}

/** The plugin unified-engine attaches per file, with the file's resolved configuration. */
export function copydeskLint(config: ResolvedConfig, options: LintOptions = {}) {
  return async function (_tree: Root, file: VFile): Promise<void> {
    await lint(file, config, options)
  }
}
