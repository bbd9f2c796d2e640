import type {Shard} from './shard.js'

/**
 * `--shard auto`: this job's part of the files, from the variables a CI
 * system or cluster sets on each of its parallel jobs. Sources are tried in
 * this order; the first whose index variable is set decides:
 *
 * - COPYDESK_SHARD_INDEX (0-based) and COPYDESK_SHARD_TOTAL: set by the
 *   GitHub Action from `${{ strategy.job-index }}` and
 *   `${{ strategy.job-total }}` (GitHub puts a matrix job's place in no
 *   variable), or by hand anywhere else;
 * - GitLab CI `parallel:` jobs: CI_NODE_INDEX (1-based), CI_NODE_TOTAL;
 * - CircleCI `parallelism`: CIRCLE_NODE_INDEX (0-based), CIRCLE_NODE_TOTAL;
 * - Buildkite `parallelism`: BUILDKITE_PARALLEL_JOB (0-based),
 *   BUILDKITE_PARALLEL_JOB_COUNT;
 * - a Kubernetes Indexed Job: JOB_COMPLETION_INDEX (0-based). Kubernetes
 *   puts the Job's `completions` in no variable, so the total is
 *   COPYDESK_SHARD_TOTAL, set in the pod template to the same number.
 *
 * With none set, a run fails rather than lint everything: each of n jobs
 * linting the whole archive would report every finding n times.
 */
interface Source {
  name: string
  index: string
  total: string
  /** The index of the first job. */
  base: 0 | 1
}

const sources: readonly Source[] = [
  {name: 'copydesk', index: 'COPYDESK_SHARD_INDEX', total: 'COPYDESK_SHARD_TOTAL', base: 0},
  {name: 'GitLab CI', index: 'CI_NODE_INDEX', total: 'CI_NODE_TOTAL', base: 1},
  {name: 'CircleCI', index: 'CIRCLE_NODE_INDEX', total: 'CIRCLE_NODE_TOTAL', base: 0},
  {name: 'Buildkite', index: 'BUILDKITE_PARALLEL_JOB', total: 'BUILDKITE_PARALLEL_JOB_COUNT', base: 0},
  {name: 'Kubernetes Indexed Job', index: 'JOB_COMPLETION_INDEX', total: 'COPYDESK_SHARD_TOTAL', base: 0}
]

/** This job's shard, and the line that says where it came from; an Error of one line when the variables do not say. */
export function shardFromEnvironment(env: Readonly<Record<string, string | undefined>>): {shard: Shard; note: string} {
  const source = sources.find((candidate) => (env[candidate.index] ?? '') !== '')
  if (!source) {
    const names = sources.map((candidate) => candidate.index)
    throw new Error(`--shard auto: no parallel-job variable is set (${[...new Set(names)].join(', ')}); give --shard k/n`)
  }
  const rawIndex = env[source.index]!
  const rawTotal = env[source.total] ?? ''
  if (rawTotal === '') throw new Error(`--shard auto: ${source.index} is set but not ${source.total}, the number of jobs`)
  const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN)
  const total = whole(rawTotal)
  const index = whole(rawIndex) - source.base + 1
  if (!(total >= 1) || !(index >= 1 && index <= total)) {
    throw new Error(`--shard auto: ${source.index}=${JSON.stringify(rawIndex)} and ${source.total}=${JSON.stringify(rawTotal)} name no job of a parallel run (${source.index} counts from ${source.base})`)
  }
  return {shard: {index, count: total}, note: `--shard auto: shard ${index}/${total} (${source.name}: ${source.index}=${rawIndex.trim()}, ${source.total}=${rawTotal.trim()})`}
}
