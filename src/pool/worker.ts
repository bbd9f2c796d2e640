import {parentPort, workerData} from 'node:worker_threads'
import {lintTask, warm} from './lint.js'
import type {LintTask} from './result.js'

/** A pool thread: lints the files the main thread sends, one at a time, and posts back plain results. */
const port = parentPort!
const ready = (workerData as {warm?: boolean; fix?: boolean} | undefined)?.warm
  ? warm(Boolean((workerData as {fix?: boolean}).fix)).catch(() => {})
  : Promise.resolve()

port.on('message', async ({id, task}: {id: number; task: LintTask}) => {
  await ready
  try {
    port.postMessage({id, result: await lintTask(task)})
  } catch (error) {
    const {name, message, stack} = error instanceof Error ? error : new Error(String(error))
    port.postMessage({id, error: {name, message, stack}})
  }
})
