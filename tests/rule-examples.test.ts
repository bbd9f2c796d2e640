import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {ruleDefinitions, rulesByPriority} from '../src/rules.js'
import type {ExampleFinding} from '../src/rules/define.js'

const processor = createProcessor()

/** What the real processor says about `text`, in the shape examples declare. */
async function run(text: string): Promise<ExampleFinding[]> {
  const file = new VFile({path: 'example.txt', value: text})
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(message.source).toBe('copydesk')
    return {
      rule: message.ruleId ?? '',
      reason: message.reason,
      actual: String(message.actual),
      ...(message.expected ? {expected: message.expected} : {}),
      level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      start: place.start.offset,
      end: place.end.offset
    }
  })
}

describe('the registry', () => {
  it('names each rule once and ranks each at its own priority', () => {
    expect(new Set(ruleDefinitions.map((rule) => rule.id)).size).toBe(ruleDefinitions.length)
    expect(new Set(ruleDefinitions.map((rule) => rule.priority)).size).toBe(ruleDefinitions.length)
    expect(rulesByPriority).toEqual(['names', 'institutions', 'phrases', 'case', 'consistency', 'spacing', 'repeated-words', 'spelling', 'fluency', 'unpaired', 'word-class', 'usage', 'indefinite-article'])
  })
})

describe('every rule runs its own examples', () => {
  for (const rule of ruleDefinitions) {
    it(rule.id, async () => {
      expect(rule.examples.valid.length, 'valid examples').toBeGreaterThanOrEqual(3)
      expect(rule.examples.invalid.length, 'invalid examples').toBeGreaterThanOrEqual(3)
      for (const text of rule.examples.valid) expect(await run(text), text).toEqual([])
      for (const {text, output} of rule.examples.invalid) {
        expect(output.length, text).toBeGreaterThan(0)
        for (const finding of output) {
          expect(finding.rule.split(':')[0], text).toBe(rule.id)
          expect(text.slice(finding.start, finding.end), text).toBe(finding.actual)
        }
        expect(await run(text), text).toEqual(output)
      }
    })
  }
})
