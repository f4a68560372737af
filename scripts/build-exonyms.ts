// Regenerates data/exonyms-nl.tsv, Kroniek's table of Dutch exonyms and variants.
//
//   npm install --prefix /tmp/exonym-sources cldr-dates-full@48.2.0 countries-list@3.4.1
//   node --import tsx scripts/build-exonyms.ts --sources /tmp/exonym-sources/node_modules
//
// - Country names (nl, en, de, fr; long and short forms) come from CLDR through Node's own
//   Intl.DisplayNames (Unicode licence), the European Union and the United Nations too.
// - The list of countries, English capital names and English aliases come from countries-list
//   (MIT). Dutch, German and French capital names come from CLDR's time-zone cities
//   (cldr-dates-full, Unicode licence) where the capital is such a city (Moskou, Warschau).
// - Rows with source `kroniek` are written by hand (organisations, demonyms, the Dutch names
//   CLDR lacks, such as Wit-Rusland and Peking) and are kept as they are.
// Both packages are read from --sources so they never enter the project's node_modules: the
// table is shipped, only a rebuild needs them. A name that two countries claim is left out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXONYM_TABLE, lookupForm } from '../src/relate/entities/exonym-lexicon.ts';
import { formatExonymTable, parseExonymTable, type ExonymKind, type ExonymRow } from '../src/relate/entities/exonym-table.ts';
import { fileURLToPath } from 'node:url';

const LOCALES = ['nl', 'en', 'de', 'fr'] as const;
/** Regions CLDR names that are organisations, not countries. */
const ORGANISATION_REGIONS = ['EU', 'UN'] as const;
/** Sources this script writes; every other row is hand-written and kept. */
const GENERATED_SOURCE = /^(cldr-|countries-list$)/;
/** Which of two rows naming the same thing the same way stays: CLDR Dutch first, hand last. */
const SOURCE_ORDER = ['cldr-nl', 'cldr-en', 'cldr-de', 'cldr-fr', 'cldr-zones-nl', 'cldr-zones-en', 'cldr-zones-de', 'cldr-zones-fr', 'countries-list', 'kroniek'];
const KIND_ORDER: readonly ExonymKind[] = ['preferred', 'name', 'adjective', 'inhabitant'];

const { values } = parseArgs({ options: { sources: { type: 'string' }, out: { type: 'string' }, hand: { type: 'string' } } });
if (!values.sources) {
  console.error('--sources DIR is required: the node_modules folder holding cldr-dates-full and countries-list (see the comment at the top)');
  process.exit(2);
}
const sources = values.sources;
const out = values.out ?? fileURLToPath(EXONYM_TABLE);

interface CountryInfo {
  readonly name: string;
  readonly capital: string;
  readonly alias?: readonly string[];
}
const countries = JSON.parse(readFileSync(join(sources, 'countries-list/countries.min.json'), 'utf8')) as Record<string, CountryInfo>;
const listVersion = (JSON.parse(readFileSync(join(sources, 'countries-list/package.json'), 'utf8')) as { version: string }).version;
const cldrVersion = (JSON.parse(readFileSync(join(sources, 'cldr-dates-full/package.json'), 'utf8')) as { version: string }).version;

const generated: ExonymRow[] = [];
const add = (id: string, type: 'LOC' | 'ORG', kind: ExonymKind, name: string, source: string): void => {
  for (const part of splitParenthesis(name)) generated.push({ id, type, kind, name: part, source });
};

for (const locale of LOCALES) {
  const long = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const short = new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' });
  const regions: [string, 'LOC' | 'ORG'][] = [
    ...Object.keys(countries).map((code): [string, 'LOC'] => [code, 'LOC']),
    ...ORGANISATION_REGIONS.map((code): [string, 'ORG'] => [code, 'ORG']),
  ];
  for (const [code, type] of regions) {
    for (const name of [long.of(code), short.of(code)]) {
      if (name && isPlainName(name)) add(code, type, 'name', name, `cldr-${locale}`);
    }
  }
}
for (const [code, info] of Object.entries(countries)) {
  for (const alias of info.alias ?? []) if (isPlainName(alias)) add(code, 'LOC', 'name', alias, 'countries-list');
  if (info.capital) add(`${code}:capital`, 'LOC', 'name', info.capital, 'countries-list');
}
// Capitals that are time-zone cities: their name in each language.
const cities = LOCALES.map((locale) => [locale, zoneCities(locale)] as const);
const englishCity = new Map<string, string>();
for (const [zone, city] of cities.find(([locale]) => locale === 'en')![1]) englishCity.set(city, zone);
for (const [code, info] of Object.entries(countries)) {
  const zone = info.capital ? englishCity.get(info.capital) : undefined;
  if (!zone) continue;
  for (const [locale, names] of cities) add(`${code}:capital`, 'LOC', 'name', names.get(zone)!, `cldr-zones-${locale}`);
}

