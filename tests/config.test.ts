import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtures, run} from './cli-run.js'

const project = join(fixtures, 'project')

/** A copy of the project fixture with `files` written into it. */
function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-config-'))
  cpSync(project, dir, {recursive: true})
  rmSync(join(dir, '.copydeskrc.yml'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('configuration', () => {
  it('uses the nearest config file, its word list and ignore file, and skips node_modules', async () => {
    const result = await run(['--reporter', 'unix', '.'], {cwd: project})
    expect(result.stdout).toBe(
      [
        // desk/.copydeskrc.json: spelling is an error, spacing back at its own level.
        'desk/story.txt:1:5: error Unexpected unknown word `goverment`, expected for example `government` [spelling]',
        'desk/story.txt:1:22: warning Missing space after `,` in `Friday,saying` [spacing]',
        // .copydeskrc.yml: spacing off, "Blorvik" from newsroom-words.txt.
        'story.txt:1:50: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]',
        ''
      ].join('\n')
    )
    expect(result.code).toBe(1)
  })

  it('--no-config runs every rule at its own level; --config names the file', async () => {
    const none = await run(['--no-config', '--reporter', 'unix', 'story.txt'], {cwd: project})
    expect(none.stdout.split('\n').filter(Boolean).map((line) => line.replace(/ .*\[/, ' ['))).toEqual([
      'story.txt:1:7: [spelling]',
      'story.txt:1:32: [spacing]',
      'story.txt:1:50: [spelling]'
    ])
    const given = await run(['--config', 'desk/.copydeskrc.json', '--reporter', 'unix', 'story.txt'], {cwd: project})
    expect(given.stdout).toContain('story.txt:1:50: error')
  })

  it('reads a `copydesk` field in package.json and the strict preset', async () => {
    const dir = projectWith({'package.json': JSON.stringify({name: 'desk', copydesk: {preset: 'strict'}}), 'two.txt': 'The dialog began. The dialogue ended.\n'})
    // Two spellings used as often as each other: info by default, a warning in strict.
    const result = await run(['--reporter', 'unix', 'two.txt'], {cwd: dir})
    expect(result).toMatchObject({code: 1, stdout: 'two.txt:1:5: warning Unexpected `dialog`, the document spells it `dialogue` elsewhere [consistency]\n'})
    const recommended = await run(['--reporter', 'unix', '--no-config', 'two.txt'], {cwd: dir})
    expect(recommended).toMatchObject({code: 0, stdout: 'two.txt:1:5: info Unexpected `dialog`, the document spells it `dialogue` elsewhere [consistency]\n'})
  })

  it('dialect en-GB does not mention British spellings', async () => {
    const us = await run(['--no-config', '--reporter', 'unix', '--stdin-filename', 'a.txt', '-'], {input: 'The colour of the programme.\n'})
    expect(us.stdout).toContain('`programme`')
    const dir = projectWith({'.copydeskrc.yml': 'dialect: en-GB\n'})
    const gb = await run(['--reporter', 'unix', '--stdin-filename', join(dir, 'a.txt'), '-'], {cwd: dir, input: 'The colour of the programme.\n'})
    expect(gb).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it.each([
    ['.copydeskrc.json', '{\n  "rules": {\n    "speling": "off"\n  }\n}\n', '.copydeskrc.json:3: `rules.speling`: unknown rule, expected one of spelling, repeated-words, names, phrases, spacing, case, consistency'],
    ['.copydeskrc.yml', 'rules:\n  spelling: warnings\n', '.copydeskrc.yml:2: `rules.spelling`: expected one of off, info, warning, error, not "warnings"'],
    ['.copydeskrc.yml', 'preset: loose\n', '.copydeskrc.yml:1: `preset`: expected one of recommended, strict, not "loose"'],
    ['.copydeskrc.yml', 'dialect: en-AU\n', '.copydeskrc.yml:1: `dialect`: expected one of en-US, en-GB, not "en-AU"'],
    ['.copydeskrc.yml', 'rules:\n  case: [warning, {strict: true}]\n', '.copydeskrc.yml:2: `rules.case[1].strict`: unknown option, `case` takes none'],
    ['.copydeskrc.yml', 'words:\n  - missing.txt\n', '.copydeskrc.yml:2: `words[0]`: no such file `missing.txt`'],
    ['.copydeskrc', '{"colour": true}', '.copydeskrc:1: `colour`: unknown key, expected one of rules, preset, words, entities, phrases, variants, dialect'],
    ['package.json', '{"name": "x",\n "copydesk": {"rules": {"phrases:no-such-entry": "off"}}}', 'package.json:2: `copydesk.rules.phrases:no-such-entry`: unknown phrase entry `no-such-entry`']
  ])('%s with a bad setting is an error naming the file, line and key (exit 2)', async (name, text, error) => {
    const dir = projectWith({[name]: text})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result).toEqual({code: 2, stdout: '', stderr: `copydesk: ${error}\n`})
  })

  it('names a broken project data file and its line', async () => {
    const dir = projectWith({'.copydeskrc.yml': 'entities: [people.yml]\n', 'people.yml': 'source: test\nentries:\n  - name: Ann Blorvik\n    kind: wizard\n'})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: people\.yml:3: .*kind.*\n$/)
  })

  it('a config file that is not valid JSON is one line on stderr, exit 2', async () => {
    const dir = projectWith({'.copydeskrc.json': '{bad'})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: \.copydeskrc\.json:1: .*JSON.*\n$/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('the example configuration', () => {
  it('is valid', async () => {
    const result = await run(['--config', 'examples/copydeskrc.yml', '--reporter', 'unix', 'tests/fixtures/cli/formats/story.txt'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
  })
})
