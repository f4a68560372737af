import { FIGURES_LAYER, type FigureSpan } from '../../annotate/figures/figure.ts';
import { spanScore } from '../span-score.ts';
import type { FactScorer, LayerReport } from './fact-scorer.ts';
import type { FactsCorpus } from './facts-corpus.ts';
import { coverage, findOccurrence, overlaps, type GoldRow } from './gold-table.ts';

/** A gold `value` cell: `7`, `80.1`, `2500000`, or a range `20-30` (low-high). */
export function parseGoldValue(cell: string): { value: number; high: number | null } | null {
  const range = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(cell);
  if (range) return { value: Number(range[1]), high: Number(range[2]) };
  return /^\d+(?:\.\d+)?$/.test(cell) ? { value: Number(cell), high: null } : null;
}

/** The words of a phrase, lower case, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * Whether a predicted source is the gold one: one's words are a run of the other's (whole
 * words, case-insensitive), so "De Poolse grenswacht" and "Poolse grenswacht" agree; no source on
 * both sides agrees too.
 */
export function sameSource(gold: string, predicted: string | null): boolean {
  const a = words(gold);
  const b = words(predicted ?? '');
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((word, w) => long[i + w] === word)) return true;
  return false;
}

/**
 * Scores the `figures` layer against `figures.tsv`: `figures` (a predicted figure overlaps the
 * gold `text` occurrence), and among those `values` (value and range end equal), `sources`
 * (sameSource), `qualifiers` (the same kind, or none on both sides) and `abouts` (the same
 * normalised phrase). Each gold row takes the first unused overlapping prediction.
 */
export const figureScorer: FactScorer = {
  layer: FIGURES_LAYER,
  goldFile: 'figures.tsv',
  columns: ['document', 'text', 'value', 'about', 'qualifier', 'source'],
  score(rows: readonly GoldRow[], corpus: FactsCorpus): LayerReport {
    const { documents, facts } = coverage(rows, 'text');
    const errors: string[] = [];
    const used = new Set<FigureSpan>();
    let predicted = 0;
    const correct = { figures: 0, values: 0, sources: 0, qualifiers: 0, abouts: 0 };
    for (const key of documents) {
      const document = corpus.documents.get(key)?.document;
      if (!document) errors.push(`figures.tsv: document ${key} is not in the corpus`);
      else predicted += (document.layers[FIGURES_LAYER] ?? []).length;
    }
    for (const row of facts) {
      const { document: key = '', text = '', value = '', about = '', qualifier = '', source = '' } = row.cells;
      const document = corpus.documents.get(key)?.document;
      if (!document) continue;
      const where = `figures.tsv:${row.line} ${key} "${text}"`;
      const range = findOccurrence(document.text, text);
      if (!range) {
        errors.push(`${where}: not in the text`);
        continue;
      }
      const figure = ((document.layers[FIGURES_LAYER] ?? []) as readonly FigureSpan[]).find((f) => !used.has(f) && overlaps(f, range));
      if (!figure) {
        errors.push(`${where}: missed`);
        continue;
      }
      used.add(figure);
      correct.figures++;
      const gold = parseGoldValue(value);
      if (gold && gold.value === figure.value && gold.high === figure.high) correct.values++;
      else errors.push(`${where}: value ${figure.value}${figure.high === null ? '' : `-${figure.high}`}, gold ${value}`);
      if (sameSource(source, figure.source?.text ?? null)) correct.sources++;
      else errors.push(`${where}: source ${JSON.stringify(figure.source?.text ?? null)}, gold ${JSON.stringify(source || null)}`);
      if ((figure.qualifier?.kind ?? '') === qualifier) correct.qualifiers++;
      else errors.push(`${where}: qualifier ${figure.qualifier?.kind ?? '-'}, gold ${qualifier || '-'}`);
      if (figure.about === about) correct.abouts++;
      else errors.push(`${where}: about "${figure.about}", gold "${about}"`);
    }
    for (const key of documents) {
      for (const figure of (corpus.documents.get(key)?.document.layers[FIGURES_LAYER] ?? []) as readonly FigureSpan[]) {
        if (!used.has(figure)) errors.push(`figures.tsv: ${key} "${figure.text}" (${figure.producer}) has no gold row`);
      }
    }
    const measure = (name: keyof typeof correct) => ({ name, score: spanScore(facts.length, predicted, correct[name]) });
    return { layer: FIGURES_LAYER, measures: [measure('figures'), measure('values'), measure('sources'), measure('qualifiers'), measure('abouts')], errors };
  },
};
