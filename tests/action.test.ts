import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {lintStep as runLintStep} from '../scripts/lib/action-step.mjs'
import {root, run} from './cli-run.js'
import {repository} from './git-repo.js'

interface Step {
  id?: string
  name: string
  run?: string
  uses?: string
  if?: string
  with?: Record<string, string>
  env?: Record<string, string>
  'working-directory'?: string
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, {default: string}>
  runs: {using: string; steps: Step[]}
}
const lintStep = action.runs.steps.find((step) => step.id === 'lint')!

/**
 * The runner's variables for the action's lint step: its `env`, with each
 * `${{ inputs.* }}` replaced by the input given or the input's default, and
 * GitHub's variables for the event, in a workspace. The install step
 * (`npm ci` in the action's folder) is this checkout's own build.
 */
function stepVariables(workspace: string, inputs: Record<string, string>, event: {name: string; payload: object}) {
  const runner = mkdtempSync(join(tmpdir(), 'copydesk-runner-'))
  const eventPath = join(runner, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event.payload))
  const output = join(runner, 'output')
  writeFileSync(output, '')
  const stepEnv = Object.fromEntries(
    Object.entries(lintStep.env!).map(([name, value]) => [
      name,
      value.replace(/\$\{\{ inputs\.([\w-]+) \}\}/g, (_, input: string) => {
        expect(action.inputs).toHaveProperty(input)
        return inputs[input] ?? String(action.inputs[input]!.default)
      })
    ])
  )
  for (const input of Object.keys(inputs)) expect(Object.keys(action.inputs)).toContain(input)
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: root,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runner,
    ...stepEnv
  }
  return {env, output}
}

