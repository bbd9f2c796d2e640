import {formsOf, type Suffix} from '../text/inflect.js'
import {Reader, readYaml} from './yaml-file.js'

/** Spellings of one word; the first is the house preference on a tie. */
export interface VariantGroup {
  variants: string[]
  file: string
}

/** Loads `groups:` lists of variant spellings; a word may sit in one group only. */
export function loadVariantGroups(paths: readonly string[]): VariantGroup[] {
  const groups: VariantGroup[] = []
  const owner = new Map<string, string>()
  for (const path of paths) {
    const yaml = readYaml(path)
    const top = Reader.of(path, 1, 'file', yaml.value)
    top.keys(['source', 'groups'])
    top.string('source')
    top.list('groups').forEach((raw, index) => {
      const line = yaml.itemLine('groups', index)
      const where = new Reader(path, line, `group ${index + 1}`, {variants: raw})
      const variants = where.strings('variants', false).map((word) => word.toLowerCase())
      if (variants.length < 2) where.fail('a group needs at least two spellings')
      for (const word of variants) {
        const other = owner.get(word)
        if (other) where.fail(`\`${word}\` is already in the group of \`${other}\``)
        owner.set(word, variants[0]!)
      }
      groups.push({variants, file: path})
    })
  }
  return groups
}

export interface VariantForm {
  group: VariantGroup
  variant: number
  suffix: Suffix
}

export function indexVariants(groups: readonly VariantGroup[]): Map<string, VariantForm> {
  const index = new Map<string, VariantForm>()
  for (const group of groups) {
    group.variants.forEach((word, variant) => {
      for (const [form, suffix] of formsOf(word)) {
        if (!index.has(form)) index.set(form, {group, variant, suffix})
      }
    })
  }
  return index
}
