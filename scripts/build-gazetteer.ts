// Builds models/gazetteer-nl.tsv.gz, the name lists behind the NER model's gazetteer features,
// from permissively licensed sources only (devDependencies pinned in package.json, the CLDR of
// Node's ICU, and Kroniek's own hand-written lists). Provenance: models/README.md.
//
//   node --import tsx scripts/build-gazetteer.ts [--out models/gazetteer-nl.tsv.gz] [--date YYYY-MM-DD]
//   node --import tsx scripts/build-gazetteer.ts --coverage ../shared/data/conll2002-nl/ned.train
//
// The same package versions, Node (CLDR) version and date give the same bytes: rebuild the
// shipped file with the date in models/README.md. --coverage measures the shipped (or --out)
// file against CoNLL-format data instead of building.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildGazetteerText } from '../src/annotate/entities/gazetteer-sources.ts';
import { DEFAULT_GAZETTEER_PATH, loadGazetteer } from '../src/annotate/entities/gazetteer.ts';
import { formatCoverage, measureCoverage } from '../src/annotate/entities/gazetteer-coverage.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: DEFAULT_GAZETTEER_PATH },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    coverage: { type: 'string', multiple: true },
  },
});

if (values.coverage) {
  const gazetteer = loadGazetteer(values.out);
  for (const file of values.coverage) {
    console.log(`${file}:`);
    console.log(formatCoverage(measureCoverage(gazetteer, readFileSync(file, 'utf8'))));
  }
} else {
  const { text, counts } = await buildGazetteerText(values.date);
  writeFileSync(values.out, gzipSync(text, { level: 9 }));
  console.log(`${values.out}: ${text.split('\n').length} lines, ${(text.length / 1e6).toFixed(1)} M characters`);
  for (const [list, count] of Object.entries(counts)) console.log(`  ${list}: ${count}`);
}
