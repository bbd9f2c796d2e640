// A 1,500-word story for the editor benchmarks and tests: the seed article
// (its lines set apart by blank lines, as stories are typed in an editor),
// then whole pages of edited copy from the real-copy tuning set, each page a
// paragraph, until it reaches `words` words.
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {realPages} from './real-copy.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const wordCount = (value) => value.split(/\s+/).filter(Boolean).length

export function benchStory(words = 1500) {
  let text = readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8').trimEnd().split(/\n+/).join('\n\n')
  for (const page of realPages('tune', 'clean')) {
    if (wordCount(text) >= words) break
    text += '\n\n' + page.sentences.map((sentence) => sentence.text).join(' ')
  }
  return text + '\n'
}

export {wordCount}
