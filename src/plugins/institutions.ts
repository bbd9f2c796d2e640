import {isCountry} from '../data/entities.js'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {roles, type CountryProfile, type InstitutionProfiles, type Role} from '../data/institutions.js'
import type {Gazetteer} from '../names/gazetteer.js'
import {countriesOf} from '../names/countries.js'
import {quote, report} from '../message.js'
import {insideQuotation} from '../text/quotation.js'
import {longestFirst} from '../text/normalize.js'
import {rightAfterSentenceEnd} from '../text/sentence-start.js'
import {wordBefore} from '../text/word-before.js'

export interface Options {
  profiles: InstitutionProfiles
  /** Known names: a term inside a longer known name ("Indian National Congress", a party) is that name. */
  gazetteer?: Gazetteer | undefined
  /** Function words, lowercase ("to", "in", "that"): after one, a term with no article is a name used as American copy uses "Congress"; none when not given. */
  functionWords?: ReadonlySet<string> | undefined
}

interface Owner {
  profile: CountryProfile
  role: Role
}

/** Mentions of its country a story needs before an unbound institution is read as that country's. */
const storyMentions = 2

/**
 * Another country's institution in a story about one country: "Argentina's
 * House of Commons", "the Japanese Senate", or "the House of Commons" in a
 * story that is plainly about Argentina and never names a country that has
 * one. The fix is the story's country's institution in the same role.
 */
