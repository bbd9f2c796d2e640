import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {markers, regenerate} from '../scripts/readme-samples.mjs'
import {root} from './cli-run.js'

const text = readFileSync(join(root, 'README.md'), 'utf8')

describe('the README', () => {
  it('shows the output of the current build in its samples and figures', async () => {
    expect(markers(text)).toEqual([
      'sample: copydesk --no-color tests/fixtures/seed-article.txt',
      'figure: node scripts/seed-score.mjs',
      'figure: node scripts/data-summary.mjs entities',
      'figure: node scripts/data-summary.mjs entities politics.yml',
      'figure: node scripts/data-summary.mjs phrases',
      'figure: node scripts/recall-report.mjs --figure spacing',
      'figure: node scripts/recall-report.mjs --figure case',
      'figure: node scripts/recall-report.mjs --figure mechanics'
    ])
    // Stale: run `node scripts/readme-samples.mjs`.
    expect(await regenerate(text)).toBe(text)
  }, 60_000)

  it('links and names only files inside the repository', () => {
    expect(text.match(/\.\.\//g) ?? []).toEqual([])
    const links = [...text.matchAll(/\]\((?!https?:|#)([^)\s]+)\)/g)].map((match) => match[1]!.split('#')[0]!)
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((link) => !existsSync(join(root, link)))).toEqual([])
  })
})