const existing = existsSync(values.hand ?? out) ? parseExonymTable(readFileSync(values.hand ?? out, 'utf8'), values.hand ?? out) : [];
const hand = existing.filter((row) => !GENERATED_SOURCE.test(row.source));
const warnings = new Set<string>();
const rows = resolve([...generated, ...hand]);
for (const warning of warnings) console.warn(warning);
writeFileSync(
  out,
  formatExonymTable(rows, [
    'Dutch exonyms, variants and demonyms of countries, capitals, regions and organisations (docs/entities.md).',
    `Regenerated by scripts/build-exonyms.ts from CLDR ${process.versions.cldr} (Node ${process.version}, Intl.DisplayNames), cldr-dates-full ${cldrVersion} and countries-list ${listVersion};`,
    'rows with source "kroniek" are written by hand and kept by the script. Sources: cldr-* = Unicode CLDR (Unicode licence),',
    'countries-list = npm countries-list (MIT), kroniek = this project (Apache-2.0).',
  ]),
);
console.log(`${out}: ${rows.length} rows (${hand.length} by hand), ${new Set(rows.map((row) => row.id)).size} entries`);

/** "Myanmar (Birma)" names two things at once: Myanmar and Birma. */
function splitParenthesis(name: string): string[] {
  const match = /^(.+?)\s*\((.+)\)$/.exec(name);
  return match ? [match[1]!, match[2]!] : [name];
}

/** Leaves out abbreviations with dots (É.-U.) and empty names, which fold to nothing useful. */
function isPlainName(name: string): boolean {
  return !name.includes('.') && lookupForm(name).length > 1;
}

/** Time-zone id -> city name in one locale; CLDR stores a name only where it differs from the id. */
function zoneCities(locale: string): Map<string, string> {
  const file = join(sources, `cldr-dates-full/main/${locale}/timeZoneNames.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> };
  const result = new Map<string, string>();
  walkZones(data.main[locale]!.dates.timeZoneNames.zone, [], result);
  // Every zone Node knows, so cities whose name CLDR leaves as the id (Minsk) are there too.
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    if (!result.has(zone)) result.set(zone, zone.split('/').at(-1)!.replaceAll('_', ' '));
  }
  return result;
}

interface ZoneTree {
  readonly [key: string]: ZoneTree | string;
}

function walkZones(tree: ZoneTree, path: string[], into: Map<string, string>): void {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') continue;
    if (key === 'long' || key === 'short') continue;
    const city = value.exemplarCity;
    const zone = [...path, key].join('/');
    if (typeof city === 'string') into.set(zone, city);
    else if (path.length > 0 || '_type' in value) into.set(zone, key.replaceAll('_', ' '));
    walkZones(value, [...path, key], into);
  }
}

/**
 * One row per (entry, kind, form), from the best source; a name form two countries claim goes
 * (it would link to the wrong one half the time); a form a country and a capital share stays
 * the country's (Luxemburg, Singapore); hand rows win over generated ones for other entries.
 */
function resolve(all: readonly ExonymRow[]): ExonymRow[] {
  const isName = (row: ExonymRow): boolean => row.kind === 'name' || row.kind === 'preferred';
  const byForm = new Map<string, Set<string>>();
  for (const row of all) if (isName(row)) byForm.set(lookupForm(row.name), (byForm.get(lookupForm(row.name)) ?? new Set()).add(row.id));
  const handNames = new Map<string, string>();
  for (const row of all) if (isName(row) && row.source === 'kroniek') handNames.set(lookupForm(row.name), row.id);
  const kept = all.filter((row) => {
    if (!isName(row)) return true;
    const form = lookupForm(row.name);
    const hand = handNames.get(form);
    if (hand !== undefined) return hand === row.id;
    const ids = [...byForm.get(form)!];
    if (ids.length === 1) return true;
    const countryIds = ids.filter((id) => !id.includes(':'));
    if (countryIds.length === 1) return row.id === countryIds[0];
    warnings.add(`left out "${row.name}": it names ${ids.sort().join(', ')}`);
    return false;
  });
  const rank = (row: ExonymRow): number => SOURCE_ORDER.indexOf(row.source) + 1 || SOURCE_ORDER.length + 1;
  const best = new Map<string, ExonymRow>();
  for (const row of kept) {
    const key = `${row.id}\t${row.kind === 'preferred' ? 'preferred' : row.kind === 'name' ? 'name' : row.kind}\t${lookupForm(row.name)}`;
    const held = best.get(key);
    if (!held || rank(row) < rank(held)) best.set(key, row);
  }
  // A name row that repeats the preferred row's form adds nothing.
  const preferred = new Set([...best.values()].filter((row) => row.kind === 'preferred').map((row) => `${row.id}\t${lookupForm(row.name)}`));
  const rows = [...best.values()].filter((row) => row.kind !== 'name' || !preferred.has(`${row.id}\t${lookupForm(row.name)}`));
  return rows.sort(
    (a, b) =>
      compare(a.id, b.id) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || rank(a) - rank(b) || compare(a.name, b.name),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
