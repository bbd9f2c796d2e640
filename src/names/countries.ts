import {isCountry, type Entity} from '../data/entities.js'
import {WholeForms} from '../text/whole-forms.js'
import {compiledIndexes, type PackedCountries} from '../data/gazetteer-index.js'
import {push} from './gazetteer-build.js'

/** Titles of places inside one country ("City in India", "Province of Iran"). */
const placeWithin = /^(?:City in|Province of|State of|Region of|County of) /

/** Where a text names a country or a one-country body (`body`), with the countries it names. */
interface Place {
  at: number
  end: number
  countries: readonly string[]
  body: boolean
}

/**
 * The countries a text is about, as the gazetteer names them: by a
 * country's name or variant ("South Korea", "Türkiye"), a nationality
 * ("Turkish"), a capital ("Seoul") or a person of the country's government
 * named in full ("Recep Tayyip Erdogan"). An entity's country is read the same
 * way from its title ("South Korean political party", "political party
 * (Turkey)"). Countries are keyed by their gazetteer name.
 */
export class Countries {
  private readonly byForm: Map<string, string[]>
  private forms: WholeForms
  /** The forms that name a country itself: its names, nationalities and capital. */
  private readonly places: ReadonlySet<string>
  private readonly ofEntity = new Map<Entity, ReadonlySet<string>>()
  /** Countries written in dotted capitals, by the form without dots ("US"): read in titles only. */
  private undotted: Map<string, string[]> | undefined
  /** Bodies named in full whose title names one country ("Verkhovna Rada": Ukraine), made on first use. */
  private bodies: {byForm: Map<string, string[]>; forms: WholeForms} | undefined
  /** Places inside one country by their forms, made on first use (`placesOutside`). */
  private within: {byForm: Map<string, string[]>; forms: WholeForms} | undefined
  /** The known bodies of each country their title names, made on first use. */
  private orgsByCountry: Map<string, Entity[]> | undefined
  /** The last document asked about, with what `in` and `inStory` found in it: rules ask once per name. */
  private last: {value: string; named?: ReadonlySet<string>; story?: ReadonlySet<string>; places?: Place[]} = {value: ''}

  /** The packed organizations by country, their entries read per country when first asked. */
  private readonly packedOrgs: Map<string, readonly number[]> | undefined
  private readonly packedBodies: PackedCountries['bodies'] | undefined
  private readonly packedWithin: PackedCountries['within'] | undefined
  /** The forms that name a country itself, to read persons' titles by. */
  private placeForms: WholeForms | undefined

  constructor(
    private readonly entities: readonly Entity[],
    packed?: PackedCountries
  ) {
    if (packed) {
      this.byForm = new Map(packed.byForm)
      this.places = new Set(packed.byForm.slice(0, packed.places).map(([form]) => form))
      this.forms = new WholeForms(this.byForm.keys())
      this.packedBodies = packed.bodies
      this.packedWithin = packed.within
      this.packedOrgs = new Map(packed.orgs)
      return
    }
    this.byForm = new Map()
    const countries = entities.filter((entity) => entity.kind === 'place' && isCountry(entity.title))
    for (const country of countries) {
      for (const form of [country.name, ...country.variants]) this.add(form, [country.name])
    }
    const named = (list: string) => list.split(';').flatMap((name) => this.byForm.get(name.trim()) ?? [])
    for (const entity of entities) {
      const title = entity.title ?? ''
      if (entity.kind === 'demonym' && title.startsWith('Demonym: ')) this.add(entity.name, named(title.slice('Demonym: '.length)))
      else if (entity.kind === 'place' && title.startsWith('Capital of ')) this.add(entity.name, named(title.slice('Capital of '.length)))
    }
    // Titles are read by countries, nationalities and capitals; a person
    // named in full then stands for the countries of their office ("Lee
    // Jae-myung": President of South Korea).
    this.places = new Set(this.byForm.keys())
    this.placeForms = new WholeForms(this.places)
    const offices = entities.flatMap((entity) => (entity.kind === 'person' && entity.title ? [{entity, countries: [...this.of(entity)]}] : []))
    for (const {entity, countries: held} of offices) {
      for (const form of [entity.name, ...entity.variants]) if (held.length > 0 && /\s/.test(form)) this.add(form, held)
    }
    this.forms = new WholeForms(this.byForm.keys())
  }

