import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {root, run} from './cli-run.js'

const story = 'tests/fixtures/cli/formats/story.txt'
const spacing = 'Missing space after `,` in `Friday,saying`'
const spelling = 'Unexpected unknown word `goverment`, expected for example `government`'

describe('reporters', () => {
  it('unix: path:line:column: severity message [rule], on stdout', async () => {
    const result = await run(['--no-config', '--reporter', 'unix', story])
    expect(result).toEqual({
      code: 1,
      stdout: `${story}:1:18: warning ${spacing} [spacing]\n${story}:1:49: warning ${spelling} [spelling]\n`,
      stderr: ''
    })
  })

  it('unix lines match the VS Code problem matcher in examples/vscode/tasks.json', async () => {
    const tasks = JSON.parse(readFileSync(join(root, 'examples/vscode/tasks.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''))
    const pattern = new RegExp(tasks.tasks[0].problemMatcher.pattern.regexp)
    const result = await run(['--no-config', '--reporter', 'unix', 'tests/fixtures/cli/formats/story.html'])
    const lines = result.stdout.split('\n').filter(Boolean)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line).toMatch(pattern)
    expect(pattern.exec(lines[0]!)!.slice(1)).toEqual(['tests/fixtures/cli/formats/story.html', '4', '21', 'warning', spacing, 'spacing'])
  })

  it('github: workflow commands with the whole span (end column inclusive)', async () => {
    const result = await run(['--no-config', '--reporter', 'github', story])
    expect(result.stdout).toBe(
      `::warning file=${story},line=1,col=18,endLine=1,endColumn=30,title=copydesk spacing::${spacing}\n` +
        `::warning file=${story},line=1,col=49,endLine=1,endColumn=57,title=copydesk spelling::${spelling}\n`
    )
  })

  it('checkstyle: XML per file', async () => {
    const result = await run(['--no-config', '--reporter', 'checkstyle', story])
    expect(result.stdout).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        `  <file name="${story}">`,
        `    <error line="1" column="18" severity="warning" message="${spacing}" source="copydesk.spacing"/>`,
        `    <error line="1" column="49" severity="warning" message="${spelling}" source="copydesk.spelling"/>`,
        '  </file>',
        '</checkstyle>',
        ''
      ].join('\n')
    )
  })

  it('sarif: a SARIF 2.1.0 log that validates against the official schema, with fixes', async () => {
    const result = await run(['--no-config', '--reporter', 'sarif', story, 'tests/fixtures/cli/formats/story.html'])
    const log = JSON.parse(result.stdout)
    // The OASIS SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif.
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    // The schema's language pattern is not valid in Unicode mode, which Ajv uses by default.
    const validate = new Ajv({allErrors: true, strict: false, unicodeRegExp: false}).compile(schema)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    // Files are reported by path: story.html, then story.txt.
    const first = log.runs[0].results.find((r: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => r.locations[0]!.physicalLocation.artifactLocation.uri === story)
    expect(first).toMatchObject({
      ruleId: 'spacing',
      level: 'warning',
      message: {text: spacing},
      locations: [{physicalLocation: {artifactLocation: {uri: story}, region: {startLine: 1, startColumn: 18, endColumn: 31, charOffset: 17, charLength: 13}}}],
      fixes: [{artifactChanges: [{replacements: [{insertedContent: {text: 'Friday, saying'}}]}]}]
    })
    const levels = log.runs[0].results.map((r: {level: string}) => r.level)
    expect(levels).toContain('note')
  })

  it('--quiet leaves out info and clean files; --max-warnings sets the bar', async () => {
    const html = 'tests/fixtures/cli/formats/story.html'
    const quiet = await run(['--no-config', '--reporter', 'unix', '--quiet', html])
    expect(quiet.stdout).not.toContain(' info ')
    expect(quiet.stdout.split('\n').filter(Boolean)).toHaveLength(3)
    const under = await run(['--no-config', '--reporter', 'unix', '--max-warnings', '3', html])
    expect(under.code).toBe(0)
    const over = await run(['--no-config', '--reporter', 'unix', '--max-warnings', '2', html])
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('copydesk: 3 warnings, more than --max-warnings 2\n')
    const bad = await run(['--max-warnings', 'many', html])
    expect(bad).toEqual({code: 2, stdout: '', stderr: 'copydesk: --max-warnings expects a whole number, not `many`\n'})
  })

  it('stylish (default) goes to stderr, with no colour when asked', async () => {
    const result = await run(['--no-config', '--no-color', story])
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`1:18-1:31 warning ${spacing}`)
    expect(result.stderr).not.toContain('\u001B[')
  })
})
