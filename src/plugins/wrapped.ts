import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

type Transformer = (tree: Root, file: VFile, next: (error?: Error | null) => void) => void

/**
 * Runs another retext plugin's transformer and hands back the messages it
 * made, taken off the file, so copydesk can re-issue them in its own shape
 * (stable rule id, levels, suggestions).
 */
export async function collect(transformer: Transformer, tree: Root, file: VFile, source: string): Promise<VFileMessage[]> {
  const before = file.messages.length
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error | null) => (error ? reject(error) : resolve())
    const result = transformer(tree, file, done) as unknown
    // Synchronous transformers never call `next`.
    if (transformer.length < 3 || result instanceof Promise) Promise.resolve(result).then(() => resolve(), reject)
  })
  const produced = file.messages.splice(before)
  const foreign = produced.filter((message) => message.source !== source)
  // One by one: a spread of hundreds of thousands of messages overflows the stack.
  for (const message of foreign) file.messages.push(message)
  return produced.filter((message) => message.source === source)
}
