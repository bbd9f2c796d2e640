/**
 * How unified-engine finds copydesk's configuration: `.copydeskrc` (JSON),
 * `.copydeskrc.json`, `.copydeskrc.yml`/`.yaml` (and `.js`/`.mjs`/`.cjs`),
 * or a `copydesk` field in package.json, the nearest one walking up from
 * each file. The engine does the finding, parsing and caching. A module of
 * its own so a run that never loads the engine can look for the same files.
 */
export const configFiles = {rcName: '.copydeskrc', packageField: 'copydesk'} as const

/** The extensions the engine tries after `rcName`, the bare name first. */
export const rcExtensions = ['', '.json', '.cjs', '.mjs', '.js', '.yaml', '.yml'] as const

/** The ignore file the engine reads in every folder above a file. */
export const ignoreFile = '.copydeskignore'
