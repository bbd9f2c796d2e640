import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadEntities} from '../src/data/entities.js'
import {loadPhraseRules} from '../src/data/phrases.js'
import {loadVariantGroups} from '../src/data/variants.js'

const dir = mkdtempSync(join(tmpdir(), 'copydesk-data-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('data files are validated when they load', () => {
  it('names the file, line and entry of an unknown key', () => {
    const path = file('people.yml', 'source: test\nentries:\n  - name: Jane Roe\n    kind: person\n  - name: John Doe\n    kind: person\n    nickname: JD\n')
    expect(() => loadEntities([path])).toThrow(
      `${path}:5: entry \`John Doe\`: unknown key \`nickname\`, expected one of \`name\`, \`kind\`, \`variants\`, \`garbles\`, \`meanings\`, \`surname\`, \`title\`, \`native\`, \`sex\``
    )
  })

  it('reads a person’s sex and rejects any other value, or a sex on what is not a person, naming the file and entry', () => {
    const ok = file('sex.yml', 'source: test\nkind: person\nentries:\n  - {name: Jane Roe, sex: female}\n  - {name: John Doe}\n')
    expect(loadEntities([ok]).map((entity) => entity.sex)).toEqual(['female', undefined])
    const bad = file('bad-sex.yml', 'source: test\nkind: person\nentries:\n  - name: Jane Roe\n  - name: John Doe\n    sex: man\n')
    expect(() => loadEntities([bad])).toThrow(`${bad}:5: entry \`John Doe\`: \`sex\` must be one of female, male, not \`man\``)
    const org = file('org-sex.yml', 'source: test\nentries:\n  - {name: Acme, kind: org, sex: female}\n')
    expect(() => loadEntities([org])).toThrow(`${org}:3: entry \`Acme\`: \`sex\` is for persons`)
  })

  it('reads the meanings of a body’s name and rejects one word, a person’s or an accepted form as a meaning, naming the file and entry', () => {
    const ok = file('meanings.yml', 'source: test\nkind: outlet\nentries:\n  - {name: RIA Novosti, meanings: [RIA News]}\n  - {name: Reuters}\n')
    expect(loadEntities([ok]).map((entity) => entity.meanings)).toEqual([['RIA News'], undefined])
    const word = file('meaning-word.yml', 'source: test\nkind: outlet\nentries:\n  - {name: Pravda, meanings: [Truth]}\n')
    expect(() => loadEntities([word])).toThrow(`${word}:4: entry \`Pravda\`: a meaning must have two words or more, not \`Truth\``)
    const person = file('meaning-person.yml', 'source: test\nentries:\n  - {name: Sanae Takaichi, kind: person, meanings: [High Market Sanae]}\n')
    expect(() => loadEntities([person])).toThrow(`${person}:3: entry \`Sanae Takaichi\`: \`meanings\` are for bodies, outlets and places: a person's name is not translated`)
    const accepted = file('meaning-accepted.yml', 'source: test\nkind: outlet\nentries:\n  - {name: NHK, variants: [Japan Broadcasting Corporation], meanings: [Japan Broadcasting Corporation]}\n')
    expect(() => loadEntities([accepted])).toThrow(`${accepted}:4: entry \`NHK\`: \`Japan Broadcasting Corporation\` is listed both as accepted and as a meaning`)
  })

  it('rejects a bad kind, a missing name and YAML syntax errors', () => {
    const kind = file('kind.yml', 'source: test\nentries:\n  - name: Acme\n    kind: company\n')
    expect(() => loadEntities([kind])).toThrow(`${kind}:3: entry \`Acme\`: \`kind\` must be one of person, org, place, outlet, demonym, not \`company\``)
    const missing = file('missing.yml', 'source: test\nkind: org\nentries:\n  - variants: [X]\n')
    expect(() => loadEntities([missing])).toThrow(`${missing}:4: entry 1: missing \`name\``)
    const broken = file('broken.yml', 'source: test\nentries:\n  - name: [unclosed\n')
    expect(() => loadEntities([broken])).toThrow(new RegExp(`^${broken}:\\d+: `))
  })

  it('lets a later file replace an entry with the same name and kind', () => {
    const ours = file('ours.yml', 'source: a\nentries:\n  - {name: Jane Roe, kind: person, title: Mayor}\n')
    const theirs = file('theirs.yml', 'source: b\nentries:\n  - {name: Jane Roe, kind: person, title: Governor}\n')
    expect(loadEntities([ours, theirs]).map((entity) => entity.title)).toEqual(['Governor'])
  })

  it('rejects duplicate phrase ids and regex-like matches in phrase files', () => {
    const dup = file('dup.yml', 'source: t\nentries:\n  - {id: a-b, match: a b, fix: c, why: w}\n  - {id: a-b, match: x y, fix: z, why: w}\n')
    expect(() => loadPhraseRules([dup])).toThrow(`${dup}:4: entry \`a-b\`: duplicate id, also in ${dup}`)
    const regex = file('regex.yml', 'source: t\nentries:\n  - {id: r, match: "free (reign|rein)", fix: free rein, why: w}\n')
    expect(() => loadPhraseRules([regex])).toThrow(`${regex}:3: entry \`r\`: \`match\` has punctuation: \`free (reign|rein)\` (write words, and placeholders {name} {name's} {word} only at either end)`)
  })

  it('rejects a variant spelling listed in two groups', () => {
    const groups = file('groups.yml', 'source: t\ngroups:\n  - [gray, grey]\n  - [grey, gris]\n')
    expect(() => loadVariantGroups([groups])).toThrow(`${groups}:4: group 2: \`grey\` is already in the group of \`gray\``)
  })

  it('refuses YAML alias bombs', () => {
    const bomb = ['source: t', 'a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'entries: []'].join('\n')
    const path = file('bomb.yml', bomb)
    expect(() => loadEntities([path])).toThrow(new RegExp(`^${path}: `))
  })
})

describe('word lists', () => {
  it('every list in dictionaries/ opens with a comment saying what belongs in it and its source', async () => {
    const {readdirSync, readFileSync} = await import('node:fs')
    const dir = new URL('../dictionaries/', import.meta.url)
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      const header = readFileSync(new URL(name, dir), 'utf8').split('\n').filter((line) => line.startsWith('#'))
      expect(header.length, name).toBeGreaterThanOrEqual(2)
      expect(header.some((line) => line.startsWith('# Source:')), name).toBe(true)
    }
  })
})
