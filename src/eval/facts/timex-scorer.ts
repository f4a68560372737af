import { TIMEXES_LAYER, type TimexSpan } from '../../annotate/time/timex.ts';
import { spanScore } from '../span-score.ts';
import type { FactScorer, LayerReport } from './fact-scorer.ts';
import type { FactsCorpus } from './facts-corpus.ts';
import { coverage, findOccurrence, overlaps, type GoldRow, type TextRange } from './gold-table.ts';

/** The gold table of the `timexes` layer (eval/facts/README.md). */
export const TIMEX_GOLD_FILE = 'timexes.tsv';

/**
 * Scores the `timexes` layer: `spans` counts a prediction that overlaps a gold row's text
 * occurrence in the same document (one prediction per gold row), `value and precision` also
 * asks for the same TIMEX3 value and precision. Errors name the gold file's line.
 */
export const timexScorer: FactScorer = {
  layer: TIMEXES_LAYER,
  goldFile: TIMEX_GOLD_FILE,
  columns: ['document', 'text', 'type', 'value', 'precision'],
  score(rows: readonly GoldRow[], corpus: FactsCorpus): LayerReport {
    const { documents, facts } = coverage(rows, 'text');
    const errors: string[] = [];
    let predicted = 0;
    let spans = 0;
    let exact = 0;
    for (const key of documents) {
      const entry = corpus.documents.get(key);
      const golds = facts.filter((row) => row.cells.document === key);
      if (!entry) {
        errors.push(`${TIMEX_GOLD_FILE}:${golds[0]?.line ?? rows.find((r) => r.cells.document === key)?.line}: document ${key} is not in the corpus`);
        continue;
      }
      const timexes = (entry.document.layers[TIMEXES_LAYER] ?? []) as readonly TimexSpan[];
      predicted += timexes.length;
      const used = new Set<number>();
      for (const row of golds) {
        const where = `${TIMEX_GOLD_FILE}:${row.line} ${key} "${row.cells.text}"`;
        const range = findOccurrence(entry.document.text, row.cells.text!);
        if (!range) {
          errors.push(`${where}: the text does not occur in the document`);
          continue;
        }
        const match = firstUnused(timexes, range, used);
        if (match < 0) {
          errors.push(`${where}: missed (gold ${row.cells.value} ${row.cells.precision})`);
          continue;
        }
        used.add(match);
        spans++;
        const timex = timexes[match]!;
        if (timex.value === row.cells.value && timex.precision === row.cells.precision) exact++;
        else errors.push(`${where}: predicted "${timex.text}" ${timex.value} ${timex.precision} (${timex.producer}), gold ${row.cells.value} ${row.cells.precision}`);
        if (timex.type !== row.cells.type) errors.push(`${where}: predicted type ${timex.type}, gold ${row.cells.type}`);
      }
      timexes.forEach((timex, i) => {
        if (!used.has(i)) errors.push(`${key} "${timex.text}" ${timex.value} ${timex.precision} (${timex.producer}): no gold row`);
      });
    }
    const gold = facts.length;
    return {
      layer: TIMEXES_LAYER,
      measures: [
        { name: 'spans', score: spanScore(gold, predicted, spans) },
        { name: 'value and precision', score: spanScore(gold, predicted, exact) },
      ],
      errors,
    };
  },
};

function firstUnused(timexes: readonly TimexSpan[], range: TextRange, used: ReadonlySet<number>): number {
  return timexes.findIndex((timex, i) => !used.has(i) && overlaps(timex, range));
}
