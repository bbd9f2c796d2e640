#!/usr/bin/env node
// Writes the README's samples from the current build, so what it shows is
// what copydesk prints. Between
//
//   <!-- sample: COMMAND -->  and  <!-- /sample -->   the command's output, as a fenced block;
//   <!-- figure: COMMAND -->  and  <!-- /figure -->   its output inline (one line).
//
// COMMAND runs in the repository through /bin/sh, its standard error merged
// into its standard output as a terminal shows them (but it is no terminal:
// no colour, no progress line); `copydesk` is the build (`node dist/cli.js`).
// Figures that depend on the machine's speed are not samples: they stay
// dated measurements in the text. tests/readme.test.ts fails when the README
// differs from what this writes.
//
//   node scripts/readme-samples.mjs           rewrite README.md
//   node scripts/readme-samples.mjs --check   exit 1 if it is stale
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const readme = join(root, 'README.md')
const marked = /(<!-- (sample|figure): (.+?) -->)([\s\S]*?)(<!-- \/\2 -->)/g

/** What a command prints, run as the README shows it. */
export function output(command) {
  const env = {...process.env}
  delete env.FORCE_COLOR
  const line = command.replace(/^copydesk\b/, `"${process.execPath}" dist/cli.js`).replace(/^node\b/, `"${process.execPath}"`)
  const result = spawnSync('/bin/sh', ['-c', `${line} 2>&1`], {cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 24})
  if (result.error) throw result.error
  return {printed: result.stdout, status: result.status}
}

/** `text` (a README) with every sample and figure regenerated. */
export function regenerate(text) {
  return text.replace(marked, (_, open, kind, command, _old, close) => {
    const {printed, status} = output(command)
    // A figure's command must succeed: a stale build's error is no figure to write into the README.
    if (kind === 'figure' && status !== 0) throw new Error(`README figure \`${command}\` failed (exit ${status}):\n${printed.split('\n').slice(0, 6).join('\n')}`)
    if (kind === 'figure') return open + printed.trim() + close
    return `${open}\n\n\`\`\`text\n${printed.replace(/\n*$/, '\n')}\`\`\`\n\n${close}`
  })
}

/** The commands the README's markers name, in order. */
export function markers(text) {
  return [...text.matchAll(marked)].map((match) => `${match[2]}: ${match[3]}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(readme, 'utf8')
  const fresh = regenerate(text)
  if (process.argv.includes('--check')) {
    if (fresh !== text) {
      console.error('README.md: samples differ from the build; run `node scripts/readme-samples.mjs`')
      process.exitCode = 1
    }
  } else {
    if (fresh !== text) writeFileSync(readme, fresh)
    console.log(`README.md: ${markers(text).length} samples and figures${fresh === text ? ', unchanged' : ' rewritten'}`)
  }
}
