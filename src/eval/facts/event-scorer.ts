import type { EventArgument, EventSpan } from '../../annotate/events/event-span.ts';
import { EVENTS_LAYER } from '../../annotate/events/event-span.ts';
import type { TimexSpan } from '../../annotate/time/timex.ts';
import { TIMEXES_LAYER } from '../../annotate/time/timex.ts';
import { spanScore } from '../span-score.ts';
import type { FactMeasure, FactScorer, LayerReport } from './fact-scorer.ts';
import type { FactsCorpus } from './facts-corpus.ts';
import { coverage, findOccurrence, overlaps, type GoldRow } from './gold-table.ts';

/** The argument cells of events.tsv, scored one slot at a time. */
const ARGUMENT_COLUMNS = ['agent', 'patient', 'recipient', 'place', 'time'] as const;
type ArgumentColumn = (typeof ARGUMENT_COLUMNS)[number];

/** A counter of gold, predicted and correct items. */
interface Tally {
  gold: number;
  predicted: number;
  correct: number;
}

const tally = (): Tally => ({ gold: 0, predicted: 0, correct: 0 });

/**
 * Scores the `events` layer against events.tsv (`document predicate type agent patient
 * recipient place time negated modality`; recipient, negated and modality are optional columns).
 * `events`: a predicted event whose trigger overlaps the gold predicate's occurrence, one to one;
 * `types`: and its type is the gold one; `arguments`: every filled gold argument cell against the
 * prediction's (text containment either way, whole words, case-insensitive), precision over
 * every argument predicted in the covered documents, and the same per role; `negation` and
 * `modality`: events negated or modal in gold and in the prediction.
 */
export const EVENT_SCORER: FactScorer = {
  layer: EVENTS_LAYER,
  goldFile: 'events.tsv',
  columns: ['document', 'predicate', 'type', 'agent', 'patient', 'place', 'time'],
  score(rows: readonly GoldRow[], corpus: FactsCorpus): LayerReport {
    const { documents, facts } = coverage(rows, 'predicate');
    const errors: string[] = [];
    const events = tally();
    const types = tally();
    const negation = tally();
    const modality = tally();
    const roles = new Map<ArgumentColumn, Tally>(ARGUMENT_COLUMNS.map((column) => [column, tally()]));
    const used = new Map<string, Set<number>>();
    for (const key of documents) {
      const document = corpus.documents.get(key)?.document;
      if (!document) continue;
      const predicted = (document.layers[EVENTS_LAYER] ?? []) as readonly EventSpan[];
      const timexes = (document.layers[TIMEXES_LAYER] ?? []) as readonly TimexSpan[];
      events.predicted += predicted.length;
      types.predicted += predicted.length;
      for (const event of predicted) {
        if (event.negated) negation.predicted++;
        if (event.modality) modality.predicted++;
        for (const column of ARGUMENT_COLUMNS) if (argumentText(event, column, timexes) !== null) roles.get(column)!.predicted++;
      }
      used.set(key, new Set());
    }
    for (const row of facts) {
      const cells = row.cells;
      const key = cells.document ?? '';
      events.gold++;
      types.gold++;
      if (cells.negated === 'yes') negation.gold++;
      if (cells.modality) modality.gold++;
      for (const column of ARGUMENT_COLUMNS) if (cells[column]) roles.get(column)!.gold++;
      const document = corpus.documents.get(key)?.document;
      const range = document ? findOccurrence(document.text, cells.predicate!) : null;
      if (!document || !range) {
        errors.push(`events.tsv:${row.line}: "${cells.predicate}" is not in ${key}`);
        continue;
      }
      const predicted = (document.layers[EVENTS_LAYER] ?? []) as readonly EventSpan[];
      const timexes = (document.layers[TIMEXES_LAYER] ?? []) as readonly TimexSpan[];
      const taken = used.get(key)!;
      const index = predicted.findIndex((event, i) => !taken.has(i) && overlaps(event.trigger, range));
      if (index < 0) {
        errors.push(`events.tsv:${row.line}: missed ${cells.type} "${cells.predicate}" in ${key}`);
        continue;
      }
      taken.add(index);
      const event = predicted[index]!;
      events.correct++;
      if (event.type === cells.type) types.correct++;
      else errors.push(`events.tsv:${row.line}: "${cells.predicate}" typed ${event.type}, gold ${cells.type}`);
      if (cells.negated === 'yes' && event.negated) negation.correct++;
      if (cells.modality && event.modality === cells.modality) modality.correct++;
      for (const column of ARGUMENT_COLUMNS) {
        const gold = cells[column];
        const found = argumentText(event, column, timexes);
        if (gold && found !== null && sameWords(gold, found)) roles.get(column)!.correct++;
        else if (gold || found !== null) errors.push(`events.tsv:${row.line}: "${cells.predicate}" ${column} "${found ?? '-'}", gold "${gold || '-'}"`);
      }
    }
    for (const key of documents) {
      const document = corpus.documents.get(key)?.document;
      if (!document) continue;
      const predicted = (document.layers[EVENTS_LAYER] ?? []) as readonly EventSpan[];
      predicted.forEach((event, i) => {
        if (!used.get(key)!.has(i)) errors.push(`${key}: no gold event for ${event.type} "${event.trigger.text}" at ${event.start}`);
      });
    }
    const all = tally();
    for (const role of roles.values()) {
      all.gold += role.gold;
      all.predicted += role.predicted;
      all.correct += role.correct;
    }
    const measure = (name: string, t: Tally): FactMeasure => ({ name, score: spanScore(t.gold, t.predicted, t.correct) });
    return {
      layer: EVENTS_LAYER,
      measures: [
        measure('events', events),
        measure('types', types),
        measure('arguments', all),
        ...ARGUMENT_COLUMNS.map((column) => measure(column, roles.get(column)!)),
        measure('negation', negation),
        measure('modality', modality),
      ],
      errors,
    };
  },
};

function argumentText(event: EventSpan, column: ArgumentColumn, timexes: readonly TimexSpan[]): string | null {
  if (column === 'time') return event.time ? (timexes[event.time.timex]?.text ?? null) : null;
  const argument: EventArgument | null = event[column];
  return argument ? argument.text : null;
}

/** Whether one text holds the other as whole words, ignoring case and punctuation. */
export function sameWords(a: string, b: string): boolean {
  const x = ` ${words(a)} `;
  const y = ` ${words(b)} `;
  return x.includes(y) || y.includes(x);
}

function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
