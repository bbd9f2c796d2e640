import {Pool} from './pool.js'

/**
 * Worker threads that outlive a run: for a caller that runs copydesk many
 * times in one process (a watch loop, an editor, a test suite), so that each
 * `--jobs` run does not start threads and load copydesk's data again. A run
 * given these borrows the pool of the size it would have started (the same
 * number of threads, so the same report and `--debug` line) and leaves it
 * running; the caller closes them when done. Idle threads do not keep the
 * process alive.
 */
export class Threads {
  private readonly pools = new Map<number, Pool>()

  /** The pool of `size` threads, started (and warmed) the first time it is asked for. */
  pool(size: number): Pool {
    let pool = this.pools.get(size)
    if (!pool) {
      pool = new Pool(size, {warm: true})
      this.pools.set(size, pool)
    }
    return pool
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()]
    this.pools.clear()
    await Promise.all(pools.map((pool) => pool.close()))
  }
}
