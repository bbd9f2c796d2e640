import {Worker} from 'node:worker_threads'

/**
 * Runs the module at `url` in `threads` worker threads, sharing `paths`
 * among them (file i to thread i mod N) as `workerData.files`, beside `data`.
 * Resolves with what each thread posted first (undefined if nothing).
 */
export function shareAmongThreads(url, paths, threads, data = {}) {
  return Promise.all(
    Array.from({length: threads}, (_, thread) => new Promise((resolve, reject) => {
      const worker = new Worker(url, {workerData: {...data, files: paths.filter((_, index) => index % threads === thread)}})
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', () => resolve(undefined))
    }))
  )
}
