import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ruleIds} from '../src/rules.js'
import {fixtures, root, run} from './cli-run.js'

const story = (ext: string) => `tests/fixtures/cli/formats/story.${ext}`

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; source: string; actual: string; place: {start: {offset: number}; end: {offset: number}}}>
}

describe('formats', () => {
  it('plain text: every line is prose; a control comment on its own line is not', async () => {
    const result = await run(['--no-config', '--reporter', 'unix', story('txt')])
    expect(result.stdout).toBe(
      [
        'tests/fixtures/cli/formats/story.txt:1:18: warning Missing space after `,` in `Friday,saying` [spacing]',
        'tests/fixtures/cli/formats/story.txt:1:49: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]',
        ''
      ].join('\n')
    )
    expect(result.code).toBe(1)
  })

  it('Markdown: front matter, code, inline code, autolinks and HTML are not linted; quotes are', async () => {
    const result = await run(['--no-config', '--reporter', 'unix', story('md')])
    expect(result.stdout).toBe(
      [
        'tests/fixtures/cli/formats/story.md:7:18: warning Missing space after `,` in `Friday,saying` [spacing]',
        'tests/fixtures/cli/formats/story.md:7:45: info Unexpected unknown word `AT&T` [spelling]',
        'tests/fixtures/cli/formats/story.md:7:58: warning Unexpected unknown word `thes`, expected for example `the`, `this`, `they`, `these`, `them` [spelling]',
        'tests/fixtures/cli/formats/story.md:16:8: warning Unexpected unknown word `thes`, expected for example `the`, `this`, `they`, `these`, `them` [spelling]',
        'tests/fixtures/cli/formats/story.md:21:5: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]',
        ''
      ].join('\n')
    )
  })

  it('MDX: imports, JSX and expressions are not linted; `{/* … */}` controls', async () => {
    const result = await run(['--no-config', '--reporter', 'unix', story('mdx')])
    expect(result.stdout).toBe('tests/fixtures/cli/formats/story.mdx:5:18: warning Missing space after `,` in `Friday,saying` [spacing]\n')
  })

  it('HTML: script, style, pre and code are not linted; character references keep real columns', async () => {
    const result = await run(['--no-config', '--reporter', 'unix', story('html')])
    expect(result.stdout).toBe(
      [
        'tests/fixtures/cli/formats/story.html:4:21: warning Missing space after `,` in `Friday,saying` [spacing]',
        'tests/fixtures/cli/formats/story.html:4:48: info Unexpected unknown word `AT&T` [spelling]',
        'tests/fixtures/cli/formats/story.html:4:61: warning Unexpected unknown word `thes`, expected for example `the`, `this`, `they`, `these`, `them` [spelling]',
        'tests/fixtures/cli/formats/story.html:6:38: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]',
        ''
      ].join('\n')
    )
  })

  it('every offset points into the file as written', async () => {
    const result = await run(['--no-config', '--reporter', 'json', join(fixtures, 'formats')])
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files.map((file) => file.path).sort()).toEqual(['html', 'md', 'mdx', 'txt'].map(story))
    for (const file of files) {
      const text = readFileSync(join(root, file.path), 'utf8')
      for (const message of file.messages) {
        expect(message.source).toBe('copydesk')
        // A word decoded from a reference (AT&amp;T) starts where the file has it.
        expect(text.slice(message.place.start.offset, message.place.end.offset)[0]).toBe(message.actual[0])
        if (!message.actual.includes('&')) expect(text.slice(message.place.start.offset, message.place.end.offset)).toBe(message.actual)
      }
    }
  })

  it('reads standard input as the format of --stdin-filename', async () => {
    const result = await run(['--no-config', '--reporter', 'unix', '--stdin-filename', 'note.md', '-'], {input: 'Run `thes` now.\n\nThe goverment left.\n'})
    expect(result.stdout).toBe('note.md:3:5: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]\n')
  })
})

describe('inline control and file selection', () => {
  it('reports a control comment that names an unknown rule, in document order', async () => {
    const result = await run(['--no-config', '--reporter', 'unix', '--stdin-filename', 'a.md', '-'], {input: '<!-- copydesk-disable speling -->\nThe goverment left.\n'})
    expect(result.stdout).toBe(
      `a.md:1:1: warning Unknown rule \`speling\` in \`copydesk-disable\`, expected one of ${ruleIds.join(', ')} [inline-control]\n` +
        'a.md:2:5: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]\n'
    )
  })

  it('--ext narrows folders; globs pick files', async () => {
    const ext = await run(['--no-config', '--reporter', 'unix', '--ext', 'mdx', 'tests/fixtures/cli/formats'])
    expect(ext.stdout).toBe('tests/fixtures/cli/formats/story.mdx:5:18: warning Missing space after `,` in `Friday,saying` [spacing]\n')
    const glob = await run(['--no-config', '--reporter', 'unix', 'tests/fixtures/cli/**/*.mdx'])
    expect(glob.stdout).toBe(ext.stdout)
  })
})

describe('format parsers load on demand', () => {
  // Run from source here, where require() cannot load the parsers' TypeScript:
  // only loadFormat (import()) makes them available, as for an editor's older Node.
  it('loadFormat readies Markdown and HTML before a synchronous parse', async () => {
    const {createProcessor, formatOf, loadFormat} = await import('../src/index.js')
    const {VFile} = await import('vfile')
    const processor = createProcessor()
    const found: Array<[string, string, number | undefined, number | undefined]> = []
    for (const [path, value] of [
      ['story.md', '# Budget\n\nThe goverment said `teh` is code.\n'],
      ['story.html', '<p>The goverment said so.</p><pre>teh</pre>']
    ] as const) {
      const file = new VFile({path, value})
      await loadFormat(formatOf(file))
      await processor.run(processor.parse(file), file)
      for (const message of file.messages) found.push([path, String(message.actual), message.place && 'start' in message.place ? message.place.start.offset : undefined, message.place && 'end' in message.place ? message.place.end.offset : undefined])
    }
    expect(found).toEqual([
      ['story.md', 'goverment', 14, 23],
      ['story.html', 'goverment', 7, 16]
    ])
  })
})
