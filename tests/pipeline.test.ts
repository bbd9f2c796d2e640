import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {resolveConfig, type Config} from '../src/config/resolve.js'
import {lint, lintProcessor} from '../src/pipeline/index.js'

describe('the pipeline', () => {
  it('leaves the run layer one typed field of file.data: how the file was read, what --fix changed', async () => {
    const file = new VFile({path: 'story.txt', value: '\uFEFFThe goverment met.\n'})
    await lint(file, resolveConfig(), {fix: true})
    expect(String(file.value)).toBe('The government met.\n')
    expect(file.messages).toEqual([])
    expect(Object.keys(file.data)).toEqual(['copydesk'])
    const {input, fixed} = file.data.copydesk!
    expect(input).toEqual({bom: true})
    expect(fixed!.original).toBe('The goverment met.\n')
    expect(fixed!.findings.map((finding) => [finding.ruleId, finding.actual, finding.expected, finding.fatal])).toEqual([['spelling', 'goverment', ['government'], false]])
  })

  it('takes a resolved configuration: rules off, levels per rule and entry, the preset; then the control comments', async () => {
    // The second `goverment` is under a control comment in every run.
    const text = 'The the goverment played down the political meaning of the visit.\n<!-- copydesk-disable-next-line spelling -->\nA goverment.\n'
    const run = async (config: Config) => {
      const file = new VFile({path: 'story.txt', value: text})
      await lint(file, resolveConfig(config))
      return file.messages.map((message) => `${message.ruleId} ${message.actual} ${message.fatal}`)
    }
    const repeat = 'repeated-words The the false'
    const spelling = 'spelling goverment false'
    const phrase = 'phrases:political-meaning political meaning'
    expect(await run({})).toEqual([repeat, spelling, `${phrase} null`])
    expect(await run({preset: 'strict'})).toEqual([repeat, spelling, `${phrase} false`])
    // A rule given a level keeps its info findings, strict or not.
    expect(await run({preset: 'strict', rules: {phrases: 'warning'}})).toEqual([repeat, spelling, `${phrase} null`])
    expect(await run({preset: 'strict', rules: {'phrases:political-meaning': 'off'}})).toEqual([repeat, spelling])
    expect(await run({rules: {spelling: 'off', 'repeated-words': 'info'}})).toEqual(['repeated-words The the null', `${phrase} null`])
    expect(await run({rules: {spelling: 'error'}})).toEqual([repeat, 'spelling goverment true', `${phrase} null`])
  })

  it('is a unified processor whose parser hands the file over and whose transformer lints', async () => {
    const processor = lintProcessor(resolveConfig())
    const file = new VFile({path: 'story.txt', value: 'The goverment met.\n'})
    const tree = processor.parse(file)
    expect(tree).toEqual({type: 'RootNode', children: []})
    await processor.run(tree, file)
    expect(file.messages.map((message) => message.actual)).toEqual(['goverment'])
  })
})