export default function institutions(options: Readonly<Options>) {
  if (!options?.profiles) throw new TypeError('copydesk institutions: expected `profiles` (rules/institutions.yml)')
  const {profiles, gazetteer} = options
  const generic = new Set(profiles.generic)
  const bare = new Set(profiles.bare)
  const functionWords = options.functionWords ?? new Set<string>()
  const owners = new Map<string, Owner[]>()
  const byName = new Map<string, CountryProfile>()
  for (const profile of profiles.countries) {
    for (const name of profile.names) byName.set(name, profile)
    for (const role of roles) {
      for (const term of profile.institutions[role] ?? []) {
        if (generic.has(term)) continue
        const list = owners.get(term) ?? []
        if (!list.some((owner) => owner.profile === profile)) list.push({profile, role})
        owners.set(term, list)
      }
    }
  }
  const terms = pattern([...owners.keys()])
  const endings = new Map<string, ReadonlySet<string>>()
  /** The countries with a known body whose name ends in `term`, asked once per term. */
  const bodiesEndingIn = (term: string): ReadonlySet<string> => {
    let countries = endings.get(term)
    if (!countries) {
      const of = gazetteer ? countriesOf(gazetteer.entities) : undefined
      const bodies = gazetteer?.entities.filter((entity) => entity.kind === 'org' && entity.name.endsWith(` ${term}`)) ?? []
      countries = new Set(bodies.flatMap((entity) => [...(of?.of(entity) ?? [])]))
      endings.set(term, countries)
    }
    return countries
  }
  const names = pattern([...byName.keys()])
  // Countries the profiles lack ("Malawi"), by the gazetteer's names: a story about one of them is about no profiled country.
  let unprofiled: RegExp | null | undefined
  const otherCountries = (): RegExp | null => {
    if (unprofiled === undefined) {
      const profiled = new Set(profiles.countries.map((profile) => profile.country))
      const forms = (gazetteer?.entities ?? []).filter((entity) => entity.kind === 'place' && isCountry(entity.title) && !profiled.has(entity.name)).map((entity) => entity.name)
      unprofiled = forms.length > 0 ? pattern(forms) : null
    }
    return unprofiled
  }

  return function (_tree: Root, file: VFile) {
    const value = String(file.value)
    const mentions = new Map<CountryProfile, number>()
    for (const match of value.matchAll(names)) {
      // "French-speaking", "French-language": a compound of a language or origin, not the story's country.
      if (/^-\p{Ll}/u.test(value.slice(match.index + match[0].length, match.index + match[0].length + 2))) continue
      const profile = byName.get(match[0])!
      mentions.set(profile, (mentions.get(profile) ?? 0) + 1)
    }
    // A term only one country has ("Majlis", "Knesset") names that country
    // too, for finding the story's country; but the slip itself must not
    // count as naming the country it wrongly borrows from.
    const named = new Map(mentions)
    const found = [...value.matchAll(terms)]
    for (const match of found) {
      const only = owners.get(match[0])!
      if (only.length === 1) mentions.set(only[0]!.profile, (mentions.get(only[0]!.profile) ?? 0) + 1)
    }
    let story = storyCountry(mentions)
    if (story && found.length > 0) {
      const other = otherCountries()
      const counts = new Map<string, number>()
      if (other) for (const match of value.matchAll(other)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
      if (Math.max(0, ...counts.values()) >= mentions.get(story)!) story = undefined
    }
    for (const match of found) {
      const term = match[0]
      const start = match.index
      const end = start + term.length
      if (partOfLongerName(value, start, end, gazetteer)) continue
      const bound = boundCountry(value, start, end, byName)
      const country = bound ?? (unboundSlot(value, start, end, functionWords) ? story : undefined)
      const termOwners = owners.get(term)!
      if (!country || termOwners.some((owner) => owner.profile === country)) continue
      // A body of the country named by the term last ("Indian National
      // Congress", "Nepali Congress") is what "the Congress" means there.
      if (bodiesEndingIn(term).has(country.country)) continue
      // A story that names a country owning the term may well mean that country's.
      if (!bound && termOwners.some((owner) => named.has(owner.profile))) continue
      const owner = termOwners[0]!
      const fix = equivalent(country, owner.role)
      report(file, {
        ruleId: 'institutions',
        reason: `Unexpected ${quote(term)} for ${country.country}: it is the ${roleName(owner.role)} of ${listCountries(termOwners)}${fix ? `; ${country.country}'s is ${quote(fix)}` : ''}`,
        start,
        end,
        level: 'warning',
        expected: fix ? [bound || bare.has(fix) ? fix : withArticle(fix, value, start)] : []
      })
    }
  }
}

/** The one country a story is about: named often, and more than any other. */
function storyCountry(mentions: ReadonlyMap<CountryProfile, number>): CountryProfile | undefined {
  const ranked = [...mentions].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (!first || first[1] < storyMentions) return undefined
  return second && second[1] * 2 > first[1] ? undefined : first[0]
}

/** "Japan's Senate", "the Japanese Senate", "the Senate of Japan": the country the words tie the term to. */
function boundCountry(value: string, start: number, end: number, byName: ReadonlyMap<string, CountryProfile>): CountryProfile | undefined {
  const before = value.slice(Math.max(0, start - 40), start)
  const possessive = /([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*)['’]s $/u.exec(before)?.[1]
  const adjective = /\bthe ([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*) $/u.exec(before)?.[1]
  const after = /^ of (?:the )?([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*)/u.exec(value.slice(end, end + 40))?.[1]
  for (const candidate of [possessive, adjective, after]) {
    const profile = candidate === undefined ? undefined : byName.get(candidate)
    // "the Bangladesh Congress", a party: the country's own name before the term, not its people's adjective, names a body of its own.
    if (profile && candidate === adjective && candidate === profile.country) continue
    if (profile) return profile
  }
  return undefined
}

/**
 * An unbound term read as the story's: after "the" or, as American copy names
 * its Congress, after a preposition or opening a clause with no article
 * ("sent the bill to Congress", "Congress passed"); not in quotes, not a
 * title's first word ("Senate Majority Leader").
 */
function unboundSlot(value: string, start: number, end: number, functionWords: ReadonlySet<string>): boolean {
  const opensClause = /(?:^|[.,;:] ?)$/u.test(value.slice(Math.max(0, start - 3), start))
  if (!opensClause && !functionWords.has(wordBefore(value, start))) return false
  // "the Congolese Parliament and Senate": a people's adjective before the first of two bodies binds both.
  if (/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ and $/u.test(value.slice(Math.max(0, start - 40), start))) return false
  if (/^ \p{Lu}/u.test(value.slice(end, end + 2))) return false
  return !insideQuotation(value, start)
}

/** "the Indian National Congress" (a party), "Congress party": the term is part of another name. */
function partOfLongerName(value: string, start: number, end: number, gazetteer: Gazetteer | undefined): boolean {
  if (/^ (?:[Pp]arty|Party)\b/u.test(value.slice(end, end + 7))) return true
  const before = /((?:[\p{Lu}][\p{L}'’.-]* ){1,3})$/u.exec(value.slice(Math.max(0, start - 40), start))?.[1]
  if (!before || !gazetteer) return false
  const words = before.trim().split(' ')
  for (let i = 0; i < words.length; i++) {
    if (gazetteer.lookup(`${words.slice(i).join(' ')} ${value.slice(start, end)}`).some((ref) => ref.entity.kind === 'org')) return true
  }
  return false
}

/** A name other than those written bare takes "the" where the slip had none ("to Congress" → "to the National Assembly"). */
function withArticle(fix: string, value: string, start: number): string {
  if (/\bthe $/iu.test(value.slice(Math.max(0, start - 4), start))) return fix
  return rightAfterSentenceEnd(value, start) ? `The ${fix}` : `the ${fix}`
}

/** The country's institution in the same role; a chamber it lacks is its whole legislature. */
function equivalent(country: CountryProfile, role: Role): string | undefined {
  const same = country.institutions[role]?.[0]
  if (same) return same
  return role === 'constitutional' ? undefined : country.institutions.legislature?.[0]
}

function roleName(role: Role): string {
  return role === 'legislature' ? 'parliament' : role === 'lower' ? 'lower chamber' : role === 'upper' ? 'upper chamber' : 'constitutional court'
}

function listCountries(owners: readonly Owner[]): string {
  const names = owners.slice(0, 3).map((owner) => owner.profile.country)
  return names.length < owners.length ? `${names.join(', ')} and others` : names.join(' and ').replace(/ and (?=.* and )/g, ', ')
}

/** One case-sensitive pattern for whole names, longest first, so "House of Commons" wins over "Commons". */
function pattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst(phrases)})(?![\\p{L}\\p{N}])`, 'gu')
}
