import { FIGURES_LAYER, type FigureSpan } from '../../annotate/figures/figure.ts';
import type { ConflictFigure } from '../../relate/conflicts/conflict.ts';
import { findConflicts } from '../../relate/conflicts/find-conflicts.ts';
import { spanScore } from '../span-score.ts';
import type { FactScorer, LayerReport } from './fact-scorer.ts';
import type { FactsCorpus } from './facts-corpus.ts';
import { findOccurrence, overlaps, type GoldRow, type TextRange } from './gold-table.ts';

/** Name of the measured layer: conflicts are a relation over the corpus, not a document layer. */
export const CONFLICTS = 'conflicts';

/** Two figures a predicted conflict sets against each other. */
interface Pair {
  readonly a: ConflictFigure;
  readonly b: ConflictFigure;
}

/**
 * Scores findConflicts, run over the whole gold corpus as `kroniek conflicts` would (documents
 * named by their gold key, dated by their publication date), against `conflicts.tsv`. A record
 * of n figures counts as its pairs from different documents or sources; a pair is right when its
 * figures overlap the gold row's two figures (either way round). Pairs count when both their
 * documents are covered by the table (named in a `document-a` or `document-b` cell).
 */
export const conflictScorer: FactScorer = {
  layer: CONFLICTS,
  goldFile: 'conflicts.tsv',
  columns: ['about', 'document-a', 'figure-a', 'document-b', 'figure-b'],
  score(rows: readonly GoldRow[], corpus: FactsCorpus): LayerReport {
    const covered = new Set(rows.flatMap((row) => [row.cells['document-a'] ?? '', row.cells['document-b'] ?? '']).filter((key) => key !== ''));
    const errors: string[] = [];
    const documents = [...corpus.documents.values()].map(({ key, document }) => ({
      id: key,
      text: document.text,
      figures: (document.layers[FIGURES_LAYER] ?? []) as readonly FigureSpan[],
      date: document.published?.value ?? null,
    }));
    const pairs: Pair[] = [];
    for (const conflict of findConflicts(documents)) {
      const { figures } = conflict;
      for (let i = 0; i < figures.length; i++) {
        for (let j = i + 1; j < figures.length; j++) {
          const [a, b] = [figures[i]!, figures[j]!];
          const sameReport = a.document === b.document && (a.source?.text.toLowerCase() ?? '') === (b.source?.text.toLowerCase() ?? '');
          if (!sameReport && covered.has(a.document) && covered.has(b.document)) pairs.push({ a, b });
        }
      }
    }
    const facts = rows.filter((row) => (row.cells['figure-a'] ?? '') !== '');
    const used = new Set<Pair>();
    for (const row of facts) {
      const where = `conflicts.tsv:${row.line} ${row.cells.about}`;
      const a = goldRange(corpus, row.cells['document-a']!, row.cells['figure-a']!);
      const b = goldRange(corpus, row.cells['document-b']!, row.cells['figure-b']!);
      if (!a || !b) {
        errors.push(`${where}: a figure is not in its document's text`);
        continue;
      }
      const match = pairs.find((pair) => !used.has(pair) && ((fits(pair.a, a) && fits(pair.b, b)) || (fits(pair.a, b) && fits(pair.b, a))));
      if (match) used.add(match);
      else errors.push(`${where}: missed (${row.cells['figure-a']} / ${row.cells['figure-b']})`);
    }
    for (const pair of pairs) {
      if (!used.has(pair)) errors.push(`conflicts.tsv: predicted ${pair.a.document} "${pair.a.text}" against ${pair.b.document} "${pair.b.text}" has no gold row`);
    }
    return { layer: CONFLICTS, measures: [{ name: 'conflicts', score: spanScore(facts.length, pairs.length, used.size) }], errors };
  },
};

function goldRange(corpus: FactsCorpus, key: string, text: string): { key: string; range: TextRange } | null {
  const document = corpus.documents.get(key)?.document;
  const range = document ? findOccurrence(document.text, text) : null;
  return range ? { key, range } : null;
}

function fits(figure: ConflictFigure, gold: { key: string; range: TextRange }): boolean {
  return figure.document === gold.key && overlaps(figure, gold.range);
}
