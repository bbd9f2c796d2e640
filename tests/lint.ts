import {VFile} from 'vfile'
import {levelOf, offsetsOf} from '../src/message.js'
import {createProcessor, type Config} from '../src/processor.js'

export interface Found {
  rule: string
  actual: string
  expected: string[]
  level: 'error' | 'warning' | 'info'
  start: number
  end: number
}

const processors = new Map<string, ReturnType<typeof createProcessor>>()

/** Lints `text` as copydesk would and returns its messages in a form tests compare whole. */
export async function lint(text: string, config: Config = {}): Promise<Found[]> {
  const key = JSON.stringify(config)
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor(config)
    processors.set(key, processor)
  }
  const file = new VFile({path: 'test.txt', value: text})
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => {
    const [start, end] = offsetsOf(message)!
    expectSource(message.source)
    return {
      rule: message.ruleId ?? '',
      actual: String(message.actual),
      expected: message.expected ?? [],
      level: levelOf(message),
      start,
      end
    }
  })
}

function expectSource(source: string | undefined) {
  if (source !== 'copydesk') throw new Error(`message from ${source}, expected copydesk`)
}

/** Only what fails the gate. */
export async function warnings(text: string, config: Config = {}): Promise<Found[]> {
  return (await lint(text, config)).filter((found) => found.level !== 'info')
}

/** Only one rule's findings, as [actual, first suggestion]. */
export async function pairs(rule: string, text: string, config: Config = {}): Promise<Array<[string, string | undefined]>> {
  return (await lint(text, config))
    .filter((found) => found.rule === rule || found.rule.startsWith(rule + ':'))
    .map((found) => [found.actual, found.expected[0]])
}