/** Runs the lint step as the runner does: its `run` line in bash, the binary in its own process. */
function spawnAction(workspace: string, inputs: Record<string, string>, event: {name: string; payload: object}) {
  const {env, output} = stepVariables(workspace, inputs, event)
  const result = spawnSync('bash', ['-c', lintStep.run!], {cwd: workspace, encoding: 'utf8', env: {PATH: process.env.PATH, HOME: process.env.HOME, ...env}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, output: readFileSync(output, 'utf8')}
}

/**
 * Runs what the lint step's script runs, in this process: the step's
 * function with copydesk's run() in place of the binary (the spawnAction
 * tests cover the script, its streams and its exit code).
 */
async function runAction(workspace: string, inputs: Record<string, string>, event: {name: string; payload: object}) {
  const {env, output} = stepVariables(workspace, inputs, event)
  let stdout = ''
  let stderr = ''
  const code = await runLintStep(env, workspace, {
    write: (text: string) => {
      stdout += text
    },
    lint: async (args: string[], childEnv: Record<string, string>, file?: string) => {
      const result = await run(args, {cwd: workspace, env: childEnv})
      if (file === undefined) stdout += result.stdout
      else writeFileSync(file, result.stdout)
      stderr += result.stderr
      return result.code
    }
  })
  return {code, stdout, stderr, output: readFileSync(output, 'utf8')}
}

/** A repository with a base commit and a pull request's commit on top. */
function pullRequest() {
  const {dir, git: run, write} = repository('copydesk-action-')
  const git = (...args: string[]) => run(...args).trim()
  write('desk/old.txt', 'The goverment met.\n')
  write('desk/edited.md', 'The talks ended.\n')
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  const base = git('rev-parse', 'HEAD')
  write('desk/edited.md', 'The talks ended on Friday,saying little.\n')
  write('desk/new.txt', 'A goverment plan.\n')
  git('add', '.')
  git('commit', '-q', '-m', 'change')
  return {dir, git, event: {name: 'pull_request', payload: {pull_request: {base: {sha: base}}}}}
}

const annotations = {
  edited: '::warning file=desk/edited.md,line=1,col=20,endLine=1,endColumn=32,title=copydesk spacing::Missing space after `,` in `Friday,saying`',
  added: '::warning file=desk/new.txt,line=1,col=3,endLine=1,endColumn=11,title=copydesk spelling::Unexpected unknown word `goverment`, expected for example `government`',
  old: '::warning file=desk/old.txt,line=1,col=5,endLine=1,endColumn=13,title=copydesk spelling::Unexpected unknown word `goverment`, expected for example `government`'
}
const lines = (...found: string[]) => found.join('\n') + '\n'

describe('the GitHub Action', () => {
  it('is a composite action that installs copydesk in its own folder, lints, and uploads SARIF only when it was written', () => {
    expect(action.runs.using).toBe('composite')
    const [install, , upload] = action.runs.steps
    expect(install).toMatchObject({'working-directory': '${{ github.action_path }}', run: 'npm ci --no-audit --no-fund --loglevel=error'})
    expect(lintStep.run).toBe('node "$GITHUB_ACTION_PATH/scripts/action.mjs"')
    // Inputs reach the script as variables, never as shell text.
    expect(lintStep.run).not.toContain('${{')
    // The example workflows give only inputs the action has.
    for (const example of ['copydesk.yml', 'copydesk-archive.yml']) {
      const workflow = parse(readFileSync(join(root, 'examples/github', example), 'utf8')) as {jobs: Record<string, {steps: Step[]}>}
      const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses === 'copydesk/copydesk@v0'))
      expect(uses).toHaveLength(1)
      for (const input of Object.keys(uses[0]!.with ?? {})) expect(Object.keys(action.inputs)).toContain(input)
    }
    expect(upload).toMatchObject({uses: 'github/codeql-action/upload-sarif@v3', if: "${{ !cancelled() && steps.lint.outputs.sarif != '' }}", with: {sarif_file: '${{ steps.lint.outputs.sarif }}'}})
  })

  it('annotates the copy a pull request changes, and fails as fail-on says', async () => {
    const {dir, event} = pullRequest()
    const changed = await runAction(dir, {'changed-only': 'true'}, event)
    expect(changed).toMatchObject({code: 1, stdout: lines(annotations.edited, annotations.added), stderr: ''})
    expect(await runAction(dir, {'changed-only': 'true', 'fail-on': 'never'}, event)).toMatchObject({code: 0, stdout: changed.stdout})
    expect(await runAction(dir, {'changed-only': 'true', 'fail-on': 'error'}, event)).toMatchObject({code: 0, stdout: changed.stdout})
    // By default, every path.
    expect(await runAction(dir, {}, event)).toMatchObject({code: 1, stdout: lines(annotations.edited, annotations.added, annotations.old)})
    // Paths on lines or separated by spaces; more options through `args`.
    expect(await runAction(dir, {paths: 'desk/old.txt\n  desk/new.txt', reporter: 'unix', args: '--max-warnings 2'}, event)).toMatchObject({
      code: 0,
      stdout: lines(
        'desk/new.txt:1:3: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]',
        'desk/old.txt:1:5: warning Unexpected unknown word `goverment`, expected for example `government` [spelling]'
      )
    })
  }, 240_000)

  it('fetches the base a shallow checkout lacks, and lints everything when the event has no base', async () => {
    const {dir, git, event} = pullRequest()
    const shallow = mkdtempSync(join(tmpdir(), 'copydesk-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${dir}`, shallow])
    const base = event.payload.pull_request.base.sha
    expect(spawnSync('git', ['cat-file', '-e', `${base}^{commit}`], {cwd: shallow}).status).not.toBe(0)
    expect(await runAction(shallow, {'changed-only': 'true'}, event)).toMatchObject({code: 1, stdout: lines(annotations.edited, annotations.added)})
    // A new branch's first push: no commit before it.
    const push = await runAction(dir, {'changed-only': 'true'}, {name: 'push', payload: {before: '0'.repeat(40), after: git('rev-parse', 'HEAD')}})
    expect(push).toMatchObject({
      code: 1,
      stdout: lines('::notice title=copydesk action::changed-only: a push event names no base commit; linting every path', annotations.edited, annotations.added, annotations.old)
    })
    // A push's own changes.
    const pushed = await runAction(dir, {'changed-only': 'true'}, {name: 'push', payload: {before: base, after: git('rev-parse', 'HEAD')}})
    expect(pushed.stdout).toBe(lines(annotations.edited, annotations.added))
  }, 240_000)

  it('writes SARIF when asked and names it for the upload step', async () => {
    const {dir, event} = pullRequest()
    const result = spawnAction(dir, {'changed-only': 'true', sarif: 'copydesk.sarif'}, event)
    expect(result).toMatchObject({code: 1, stdout: lines(annotations.edited, annotations.added), output: 'sarif=copydesk.sarif\n'})
    const log = JSON.parse(readFileSync(join(dir, 'copydesk.sarif'), 'utf8')) as {runs: {results: {ruleId: string; locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}[]}[]}
    expect(log.runs[0]!.results.map((found) => [found.locations[0]!.physicalLocation.artifactLocation.uri, found.ruleId])).toEqual([
      ['desk/edited.md', 'spacing'],
      ['desk/new.txt', 'spelling']
    ])
    // Nothing to lint, nothing to upload.
    const none = await runAction(dir, {'changed-only': 'true', sarif: 'none.sarif', paths: 'elsewhere'}, event)
    expect(none).toMatchObject({code: 0, stdout: '', stderr: 'copydesk: no changed files to lint\ncopydesk: no changed files to lint\n', output: ''})
    expect(existsSync(join(dir, 'none.sarif'))).toBe(true)
  }, 240_000)

  it('splits a matrix by strategy.job-index and job-total, and names a bad input in one line', async () => {
    const {dir, event} = pullRequest()
    const parts = [await runAction(dir, {'shard-index': '0', 'shard-total': '2'}, event), await runAction(dir, {'shard-index': '1', 'shard-total': '2'}, event)]
    expect(parts.map((part) => part.stderr.split('\n')[0])).toEqual([
      'copydesk: --shard auto: shard 1/2 (copydesk: COPYDESK_SHARD_INDEX=0, COPYDESK_SHARD_TOTAL=2)',
      'copydesk: --shard auto: shard 2/2 (copydesk: COPYDESK_SHARD_INDEX=1, COPYDESK_SHARD_TOTAL=2)'
    ])
    const found = parts.flatMap((part) => part.stdout.split('\n').filter(Boolean))
    expect(found.sort()).toEqual([annotations.edited, annotations.added, annotations.old].sort())
    expect(spawnAction(dir, {'fail-on': 'sometimes'}, event)).toMatchObject({code: 2, stdout: '::error title=copydesk action::fail-on expects warning, error or never, not `sometimes`\n'})
    expect(await runAction(dir, {'changed-only': 'yes'}, event)).toMatchObject({code: 2, stdout: '::error title=copydesk action::changed-only expects true or false, not `yes`\n'})
    expect(await runAction(dir, {'shard-index': '1'}, event)).toMatchObject({
      code: 2,
      stdout: '::error title=copydesk action::give both shard-index and shard-total (strategy.job-index and strategy.job-total), or neither\n'
    })
  }, 240_000)
})
