// The GitHub Action's lint step (scripts/action.mjs) as a function of its
// variables and folder, so the tests can run it in their own process with
// copydesk's run() in place of the binary; action.mjs runs the binary.
import {spawnSync} from 'node:child_process'
import {appendFileSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

/** A mistake in the action's inputs or its event: one error line, exit 2, as copydesk's own. */
class Stop extends Error {}

/**
 * The commit the changes are counted from: a pull request's base, the
 * commit before a push, a merge queue's base. The checkout may be shallow,
 * so a base it lacks is fetched (one commit: git diff compares trees, and
 * needs no common history).
 */
function baseCommit(env, cwd) {
  const git = (...args) => spawnSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  const event = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {}
  const name = env.GITHUB_EVENT_NAME ?? ''
  const base = event.pull_request?.base?.sha ?? event.merge_group?.base_sha ?? (name === 'push' ? event.before : undefined)
  // A new branch's push has no commit before it (all zeros).
  if (typeof base !== 'string' || /^0+$/.test(base)) return undefined
  if (git('cat-file', '-e', `${base}^{commit}`).status !== 0) {
    const fetched = git('fetch', '--no-tags', '--depth=1', 'origin', base)
    if (fetched.status !== 0) throw new Stop(`changed-only: cannot fetch the base commit ${base}: ${fetched.stderr.trim().split('\n').at(-1)}`)
  }
  return base
}

/**
 * Runs the step in `cwd` with the variables `env` (INPUT_* and GitHub's):
 * writes annotations and notices with `write`, runs copydesk through
 * `lint(args, env, file)` (its report on standard output, or into `file`
 * when one is named; it returns the exit code), names the SARIF report in
 * GITHUB_OUTPUT, and returns the step's exit code as `fail-on` says.
 */
export async function lintStep(env, cwd, {write, lint}) {
  try {
    return await stepCode(env, cwd, write, lint)
  } catch (error) {
    if (!(error instanceof Stop)) throw error
    write(`::error title=copydesk action::${error.message}\n`)
    return 2
  }
}

async function stepCode(env, cwd, write, lint) {
  const input = (name) => (env[`INPUT_${name}`] ?? '').trim()
  const paths = input('PATHS').split(/\s+/).filter(Boolean)
  const reporter = input('REPORTER') || 'github'
  const changedOnly = input('CHANGED_ONLY') || 'false'
  const failOn = input('FAIL_ON') || 'warning'
  const sarif = input('SARIF')
  const shard = [input('SHARD_INDEX'), input('SHARD_TOTAL')]

  if (!['true', 'false'].includes(changedOnly)) throw new Stop(`changed-only expects true or false, not \`${changedOnly}\``)
  if (!['warning', 'error', 'never'].includes(failOn)) throw new Stop(`fail-on expects warning, error or never, not \`${failOn}\``)
  if (shard.filter(Boolean).length === 1) throw new Stop('give both shard-index and shard-total (strategy.job-index and strategy.job-total), or neither')

  const args = []
  const childEnv = {...env}
  // Warnings still show; past this many, nothing is a number of warnings.
  if (failOn === 'error') args.push('--max-warnings', String(Number.MAX_SAFE_INTEGER))
  if (changedOnly === 'true') {
    const base = baseCommit(env, cwd)
    if (base) args.push('--changed-since', base)
    else write(`::notice title=copydesk action::changed-only: a ${env.GITHUB_EVENT_NAME || 'run'} event names no base commit; linting every path\n`)
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

  let code = await lint(['--reporter', reporter, ...args], childEnv)
  if (sarif) {
    const file = resolve(cwd, sarif)
    if ((await lint(['--reporter', 'sarif', ...args], childEnv, file)) === 2) code = 2
    // Nothing to report (no changed copy, an empty shard) leaves nothing to upload.
    if (statSync(file).size > 0 && env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif=${sarif}\n`)
  }
  return failOn === 'never' && code === 1 ? 0 : code
}
