import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {formatOf, parse} from './formats/index.js'
import {baseRule, findingOf, report, type Finding} from './message.js'
import type {Span, TwoPasses} from './passes.js'
import {afterRules, chunkThreshold, factsFor, passesFor, prepareInput, rulesFor, type ResolvedConfig} from './pipeline/index.js'
import {paragraphBoundaries} from './pipeline/chunks.js'
import {ruleDefinitions, ruleIds} from './rules.js'
import {Memo} from './text/memo.js'

/**
 * Paragraphs remembered with their findings. A story has tens; the language
 * server lints the open documents again and again, so a few thousand keep
 * every paragraph of them.
 */
const remembered = 4000

/** Where each paragraph of plain text starts and ends (the cuts `paragraphBoundaries` allows). */
export function paragraphSpans(text: string): Array<[number, number]> {
  const starts = [0, ...paragraphBoundaries(text, 'text')]
  return starts.map((start, i) => [start, starts[i + 1] ?? text.length])
}

const ruleOrder = (message: VFileMessage) => ruleIds.indexOf(baseRule(message.ruleId ?? ''))

/** What one paragraph gave: the findings of the paragraph rules, and what the rules read in two passes found. */
interface Paragraph {
  findings: readonly Finding[]
  scans: ReadonlyMap<string, readonly Span[]>
}

/**
 * Lints documents as `processor` does, with the same messages in the same
 * order, but runs the rules that read plain text a paragraph at a time
 * (`paragraphFacts` in their definition), and the first pass of those read
 * in two (`passes`), only on paragraphs it has not seen: what they
 * find is kept per paragraph text and document summary. The other rules,
 * and the second pass of the two-pass ones over what every paragraph gave,
 * run on the whole document each time; what follows the rules (one message
 * per slip, levels, control comments) runs on all the messages, as in one
 * run. Markdown, MDX and HTML, whose paragraphs the
 * parser reads in the light of the whole file (link references, lists,
 * raw HTML), and files linted in pieces go through `processor` whole.
 */
export class IncrementalLinter {
  private readonly documentRules: Processor
  private readonly paragraphRules: Processor
  /** What each paragraph rule reads of the whole document, by id. */
  private readonly facts: ReadonlyMap<string, (document: string) => string>
  /** The rules read in two passes, by id: scanned a paragraph at a time, reported over the document. */
  private readonly twoPasses: ReadonlyMap<string, TwoPasses>
  private readonly after: ReturnType<typeof afterRules>
  private readonly found = new Memo<Paragraph>(remembered)
  /** Paragraphs the paragraph rules have read so far (not found remembered): what the benchmark and tests count. */
  paragraphsLinted = 0

  constructor(
    private readonly processor: Processor,
    config: ResolvedConfig
  ) {
    const enabled = ruleDefinitions.filter((rule) => config.rules.includes(rule.id))
    // A rule read in two passes has its scan run on each paragraph, and its report over them all; its facts are the scan's.
    const local = enabled.filter((rule) => rule.paragraphFacts && !rule.passes)
    this.documentRules = rulesFor(config, enabled.filter((rule) => !rule.paragraphFacts && !rule.passes).map((rule) => rule.id))
    this.paragraphRules = rulesFor(config, local.map((rule) => rule.id))
    this.facts = factsFor(config)
    this.twoPasses = passesFor(config)
    this.after = afterRules(config)
  }

  async lint(file: VFile): Promise<void> {
    const input = prepareInput(file)
    if (formatOf(file) !== 'text' || String(file.value).length > chunkThreshold || input.skipped) {
      await this.processor.run(this.processor.parse(file), file)
      return
    }
    const {tree, markers} = parse(file)
    const text = String(file.value)
    const facts = Object.fromEntries([...this.facts].map(([id, of]) => [id, of(text)]))
    const summary = JSON.stringify(facts)
    const scanned = new Map<string, Span[]>()
    for (const [start, end] of paragraphSpans(text)) {
      const paragraph = text.slice(start, end)
      const key = summary + '\u0000' + paragraph
      let found = this.found.get(key)
      if (!found) {
        found = await this.lintParagraph(file, paragraph, facts)
        this.found.set(key, found)
        this.paragraphsLinted++
      }
      for (const finding of found.findings) report(file, {...finding, start: finding.start + start, end: finding.end + start})
      for (const [id, spans] of found.scans) {
        const all = scanned.get(id) ?? []
        for (const span of spans) all.push({...span, start: span.start + start, end: span.end + start})
        scanned.set(id, all)
      }
    }
    await this.documentRules.run(tree, file)
    for (const [id, passes] of this.twoPasses) passes.report(file, scanned.get(id) ?? [])
    // In one run each rule's messages follow those of the rules before it;
    // finalize's sort by place keeps that order between equal places.
    file.messages.sort((a, b) => ruleOrder(a) - ruleOrder(b))
    this.after(file, markers)
  }

  private async lintParagraph(file: VFile, paragraph: string, documentFacts: Record<string, string>): Promise<Paragraph> {
    // Already prepared (no byte order mark), as the fixer's copies are.
    const part = new VFile({...(file.path ? {path: file.path} : {}), cwd: file.cwd, value: paragraph, data: {documentFacts}})
    const {tree} = parse(part)
    await this.paragraphRules.run(tree as never, part)
    const scans = new Map([...this.twoPasses].map(([id, passes]) => [id, passes.scan(tree, part)]))
    return {findings: part.messages.map(findingOf), scans}
  }
}
