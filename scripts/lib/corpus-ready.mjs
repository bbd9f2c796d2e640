// The precision corpus, built by scripts/corpus.mjs into .cache/corpus, is
// rebuilt when it is missing or was built by another version of the builder
// (a cache built before a builder fix would measure the old text).
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** The builder's own fingerprint, written into the manifest it makes. */
export function builderHash(root) {
  return createHash('sha256').update(readFileSync(join(root, 'scripts/corpus.mjs'))).digest('hex').slice(0, 16)
}

/** The corpus folder, built or rebuilt first when it does not match the builder. */
export function corpusReady(root) {
  const dir = join(root, '.cache/corpus')
  const manifest = join(dir, 'manifest.json')
  const built = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).builder : undefined
  if (built !== builderHash(root)) execFileSync('node', [join(root, 'scripts/corpus.mjs')], {stdio: 'inherit'})
  return dir
}
