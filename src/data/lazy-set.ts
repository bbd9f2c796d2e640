/**
 * A set made by its maker on the first question asked of it. A rule takes
 * its sets when it is set up; this one costs nothing until a story asks,
 * and a story whose every word the dictionary knows never does: the
 * words of the gazetteer's names and the word lists, some 27,000, were a
 * tenth of a one-line file's start, made into three sets by three rules.
 */
export class LazySet<T> implements ReadonlySet<T> {
  private made: ReadonlySet<T> | undefined

  constructor(private readonly make: () => ReadonlySet<T>) {}

  private get set(): ReadonlySet<T> {
    return (this.made ??= this.make())
  }

  has(value: T): boolean {
    return this.set.has(value)
  }

  get size(): number {
    return this.set.size
  }

  forEach(callback: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    this.set.forEach((value) => callback.call(thisArg, value, value, this))
  }

  entries(): SetIterator<[T, T]> {
    return this.set.entries()
  }

  keys(): SetIterator<T> {
    return this.set.keys()
  }

  values(): SetIterator<T> {
    return this.set.values()
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.set[Symbol.iterator]()
  }
}
