import {CodeAction, CodeActionKind, Command, TextEdit, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {baseRule, source} from '../message.js'
import type {EntityKind} from '../data/entities.js'
import {dataOf} from './diagnostics.js'

/** Commands the server runs itself: they write project files the client may not have open. */
export const commands = {addWord: 'copydesk.addWord', addName: 'copydesk.addName'} as const

export interface AddWordArguments {
  uri: string
  word: string
}

export interface AddNameArguments {
  uri: string
  name: string
  kind: EntityKind
}

const nameKinds: ReadonlyArray<[EntityKind, string]> = [
  ['person', 'a person'],
  ['org', 'an organization'],
  ['place', 'a place']
]

const code = (value: string) => '`' + value + '`'

/** Each `expected` becomes a replacement; the one fix of a message is the preferred one. */
function suggestionActions(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const {actual, expected} = dataOf(diagnostic)
  if (!expected || expected.length === 0) return []
  const current = document.getText(diagnostic.range)
  // A diagnostic from before the last edit may point at other text now.
  if (actual !== undefined && current !== actual) return []
  return expected.map((replacement) => {
    const title = replacement === '' ? `Remove ${code(current)}` : `Replace ${code(current)} with ${code(replacement)}`
    const action = CodeAction.create(title, {changes: {[document.uri]: [TextEdit.replace(diagnostic.range, replacement)]}}, CodeActionKind.QuickFix)
    action.diagnostics = [diagnostic]
    if (expected.length === 1) action.isPreferred = true
    return action
  })
}

/** An unknown word can join the project's word list; a capitalized one can join its names instead. */
function dataActions(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const rule = typeof diagnostic.code === 'string' ? baseRule(diagnostic.code) : ''
  const {actual} = dataOf(diagnostic)
  if (!actual || actual.includes('\n')) return []
  const actions: CodeAction[] = []
  if (rule === 'spelling' && !/\s/.test(actual)) {
    const args: AddWordArguments = {uri: document.uri, word: actual}
    const action = CodeAction.create(
      `Add ${code(actual)} to the project's word list`,
      Command.create('Add word', commands.addWord, args),
      CodeActionKind.QuickFix
    )
    action.diagnostics = [diagnostic]
    actions.push(action)
  }
  if ((rule === 'spelling' || rule === 'names') && /^\p{Lu}/u.test(actual)) {
    for (const [kind, label] of nameKinds) {
      const args: AddNameArguments = {uri: document.uri, name: actual, kind}
      const action = CodeAction.create(
        `Add ${code(actual)} to the project's names as ${label}`,
        Command.create('Add name', commands.addName, args),
        CodeActionKind.QuickFix
      )
      action.diagnostics = [diagnostic]
      actions.push(action)
    }
  }
  return actions
}

/**
 * A rule is silenced for one line by a control comment on the line above,
 * indented like it; copydesk reads `<!-- … -->` on a line of its own in
 * plain text as well as in Markdown and HTML (src/formats/markers.ts).
 */
function disableAction(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  if (typeof diagnostic.code !== 'string') return []
  const line = diagnostic.range.start.line
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  const indent = /^[ \t]*/.exec(text)?.[0] ?? ''
  const comment = `${indent}<!-- copydesk-disable-next-line ${diagnostic.code} -->\n`
  const action = CodeAction.create(
    `Disable ${code(diagnostic.code)} on this line`,
    {changes: {[document.uri]: [TextEdit.insert({line, character: 0}, comment)]}},
    CodeActionKind.QuickFix
  )
  action.diagnostics = [diagnostic]
  return [action]
}

/** All actions for the copydesk diagnostics a request is about: fixes first, then data, then silencing. */
export function codeActions(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const ours = diagnostics.filter((diagnostic) => diagnostic.source === source && diagnostic.code !== 'configuration')
  return [
    ...ours.flatMap((diagnostic) => suggestionActions(document, diagnostic)),
    ...ours.flatMap((diagnostic) => dataActions(document, diagnostic)),
    ...ours.flatMap((diagnostic) => disableAction(document, diagnostic))
  ]
}