  private add(form: string, countries: readonly string[]): void {
    if (countries.length === 0) return
    const list = this.byForm.get(form) ?? []
    for (const country of countries) if (!list.includes(country)) list.push(country)
    this.byForm.set(form, list)
  }

  /** A country's name, a nationality or a capital, written as the gazetteer writes it ("Chinese", "Korea"). */
  names(word: string): boolean {
    return this.places.has(word)
  }

  /** Every country the text names, longest form first ("South Korean" is not read as "Korean"). */
  in(text: string, forms: WholeForms = this.forms): Set<string> {
    const found = new Set<string>()
    for (const form of forms.in(text)) for (const country of this.byForm.get(form) ?? []) found.add(country)
    return found
  }

  /** `in` for a whole document, remembered for the last document asked about. */
  inDocument(value: string): ReadonlySet<string> {
    return (this.remembered(value).named ??= new Set(this.documentPlaces(value).flatMap((place) => (place.body ? [] : place.countries))))
  }

  /** `inStory`, remembered for the last document asked about. */
  storyOf(value: string): ReadonlySet<string> {
    return (this.remembered(value).story ??= new Set(this.documentPlaces(value).flatMap((place) => place.countries)))
  }

  /** What is remembered of the last document, started over for another. */
  private remembered(value: string): Countries['last'] {
    if (this.last.value !== value) this.last = {value}
    return this.last
  }

  /** `storyPlaces` of the last document asked about: each of `inDocument`, `storyOf` and `storyOutside` reads it. */
  private documentPlaces(value: string): Place[] {
    return (this.remembered(value).places ??= this.storyPlaces(value))
  }

  /**
   * `in`, and the countries of one-country bodies the text names in full
   * ("the Verkhovna Rada" for Ukraine): a story about a country's politics
   * may name its bodies and people and never the country.
   */
  inStory(text: string): Set<string> {
    const found = new Set<string>()
    for (const {countries} of this.storyPlaces(text)) for (const country of countries) found.add(country)
    return found
  }

  /**
   * `inStory` of the document with `start`–`end` left out ("Abdul Hamid
   * Dabaiba" names no Bangladesh outside itself): from the places the
   * document names its countries and bodies, found once a document.
   */
  storyOutside(value: string, start: number, end: number): Set<string> {
    const found = new Set<string>()
    for (const place of this.documentPlaces(value)) {
      if (place.end <= start || place.at >= end) for (const country of place.countries) found.add(country)
    }
    return found
  }

  /** Where the text names a country or a one-country body, with the countries each names. */
  private storyPlaces(text: string): Place[] {
    const places: Place[] = this.forms.placesIn(text).map(({form, at}) => ({at, end: at + form.length, countries: this.byForm.get(form) ?? [], body: false}))
    if (!this.bodies && this.packedBodies) {
      const byForm = new Map(this.packedBodies)
      this.bodies = {byForm, forms: new WholeForms(byForm.keys())}
    }
    if (!this.bodies) {
      const byForm = new Map<string, string[]>()
      for (const entity of this.entities) {
        if (entity.kind !== 'org') continue
        const held = this.of(entity)
        if (held.size !== 1) continue
        for (const form of [entity.name, ...entity.variants]) if (/\s/.test(form)) byForm.set(form, [...held])
      }
      this.bodies = {byForm, forms: new WholeForms(byForm.keys())}
    }
    const {byForm, forms} = this.bodies
    for (const {form, at} of forms.placesIn(text)) places.push({at, end: at + form.length, countries: byForm.get(form) ?? [], body: true})
    return places
  }

  /**
   * The countries of the places inside one country that the text names as the gazetteer writes them ("Jammu":
   * India), `start`–`end` left out: a story about Kashmir's Line of Control may never write "India".
   * Asked only of a place's look-alike, since a city's name is often a person's too.
   */
  placesOutside(value: string, start: number, end: number): Set<string> {
    const within = this.withinTable()
    const found = new Set<string>()
    for (const {form, at} of within.forms.placesIn(value)) {
      if (at + form.length <= start || at >= end) for (const country of within.byForm.get(form)!) found.add(country)
    }
    return found
  }

