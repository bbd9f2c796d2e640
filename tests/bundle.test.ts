import {spawnSync} from 'node:child_process'
import {relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cli, folderWith, root} from './cli-run.js'

// A loader hook that names on standard error every file module Node loads.
const hook = 'export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write("loaded " + url + "\\n"); return next(url, context) }'
const register = `import {register} from "node:module"; register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hook))})`

describe('the built command line (scripts/bundle.mjs)', () => {
  it('lints a plain text file from its bundle and chunks, loading no module of dist/ one by one', () => {
    const dir = folderWith({'story.txt': 'The council met on Tuesday.\n'})
    const result = spawnSync('node', ['--import', `data:text/javascript,${encodeURIComponent(register)}`, cli, '--reporter', 'json', 'story.txt'], {cwd: dir, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)[0].messages).toEqual([])
    const loaded = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('loaded '))
      .map((line) => relative(root, fileURLToPath(line.slice('loaded '.length))))
      .filter((path) => path.startsWith('dist/'))
    expect(loaded[0]).toBe('dist/cli.js')
    expect(loaded.filter((path) => !/^dist\/(cli\.js|chunks\/[\w-]+\.js)$/.test(path))).toEqual([])
  })
})
