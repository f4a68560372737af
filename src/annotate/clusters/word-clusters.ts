import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { KroniekError } from '../../errors.ts';
import { mix } from '../linear/hashing.ts';
import { CLUSTER_PREFIXES } from '../entities/ner-features.ts';
import type { WordClusters } from '../entities/ner-tagger.ts';

/**
 * Word classes at several granularities (coarse to fine), looked up by lower-cased word: what
 * the NER model knows of a word it never saw labelled, from the words it shares contexts with.
 */
export class ClusterTable implements WordClusters {
  constructor(private readonly table: ReadonlyMap<string, readonly number[]>) {}

  get size(): number {
    return this.table.size;
  }

  /** Per word `CLUSTER_PREFIXES` hashes (level, class), 0 for a word without classes. */
  paths(words: readonly string[]): Uint32Array {
    const out = new Uint32Array(words.length * CLUSTER_PREFIXES);
    words.forEach((word, i) => {
      const classes = this.table.get(word.toLowerCase());
      if (!classes) return;
      for (let level = 0; level < CLUSTER_PREFIXES; level++) out[i * CLUSTER_PREFIXES + level] = mix(level + 1, classes[level]! + 1);
    });
    return out;
  }

  /** A table from `word TAB class TAB class ...` lines. */
  static parse(text: string): ClusterTable {
    const table = new Map<string, number[]>();
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [word, ...classes] = line.split('\t');
      table.set(word!, classes.map(Number));
    }
    return new ClusterTable(table);
  }

  /** The table as `word TAB class ...` lines, sorted: the same table gives the same text. */
  serialize(): string {
    return [...this.table].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([word, classes]) => [word, ...classes].join('\t')).join('\n') + '\n';
  }
}

/** The shipped clusters (models/README.md). */
export const DEFAULT_CLUSTERS_PATH = fileURLToPath(new URL('../../../models/clusters-nl.tsv.gz', import.meta.url));
export const CLUSTERS_HEADER = '# kroniek-clusters 1';

/** Loads a clusters file written by scripts/build-clusters.ts; another file is a clear error. */
export function loadClusters(path: string = DEFAULT_CLUSTERS_PATH): ClusterTable {
  let text: string;
  try {
    text = gunzipSync(readFileSync(path)).toString('utf8');
  } catch (error) {
    throw new KroniekError('bad-model', `${path}: not a clusters file (${(error as Error).message})`);
  }
  if (!text.startsWith(CLUSTERS_HEADER)) throw new KroniekError('bad-model', `${path}: not a clusters file (no "${CLUSTERS_HEADER}" header)`);
  return ClusterTable.parse(text);
}