  /** The places inside one country by their forms: as the build packed them, or made from the entries (every one read). */
  private withinTable(): {byForm: Map<string, string[]>; forms: WholeForms} {
    if (this.within) return this.within
    let byForm: Map<string, string[]>
    if (this.packedWithin) byForm = new Map(this.packedWithin)
    else {
      byForm = new Map()
      for (const entity of this.entities) {
        if (entity.kind !== 'place' || !placeWithin.test(entity.title ?? '')) continue
        const held = this.of(entity)
        if (held.size === 1) for (const form of [entity.name, ...entity.variants]) for (const country of held) push(byForm, form, country)
      }
    }
    return (this.within = {byForm, forms: new WholeForms(byForm.keys())})
  }

  /** A country the entity's title names that is among `countries` (a story's), if any. */
  sharedWith(entity: Entity, countries: ReadonlySet<string>): string | undefined {
    for (const country of this.of(entity)) if (countries.has(country)) return country
    return undefined
  }

  /** A country the entity's title names that the document is about (`storyOf`), if any. */
  storyCountryOf(entity: Entity, value: string): string | undefined {
    return this.sharedWith(entity, this.storyOf(value))
  }

  /** The known bodies whose title names `country` (an organization of several countries under each). */
  orgsOf(country: string): readonly Entity[] {
    if (this.packedOrgs) {
      this.orgsByCountry ??= new Map()
      let orgs = this.orgsByCountry.get(country)
      if (!orgs) this.orgsByCountry.set(country, (orgs = (this.packedOrgs.get(country) ?? []).map((n) => this.entities[n]!)))
      return orgs
    }
    if (!this.orgsByCountry) {
      const orgs = (this.orgsByCountry = new Map<string, Entity[]>())
      for (const entity of this.entities) if (entity.kind === 'org') for (const held of this.of(entity)) push(orgs, held, entity)
    }
    return this.orgsByCountry.get(country) ?? []
  }

  /** What the build writes for a run to read (`PackedCountries`): every table made from the entries. */
  pack(): PackedCountries {
    const places = [...this.places]
    const forms = [...this.byForm]
    if (places.some((form, i) => forms[i]?.[0] !== form)) throw new TypeError('Countries: the places are not the first forms')
    this.storyPlaces('')
    const numbers = new Map(this.entities.map((entity, n) => [entity, n]))
    const orgs = new Map<string, number[]>()
    for (const entity of this.entities) if (entity.kind === 'org') for (const held of this.of(entity)) push(orgs, held, numbers.get(entity)!)
    return {byForm: forms, places: places.length, bodies: [...this.bodies!.byForm], within: [...this.withinTable().byForm], orgs: [...orgs]}
  }

  /** The countries an entity's title names. */
  of(entity: Entity): ReadonlySet<string> {
    let found = this.ofEntity.get(entity)
    if (!found) this.ofEntity.set(entity, (found = entity.kind === 'person' ? this.inTitle(entity.title ?? '') : this.in(entity.title ?? '')))
    return found
  }

  /**
   * `in` for an entity's title, where a country written in dotted capitals
   * is as often written without the dots ("US Secretary of State" for
   * "U.S."); in running text "US" may be a heading's "us", so only here, and
   * for persons: a body's country makes its name a target for the story's
   * near misses ("Social Security System"), a person's a check on them.
   */
  private inTitle(title: string): Set<string> {
    // A person's title is read by the forms of countries alone, as the entries are read in order: persons' names come after.
    const found = this.in(title, (this.placeForms ??= new WholeForms(this.places)))
    if (found.size > 0) return found
    this.undotted ??= new Map([...this.byForm].filter(([form]) => /^(?:\p{Lu}\.){2,}$/u.test(form)).map(([form, countries]) => [form.replaceAll('.', ''), countries]))
    for (const word of title.split(/[^\p{L}]+/u)) for (const country of this.undotted.get(word) ?? []) found.add(country)
    return found
  }
}

const made = new WeakMap<readonly Entity[], Countries>()

/** The countries of a gazetteer's entities, made once for every rule that asks. */
export function countriesOf(entities: readonly Entity[]): Countries {
  let countries = made.get(entities)
  if (!countries) made.set(entities, (countries = new Countries(entities, compiledIndexes.get(entities)?.countries)))
  return countries
}
