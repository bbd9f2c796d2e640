import {Reader, readYaml} from './yaml-file.js'

/** What an institution is to its country: the whole parliament, a chamber, or the constitutional court. */
export const roles = ['legislature', 'lower', 'upper', 'constitutional'] as const
export type Role = (typeof roles)[number]

export interface CountryProfile {
  country: string
  /** Words that bind an institution to the country: its names, demonyms, capital. */
  names: string[]
  institutions: Partial<Record<Role, string[]>>
}

export interface InstitutionProfiles {
  /** Names many countries give their institutions: never a slip alone. */
  generic: string[]
  /** Names written with no article ("Congress"); none when the file lists none. */
  bare: string[]
  countries: CountryProfile[]
}

/** Loads country profiles (rules/institutions.yml); an error names the file, line and country. */
export function loadInstitutions(path: string): InstitutionProfiles {
  const yaml = readYaml(path)
  const top = Reader.of(path, 1, 'file', yaml.value)
  top.keys(['source', 'generic', 'bare', 'countries'])
  top.string('source')
  const seen = new Set<string>()
  const countries = top.list('countries').map((raw, index) => {
    const entry = Reader.of(path, yaml.itemLine('countries', index), `country ${index + 1}`, raw)
    entry.keys(['country', 'names', ...roles])
    const country = entry.string('country')
    if (seen.has(country)) entry.fail(`\`${country}\` is listed twice`)
    seen.add(country)
    const institutions: Partial<Record<Role, string[]>> = {}
    for (const role of roles) {
      const names = entry.strings(role)
      if (names.length > 0) institutions[role] = names
    }
    if (!institutions.legislature) entry.fail(`${country}: missing \`legislature\``)
    return {country, names: entry.strings('names', false), institutions}
  })
  return {generic: top.strings('generic'), bare: top.strings('bare'), countries}
}
