import {Worker} from 'node:worker_threads'
import {builtPath} from '../data/root.js'
import type {LintResult, LintTask} from './result.js'

interface Job {
  id: number
  task: LintTask
  resolve: (result: LintResult) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  job: Job | undefined
}

/**
 * A fixed number of worker threads (src/pool/worker.ts), each linting one
 * file at a time; files wait in a queue in the order they were given. Each
 * thread builds its processors once. A thread that dies fails its file and
 * is replaced.
 */
export class Pool {
  readonly size: number
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private nextId = 0
  private closed = false
  private readonly options: {warm: boolean; fix: boolean}

  constructor(size: number, options: {warm?: boolean; fix?: boolean} = {}) {
    this.size = size
    this.options = {warm: options.warm ?? false, fix: options.fix ?? false}
    if (this.options.warm) this.start()
  }

  /** Starts the threads now (they load copydesk's data while files are found and read). */
  start(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn())
  }

  run(task: LintTask): Promise<LintResult> {
    this.start()
    return new Promise((resolve, reject) => {
      this.queue.push({id: this.nextId++, task, resolve, reject})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
    this.slots.length = 0
  }

  private spawn(): Slot {
    const worker = new Worker(builtPath('pool', 'worker.js'), {workerData: this.options})
    const slot: Slot = {worker, job: undefined}
    worker.on('message', (reply: {id: number; result?: LintResult; error?: {name: string; message: string; stack?: string}}) => {
      const job = slot.job
      if (!job || job.id !== reply.id) return
      slot.job = undefined
      worker.unref()
      if (reply.error) job.reject(Object.assign(new Error(reply.error.message), reply.error))
      else job.resolve(reply.result!)
      this.dispatch()
    })
    const died = (error: Error) => {
      const index = this.slots.indexOf(slot)
      if (index === -1 || this.closed) return
      const job = slot.job
      slot.job = undefined
      this.slots[index] = this.spawn()
      job?.reject(error)
      this.dispatch()
    }
    worker.on('error', died)
    worker.on('exit', (code) => died(new Error(`worker thread stopped (exit code ${code})`)))
    // Idle threads do not keep the process alive; busy ones do.
    worker.unref()
    return slot
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return
      if (slot.job) continue
      const job = this.queue.shift()!
      slot.job = job
      slot.worker.ref()
      slot.worker.postMessage({id: job.id, task: job.task})
    }
  }
}
