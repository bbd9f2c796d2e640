import {fileURLToPath} from 'node:url'
import {join} from 'node:path'

/** The package's own folder: data ships beside `dist/`, so this works installed or from a checkout. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url))

export const dataPath = (...parts: string[]) => join(packageRoot, ...parts)
