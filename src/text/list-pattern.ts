/**
 * A pattern built from a word list, made once per list and kept as long as
 * the list lives: the rules' lists come from the bundle, so each pattern is
 * compiled once per process, and a project's own lists get their own.
 */
export function listPattern(build: (list: ReadonlySet<string>) => RegExp): (list: ReadonlySet<string>) => RegExp {
  const made = new WeakMap<ReadonlySet<string>, RegExp>()
  return (list) => {
    let pattern = made.get(list)
    if (!pattern) {
      pattern = build(list)
      made.set(list, pattern)
    }
    return pattern
  }
}
