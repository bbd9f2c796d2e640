import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {formatOf, loadFormat} from '../formats/index.js'
import {DataError} from '../data/yaml-file.js'
import {problemDiagnostic, toDiagnostic} from './diagnostics.js'
import {findProjectRoot, type KnownRoots} from '../config/project-root.js'
import {isInside, parsePath, Projects} from './project.js'

/** Where a document lives: its path (none for unsaved buffers) and project root. */
export interface Place {
  path: string | undefined
  root: string
}

export type Log = (line: string) => void

/** Lints documents with the processor of their project; never throws, problems become diagnostics. */
export class Linter {
  readonly projects = new Projects()
  /** Workspace folders as paths, longest first so the closest one wins. */
  private folders: string[] = []
  folderUris: readonly string[] = []
  private readonly reported = new Set<string>()
  /** Project roots found, until files or workspace folders change. */
  private readonly roots: KnownRoots = new Map()

  constructor(private readonly log: Log) {}

  get folderPaths(): readonly string[] {
    return this.folders
  }

  setFolders(uris: readonly string[]) {
    this.roots.clear()
    this.folderUris = [...uris]
    this.folders = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri).replace(/[\\/]$/, '')] : [])).sort((a, b) => b.length - a.length)
  }

  placeOf(document: Pick<TextDocument, 'uri' | 'languageId'>): Place {
    const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined
    const folder = path ? this.folders.find((candidate) => isInside(path, candidate)) : undefined
    // An unsaved buffer takes the data of the first workspace folder, or of the server's folder.
    const root = path ? findProjectRoot(dirname(path), folder, this.roots) : (this.folders.at(-1) ?? process.cwd())
    return {path, root}
  }

  /** A `.copydesk/`, `package.json` or `.git` may have come or gone: look for roots again. */
  forgetRoots() {
    this.roots.clear()
  }

  async lint(document: TextDocument): Promise<Diagnostic[]> {
    let place: Place
    try {
      place = this.placeOf(document)
    } catch (error) {
      return [this.problem('internal', `copydesk cannot place ${document.uri}: ${describe(error)}`)]
    }
    const path = parsePath(place.path, document.languageId, place.root)
    const file = new VFile({value: document.getText(), cwd: place.root, ...(path ? {path} : {})})
    try {
      const linter = await this.projects.linterFor(place.root, path ?? join(place.root, 'untitled.txt'))
      // The editor's Node may predate require() of ES modules: load the format's parser first.
      await loadFormat(formatOf(file))
      await linter.lint(file)
    } catch (error) {
      // A bad word list, gazetteer or config file (found when the processor
      // is built or when its data first loads): say so on every document it
      // affects, and log it once, instead of silently linting without it.
      const data = dataError(error)
      if (data) return [this.problem('configuration', `copydesk cannot load the configuration: ${data.message}`)]
      return [this.problem('internal', `copydesk failed on this file: ${describe(error)}`)]
    }
    return file.messages.map(toDiagnostic)
  }

  private problem(code: string, reason: string): Diagnostic {
    if (!this.reported.has(reason)) {
      this.reported.add(reason)
      this.log(reason)
    }
    return problemDiagnostic(reason, code)
  }
}

/** The DataError behind an error, which unified-engine may wrap as a `cause` when a config file fails. */
function dataError(error: unknown): Error | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current instanceof DataError || current.name === 'DataError') return current
  }
  return undefined
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
