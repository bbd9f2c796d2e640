import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readWordList} from '../src/data/word-list.js'

describe('a word list (src/data/word-list.ts)', () => {
  it('reads an entry a line, without comments, blank lines or the spaces and carriage returns around them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-words-'))
    try {
      const path = join(folder, 'words.txt')
      writeFileSync(path, '# Source: a newsroom\r\nKakamega\r\n  Nakuru  # a town\r\n\r\n   \r\nMount Kenya\r\n#only a comment\nEldoret#glued\nTōkyō')
      expect(readWordList(path)).toEqual(['Kakamega', 'Nakuru', 'Mount Kenya', 'Eldoret', 'Tōkyō'])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
