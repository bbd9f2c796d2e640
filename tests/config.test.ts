import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {findProjectRoot, type KnownRoots} from '../src/config/project-root.js'
import {loadConfig} from '../src/lsp/project.js'
import type {ResolvedConfig} from '../src/pipeline/index.js'
import {configOptions} from '../src/processor.js'
import {ruleIds} from '../src/rules.js'
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
    ['.copydeskrc.json', '{\n  "rules": {\n    "speling": "off"\n  }\n}\n', `.copydeskrc.json:3: \`rules.speling\`: unknown rule, expected one of ${ruleIds.join(', ')}`],
    ['.copydeskrc.yml', 'rules:\n  spelling: warnings\n', '.copydeskrc.yml:2: `rules.spelling`: expected one of off, info, warning, error, not "warnings"'],
    ['.copydeskrc.yml', 'preset: loose\n', '.copydeskrc.yml:1: `preset`: expected one of recommended, strict, not "loose"'],
    ['.copydeskrc.yml', 'dialect: en-AU\n', '.copydeskrc.yml:1: `dialect`: expected one of en-US, en-GB, not "en-AU"'],
    ['.copydeskrc.yml', 'rules:\n  spelling: [warning, {strict: true}]\n', '.copydeskrc.yml:2: `rules.spelling[1].strict`: unknown option, `spelling` takes none'],
    ['.copydeskrc.yml', 'rules:\n  case: [warning, {strict: true}]\n', '.copydeskrc.yml:2: `rules.case[1].strict`: unknown option, `case` takes style'],
    ['.copydeskrc.yml', 'rules:\n  case: [warning, {style: chicago}]\n', '.copydeskrc.yml:2: `rules.case[1].style`: expected one of "default", "ap", not "chicago"'],
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

  it('names a project phrase file whose entry is standard in a country the gazetteer lacks', async () => {
    const phrases = 'source: test\nentries:\n  - id: floor-test\n    match: floor test\n    fix: confidence vote\n    why: Indian English.\n    standardIn: [Narnia]\n'
    const dir = projectWith({'.copydeskrc.yml': 'phrases: [desk.yml]\n', 'desk.yml': phrases})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: .*desk\.yml: entry `floor-test`: `standardIn` names `Narnia`, which is no country of the gazetteer\n$/)
  })

  it('names a project phrase file whose entry takes as written a word its match lacks', async () => {
    const phrases = 'source: test\nentries:\n  - id: keep-low-profile\n    match: keep low profile\n    fix: keep a low profile\n    why: Countable.\n    asWritten: [profiles]\n'
    const dir = projectWith({'.copydeskrc.yml': 'phrases: [desk.yml]\n', 'desk.yml': phrases})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: .*desk\.yml:3: entry `keep-low-profile`: `asWritten` lists `profiles`, which no `match` has\n$/)
  })

  it('a config file that is not valid JSON is one line on stderr, exit 2', async () => {
    const dir = projectWith({'.copydeskrc.json': '{bad'})
    const result = await run(['story.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: \.copydeskrc\.json:1: .*JSON.*\n$/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

/** A git checkout (an empty `.git/` is enough to mark the project root) with these files. */
function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-project-'))
  mkdirSync(join(dir, '.git'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const article = {
  'story.txt': 'The mayor, Anna Wexlund, said the plan would go ahead.\n',
  'desk/brief.txt': 'Wexlund told the goverment so.\n'
}
const goverment = 'desk/brief.txt:1:18: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]\n'
const words = {'.copydesk/words.txt': '# Added from the editor.\nWexlund\n'}

describe('the project\'s .copydesk/ files', () => {
  it('are read with no config file: a word in .copydesk/words.txt is not reported', async () => {
    const bare = await run(['--reporter', 'json', 'story.txt'], {cwd: checkout(article)})
    const [file] = JSON.parse(bare.stdout) as Array<{messages: Array<{ruleId: string; actual: string; place: {start: {offset: number}; end: {offset: number}}}>}>
    expect(file!.messages.map((m) => [m.ruleId, m.actual, m.place.start.offset, m.place.end.offset])).toEqual([['spelling', 'Wexlund', 16, 23]])
    expect(article['story.txt'].slice(16, 23)).toBe('Wexlund')

    const dir = checkout({...article, ...words})
    expect(await run(['--reporter', 'unix', 'story.txt'], {cwd: dir})).toEqual({code: 0, stdout: '', stderr: ''})
    // From a subfolder too: the project root is the nearest folder with .copydesk/, package.json or .git.
    expect(await run(['--reporter', 'unix', 'brief.txt'], {cwd: join(dir, 'desk')})).toEqual({code: 1, stdout: goverment.replace('desk/', ''), stderr: ''})
  })

  it('are read beside a config file that does not list them, once when it does', async () => {
    const unlisted = checkout({...article, ...words, 'desk/.copydeskrc.json': JSON.stringify({rules: {spacing: 'off'}})})
    expect(await run(['--reporter', 'unix', '.'], {cwd: unlisted})).toEqual({code: 1, stdout: goverment, stderr: ''})
    const listed = checkout({...article, ...words, '.copydeskrc.yml': 'words: [.copydesk/words.txt]\n'})
    expect(await run(['--reporter', 'unix', '.'], {cwd: listed})).toEqual({code: 1, stdout: goverment, stderr: ''})

    // What the engine's configuration step hands the linter: the file once, in either case.
    const wordsOf = (dir: string, config: string, raw: unknown) => {
      const [[, options]] = configOptions.configTransform(raw, join(dir, config)).plugins as Array<[unknown, ResolvedConfig]>
      return (options!.data?.words ?? []).map((path) => relative(dir, resolve(path)))
    }
    expect(wordsOf(unlisted, 'desk/.copydeskrc.json', {rules: {spacing: 'off'}})).toEqual(['.copydesk/words.txt'])
    expect(wordsOf(listed, '.copydeskrc.yml', {words: ['.copydesk/words.txt']})).toEqual(['.copydesk/words.txt'])
    expect(wordsOf(listed, '.copydeskrc.yml', {words: ['./.copydesk/../.copydesk/words.txt']})).toEqual(['.copydesk/words.txt'])
  })

  it('give the same report in worker threads and from the cache', async () => {
    for (const files of [article, {...article, ...words}]) {
      const dir = checkout(files)
      const one = await run(['--reporter', 'unix', '--jobs', '1', '.'], {cwd: dir})
      expect(one.stdout).toContain(goverment)
      expect(one.stdout.includes('`Wexlund`')).toBe(files === article)
      expect(await run(['--reporter', 'unix', '--jobs', '2', '.'], {cwd: dir})).toEqual(one)
      expect(await run(['--reporter', 'unix', '--cache', '--cache-location', 'cache', '.'], {cwd: dir})).toEqual(one)
      expect(await run(['--reporter', 'unix', '--cache', '--cache-location', 'cache', '--jobs', '2', '.'], {cwd: dir})).toEqual(one)
    }
  }, 120_000)

  it.each([
    ['an unknown kind', 'source: Desk\nentries:\n  - name: Anna Wexlund\n    kind: wizard\n', '.copydesk/entities.yml:3: entry `Anna Wexlund`: `kind` must be one of person, org, place, outlet, demonym, not `wizard`'],
    ['YAML that does not parse', 'source: Desk\nentries:\n  - name: [Anna\n', '.copydesk/entities.yml:4: Flow sequence in block collection must be sufficiently indented and end with a ]']
  ])('a broken .copydesk/entities.yml (%s) is one line naming it, exit 2, with or without a config file and threads', async (_, yaml, error) => {
    for (const config of [{}, {'.copydeskrc.yml': 'preset: strict\n'}]) {
      const dir = checkout({...article, ...config, '.copydesk/entities.yml': yaml})
      for (const jobs of ['1', '2']) {
        expect(await run(['--reporter', 'unix', '--jobs', jobs, '.'], {cwd: dir})).toEqual({code: 2, stdout: '', stderr: `copydesk: ${error}\n`})
      }
    }
  }, 120_000)

  it('are left alone by --no-config, which is copydesk\'s defaults only', async () => {
    const dir = checkout({...article, ...words, '.copydesk/entities.yml': 'not: [valid\n'})
    const result = await run(['--reporter', 'unix', '--no-config', 'story.txt'], {cwd: dir})
    expect(result).toEqual({code: 0, stdout: 'story.txt:1:17: info Unexpected unknown word `Wexlund` [spelling]\n', stderr: ''})
  })
})

describe('each file\'s own project', () => {
  // Two projects side by side in a folder that is neither, each accepting one of the two names.
  const story = 'The mayor, Anna Wexlund, thanked Brightwater Logistics.\n'
  const desk = () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-projects-'))
    for (const [name, word] of [['north', 'Wexlund'], ['south', 'Brightwater']]) {
      mkdirSync(join(dir, name, '.copydesk'), {recursive: true})
      writeFileSync(join(dir, name, '.copydesk', 'words.txt'), word + '\n')
      mkdirSync(join(dir, name, 'stories'))
      writeFileSync(join(dir, name, 'stories', 'mayor.txt'), story)
    }
    return dir
  }
  const expected = [
    'north/stories/mayor.txt:1:34: info Unexpected unknown word `Brightwater` [spelling]',
    'south/stories/mayor.txt:1:17: info Unexpected unknown word `Wexlund` [spelling]',
    ''
  ].join('\n')

  it('gives each file its project\'s words in one run over both, from outside them, in threads and from the cache', async () => {
    const dir = desk()
    const files = ['north/stories/mayor.txt', 'south/stories/mayor.txt']
    expect(await run(['--reporter', 'unix', ...files], {cwd: dir})).toEqual({code: 0, stdout: expected, stderr: ''})
    expect(await run(['--reporter', 'unix', '.'], {cwd: dir})).toEqual({code: 0, stdout: expected, stderr: ''})
    expect(await run(['--reporter', 'unix', '--jobs', '2', '.'], {cwd: dir})).toEqual({code: 0, stdout: expected, stderr: ''})
    expect(await run(['--reporter', 'unix', '--cache', '--cache-location', 'cache', '.'], {cwd: dir})).toEqual({code: 0, stdout: expected, stderr: ''})
    // From inside one project, the other project's file keeps its own words.
    const inside = await run(['--reporter', 'unix', 'mayor.txt', '../../south/stories/mayor.txt'], {cwd: join(dir, 'north', 'stories')})
    const [north, south] = expected.split('\n')
    expect(inside).toEqual({code: 0, stdout: `../../${south}\n${north!.replace('north/stories/', '')}\n`, stderr: ''})
    // --no-config: neither project's words.
    const bare = await run(['--reporter', 'unix', '--no-config', ...files], {cwd: dir})
    expect(bare.stdout.split('\n').filter((line) => line.includes('unknown word')).map((line) => line.split(': ')[0] + ' ' + line.split('`')[1])).toEqual([
      'north/stories/mayor.txt:1:17 Wexlund',
      'north/stories/mayor.txt:1:34 Brightwater',
      'south/stories/mayor.txt:1:17 Wexlund',
      'south/stories/mayor.txt:1:34 Brightwater'
    ])
  }, 120_000)

  it('adds the file\'s project\'s words to a config file\'s, as the language server does', async () => {
    const dir = desk()
    writeFileSync(join(dir, '.copydeskrc.json'), JSON.stringify({rules: {spacing: 'off'}}))
    expect(await run(['--reporter', 'unix', '.'], {cwd: dir})).toEqual({code: 0, stdout: expected, stderr: ''})
    const words = (await loadConfig(join(dir, 'north'), join(dir, 'north', 'stories', 'mayor.txt'))).data?.words ?? []
    expect(words.map((path) => relative(dir, resolve(path)))).toEqual(['north/.copydesk/words.txt'])
  }, 60_000)

  it('names a broken word list of another project once, with its line, and lints the rest', async () => {
    const dir = desk()
    writeFileSync(join(dir, 'south', '.copydesk', 'entities.yml'), 'source: Desk\nentries:\n  - name: Anna Wexlund\n    kind: wizard\n')
    const result = await run(['--reporter', 'unix', '.', '../south'], {cwd: join(dir, 'north')})
    expect(result).toEqual({
      code: 2,
      stdout: 'stories/mayor.txt:1:34: info Unexpected unknown word `Brightwater` [spelling]\n',
      stderr: 'copydesk: ../south/.copydesk/entities.yml:3: entry `Anna Wexlund`: `kind` must be one of person, org, place, outlet, demonym, not `wizard`\n'
    })
  }, 60_000)
})

describe('finding a file\'s project', () => {
  it('stops at the nearest .copydesk/, package.json or .git (not at a config file), each folder walked once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-root-'))
    mkdirSync(join(dir, 'paper', '.copydesk'), {recursive: true})
    mkdirSync(join(dir, 'paper', 'news', 'world'), {recursive: true})
    writeFileSync(join(dir, 'paper', 'news', '.copydeskrc.json'), '{}')
    const known: KnownRoots = new Map()
    expect(findProjectRoot(join(dir, 'paper', 'news', 'world'), undefined, known)).toBe(join(dir, 'paper'))
    expect([...known]).toEqual([join(dir, 'paper', 'news', 'world'), join(dir, 'paper', 'news'), join(dir, 'paper')].map((folder) => [folder, join(dir, 'paper')]))
    // What is known is not looked at again, until the caller forgets it.
    writeFileSync(join(dir, 'paper', 'news', 'package.json'), '{}')
    expect(findProjectRoot(join(dir, 'paper', 'news', 'world'), undefined, known)).toBe(join(dir, 'paper'))
    expect(findProjectRoot(join(dir, 'paper', 'news', 'world'))).toBe(join(dir, 'paper', 'news'))
    // No project up to the file system's root: the folder itself, and a folder below it is its own.
    const none = join(dir, 'loose', 'deep')
    mkdirSync(none, {recursive: true})
    expect(findProjectRoot(join(dir, 'loose'), undefined, known)).toBe(join(dir, 'loose'))
    expect(findProjectRoot(none, undefined, known)).toBe(none)
    // The language server's workspace folder bounds the walk.
    expect(findProjectRoot(join(dir, 'loose', 'deep'), join(dir, 'loose'), known)).toBe(join(dir, 'loose'))
  })
})

describe('the example configuration', () => {
  it('is valid', async () => {
    const result = await run(['--config', 'examples/copydeskrc.yml', '--reporter', 'unix', 'tests/fixtures/cli/formats/story.txt'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
  })
})
