import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import Ajv from 'ajv-draft-04'
import {SaxesParser} from 'saxes'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkstyle} from '../src/reporters/checkstyle.js'
import {uriOf} from '../src/reporters/sarif.js'
import {root, run} from './cli-run.js'

/** The OASIS SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
  // The schema's language pattern is not valid in Unicode mode, which Ajv uses by default.
  return new Ajv({allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false}).compile(schema)
}

/** Parses XML strictly (XML 1.0 well-formedness, forbidden characters included): the attributes of each element, or the first error. */
function parseXml(xml: string): Array<{name: string; attributes: Record<string, string>}> {
  const parser = new SaxesParser()
  const elements: Array<{name: string; attributes: Record<string, string>}> = []
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => elements.push({name: tag.name, attributes: tag.attributes as Record<string, string>}))
  parser.write(xml).close()
  return elements
}

/** File names that are URI or XML syntax, or need encoding, each holding one unknown word at 1:5. */
const hostile = ['a#b?.md', 'c:d.md', 'with space.md', '100%.md', 'naïve café.md', 'ctrl\x01.md', 'quote"&<amp>.md', 'sub dir/x#y.md']

function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-names-'))
  mkdirSync(join(dir, 'sub dir'))
  for (const name of hostile) writeFileSync(join(dir, name), 'The goverment met.\n')
  return dir
}

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
    const validate = sarifValidator()
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

  it('sarif: each path segment encoded, so hostile file names stay paths that resolve back to the file', async () => {
    const dir = hostileFolder()
    const result = await run(['--no-config', '--reporter', 'sarif', '.'], {cwd: dir})
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout)
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const uris = log.runs[0].results.map((r: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => r.locations[0]!.physicalLocation.artifactLocation.uri)
    expect([...uris].sort()).toEqual(
      ['100%25.md', 'a%23b%3F.md', 'c%3Ad.md', 'ctrl%01.md', 'na%C3%AFve%20caf%C3%A9.md', "quote%22%26%3Camp%3E.md", 'sub%20dir/x%23y.md', 'with%20space.md'].sort()
    )
    // Resolved against the checkout, each is the file's own path: no query, no fragment, no scheme.
    for (const uri of uris) {
      const url = new URL(uri, 'file:///checkout/')
      expect([url.protocol, url.search, url.hash]).toEqual(['file:', '', ''])
      expect(hostile).toContain(fileURLToPath(url).slice('/checkout/'.length))
    }
    expect(uriOf('/srv/news/a#b?.md')).toBe('file:///srv/news/a%23b%3F.md')
    expect(uriOf('sub\\c:d.md')).toBe('sub/c%3Ad.md')
  })

  it('checkstyle: well-formed XML 1.0 whatever the file names and messages hold', async () => {
    const dir = hostileFolder()
    const result = await run(['--no-config', '--reporter', 'checkstyle', '.'], {cwd: dir})
    expect(result.code).toBe(1)
    const names = parseXml(result.stdout).filter((element) => element.name === 'file').map((element) => element.attributes.name)
    // A control character has no spelling in XML 1.0, not even as a reference: it becomes U+FFFD.
    expect(names.sort()).toEqual(hostile.map((name) => name.replace('\x01', '\ufffd')).sort())

    const file = new VFile({path: 'story.md', value: 'x'})
    file.message('bell \x07, form feed \f, tab \t, line\nbreak, \ufffe, lone \ud800 and \udc00, pair \ud83d\udcf0', {ruleId: 'spelling'})
    const [error] = parseXml(checkstyle([file])).filter((element) => element.name === 'error')
    expect(error!.attributes.message).toBe('bell \ufffd, form feed \ufffd, tab \t, line\nbreak, \ufffd, lone \ufffd and \ufffd, pair \ud83d\udcf0')
  })
})
