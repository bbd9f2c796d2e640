import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {shardFromEnvironment} from '../src/ci-shard.js'
import {run} from './cli-run.js'

const shardOf = (env: Record<string, string>) => shardFromEnvironment(env).shard
const problem = (env: Record<string, string>) => {
  try {
    shardFromEnvironment(env)
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

describe('--shard auto', () => {
  it('reads each CI system’s variables, counting from 0 or 1 as that system does', () => {
    // The GitHub Action passes strategy.job-index (0-based) and strategy.job-total.
    expect(shardOf({COPYDESK_SHARD_INDEX: '0', COPYDESK_SHARD_TOTAL: '4'})).toEqual({index: 1, count: 4})
    expect(shardOf({COPYDESK_SHARD_INDEX: '3', COPYDESK_SHARD_TOTAL: '4'})).toEqual({index: 4, count: 4})
    expect(shardOf({CI_NODE_INDEX: '1', CI_NODE_TOTAL: '4'})).toEqual({index: 1, count: 4})
    expect(shardOf({CI_NODE_INDEX: '4', CI_NODE_TOTAL: '4'})).toEqual({index: 4, count: 4})
    expect(shardOf({CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '3'})).toEqual({index: 1, count: 3})
    expect(shardOf({CIRCLE_NODE_INDEX: '2', CIRCLE_NODE_TOTAL: '3'})).toEqual({index: 3, count: 3})
    expect(shardOf({BUILDKITE_PARALLEL_JOB: '0', BUILDKITE_PARALLEL_JOB_COUNT: '6'})).toEqual({index: 1, count: 6})
    expect(shardOf({BUILDKITE_PARALLEL_JOB: '5', BUILDKITE_PARALLEL_JOB_COUNT: '6'})).toEqual({index: 6, count: 6})
    expect(shardOf({JOB_COMPLETION_INDEX: '0', COPYDESK_SHARD_TOTAL: '2'})).toEqual({index: 1, count: 2})
    expect(shardOf({JOB_COMPLETION_INDEX: '1', COPYDESK_SHARD_TOTAL: '2'})).toEqual({index: 2, count: 2})
    // A single job is the whole.
    expect(shardOf({CI_NODE_INDEX: '1', CI_NODE_TOTAL: '1'})).toEqual({index: 1, count: 1})
  })

  it('prefers copydesk’s own variables, and says which it used', () => {
    expect(shardFromEnvironment({COPYDESK_SHARD_INDEX: '1', COPYDESK_SHARD_TOTAL: '2', CI_NODE_INDEX: '1', CI_NODE_TOTAL: '5'})).toEqual({
      shard: {index: 2, count: 2},
      note: '--shard auto: shard 2/2 (copydesk: COPYDESK_SHARD_INDEX=1, COPYDESK_SHARD_TOTAL=2)'
    })
    expect(shardFromEnvironment({CI_NODE_INDEX: '3', CI_NODE_TOTAL: '5', GITLAB_CI: 'true'}).note).toBe('--shard auto: shard 3/5 (GitLab CI: CI_NODE_INDEX=3, CI_NODE_TOTAL=5)')
    // An empty variable is an unset one (a CI template that left it blank).
    expect(shardOf({COPYDESK_SHARD_INDEX: '', CIRCLE_NODE_INDEX: '1', CIRCLE_NODE_TOTAL: '2'})).toEqual({index: 2, count: 2})
  })

  it('names what is missing or wrong in one line', () => {
    expect(problem({})).toBe(
      '--shard auto: no parallel-job variable is set (COPYDESK_SHARD_INDEX, CI_NODE_INDEX, CIRCLE_NODE_INDEX, BUILDKITE_PARALLEL_JOB, JOB_COMPLETION_INDEX); give --shard k/n'
    )
    expect(problem({JOB_COMPLETION_INDEX: '0'})).toBe('--shard auto: JOB_COMPLETION_INDEX is set but not COPYDESK_SHARD_TOTAL, the number of jobs')
    expect(problem({CI_NODE_INDEX: '0', CI_NODE_TOTAL: '4'})).toBe('--shard auto: CI_NODE_INDEX="0" and CI_NODE_TOTAL="4" name no job of a parallel run (CI_NODE_INDEX counts from 1)')
    expect(problem({CIRCLE_NODE_INDEX: '3', CIRCLE_NODE_TOTAL: '3'})).toBe(
      '--shard auto: CIRCLE_NODE_INDEX="3" and CIRCLE_NODE_TOTAL="3" name no job of a parallel run (CIRCLE_NODE_INDEX counts from 0)'
    )
    for (const [index, total] of [['x', '2'], ['-1', '2'], ['1.5', '2'], ['0', '0'], ['0', 'two']]) {
      expect(problem({BUILDKITE_PARALLEL_JOB: index!, BUILDKITE_PARALLEL_JOB_COUNT: total!})).toMatch(/^--shard auto: BUILDKITE_PARALLEL_JOB=.* name no job of a parallel run \(BUILDKITE_PARALLEL_JOB counts from 0\)$/)
    }
  })

  it('lints the same files as --shard k/n through the command line, and fails without variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-auto-shard-'))
    mkdirSync(join(dir, 'desk'))
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, i % 2 ? 'desk' : '.', `story-${i}.txt`), `Story ${i}: teh end.\n`)
    for (let k = 1; k <= 3; k++) {
      const fixed = await run(['--reporter', 'unix', '--shard', `${k}/3`, '.'], {cwd: dir})
      const gitlab = await run(['--reporter', 'unix', '--shard', 'auto', '.'], {cwd: dir, env: {CI_NODE_INDEX: String(k), CI_NODE_TOTAL: '3'}})
      const circle = await run(['--reporter', 'unix', '--shard=auto', '.'], {cwd: dir, env: {CIRCLE_NODE_INDEX: String(k - 1), CIRCLE_NODE_TOTAL: '3'}})
      expect(fixed.stdout).not.toBe('')
      expect(gitlab).toEqual({...fixed, stderr: `copydesk: --shard auto: shard ${k}/3 (GitLab CI: CI_NODE_INDEX=${k}, CI_NODE_TOTAL=3)\n${fixed.stderr}`})
      expect(circle.stdout).toBe(fixed.stdout)
    }
    const none = await run(['--shard', 'auto', '.'], {cwd: dir, env: {}})
    expect(none.code).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toMatch(/^copydesk: --shard auto: no parallel-job variable is set \(.*\); give --shard k\/n\n$/)
    expect((await run(['--shard', 'auto', '-'], {cwd: dir, input: 'teh'})).stderr).toBe('copydesk: --shard splits files, not standard input\n')
  })
})
