import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {isMap, isSeq, parseDocument, YAMLSeq} from 'yaml'
import {entityKinds, type EntityKind} from '../data/entities.js'
import {readWordList} from '../data/word-list.js'
import {projectDataPaths} from '../config/project-data.js'
import {writeAtomic} from '../atomic-write.js'

const wordsHeader = '# Words copydesk accepts in this project, one a line (added from the editor or by hand).\n'

const entitiesHeader = [
  '# Names this project adds to copydesk\'s gazetteer; format in',
  '# copydesk\'s dictionaries/entities/README.md. An entry with the same name and',
  '# kind as one of copydesk\'s replaces it.',
  'source: Added by this project\'s editors.',
  'entries:\n'
].join('\n')

// The project's own lists: a full disk must not cut them short.
function write(path: string, text: string) {
  mkdirSync(dirname(path), {recursive: true})
  writeAtomic(path, text, {create: true})
}

/** Appends a word to the project's word list; returns false when it was already there. */
export function addWord(root: string, word: string): boolean {
  const path = projectDataPaths(root).words
  if (!existsSync(path)) {
    write(path, wordsHeader + word + '\n')
    return true
  }
  if (readWordList(path).includes(word)) return false
  const text = readFileSync(path, 'utf8')
  write(path, text + (text === '' || text.endsWith('\n') ? '' : '\n') + word + '\n')
  return true
}

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (entityKinds as readonly string[]).includes(value)
}

/**
 * Adds a name to the project's gazetteer through the YAML document model, so
 * comments and the user's layout survive; returns false when the same name
 * and kind are already listed. Throws on a file it cannot safely edit (the
 * caller reports that), rather than rewriting what it did not understand.
 */
export function addName(root: string, name: string, kind: EntityKind): boolean {
  const path = projectDataPaths(root).entities
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : ''
  // A missing or empty file starts from the commented skeleton.
  const doc = parseDocument(parseDocument(existing).contents === null ? existing + entitiesHeader : existing)
  if (doc.errors.length > 0) throw new Error(`${path}: not valid YAML, fix it before adding names (${doc.errors[0]?.message.split('\n')[0]})`)
  if (!isMap(doc.contents)) throw new Error(`${path}: expected a map with \`source\` and \`entries\``)
  if (!doc.has('source')) doc.set('source', 'Added by this project\'s editors.')
  let entries = doc.get('entries')
  if (entries === null || entries === undefined) {
    entries = new YAMLSeq()
    doc.set('entries', entries)
  }
  if (!isSeq(entries)) throw new Error(`${path}: expected \`entries\` to be a list`)
  const fileKind = doc.get('kind')
  const present = entries.items.some((item) => {
    if (!isMap(item)) return false
    return item.get('name') === name && (item.get('kind') ?? fileKind) === kind
  })
  if (present) return false
  entries.add(doc.createNode({name, kind}))
  write(path, doc.toString())
  return true
}
