import {parseArgs} from 'node:util'
import {formats} from './formats/index.js'
import {parseJobs} from './jobs.js'
import {reporters} from './reporters/index.js'
import {reporterProblem, type RunOptions} from './run.js'
import {parseShard, type Shard} from './shard.js'
import {stagedProblem} from './staged-files.js'
import {packageVersion} from './version.js'

/**
 * The command line's arguments as run() options. Every check of the
 * arguments is here, in the order the user meets them; what is left for
 * run() is what needs the file system.
 */

export const flags = {
  reporter: {type: 'string', default: 'stylish', description: `${Object.keys(reporters).join(', ')} (default: stylish)`},
  quiet: {type: 'boolean', short: 'q', default: false, description: 'report only warnings and errors, no info or clean files, and no progress line'},
  'max-warnings': {type: 'string', description: 'exit 1 only past this many warnings (errors always fail)'},
  color: {type: 'boolean', description: 'colours in the report even when it does not go to a terminal (also FORCE_COLOR=1)'},
  'no-color': {type: 'boolean', description: 'no colours in the report (also NO_COLOR=1 or FORCE_COLOR=0)'},
  ext: {type: 'string', multiple: true, description: `extensions to read in folders and globs (default: ${Object.keys(formats).join(',')})`},
  config: {type: 'string', short: 'c', description: 'use this config file instead of searching for one'},
  'no-config': {type: 'boolean', default: false, description: 'ignore config files and .copydesk/: every rule at its own level'},
  fix: {type: 'boolean', default: false, description: 'apply unambiguous fixes to the files'},
  'fix-dry-run': {type: 'boolean', default: false, description: 'print the fixes as a unified diff, change nothing'},
  'changed-since': {type: 'string', description: 'lint only files changed since this git ref'},
  staged: {type: 'boolean', default: false, description: 'lint the staged content of staged files (git\'s index), for a pre-commit hook'},
  'stdin-filename': {type: 'string', description: 'path (and so format) to report for standard input'},
  jobs: {type: 'string', short: 'j', description: 'lint in this many worker threads, or `auto` (one a core); default 1'},
  cache: {type: 'boolean', default: false, description: 'reuse the findings for files, configuration and copydesk unchanged'},
  'cache-location': {type: 'string', description: 'folder of the cache (default: node_modules/.cache/copydesk)'},
  shard: {type: 'string', description: 'lint only part k of n of the files (k/n, as 2/4), for CI matrices; `auto` reads the CI\'s parallel-job variables'},
  debug: {type: 'boolean', default: false, description: 'show stack traces of internal errors'},
  help: {type: 'boolean', short: 'h', default: false, description: 'this help'},
  version: {type: 'boolean', short: 'v', default: false, description: 'the version'}
} as const

export function help(): string {
  const lines = Object.entries(flags).map(([name, flag]) => {
    const short = 'short' in flag ? `-${flag.short}, ` : '    '
    const value = flag.type === 'string' ? ' <value>' : ''
    return `  ${short}--${name}${value}`.padEnd(34) + flag.description
  })
  return [
    'Usage: copydesk [options] <file|folder|glob|->...',
    '',
    'Lints English news copy (.txt, .md, .mdx, .html): typos, garbled names, dubious phrases, spacing, case and consistency.',
    '',
    'Options:',
    ...lines,
    '',
    'Configuration: .copydeskrc, .copydeskrc.json, .copydeskrc.yml or a `copydesk` field in package.json, nearest to each file;',
    '               the project\'s .copydesk/words.txt and .copydesk/entities.yml are read too.',
    'Exit codes: 0 clean (info at most), 1 warnings or errors found (or more warnings than --max-warnings),',
    '            2 usage or configuration error, an unreadable file, or fixes that could not be written.'
  ].join('\n')
}

/** `--color` or `--no-color`, whichever comes last (an alias may give one, the user the other); unset when neither is given. */
function lastColorFlag(tokens: ReadonlyArray<{kind: string; name?: string}>): boolean | undefined {
  const last = tokens.findLast((token) => token.kind === 'option' && (token.name === 'color' || token.name === 'no-color'))
  return last ? last.name === 'color' : undefined
}

/** What the arguments ask for: a run, or an answer without one (help, version, a usage error). */
export type Parsed = {options: RunOptions} | {exitCode: number; stdout: string; stderr: string}

export function parseArguments(argv: readonly string[]): Parsed {
  const fail = (message: string) => ({exitCode: 2, stdout: '', stderr: `copydesk: ${message}\n`})
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: flags, allowPositionals: true, strict: true, tokens: true})
  } catch (error) {
    return fail(`${(error as Error).message} (see \`copydesk --help\`)`)
  }
  const {values, positionals} = parsed
  if (values.help) return {exitCode: 0, stdout: help() + '\n', stderr: ''}
  if (values.version) return {exitCode: 0, stdout: packageVersion + '\n', stderr: ''}
  const problem = reporterProblem(values.reporter)
  if (problem) return fail(problem)
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return fail(`--max-warnings expects a whole number, not \`${values['max-warnings']}\``)
  }
  if (values.fix && values['fix-dry-run']) return fail('use either --fix or --fix-dry-run')
  const stdin = positionals.includes('-')
  if (stdin && positionals.length > 1) return fail('`-` (standard input) cannot be mixed with files')
  if (stdin && values['changed-since']) return fail('--changed-since lints files, not standard input')
  let jobs = 1
  let shard: Shard | 'auto' | undefined
  try {
    jobs = parseJobs(values.jobs)
    if (values.shard !== undefined) shard = values.shard === 'auto' ? 'auto' : parseShard(values.shard)
  } catch (error) {
    return fail((error as Error).message)
  }
  const staged = values.staged ? stagedProblem({files: positionals, fix: values.fix, changedSince: values['changed-since'], shard}) : undefined
  if (staged) return fail(staged)
  if (stdin && shard) return fail('--shard splits files, not standard input')
  return {
    options: {
      files: positionals,
      reporter: values.reporter,
      quiet: values.quiet,
      maxWarnings,
      color: lastColorFlag(parsed.tokens),
      ext: values.ext,
      config: values.config,
      noConfig: values['no-config'],
      fix: values.fix,
      fixDryRun: values['fix-dry-run'],
      changedSince: values['changed-since'],
      staged: values.staged,
      stdinFilename: values['stdin-filename'],
      jobs,
      cache: values.cache,
      cacheLocation: values['cache-location'],
      shard,
      debug: values.debug
    }
  }
}
