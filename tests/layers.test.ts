import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const root = resolve(import.meta.dirname, '..')

/** Every module of src/ belongs to one layer: the first prefix that matches. */
const layerOf: ReadonlyArray<[prefix: string, layer: string]> = [
  ['src/text/', 'text'],
  ['src/data/', 'data'],
  ['src/names/', 'names'],
  ['src/message.ts', 'message'],
  ['src/on-demand.ts', 'util'],
  ['src/version.ts', 'util'],
  ['src/atomic-write.ts', 'util'],
  ['src/edit-map.ts', 'util'],
  ['src/first-where.ts', 'util'],
  ['src/heap.ts', 'util'],
  ['src/git.ts', 'util'],
  ['src/paths.ts', 'util'],
  ['src/formats/', 'formats'],
  ['src/plugins/', 'plugins'],
  ['src/passes.ts', 'plugins'],
  ['src/rules/', 'rules'],
  ['src/rules.ts', 'rules'],
  ['src/fix.ts', 'fix'],
  ['src/pipeline/', 'pipeline'],
  ['src/config/', 'config'],
  ['src/processor.ts', 'processor'],
  ['src/reporters/', 'reporters'],
  ['src/run.ts', 'run'],
  ['src/engine-run.ts', 'run'],
  ['src/named-files.ts', 'run'],
  ['src/jobs.ts', 'run'],
  ['src/pool/', 'run'],
  ['src/cache.ts', 'run'],
  ['src/shard.ts', 'run'],
  ['src/changed-files.ts', 'run'],
  ['src/staged-files.ts', 'run'],
  ['src/ci-shard.ts', 'run'],
  ['src/progress.ts', 'run'],
  ['src/color.ts', 'run'],
  ['src/cli-fix.ts', 'run'],
  ['src/lsp/', 'lsp'],
  ['src/lsp.ts', 'lsp'],
  ['src/incremental.ts', 'lsp'],
  ['src/cli.ts', 'cli'],
  ['src/cli-args.ts', 'cli'],
  ['src/index.ts', 'api'],
  ['src/types.d.ts', 'util']
]

/**
 * What each layer may import besides itself (the picture in the README's
 * Architecture section, as a table). The rules and their plugins know
 * nothing of configuration, the pipeline, the fixer, reporters or faces;
 * the pipeline and config/ are siblings that src/processor.ts joins.
 */
const mayImport: Readonly<Record<string, readonly string[]>> = {
  util: ['data'],
  message: [],
  data: ['text', 'util'],
  names: ['text', 'data', 'util'],
  text: ['data', 'names', 'util'],
  formats: ['text', 'util'],
  plugins: ['text', 'data', 'names', 'message', 'util'],
  rules: ['plugins', 'text', 'data', 'names', 'message', 'util'],
  fix: ['message', 'util'],
  pipeline: ['rules', 'formats', 'fix', 'data', 'message', 'util'],
  config: ['rules', 'data', 'message', 'util'],
  processor: ['config', 'pipeline'],
  reporters: ['rules', 'message', 'util'],
  run: ['processor', 'pipeline', 'config', 'reporters', 'formats', 'data', 'message', 'util'],
  lsp: ['processor', 'pipeline', 'config', 'rules', 'formats', 'text', 'data', 'message', 'util'],
  cli: ['run', 'reporters', 'formats', 'util'],
  api: ['processor', 'pipeline', 'run', 'rules', 'formats', 'data', 'message']
}

/** Type-only imports a layer may make beyond the table: the shapes of data it is handed. */
const mayImportTypes: Readonly<Record<string, readonly string[]>> = {
  data: ['message'],
  text: ['data'],
  lsp: ['plugins'],
  // The one thing config/ knows of the pipeline: the shape it resolves to.
  config: ['pipeline']
}

function layer(path: string): string {
  const found = layerOf.find(([prefix]) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)))
  if (!found) throw new Error(`${path}: no layer; add it to layerOf and to the README's Architecture section`)
  return found[1]
}

interface Edge {
  from: string
  to: string
  typeOnly: boolean
}

/** Every relative import of src/, static or dynamic, and whether it is for types only. */
function edges(): Edge[] {
  const found: Edge[] = []
  const files = readdirSync(join(root, 'src'), {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.ts'))
  for (const name of files) {
    const from = join('src', name)
    const source = ts.createSourceFile(from, readFileSync(join(root, from), 'utf8'), ts.ScriptTarget.Latest)
    const visit = (node: ts.Node) => {
      let specifier: string | undefined
      let typeOnly = false
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        specifier = node.moduleSpecifier.text
        const clause = ts.isImportDeclaration(node) ? node.importClause : undefined
        const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined
        typeOnly = ts.isImportDeclaration(node)
          ? Boolean(clause?.isTypeOnly || (clause && !clause.name && named && named.length > 0 && named.every((element) => element.isTypeOnly)))
          : node.isTypeOnly
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
        specifier = node.arguments[0].text
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        specifier = node.argument.literal.text
        typeOnly = true
      }
      if (specifier?.startsWith('.')) {
        const to = relative(root, resolve(root, dirname(from), specifier)).replace(/\.js$/, '.ts')
        found.push({from, to, typeOnly})
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

describe('layers', () => {
  const all = edges()

  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(300)
    expect(all).toContainEqual({from: 'src/processor.ts', to: 'src/pipeline/index.ts', typeOnly: false})
    expect(all).toContainEqual({from: 'src/config/resolve.ts', to: 'src/pipeline/resolved-config.ts', typeOnly: true})
  })

  it('are kept: no module imports a layer its own may not', () => {
    const wrong = all.flatMap((edge) => {
      const from = layer(edge.from)
      const to = layer(edge.to)
      if (from === to || mayImport[from]!.includes(to)) return []
      if (edge.typeOnly && mayImportTypes[from]?.includes(to)) return []
      return [`${edge.from} (${from}) imports ${edge.to} (${to})${edge.typeOnly ? ', types only' : ''}`]
    })
    expect(wrong).toEqual([])
  })

  it('leave the layers the issue names apart', () => {
    const reaches = (from: string, to: string) => mayImport[from]!.includes(to) || Boolean(mayImportTypes[from]?.includes(to))
    for (const above of ['config', 'processor', 'run', 'cli', 'lsp', 'reporters', 'fix', 'pipeline']) {
      expect(reaches('rules', above), `rules → ${above}`).toBe(false)
      expect(reaches('plugins', above), `plugins → ${above}`).toBe(false)
    }
    expect(reaches('data', 'names')).toBe(false)
    expect(reaches('pipeline', 'config')).toBe(false)
    expect(reaches('pipeline', 'processor')).toBe(false)
    expect(mayImport.config).not.toContain('pipeline')
    expect(mayImport.config).not.toContain('processor')
  })
})
