import {existsSync, readdirSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))

/** Every TypeScript source under `folder`, declarations aside. */
function sources(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * The first source whose build in dist/ is missing or older than it, if any.
 * Most tests import src/, but the binary, the language server and worker
 * threads run from dist/: a stale build would test code that is not there.
 */
export function staleBuild(): string | undefined {
  for (const source of sources(join(root, 'src'))) {
    const built = join(root, 'dist', relative(join(root, 'src'), source)).replace(/\.ts$/, '.js')
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) return relative(root, source)
  }
  return undefined
}

export default function setup(): void {
  const stale = staleBuild()
  if (stale) throw new Error(`dist/ is older than ${stale}: run \`npm run build\` (or \`npm test\`, which builds first)`)
}
