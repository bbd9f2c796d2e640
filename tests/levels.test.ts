import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {resolveConfig, type Config, type Severity} from '../src/config/resolve.js'
import {presets} from '../src/config/presets.js'
import {baseRule, levelToFatal, source} from '../src/message.js'
import {applyLevels} from '../src/pipeline/levels.js'

/**
 * How the four places that used to decide a finding's level did it, in the
 * order they ran: a rule's level in finalize, then an entry's level, `off`
 * and the preset in the processor. What applyLevels must equal.
 */
function reference(config: Config, file: VFile): void {
  for (const message of file.messages) {
    if (message.source !== source) continue
    const level = config.rules?.[baseRule(message.ruleId ?? '')]
    if (level === 'info') message.fatal = null
    else if (level === 'error' && message.fatal === false) message.fatal = levelToFatal('error')
  }
  const raise = new Set<string>(presets[config.preset ?? 'recommended'].raise)
  file.messages = file.messages.filter((message) => {
    if (message.source !== source) return true
    const id = message.ruleId ?? ''
    const own = config.rules?.[id]
    if (own === 'off') return false
    if (own && id !== baseRule(id)) message.fatal = levelToFatal(own)
    else if (message.fatal === null && raise.has(baseRule(id)) && !config.rules?.[baseRule(id)]) message.fatal = false
    return true
  })
}

const ids = ['phrases', 'phrases:baited-breath', 'phrases:free-gift', 'spacing', 'case', 'consistency', 'spelling', 'names', 'inline-control']
const severities: Severity[] = ['off', 'info', 'warning', 'error']

const message = fc.record({id: fc.constantFrom(...ids), fatal: fc.constantFrom(true, false, null), ours: fc.constantFrom(true, true, true, false)})

function fileOf(specs: ReadonlyArray<{id: string; fatal: boolean | null; ours: boolean}>): VFile {
  const file = new VFile({path: 'levels.txt', value: 'x'})
  specs.forEach((spec, index) => {
    const made = file.message(`message ${index}`, {ruleId: spec.id, source: spec.ours ? source : 'other'})
    made.fatal = spec.fatal
  })
  return file
}

const outcome = (messages: VFile['messages']) => messages.map((made) => `${made.reason} ${made.fatal}`)

describe('levels', () => {
  it('are what the four places that decided them before made of every configuration', () => {
    fc.assert(
      fc.property(
        fc.array(message, {maxLength: 20}),
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...severities)),
        fc.constantFrom<Config['preset']>(undefined, 'recommended', 'strict'),
        (specs, rules, preset) => {
          const config: Config = {rules, ...(preset ? {preset} : {})}
          const expected = fileOf(specs)
          reference(config, expected)
          expect(outcome(applyLevels(fileOf(specs).messages, resolveConfig(config)))).toEqual(outcome(expected.messages))
        }
      ),
      {numRuns: 2000, seed: 20261203}
    )
  })

  it('resolve the preset to the rules it raises, less those given a level', () => {
    expect(resolveConfig({preset: 'strict', rules: {phrases: 'warning', 'spacing:x': 'off'}}).raise).toEqual(
      presets.strict.raise.filter((id) => id !== 'phrases')
    )
    expect(resolveConfig({rules: {spelling: 'off', 'phrases:baited-breath': 'off'}}).rules).not.toContain('spelling')
    expect(resolveConfig({rules: {spelling: 'off', 'phrases:baited-breath': 'off'}}).rules).toContain('phrases')
  })

  it('set an entry, a rule and the preset each as configured', () => {
    const file = fileOf([
      {id: 'phrases:baited-breath', fatal: null, ours: true},
      {id: 'phrases:free-gift', fatal: false, ours: true},
      {id: 'spacing', fatal: null, ours: true},
      {id: 'case', fatal: false, ours: true},
      {id: 'spelling', fatal: false, ours: true},
      {id: 'spelling', fatal: false, ours: false}
    ])
    const config = resolveConfig({preset: 'strict', rules: {'phrases:baited-breath': 'error', 'phrases:free-gift': 'off', case: 'info', spelling: 'error'}})
    expect(outcome(applyLevels(file.messages, config))).toEqual(['message 0 true', 'message 2 false', 'message 3 null', 'message 4 true', 'message 5 false'])
  })
})
