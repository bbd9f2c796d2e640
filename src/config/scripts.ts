import {relative, resolve} from 'node:path'
import {Configuration} from 'unified-engine'

/**
 * A JavaScript config file (`.copydeskrc.js`, `.cjs`, `.mjs`) runs code, so
 * copydesk loads one only when the user names it (`--config`); one found by
 * walking up from a file, by the command line or the language server in an
 * editor, is an error instead of code that runs on opening a folder.
 * unified-engine has no option for this: its `Configuration#create` (which
 * every config file, found or given, goes through before any of its code
 * runs) is wrapped once, here.
 */
type Create = ((this: Configuration, buf: Uint8Array | undefined, filePath: string | undefined) => Promise<unknown>) & {copydeskAllowed?: Set<string>}
const prototype = Configuration.prototype as unknown as {create: Create}
const script = /\.(?:c|m)?js$/i
// The paths named live on the wrapper itself: a second copy of this module in
// the process (two builds, a test's fresh modules) finds the wrapper in place
// and must add to the set it reads.
if (!prototype.create.copydeskAllowed) {
  const create = prototype.create
  const allowed = new Set<string>()
  const guarded: Create = async function (this: Configuration, buf, filePath) {
    if (filePath && script.test(filePath) && !allowed.has(resolve(filePath))) {
      const shown = relative(this.cwd, filePath) || filePath
      throw new Error(`a JavaScript config runs code, so copydesk loads one only when it is named: \`--config ${shown}\` (or use .copydeskrc.yml)`)
    }
    return create.call(this, buf, filePath)
  }
  guarded.copydeskAllowed = allowed
  prototype.create = guarded
}
const allowed = prototype.create.copydeskAllowed!

/** Lets the script config at this path run (the user named it). */
export function allowScriptConfig(path: string): void {
  allowed.add(resolve(path))
}
