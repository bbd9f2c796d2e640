import type {FileSet} from 'unified-engine'

/** Where the line goes: a terminal's standard error (its width, when known, bounds the line). */
export interface ProgressSink {
  write(text: string): unknown
  columns?: number | undefined
}

export interface ProgressOptions {
  /** Milliseconds since some fixed time (default: the wall clock). */
  now?: () => number
  /** How often the elapsed time is brought up to date, in ms; 0 for never (default 1000). */
  tick?: number
}

// Back to the line's start, then erase to its end: the line is rewritten in place.
const rewrite = '\r\u001B[K'

/**
 * The line a long run shows on a terminal: files done of the files found,
 * and the time since the start. It appears once there is more than one file
 * or the run has taken a second, is redrawn at most ten times a second (and
 * each second for the time), and is erased by end(), before the report.
 */
export class Progress {
  private done = 0
  private total = 0
  private drawn = -Infinity
  private shown = false
  private readonly start: number
  private readonly now: () => number
  private readonly timer: NodeJS.Timeout | undefined
  private readonly watched = new WeakSet<object>()

  constructor(
    private readonly sink: ProgressSink,
    options: ProgressOptions = {}
  ) {
    this.now = options.now ?? Date.now
    this.start = this.now()
    const tick = options.tick ?? 1000
    // The process need not wait for the clock to end.
    if (tick > 0) this.timer = setInterval(() => this.draw(true), tick).unref()
  }

  /**
   * A unified-engine plugin that counts the files of its file set as each
   * is done (unified passes the file set to attachers after their options);
   * a run in parts counts from `before` files done, of `total`.
   */
  plugin(before = 0, total?: number) {
    const progress = this
    return function copydeskProgress(_options: unknown, given: unknown) {
      const fileSet = given as FileSet | undefined
      if (!fileSet || progress.watched.has(fileSet)) return
      progress.watched.add(fileSet)
      const update = () => progress.update(before + fileSet.actual, total ?? fileSet.expected)
      update()
      fileSet.on('one', update)
    }
  }

  update(done: number, total: number): void {
    this.done = done
    this.total = total
    this.draw(false)
  }

  /** Stops the clock and erases the line, so what is written next starts a clean line. */
  end(): void {
    clearInterval(this.timer)
    if (this.shown) this.sink.write(rewrite)
    this.shown = false
  }

  private draw(tick: boolean): void {
    const now = this.now()
    const elapsed = now - this.start
    if (this.total <= 1 && elapsed < 1000) return
    if (!tick && now - this.drawn < 100 && this.done < this.total) return
    const seconds = Math.floor(elapsed / 1000)
    const what = this.total > 0 ? `${this.done}/${this.total} files` : 'finding files'
    const line = `copydesk: ${what}, ${seconds} s`
    const width = this.sink.columns
    this.sink.write(rewrite + (width ? line.slice(0, width - 1) : line))
    this.drawn = now
    this.shown = true
  }
}
