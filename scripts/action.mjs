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
import {closeSync, openSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lintStep} from './lib/action-step.mjs'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

function lint(args, env, file) {
  const out = file === undefined ? 'inherit' : openSync(file, 'w')
  try {
    return spawnSync(process.execPath, [cli, ...args], {env, stdio: ['ignore', out, 'inherit']}).status ?? 2
  } finally {
    if (out !== 'inherit') closeSync(out)
  }
}

process.exitCode = await lintStep(process.env, process.cwd(), {write: (text) => process.stdout.write(text), lint})
