#!/usr/bin/env node
// Packages the VS Code extension (editors/vscode) as a .vsix that runs
// without this repository. The server ships as copydesk itself, installed
// into the extension's node_modules from the tarball `npm pack` makes, with
// its runtime dependencies: the layout a user's `npm install copydesk` gets,
// which the server needs (it finds its data, format parsers and reporters
// beside its own files, so a one-file bundle of it would not run; the
// command line's bundle, scripts/bundle.mjs, keeps its chunks in dist/ too).
//
// Everything is staged in a temporary folder, so no tracked file changes.
// Dependencies come from npm's cache (`--offline`), where `npm ci` put them:
// the stage starts from this repository's package-lock.json, so npm installs
// the versions the tests ran with and needs no registry metadata (npm ci
// caches tarballs only). Run after `npm run build` (`npm run package:vscode`
// does both).
//
//   node scripts/package-vscode.mjs [--out <file.vsix>]
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {createVSIX} from '@vscode/vsce'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const extension = join(root, 'editors/vscode')

/** Runs npm in `cwd`; a failure carries npm's own output. */
function npm(cwd, args) {
  try {
    return execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    throw new Error(`\`npm ${args.join(' ')}\` failed in ${cwd}:\n${error.stderr ?? ''}`)
  }
}

async function packageExtension(out) {
  if (!existsSync(join(extension, 'dist/extension.js'))) throw new Error('editors/vscode/dist/extension.js is missing: run `npm run build` first')
  const stage = mkdtempSync(join(tmpdir(), 'copydesk-vsix-'))
  try {
    for (const file of ['package.json', 'README.md', '.vscodeignore', 'dist']) cpSync(join(extension, file), join(stage, file), {recursive: true})
    for (const file of ['LICENSE', 'package-lock.json']) cpSync(join(root, file), join(stage, file))
    // The build has just run; its prepare script would run it again.
    const [{filename}] = JSON.parse(npm(root, ['pack', '--ignore-scripts', '--json', '--pack-destination', stage]))
    // Installing the tarball records it in the staged package.json; the .vsix keeps the tracked one.
    npm(stage, ['install', '--offline', '--omit=dev', '--no-audit', '--no-fund', `./${filename}`])
    cpSync(join(extension, 'package.json'), join(stage, 'package.json'))
    await createVSIX({cwd: stage, packagePath: out, dependencies: true})
  } finally {
    rmSync(stage, {recursive: true, force: true})
  }
}

try {
  const {values} = parseArgs({options: {out: {type: 'string'}}})
  const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'))
  await packageExtension(resolve(values.out ?? join(extension, `${manifest.name}-${manifest.version}.vsix`)))
} catch (error) {
  console.error(`package-vscode: ${error.message}`)
  process.exitCode = 1
}
