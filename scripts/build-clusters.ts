// Builds the word clusters the NER model uses (models/clusters-nl.tsv.gz): the exchange
// algorithm (src/annotate/clusters/exchange-clustering.ts) over lower-cased permissively
// licensed Dutch text, at three granularities. The texts are those scripts/prepare-data.sh
// writes (one tokenised sentence a line) and the Europeana NER corpus (CC0, one token a line).
//
//   node --import tsx scripts/build-clusters.ts --out models/clusters-nl.tsv.gz --date YYYY-MM-DD \
//     --tokens ../shared/data/europeana-ner-nl/enp_NL.kb.train.bio \
//     scratch/data/legacy.txt scratch/data/lassysmall-dev-train.txt scratch/data/meantime.txt scratch/data/openboek.txt
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { exchangeClustering } from '../src/annotate/clusters/exchange-clustering.ts';
import { CLUSTERS_HEADER, ClusterTable } from '../src/annotate/clusters/word-clusters.ts';

/** Coarse to fine: each token's class in each clustering becomes a feature. */
const GRANULARITIES = [50, 200, 800];
const ITERATIONS = 6;
/** Words seen once say too little about their contexts. */
const MIN_COUNT = 2;

const { values, positionals: lineFiles } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, date: { type: 'string' }, tokens: { type: 'string', multiple: true, default: [] } } });
if (!values.out || !values.date) throw new Error('usage: build-clusters.ts --out FILE --date YYYY-MM-DD [--tokens FILE]... FILES...');

const sentences: string[][] = [];
for (const file of lineFiles) for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) sentences.push(line.toLowerCase().split(' ').filter(Boolean));
for (const file of values.tokens) {
  let sentence: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const word = line.split(' ')[0];
    if (!word) continue;
    sentence.push(word.toLowerCase());
    if (word === '.') {
      sentences.push(sentence);
      sentence = [];
    }
  }
  if (sentence.length > 0) sentences.push(sentence);
}
const clusterings = GRANULARITIES.map((classes) => exchangeClustering(sentences, { classes, iterations: ITERATIONS, minCount: MIN_COUNT }));
const table = new ClusterTable(new Map([...clusterings[0]!.keys()].map((word) => [word, clusterings.map((c) => c.get(word)!)])));
const tokens = sentences.reduce((sum, s) => sum + s.length, 0);
const header = [
  CLUSTERS_HEADER,
  `# source: ${[...lineFiles, ...values.tokens].join(', ')} (${sentences.length} sentences, ${tokens} tokens)`,
  '# licence: CC BY-SA 4.0 (derived from UD Dutch LassySmall text, CC BY-SA 4.0; MEANTIME and OpenBoek, CC BY 4.0; Europeana Newspapers, CC0)',
  `# method: exchange algorithm, classes ${GRANULARITIES.join('/')}, ${ITERATIONS} iterations, words seen at least ${MIN_COUNT} times`,
  `# command: node --import tsx scripts/build-clusters.ts --out ${values.out} --date ${values.date} ${values.tokens.map((f) => `--tokens ${f}`).join(' ')} ${lineFiles.join(' ')}`,
  `# date: ${values.date}`,
  '# columns: word, class at each granularity',
].join('\n');
writeFileSync(values.out, gzipSync(`${header}\n${table.serialize()}`, { level: 9 }));
console.log(`${values.out}: ${table.size} words from ${tokens} tokens`);
