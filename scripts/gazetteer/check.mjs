// Sanity check for dictionaries/entities/*.yml, meant to catch hand-editing
// slips before the engine's loader does: `node scripts/gazetteer/check.mjs`.
// Exits non-zero on any error; cross-file repeats are only reported, since a
// spelling may fairly be both a place and a person, or a state and a country.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import YAML from 'yaml';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dictionaries', 'entities');
const TOP_KEYS = new Set(['source', 'kind', 'entries']);
const ENTRY_KEYS = new Set(['name', 'kind', 'variants', 'garbles', 'surname', 'title']);
const KINDS = new Set(['person', 'org', 'place', 'outlet', 'demonym']);

const errors = [];
const seenAcrossFiles = new Map(); // "kind name" -> first file
const crossFile = [];
const spellingOwners = new Map(); // spelling -> ["name (file)", ...]; one spelling, two entities = ambiguous
let total = 0;

const isStringList = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const fail = (msg) => errors.push(`${file}: ${msg}`);
  if (!text.startsWith('#')) fail('must start with a # comment saying what belongs in it');

  const doc = YAML.parseDocument(text, {uniqueKeys: true});
  if (doc.errors.length) {
    for (const e of doc.errors) fail(e.message);
    continue;
  }
  const data = doc.toJS();
  for (const k of Object.keys(data ?? {})) if (!TOP_KEYS.has(k)) fail(`unknown top-level key "${k}"`);
  if (typeof data?.source !== 'string' || !data.source.trim()) fail('missing source');
  if (data?.kind !== undefined && !KINDS.has(data.kind)) fail(`bad default kind "${data.kind}"`);
  if (!Array.isArray(data?.entries)) {
    fail('entries must be a list');
    continue;
  }

  const names = new Set();
  data.entries.forEach((e, i) => {
    const where = `entry ${i + 1} (${e?.name ?? 'no name'})`;
    if (typeof e?.name !== 'string' || !e.name.trim()) return fail(`${where}: missing name`);
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) fail(`${where}: unknown key "${k}"`);
    const kind = e.kind ?? data.kind;
    if (!KINDS.has(kind)) fail(`${where}: bad or missing kind "${kind}"`);
    if (names.has(e.name)) fail(`${where}: duplicate name`);
    names.add(e.name);
    for (const k of ['variants', 'garbles']) {
      if (e[k] === undefined) continue;
      if (!isStringList(e[k])) fail(`${where}: ${k} must be a list of non-empty strings`);
      else if (e[k].includes(e.name)) fail(`${where}: ${k} repeats the name`);
    }
    if (e.variants && e.garbles && e.garbles.some((g) => e.variants.includes(g)))
      fail(`${where}: a spelling is both variant and garble`);
    for (const k of ['surname', 'title'])
      if (e[k] !== undefined && (typeof e[k] !== 'string' || !e[k].trim())) fail(`${where}: ${k} must be text`);
    if (e.surname !== undefined && kind !== 'person') fail(`${where}: surname on a non-person`);
    if (e.surname && !e.name.includes(e.surname)) fail(`${where}: surname "${e.surname}" not in name`);

    for (const sp of [e.name, ...(Array.isArray(e.variants) ? e.variants : [])]) {
      const owners = spellingOwners.get(sp) ?? [];
      owners.push(`${e.name} (${file})`);
      spellingOwners.set(sp, owners);
    }

    const k = `${kind} ${e.name}`;
    if (seenAcrossFiles.has(k)) crossFile.push(`${e.name} (${kind}): ${seenAcrossFiles.get(k)} and ${file}`);
    else seenAcrossFiles.set(k, file);
  });

  total += data.entries.length;
  console.log(`${file.padEnd(18)} ${String(data.entries.length).padStart(5)} entries`);
}

console.log(`${'total'.padEnd(18)} ${String(total).padStart(5)} entries`);
if (crossFile.length) console.log(`\nSame name and kind in two files (allowed, check intended):\n  ${crossFile.join('\n  ')}`);
// A variant shared by two entities cannot be resolved to one canonical name.
const shared = [...spellingOwners]
  .filter(([sp, owners]) => owners.length > 1 && owners.some((o) => !o.startsWith(`${sp} (`)))
  .map(([sp, owners]) => `${sp}: ${owners.join(', ')}`);
if (shared.length) console.log(`\nVariant spelling shared by two entries (check intended):\n  ${shared.join('\n  ')}`);
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
