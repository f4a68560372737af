import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../config/settings.ts';
import type { FactScorer, LayerReport } from './fact-scorer.ts';
import { FACT_SCORERS } from './fact-scorers.ts';
import { loadFactsCorpus } from './facts-corpus.ts';
import { readGoldTable } from './gold-table.ts';

/** The report of `kroniek eval facts`: each layer with a gold table in the folder, and the speed. */
export interface FactsReport {
  readonly goldDir: string;
  readonly documents: number;
  readonly articlesPerSecond: number;
  readonly layers: readonly LayerReport[];
}

/**
 * Annotates a gold folder's articles and scores every layer whose gold table the folder has;
 * a folder with no gold table for a layer simply does not score it.
 */
export async function evaluateFacts(goldDir: string, settings: Settings, scorers: readonly FactScorer[] = FACT_SCORERS): Promise<FactsReport> {
  const corpus = await loadFactsCorpus(goldDir, settings);
  const layers = scorers
    .filter((scorer) => existsSync(join(goldDir, scorer.goldFile)))
    .map((scorer) => scorer.score(readGoldTable(join(goldDir, scorer.goldFile), scorer.columns), corpus));
  return { goldDir, documents: corpus.documents.size, articlesPerSecond: corpus.documents.size / Math.max(corpus.seconds, 1e-9), layers };
}
