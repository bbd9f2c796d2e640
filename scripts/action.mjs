#!/usr/bin/env node
// The lint step of the GitHub Action (action.yml). action.yml passes each
// input as an INPUT_* variable (a composite action sets none itself), never
// inside the shell command, so no input is run as shell. It runs this
// checkout's copydesk in the workspace, with the github reporter's
// annotations on standard output, writes the SARIF report when asked (and
// names it in the step's outputs for the upload step), and exits as
// `fail-on` says. GitHub's own variables (GITHUB_EVENT_PATH and the rest)
// say what a pull request or push changed.
import {spawnSync} from 'node:child_process'
import {appendFileSync, closeSync, openSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const env = process.env
const input = (name) => (env[`INPUT_${name}`] ?? '').trim()

/** A mistake in the action's inputs or its event: one error line, exit 2, as copydesk's own. */
function stop(message) {
  process.stdout.write(`::error title=copydesk action::${message}\n`)
  process.exit(2)
}

function git(...args) {
  return spawnSync('git', args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

/**
 * The commit the changes are counted from: a pull request's base, the
 * commit before a push, a merge queue's base. The checkout may be shallow,
 * so a base it lacks is fetched (one commit: git diff compares trees, and
 * needs no common history).
 */
function baseCommit() {
  const event = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {}
  const name = env.GITHUB_EVENT_NAME ?? ''
  const base = event.pull_request?.base?.sha ?? event.merge_group?.base_sha ?? (name === 'push' ? event.before : undefined)
  // A new branch's push has no commit before it (all zeros).
  if (typeof base !== 'string' || /^0+$/.test(base)) return undefined
  if (git('cat-file', '-e', `${base}^{commit}`).status !== 0) {
    const fetched = git('fetch', '--no-tags', '--depth=1', 'origin', base)
    if (fetched.status !== 0) stop(`changed-only: cannot fetch the base commit ${base}: ${fetched.stderr.trim().split('\n').at(-1)}`)
  }
  return base
}

const paths = input('PATHS').split(/\s+/).filter(Boolean)
const reporter = input('REPORTER') || 'github'
const changedOnly = input('CHANGED_ONLY') || 'false'
const failOn = input('FAIL_ON') || 'warning'
const sarif = input('SARIF')
const shard = [input('SHARD_INDEX'), input('SHARD_TOTAL')]

if (!['true', 'false'].includes(changedOnly)) stop(`changed-only expects true or false, not \`${changedOnly}\``)
if (!['warning', 'error', 'never'].includes(failOn)) stop(`fail-on expects warning, error or never, not \`${failOn}\``)
if (shard.filter(Boolean).length === 1) stop('give both shard-index and shard-total (strategy.job-index and strategy.job-total), or neither')

const args = []
const childEnv = {...env}
// Warnings still show; past this many, nothing is a number of warnings.
if (failOn === 'error') args.push('--max-warnings', String(Number.MAX_SAFE_INTEGER))
if (changedOnly === 'true') {
  const base = baseCommit()
  if (base) args.push('--changed-since', base)
  else process.stdout.write(`::notice title=copydesk action::changed-only: a ${env.GITHUB_EVENT_NAME || 'run'} event names no base commit; linting every path\n`)
}
if (shard[0]) {
  childEnv.COPYDESK_SHARD_INDEX = shard[0]
  childEnv.COPYDESK_SHARD_TOTAL = shard[1]
  args.push('--shard', 'auto')
}
// The SARIF report is a second run: with a cache, it reuses the first run's findings.
if (sarif) args.push('--cache', '--cache-location', join(env.RUNNER_TEMP || tmpdir(), 'copydesk-action-cache'))
// The user's options last: where one repeats the action's (`--cache-location`), theirs holds.
args.push(...input('ARGS').split(/\s+/).filter(Boolean))
args.push('--', ...(paths.length > 0 ? paths : ['.']))

const lint = (reporterName, stdout) =>
  spawnSync(process.execPath, [cli, '--reporter', reporterName, ...args], {env: childEnv, stdio: ['ignore', stdout, 'inherit']}).status ?? 2
let code = lint(reporter, 'inherit')
if (sarif) {
  const fd = openSync(sarif, 'w')
  const sarifCode = lint('sarif', fd)
  closeSync(fd)
  if (sarifCode === 2) code = 2
  // Nothing to report (no changed copy, an empty shard) leaves nothing to upload.
  if (statSync(sarif).size > 0 && env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif=${sarif}\n`)
}
process.exit(failOn === 'never' && code === 1 ? 0 : code)
