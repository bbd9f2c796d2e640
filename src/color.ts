/**
 * Whether the environment asks for colours when no flag does (`--color`
 * and `--no-color` win): FORCE_COLOR first, as Node and supports-color
 * read it (`0` or `false` never; `1` to `3`, `true` or empty always), then
 * NO_COLOR (set and not empty: never, see no-color.org). Undefined leaves it
 * to whether the report goes to a terminal.
 */
export function colorFromEnv(env: Readonly<Record<string, string | undefined>>): boolean | undefined {
  const force = env.FORCE_COLOR
  if (force === '0' || force === 'false') return false
  if (force === '' || force === 'true' || (force !== undefined && /^[1-3]$/.test(force))) return true
  if (env.NO_COLOR) return false
  return undefined
}
