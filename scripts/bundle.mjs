#!/usr/bin/env node
// Bundles the command line and the worker thread, after tsc, into
// dist/cli.js and dist/pool/worker.js (their shared code and the parts
// loaded on demand — unified-engine, the Markdown, MDX and HTML parsers, the
// reporters — as chunks under dist/chunks/). Loading some 200 modules one by
// one was about a third of a one-line run; one file loads in a fraction of
// that. The library (dist/index.js) and the language server stay as tsc built
// them. Data is found from the package's root (src/data/root.ts), so code
// may move within dist/. A bare `tsc` writes the unbundled cli.js and
// worker.js back, which run as before, only slower to start: `npm run build`
// bundles again (tests/bundle.test.ts fails on an unbundled CLI).
import {rmSync, chmodSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {builtinModules} from 'node:module'
import {rolldown} from 'rolldown'

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist')
rmSync(join(dist, 'chunks'), {recursive: true, force: true})
const bundle = await rolldown({
  input: {cli: join(dist, 'cli.js'), 'pool/worker': join(dist, 'pool/worker.js')},
  platform: 'node',
  external: [/^node:/, ...builtinModules],
  logLevel: 'warn'
})
await bundle.write({dir: dist, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js'})
await bundle.close()
// tsc's source maps describe the files replaced.
for (const file of ['cli.js.map', 'pool/worker.js.map']) rmSync(join(dist, file), {force: true})
chmodSync(join(dist, 'cli.js'), 0o755)
